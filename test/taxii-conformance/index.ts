/**
 * A reusable TAXII 2.1 conformance suite: drives a running server over real HTTP
 * with Hoggar's TAXII client (and raw requests where the client cannot express a
 * wrong request) and checks it behaves as the OASIS specification (OS, 10 June 2021)
 * says. Call it from a `*.test.ts` file with a function that starts the server.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { createContext, type ConformanceContext } from './context.js';
import { defineErrorChecks } from './errors.suite.js';
import { defineFilterChecks } from './filters.suite.js';
import { defineObjectChecks } from './objects.suite.js';
import { defineServiceChecks } from './service.suite.js';
import type { ConformanceTarget } from './target.js';

export type { ConformanceTarget } from './target.js';

/**
 * Registers the conformance `describe` blocks for one server. `target` is called once
 * before the checks and its `stop()` once after them.
 */
export function defineTaxiiConformance(name: string, target: () => Promise<ConformanceTarget>): void {
  describe(`TAXII 2.1 conformance: ${name}`, () => {
    let context: ConformanceContext | undefined;
    beforeAll(async () => {
      context = createContext(await target());
    });
    afterAll(async () => {
      await context?.target.stop();
    });
    const current = (): ConformanceContext => {
      if (!context) throw new Error(`the ${name} target did not start`);
      return context;
    };
    defineServiceChecks(current);
    defineObjectChecks(current);
    defineFilterChecks(current);
    defineErrorChecks(current);
  });
}
