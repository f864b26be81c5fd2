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
 *
 * @example
 * // test/taxii/hoggar-conformance.test.ts
 * defineTaxiiConformance('Hoggar on SQLite', async () => {
 *   const node = await startNode(); // rw, ro and no-access collections for one user
 *   return {
 *     discoveryUrl: `${node.url}/taxii2/`, apiRootUrl: `${node.url}/api/`,
 *     readWriteCollectionId: node.rw, readOnlyCollectionId: node.ro, noAccessCollectionId: node.none,
 *     auth: { kind: 'bearer', token: node.token }, invalidAuth: { kind: 'bearer', token: 'wrong' },
 *     maxContentLength: node.maxContentLength, stop: () => node.close(),
 *   };
 * });
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
