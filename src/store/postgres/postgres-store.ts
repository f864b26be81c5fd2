import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { HoggarError } from '../../errors.js';
import { applyMigrations } from '../migrate.js';
import { storageFailure } from '../storage-failure.js';
import { bindQueries } from '../queries/index.js';
import type { Database } from '../schema.js';
import type { Queries, Store, StoreCapabilities, WriteHooks } from '../store.js';
import { postgresMigrations } from './postgres-migrations.js';
import { postgresIngestStatements } from './postgres-queries.js';

export interface PostgresStoreOptions {
  readonly url: string;
  /** Schema to live in (created if missing); tests give each run its own. */
  readonly schema?: string;
  readonly poolSize?: number;
}

const capabilities: StoreCapabilities = {
  dialect: 'postgres',
  sharedAcrossProcesses: true,
  // The wire protocol counts parameters in 16 bits.
  maxParameters: 65_000,
};

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

// BIGINT columns hold microsecond timestamps, well inside Number's exact range.
const types = {
  getTypeParser: ((oid: number, format?: string) => oid === 20
    ? (value: string) => Number(value)
    : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** A lock key per schema, so separate Hoggar nodes sharing one database do not block each other. */
function lockKey(schema: string, purpose: string): bigint {
  return createHash('sha256').update(`${schema}:${purpose}`).digest().readBigInt64BE(0);
}

/**
 * A failure to reach or log in to the server, told as such and naming the server without
 * the URL's password; other failures (a migration's, say) are passed on as they are.
 * System errors (ENOTFOUND, ECONNREFUSED…) and SQLSTATE classes 08 (connection), 28
 * (authorisation) and 3D (no such database) are the ones an operator fixes in the URL, and so
 * is a TLS mismatch (`sslmode` asked of a server without TLS, an untrusted certificate), which
 * the driver reports without a code.
 */
function unreachable(error: unknown, url: string): HoggarError | undefined {
  const code = String((error as { code?: unknown }).code ?? '');
  const tls = /\bSSL\b|certificate/i.test((error as Error).message ?? '');
  if (!tls && !/^E[A-Z]+$/.test(code) && !/^(08|28|3D)/.test(code)) return undefined;
  let where = 'the database URL';
  try {
    const parsed = new URL(url);
    where = `${parsed.hostname || 'localhost'}:${parsed.port || 5432}${parsed.pathname}`;
  } catch { /* an unparsable URL is named generically */ }
  return new HoggarError('unavailable', `cannot connect to PostgreSQL at ${where}: ${(error as Error).message}`);
}

/** Opens (and migrates) a PostgreSQL store. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw new RangeError(`invalid schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    options: `-c search_path=${schema}`,
    types,
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await db.connection().execute(async (conn) => {
      await sql`SELECT pg_advisory_lock(${lockKey(schema, 'migrate')})`.execute(conn);
      try {
        await sql.raw(`CREATE SCHEMA IF NOT EXISTS ${schema}`).execute(conn);
        await applyMigrations(conn, postgresMigrations);
      } finally {
        await sql`SELECT pg_advisory_unlock(${lockKey(schema, 'migrate')})`.execute(conn);
      }
    });
  } catch (error) {
    await db.destroy();
    throw unreachable(error, options.url) ?? error;
  }
  const queries = bindQueries(db, capabilities.maxParameters, postgresIngestStatements(db));
  const writeLock = lockKey(schema, 'write');

  return {
    ...queries,
    capabilities,
    async write<T>(work: (q: Queries) => Promise<T>, hooks?: WriteHooks): Promise<T> {
      const result = await db.transaction().execute(async (trx) => {
        // One writer at a time across every process on this schema: date_added values
        // are then handed out in commit order (see Store.write).
        await sql`SELECT pg_advisory_xact_lock(${writeLock})`.execute(trx);
        return work(bindQueries(trx, capabilities.maxParameters, postgresIngestStatements(trx)));
      }).catch((error: unknown) => {
        throw storageFailure(error) ?? error;
      });
      // PostgreSQL's COMMIT returns once it is durable (synchronous_commit on).
      hooks?.committed?.();
      return result;
    },
    async health() {
      // A dead network can hold a connection attempt for minutes; a health check must answer.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS / 1000} s`)), HEALTH_TIMEOUT_MS); });
      try {
        await Promise.race([sql`SELECT 1`.execute(db), late]);
        return { ok: true };
      } catch (error) {
        return { ok: false, problem: `PostgreSQL does not answer: ${(error as Error).message}` };
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

const HEALTH_TIMEOUT_MS = 5_000;
