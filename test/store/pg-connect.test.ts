/**
 * A TLS mismatch with PostgreSQL is told as a connection problem naming the server (and not
 * its password), like a refused connection: the driver reports it without an error code.
 */
import { expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { PG_URL } from '../helpers/stores.js';

it('names a TLS mismatch with PostgreSQL as the server being unavailable', async () => {
  const url = new URL(PG_URL);
  url.password = 'not-to-be-shown';
  // verify-full against this test server: without TLS it refuses, with a self-made certificate
  // the driver does; either way the node cannot connect.
  url.searchParams.set('sslmode', 'verify-full');
  const failure = await openPostgresStore({ url: url.toString(), schema: 'never_created' }).then(() => undefined, (error: unknown) => error);
  expect(failure).toMatchObject({ code: 'unavailable', message: expect.stringMatching(new RegExp(`^cannot connect to PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}: .*(SSL|certificate)`, 'i')) });
  expect((failure as Error).message).not.toContain('not-to-be-shown');
});
