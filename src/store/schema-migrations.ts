import type { Migration } from './migrate.js';

/** What the dialects spell differently in the schema; everything else is shared. */
export interface SchemaDialect {
  /** A 64-bit integer column. */
  readonly int64: string;
  /** An auto-numbered 64-bit primary key column. */
  readonly serialKey: string;
  /** A small integer used as a flag. */
  readonly flag: string;
  /** Table option for a table stored in primary-key order (SQLite: WITHOUT ROWID). */
  readonly clustered: string;
  /** Statements that make audit_log refuse updates and deletions. */
  readonly appendOnlyAudit: readonly string[];
  /** SQL that holds when objects rows `a` and `b` are versions of one object, matched on the dialect's id index. */
  readonly sameObject: (a: string, b: string) => string;
}

/**
 * The schema, in order, for one dialect. Never edit a released migration: append a new one.
 * Version 5 is SQLite's own (sqlite-migrations.ts): the next shared migration is version 6.
 */
export function schemaMigrations(t: SchemaDialect): Migration[] {
  return [
    {
      version: 1,
      name: 'objects, collections, users, statuses, audit',
      statements: [
        `CREATE TABLE objects (
          pk ${t.serialKey},
          id TEXT NOT NULL,
          type TEXT NOT NULL,
          version_key TEXT NOT NULL,
          spec_version TEXT NOT NULL,
          revoked ${t.flag} NOT NULL DEFAULT 0,
          owner TEXT NOT NULL,
          read_scope TEXT NOT NULL,
          share_scope TEXT NOT NULL,
          json TEXT NOT NULL,
          stored_us ${t.int64} NOT NULL,
          origin_peer TEXT,
          UNIQUE (id, version_key)
        )`,
        `CREATE TABLE collections (
          id TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          description TEXT,
          alias TEXT UNIQUE,
          created_us ${t.int64} NOT NULL
        )`,
        // Which versions each collection holds, clustered by collection and date_added so TAXII
        // pages read consecutive rows. Every index here grows at its end for new objects; the
        // only index with random keys in the whole ingest path is objects (id, version_key),
        // since each random-key B-tree costs every ingested object a page write per commit.
        `CREATE TABLE collection_objects (
          collection_id TEXT NOT NULL,
          added_us ${t.int64} NOT NULL,
          object_pk ${t.int64} NOT NULL,
          type TEXT NOT NULL,
          PRIMARY KEY (collection_id, added_us)
        )${t.clustered}`,
        `CREATE INDEX co_by_type ON collection_objects (collection_id, type, added_us, object_pk)`,
        `CREATE INDEX co_by_object ON collection_objects (object_pk, collection_id)`,
        `CREATE TABLE pending_markings (
          marking_id TEXT NOT NULL,
          object_pk ${t.int64} NOT NULL,
          PRIMARY KEY (marking_id, object_pk)
        )`,
        `CREATE INDEX pending_by_object ON pending_markings (object_pk)`,
        `CREATE TABLE collection_grants (
          collection_id TEXT NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
          principal TEXT NOT NULL,
          can_read ${t.flag} NOT NULL,
          can_write ${t.flag} NOT NULL,
          PRIMARY KEY (collection_id, principal)
        )`,
        `CREATE TABLE users (
          name TEXT PRIMARY KEY,
          member TEXT NOT NULL,
          role TEXT NOT NULL,
          password_hash TEXT,
          created_us ${t.int64} NOT NULL
        )`,
        `CREATE TABLE tokens (
          id TEXT PRIMARY KEY,
          user_name TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE,
          token_hash TEXT NOT NULL UNIQUE,
          label TEXT,
          created_us ${t.int64} NOT NULL
        )`,
        `CREATE TABLE statuses (
          id TEXT PRIMARY KEY,
          collection_id TEXT NOT NULL,
          user_name TEXT NOT NULL,
          request_us ${t.int64} NOT NULL,
          status TEXT NOT NULL,
          total_count INTEGER NOT NULL,
          success_count INTEGER NOT NULL,
          failure_count INTEGER NOT NULL,
          pending_count INTEGER NOT NULL,
          details_json TEXT NOT NULL
        )`,
        `CREATE TABLE audit_log (
          seq ${t.serialKey},
          at_us ${t.int64} NOT NULL,
          actor TEXT NOT NULL,
          action TEXT NOT NULL,
          target TEXT,
          detail_json TEXT
        )`,
        // The audit log is append-only: the database itself refuses edits and deletions.
        ...t.appendOnlyAudit,
        `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      ],
    },
    {
      version: 2,
      name: 'federation: peers, sync cursors, push retries',
      statements: [
        `CREATE TABLE peers (
          name TEXT PRIMARY KEY,
          api_root_url TEXT NOT NULL,
          member TEXT NOT NULL,
          token TEXT NOT NULL,
          remote_collection TEXT NOT NULL,
          local_collection TEXT NOT NULL,
          created_us ${t.int64} NOT NULL
        )`,
        `CREATE TABLE sync_state (
          peer TEXT NOT NULL,
          direction TEXT NOT NULL,
          cursor TEXT,
          last_attempt_us ${t.int64},
          last_success_us ${t.int64},
          last_error TEXT,
          last_error_us ${t.int64},
          objects_total ${t.int64} NOT NULL DEFAULT 0,
          rejected_total ${t.int64} NOT NULL DEFAULT 0,
          PRIMARY KEY (peer, direction)
        )`,
        `CREATE TABLE push_failures (
          peer TEXT NOT NULL,
          object_id TEXT NOT NULL,
          version_key TEXT NOT NULL,
          attempts INTEGER NOT NULL,
          next_attempt_us ${t.int64} NOT NULL,
          message TEXT NOT NULL,
          PRIMARY KEY (peer, object_id, version_key)
        )`,
      ],
    },
    {
      version: 3,
      name: 'ingestion drafts',
      statements: [
        `CREATE TABLE drafts (
          id TEXT PRIMARY KEY,
          user_name TEXT NOT NULL,
          member TEXT NOT NULL,
          created_us ${t.int64} NOT NULL,
          source_name TEXT,
          language TEXT NOT NULL,
          state TEXT NOT NULL,
          bundle_json TEXT NOT NULL,
          document_text TEXT NOT NULL,
          warnings_json TEXT NOT NULL,
          published_us ${t.int64},
          report_id TEXT
        )`,
        `CREATE INDEX drafts_by_created ON drafts (created_us)`,
      ],
    },
    {
      version: 4,
      name: 'peers: sync direction and relaying',
      statements: [
        `ALTER TABLE peers ADD COLUMN direction TEXT NOT NULL DEFAULT 'both'`,
        `ALTER TABLE peers ADD COLUMN relay ${t.flag} NOT NULL DEFAULT 0`,
      ],
    },
    {
      version: 6,
      name: 'objects: superseded flag',
      statements: [
        // 1 once a later version of the same object is stored anywhere on the node. A "last
        // version" page probes the id index only for such rows: most objects have one version.
        `ALTER TABLE objects ADD COLUMN superseded ${t.flag} NOT NULL DEFAULT 0`,
        `UPDATE objects SET superseded = 1 WHERE EXISTS (SELECT 1 FROM objects newer
          WHERE ${t.sameObject('newer', 'objects')} AND newer.version_key > objects.version_key)`,
      ],
    },
    {
      version: 7,
      name: 'users: disabled accounts',
      statements: [
        // When the account was disabled; null while it may sign in. Kept, not deleted: its
        // name stays in the audit log and on the objects it wrote.
        `ALTER TABLE users ADD COLUMN disabled_us ${t.int64}`,
      ],
    },
    {
      version: 8,
      name: 'tokens: expiry',
      statements: [
        // When the token stops opening the node; null for a token that does not expire.
        `ALTER TABLE tokens ADD COLUMN expires_us ${t.int64}`,
      ],
    },
    {
      version: 9,
      name: 'collection memberships keyed by a collection ordinal',
      statements: [
        // Each membership row and both its indexes carried the collection's 36-character id.
        // A small number in its place takes a few bytes of each index entry instead of about 40,
        // so a durable commit writes fewer pages (measured: the ingest statements +20 to 25 %,
        // bench/store-layouts.bench.ts). Collections are never deleted, so an ordinal is never
        // reused; new collections take the next one (account-queries.ts).
        `ALTER TABLE collections ADD COLUMN ordinal ${t.int64}`,
        `UPDATE collections SET ordinal = (SELECT count(*) FROM collections earlier
          WHERE earlier.created_us < collections.created_us
             OR (earlier.created_us = collections.created_us AND earlier.id <= collections.id))`,
        `CREATE UNIQUE INDEX collections_by_ordinal ON collections (ordinal)`,
        `CREATE TABLE collection_members (
          collection_ordinal ${t.int64} NOT NULL,
          added_us ${t.int64} NOT NULL,
          object_pk ${t.int64} NOT NULL,
          type TEXT NOT NULL,
          PRIMARY KEY (collection_ordinal, added_us)
        )${t.clustered}`,
        // A membership of a collection that does not exist could never be read: none is kept.
        `INSERT INTO collection_members (collection_ordinal, added_us, object_pk, type)
          SELECT c.ordinal, co.added_us, co.object_pk, co.type
          FROM collection_objects co JOIN collections c ON c.id = co.collection_id`,
        `DROP TABLE collection_objects`,
        `ALTER TABLE collection_members RENAME TO collection_objects`,
        `CREATE INDEX co_by_type ON collection_objects (collection_ordinal, type, added_us, object_pk)`,
        `CREATE INDEX co_by_object ON collection_objects (object_pk, collection_ordinal)`,
      ],
    },
    {
      version: 10,
      name: 'peers: compressed pushes',
      statements: [
        // 1: envelopes pushed to this peer are sent gzip-compressed (Content-Encoding: gzip).
        // Off by default: a TAXII server need not accept a compressed request body.
        `ALTER TABLE peers ADD COLUMN compress_push ${t.flag} NOT NULL DEFAULT 0`,
      ],
    },
  ];
}
