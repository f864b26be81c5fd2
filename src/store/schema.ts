import type { Generated } from 'kysely';

/**
 * Tables shared by every backend. Column types are what the query layer sees; the
 * migrations of each dialect create them with that dialect's types.
 */
export interface ObjectsTable {
  pk: Generated<number>;
  id: string;
  type: string;
  /** Sortable form of the version (modified, else created); '' for unversioned SCOs. */
  version_key: string;
  spec_version: string;
  revoked: number;
  owner: string;
  read_scope: string;
  share_scope: string;
  json: string;
  /** Microseconds since the epoch when this node first stored the version. */
  stored_us: number;
  /** Peer that delivered this version, null when written locally. */
  origin_peer: string | null;
  /** 1 once a later version of the object is stored (set by the ingest statements; never reset). */
  superseded: Generated<number>;
}

export interface CollectionObjectsTable {
  /** The collection's ordinal (CollectionsTable.ordinal), not its id: a few bytes per index entry. */
  collection_ordinal: number;
  /** The TAXII date_added in microseconds: unique and increasing across the node. */
  added_us: number;
  object_pk: number;
  /** Copied from the object so type-filtered pages run on one index. */
  type: string;
}

export interface PendingMarkingsTable {
  object_pk: number;
  marking_id: string;
}

export interface CollectionsTable {
  id: string;
  title: string;
  description: string | null;
  alias: string | null;
  created_us: number;
  /** A small number unique to the collection, which its membership rows are keyed by; never reused. */
  ordinal: number;
}

export interface CollectionGrantsTable {
  collection_id: string;
  /** 'user:NAME', 'member:DZA' or 'member:*'. */
  principal: string;
  can_read: number;
  can_write: number;
}

export interface UsersTable {
  name: string;
  member: string;
  role: string;
  password_hash: string | null;
  created_us: number;
  /** When the account was disabled (no sign-in, no token); null while it is enabled. */
  disabled_us: number | null;
}

export interface TokensTable {
  id: string;
  user_name: string;
  token_hash: string;
  label: string | null;
  created_us: number;
  /** When the token stops being accepted; null if it never expires. */
  expires_us: number | null;
}

export interface StatusesTable {
  id: string;
  collection_id: string;
  user_name: string;
  request_us: number;
  status: string;
  total_count: number;
  success_count: number;
  failure_count: number;
  pending_count: number;
  details_json: string;
}

export interface AuditTable {
  seq: Generated<number>;
  at_us: number;
  actor: string;
  action: string;
  target: string | null;
  detail_json: string | null;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface PeersTable {
  name: string;
  api_root_url: string;
  member: string;
  /** Bearer token this node presents to the peer (a secret, like the database itself). */
  token: string;
  remote_collection: string;
  local_collection: string;
  created_us: number;
  /** 'both', 'pull' or 'push': which ways sync runs with this peer. */
  direction: string;
  /** 1: what this peer delivers may be passed on to other peers. */
  relay: number;
  /** 1: envelopes pushed to this peer are gzip-compressed. */
  compress_push: number;
}

export interface SyncStateTable {
  peer: string;
  direction: 'pull' | 'push';
  /** pull: the peer's date_added of the last committed page; push: our added_us of the last acknowledged object. */
  cursor: string | null;
  last_attempt_us: number | null;
  last_success_us: number | null;
  last_error: string | null;
  last_error_us: number | null;
  objects_total: number;
  rejected_total: number;
}

export interface PushFailuresTable {
  peer: string;
  object_id: string;
  version_key: string;
  attempts: number;
  next_attempt_us: number;
  message: string;
}

export interface DraftsTable {
  id: string;
  user_name: string;
  member: string;
  created_us: number;
  source_name: string | null;
  language: string;
  /** 'draft', 'published' or 'discarded'. */
  state: string;
  bundle_json: string;
  /** The decoded document: every mention offset in the draft points into it. */
  document_text: string;
  warnings_json: string;
  published_us: number | null;
  report_id: string | null;
}

export interface Database {
  objects: ObjectsTable;
  collection_objects: CollectionObjectsTable;
  pending_markings: PendingMarkingsTable;
  collections: CollectionsTable;
  collection_grants: CollectionGrantsTable;
  users: UsersTable;
  tokens: TokensTable;
  statuses: StatusesTable;
  audit_log: AuditTable;
  meta: MetaTable;
  peers: PeersTable;
  sync_state: SyncStateTable;
  push_failures: PushFailuresTable;
  drafts: DraftsTable;
}
