import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { IngestStatements, Queries } from '../store.js';
import { accountQueries } from './account-queries.js';
import { auditQueries } from './audit-queries.js';
import { draftQueries } from './draft-queries.js';
import { membershipQueries } from './membership-queries.js';
import { metaQueries } from './meta-queries.js';
import { objectQueries } from './object-queries.js';
import { peerQueries } from './peer-queries.js';
import { statusQueries } from './status-queries.js';

/** Binds every query module to one connection or transaction. */
export function bindQueries(db: Kysely<Database>, maxParameters: number, bulk: IngestStatements): Queries {
  return {
    objects: objectQueries(db, maxParameters, bulk),
    memberships: membershipQueries(db, maxParameters, bulk),
    accounts: accountQueries(db),
    statuses: statusQueries(db),
    audit: auditQueries(db, maxParameters),
    meta: metaQueries(db),
    peers: peerQueries(db),
    drafts: draftQueries(db),
  };
}
