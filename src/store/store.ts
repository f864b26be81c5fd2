import type { Expression, SqlBool } from 'kysely';
import type { DraftQueries } from './queries/draft-queries.js';
import type { PeerQueries } from './queries/peer-queries.js';
import type { AccountQueries } from './queries/account-queries.js';
import type { AuditQueries } from './queries/audit-queries.js';
import type { MembershipQueries, NewMembershipRow } from './queries/membership-queries.js';
import type { MetaQueries } from './queries/meta-queries.js';
import type { NewObjectRow, ObjectQueries, StoredVersion } from './queries/object-queries.js';
import type { StatusQueries } from './queries/status-queries.js';

/** What differs between backends, stated as facts the services may rely on. */
export interface StoreCapabilities {
  readonly dialect: 'sqlite' | 'postgres';
  /** Several node processes may serve the same database at once. */
  readonly sharedAcrossProcesses: boolean;
  /** Bind parameters one statement may carry (multi-row inserts are chunked below it). */
  readonly maxParameters: number;
}

/**
 * The statements on the ingest hot path, written per backend in its fastest form
 * (SQLite: one cached prepared statement per row or key; PostgreSQL: one statement over
 * arrays), and how each backend's id index is reached. The look-ups probe the id index
 * key by key: a single `id IN (...)` list is left to the planner, and with statistics
 * taken while the table was small SQLite scans the whole table instead, once per envelope.
 */
/** What inserting one version did: its primary key, null if already stored, or refused after a revocation. */
export type InsertedVersion = number | null | typeof AFTER_REVOCATION;
export const AFTER_REVOCATION = 'after_revocation';

export interface IngestStatements {
  /** Every stored version of the given ids. */
  versionsOf(ids: readonly string[]): Promise<StoredVersion[]>;
  /** Which versions of these objects a collection already holds, as 'id|version_key'. */
  heldBy(collectionId: string, objectIds: readonly string[]): Promise<Set<string>>;
  /**
   * Inserts object versions; returns their primary keys in input order, null for a row
   * whose (id, version_key) is already stored (that row is left as it was), and
   * AFTER_REVOCATION for a row later than a stored revoked version of its object, which is
   * not inserted: STIX 2.1 (section 3.6.2) forbids updating a revoked object.
   */
  objects(rows: readonly NewObjectRow[]): Promise<InsertedVersion[]>;
  memberships(rows: readonly NewMembershipRow[]): Promise<void>;
  /** How this backend's id index is reached; the shared queries match ids only through it. */
  readonly ids: IdPredicates;
}

/**
 * Conditions on the objects table's id, written for each backend's index: PostgreSQL keeps
 * the (id, version_key) pair; SQLite matches a 53-bit id key first, then the id itself.
 */
export interface IdPredicates {
  /** Parameters each id binds, for chunking long lists. */
  readonly parametersPerId: number;
  /** The row `alias` (of objects) has one of these ids; ids is not empty. */
  idIn(alias: string, ids: readonly string[]): Expression<SqlBool>;
  /** The rows `a` and `b` (both of objects) are versions of the same object. */
  sameObject(a: string, b: string): Expression<SqlBool>;
}

/** Typed queries, the same for every backend. They hold SQL only; rules live in services. */
export interface Queries {
  readonly objects: ObjectQueries;
  readonly memberships: MembershipQueries;
  readonly accounts: AccountQueries;
  readonly statuses: StatusQueries;
  readonly audit: AuditQueries;
  readonly meta: MetaQueries;
  readonly peers: PeerQueries;
  readonly drafts: DraftQueries;
}

export interface WriteHooks {
  /** The transaction has committed and the next one may start; it is not yet acknowledged. */
  readonly committed?: () => void;
}

export interface Store extends Queries {
  readonly capabilities: StoreCapabilities;
  /**
   * Runs `work` in one write transaction. Writers are serialised across every process
   * sharing the database, so TAXII date_added values are assigned in commit order and a
   * reader paging with `added_after` can never skip an object that commits late.
   * It resolves once the transaction is durable; `hooks.committed` runs as soon as it has
   * committed, which may be earlier (its changes are then already visible to readers).
   */
  write<T>(work: (queries: Queries) => Promise<T>, hooks?: WriteHooks): Promise<T>;
  /**
   * Whether the store can serve: it answers a query, and (SQLite) has not stopped taking writes
   * after a failed sync of its log. `problem` says what is wrong, for the operator.
   */
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

export type StoreHealth = { readonly ok: true } | { readonly ok: false; readonly problem: string };
