/**
 * /healthz tells a supervisor the truth: 200 while the store answers, 503 with the problem
 * once it cannot, on both backends, without credentials.
 */
import { describe, expect, it } from 'vitest';
import { servedNode } from '../helpers/nodes.js';
import { backends } from '../helpers/stores.js';

for (const backend of backends()) {
  describe(`/healthz [${backend.name}]`, () => {
    it('answers 200 while the store serves and 503 with the problem once it cannot', async () => {
      const served = await servedNode(backend);
      try {
        const healthy = await fetch(`${served.server.url}/healthz`);
        expect(healthy.status).toBe(200);
        expect(await healthy.json()).toEqual({ ok: true, node: 'Test node', member: 'DZA' });
        // The store goes away under the running server, as a lost database would.
        await served.node.store.close();
        const sick = await fetch(`${served.server.url}/healthz`);
        expect(sick.status).toBe(503);
        const body = await sick.json() as { ok: boolean; problem: string };
        expect(body.ok).toBe(false);
        expect(body.problem).toMatch(backend.name === 'sqlite' ? /^the SQLite store does not answer: / : /^PostgreSQL does not answer: /);
        const described = await (await fetch(`${served.server.url}/api/openapi.json`)).json() as { paths: Record<string, { get?: { responses: Record<string, unknown> } }> };
        expect(Object.keys(described.paths['/healthz']?.get?.responses ?? {})).toEqual(['200', '503']);
      } finally {
        await served.server.close();
        await backend.cleanup();
      }
    });
  });
}
