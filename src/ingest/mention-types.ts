/** Candidate mentions: spans of the normalised text that name an entity. */
import type { PersonRole } from './cue-types.js';
import type { EntityType, FormKind } from './known-entities.js';

export type MentionOrigin = 'dictionary' | 'group-cue' | 'org-cue' | 'media-cue' | 'person-cue' | 'alias' | 'kunya' | 'quoted' | 'derived';

export interface Mention {
  /** Normalised span of the mention (proclitics excluded, head words included). */
  start: number;
  end: number;
  /** Normalised span of the name proper (without a head word such as «جماعة»). */
  nameStart: number;
  nameEnd: number;
  type: EntityType;
  /** country, region, city, group, individual, organization… */
  kind: string;
  origin: MentionOrigin;
  /** Index into the matcher's known entities. */
  known?: number;
  /** Other known entities the same form may mean (shared names). */
  alternatives?: readonly number[];
  formKind: FormKind;
  role?: PersonRole;
  media?: boolean;
  /** An ordinary word that needs a place or group context to count. */
  needsContext?: boolean | 'strong';
  /** For derived regions and forces: the country code they belong to. */
  country?: string;
  /** Mention index this one is an alias of (set by alias cues). */
  aliasOf?: Mention;
  /** Why it is an alias: an alias cue of the text, or an acronym in brackets after the name. */
  aliasBasis?: 'cue' | 'acronym';
  /** A country named inside another entity's name («الجيش المالي»): counted, but not read by relation rules. */
  component?: boolean;
  /** Resolved entity (set by resolve.ts). */
  entity?: number;
}

/** True when a span [start, end) lies inside the mention. */
export function covers(m: { start: number; end: number }, start: number, end: number): boolean {
  return m.start <= start && end <= m.end;
}
