import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import type { Database } from '../schema.js';
import type { AccessFilter } from './membership-queries.js';

// Member codes are validated as three capital letters before they reach a query.
const memberPattern = (member: string) => `%,${member},%`;

/**
 * The one SQL form of the access rule (src/stix/access.ts): people read by owner or read
 * scope; a peer receives by the share scope, minus what it delivered itself and what other
 * peers delivered (unless we relay them). `o` is the objects table alias.
 */
export function accessPredicate(eb: ExpressionBuilder<Database & { o: Database['objects'] }, 'o'>, access: AccessFilter): Expression<SqlBool> {
  return access.mode === 'read'
    ? eb.or([
      eb('o.owner', '=', access.member),
      eb('o.read_scope', '=', '*'),
      eb('o.read_scope', 'like', memberPattern(access.member)),
    ])
    : eb.and([
      eb.or([eb('o.share_scope', '=', '*'), eb('o.share_scope', 'like', memberPattern(access.member))]),
      eb.or([
        eb('o.origin_peer', 'is', null),
        ...(access.relayFrom.length ? [eb.and([eb('o.origin_peer', 'in', access.relayFrom), eb('o.origin_peer', '!=', access.member)])] : []),
      ]),
    ]);
}
