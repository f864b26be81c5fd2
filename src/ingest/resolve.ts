/**
 * Resolution: mentions of one entity become one entity. Known entities (in
 * the knowledge base or the gazetteer) are keyed by their id; new ones by type
 * and normalised name. Alias mentions join their owner; a short form of a
 * person's name («Droukdel» after «Abdelmalek Droukdel») joins the person; a
 * province named after its seat joins the seat when both are mentioned.
 */
import type { DocLang, PersonRole } from './cue-types.js';
import { isCapitalised, surfaceOf, type DocumentView } from './document.js';
import type { EntityType } from './known-entities.js';
import { lookupForm, type Matcher } from './matcher.js';
import { MEDIA } from '../gazetteer/data/media.js';

/** Gazetteer keys of media outlets: quoted as named outlets, not as officials. */
const MEDIA_KEYS = new Set(MEDIA.map((entry) => entry.key));
import type { Mention } from './mention-types.js';

export interface Entity {
  readonly index: number;
  type: EntityType;
  kind: string;
  known?: number;
  readonly mentions: Mention[];
  /** Surfaces of the name proper (new entities), first is the display name. */
  readonly names: string[];
  readonly aliases: string[];
  role?: PersonRole;
  media?: boolean;
  country?: string;
  /** A national armed force (a known one, or one named by a forces noun and a country). */
  force?: boolean;
  lang: DocLang;
}

function compatible(a: EntityType, aKind: string, b: EntityType, bKind: string): boolean {
  if (a === b) return true;
  // A person found by a cue may be a known threat actor or identity.
  return aKind === 'individual' && bKind === 'individual';
}

function normOf(doc: DocumentView, start: number, end: number): string {
  return doc.norm.text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** Links cue mentions whose name is a known form to that entity. */
function linkKnownNames(doc: DocumentView, matcher: Matcher, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    if (m.known !== undefined) continue;
    for (const norm of [normOf(doc, m.start, m.end), normOf(doc, m.nameStart, m.nameEnd)]) {
      const ref = lookupForm(matcher, norm)?.refs.find((r) => {
        const e = matcher.entities[r.entity]!;
        return r.kind !== 'adjective' && compatible(m.type, m.kind, e.type, e.kind);
      });
      if (!ref) continue;
      const entity = matcher.entities[ref.entity]!;
      m.known = ref.entity;
      m.type = entity.type;
      m.kind = entity.kind;
      break;
    }
  }
}

/** Shared names («أنصار الشريعة»): prefer the candidate the document names elsewhere. */
function chooseAlternatives(mentions: readonly Mention[]): void {
  const present = new Set(mentions.filter((m) => !m.alternatives).map((m) => m.known));
  for (const m of mentions) {
    const better = m.alternatives?.find((alt) => present.has(alt));
    if (better !== undefined && !present.has(m.known)) m.known = better;
  }
}

/** «ولاية تمنراست» and «تمنراست» in one text are one place: the seat (the town of the unit that gives it its name). */
function foldUnitsIntoSeats(matcher: Matcher, mentions: readonly Mention[]): void {
  const present = new Set(mentions.map((m) => m.known).filter((k): k is number => k !== undefined));
  // Several towns of a unit may be named; the seat is the one whose name the unit carries.
  const townsOf = new Map<string, number[]>();
  for (const k of present) {
    const entry = matcher.entities[k]!.gazetteer;
    if (entry?.parent && (entry.kind === 'city' || entry.kind === 'town')) townsOf.set(entry.parent, [...(townsOf.get(entry.parent) ?? []), k]);
  }
  for (const m of mentions) {
    const entry = m.known !== undefined ? matcher.entities[m.known]!.gazetteer : undefined;
    if (!entry || entry.kind !== 'admin1') continue;
    const seat = townsOf.get(entry.key)?.find((k) => entry.canonical.includes(matcher.entities[k]!.name));
    if (seat === undefined) continue;
    m.known = seat;
    m.kind = matcher.entities[seat]!.kind;
  }
}

const FORCE_NAME = /\b(army|armed forces|forces|military|gendarmerie)\b/i;

/** Groups mentions into entities. */
export function resolveEntities(doc: DocumentView, matcher: Matcher, mentions: Mention[]): Entity[] {
  linkKnownNames(doc, matcher, mentions);
  chooseAlternatives(mentions);
  foldUnitsIntoSeats(matcher, mentions);
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const langOf = (m: Mention): DocLang => doc.sentenceLang[doc.tokens[doc.tokenAt[m.start]!]!.sentence] ?? 'en';

  const create = (key: string, m: Mention): Entity => {
    const entity: Entity = { index: entities.length, type: m.type, kind: m.kind, mentions: [], names: [], aliases: [], lang: langOf(m), ...(m.known !== undefined ? { known: m.known } : {}) };
    const known = m.known !== undefined ? matcher.entities[m.known]! : undefined;
    const key0 = known?.gazetteer?.key;
    if (key0 && MEDIA_KEYS.has(key0)) entity.media = true;
    if ((known?.type === 'identity' && known.gazetteer?.country && FORCE_NAME.test(known.name)) || (!known && m.origin === 'derived' && m.type === 'identity')) entity.force = true;
    entities.push(entity);
    byKey.set(key, entity);
    return entity;
  };
  const attach = (entity: Entity, m: Mention, asAlias: boolean): void => {
    entity.mentions.push(m);
    m.entity = entity.index;
    const surface = surfaceOf(doc, m.nameStart, m.nameEnd);
    if (asAlias) { if (!entity.aliases.includes(surface)) entity.aliases.push(surface); }
    else if (m.formKind === 'name' && !entity.names.includes(surface)) entity.names.push(surface);
    if (m.role && !entity.role) entity.role = m.role;
    if (m.media) entity.media = true;
    if (m.country && !entity.country) entity.country = m.country;
  };
  // A national force named by a forces noun and a country («القوات المالية», "Malian soldiers") is that
  // country's known armed forces when the document names them, else one new force per country.
  const forces = new Map<string, number>();
  for (const m of mentions) {
    const entity = m.known !== undefined ? matcher.entities[m.known] : undefined;
    const country = entity?.gazetteer?.country;
    if (entity?.type === 'identity' && country && FORCE_NAME.test(entity.name)) forces.set(country, m.known!);
  }
  const keyOf = (m: Mention): string => {
    if (m.known !== undefined) return `known:${m.known}`;
    if (m.origin === 'derived' && m.type === 'identity' && m.country) {
      const known = forces.get(m.country);
      if (known !== undefined) { m.known = known; return `known:${known}`; }
      return `force:${m.country}`;
    }
    return `new:${m.type}:${m.kind}:${normOf(doc, m.nameStart, m.nameEnd)}`;
  };

  for (const m of mentions) {
    if (m.aliasOf) continue;
    const key = keyOf(m);
    const entity = byKey.get(key) ?? findPersonByPart(doc, entities, m) ?? create(key, m);
    attach(entity, m, false);
  }
  for (const m of mentions) {
    if (!m.aliasOf) continue;
    const ownerEntity = m.aliasOf.entity !== undefined ? entities[m.aliasOf.entity] : undefined;
    if (!ownerEntity) { attach(byKey.get(keyOf(m)) ?? create(keyOf(m), m), m, false); continue; }
    if (m.known !== undefined && ownerEntity.known === undefined) {
      // The alias is a known name: the owner is that known entity.
      const knownEntity = byKey.get(`known:${m.known}`) ?? create(`known:${m.known}`, m);
      for (const moved of ownerEntity.mentions.splice(0)) attach(knownEntity, moved, false);
      ownerEntity.names.splice(0);
      attach(knownEntity, m, true);
      continue;
    }
    attach(ownerEntity, m, m.formKind !== 'name' || m.known === undefined || m.known === ownerEntity.known);
  }
  const live = entities.filter((e) => e.mentions.length > 0);
  addSurnameMentions(doc, live, mentions);
  return live.map((e, index) => Object.assign(e, { index })).map((e) => {
    for (const m of e.mentions) m.entity = e.index;
    return e;
  });
}

/** A one- or two-word person mention that repeats part of a known person's name in this text. */
function findPersonByPart(doc: DocumentView, entities: readonly Entity[], m: Mention): Entity | undefined {
  if (m.kind !== 'individual' || m.known !== undefined) return undefined;
  const words = normOf(doc, m.nameStart, m.nameEnd).split(' ');
  if (words.length > 2) return undefined;
  return entities.find((e) => e.kind === 'individual' && e.mentions.some((other) => {
    const full = normOf(doc, other.nameStart, other.nameEnd).split(' ');
    return full.length > words.length && words.every((w) => full.includes(w));
  }));
}

/** Later mentions of a person by surname alone («ساندرسون», "Droukdel said"): one pass over the tokens. */
function addSurnameMentions(doc: DocumentView, entities: readonly Entity[], mentions: readonly Mention[]): void {
  const owner = new Map<string, Entity | null>();
  for (const entity of entities) {
    if (entity.kind !== 'individual') continue;
    for (const m of entity.mentions) {
      if (m.aliasOf) continue;
      const words = normOf(doc, m.nameStart, m.nameEnd).split(' ');
      const last = words[words.length - 1]!;
      if (words.length < 2 || last.length < 4) continue;
      // A surname two persons share names neither of them.
      const current = owner.get(last);
      owner.set(last, current === undefined || current === entity ? entity : null);
    }
  }
  if (owner.size === 0) return;
  const covered = new Uint8Array(doc.norm.text.length);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  for (const token of doc.tokens) {
    if (token.kind !== 'word' || covered[token.start]) continue;
    let reading: string | undefined;
    let entity: Entity | null | undefined;
    for (const r of token.readings) { entity = owner.get(r); if (entity) { reading = r; break; } }
    if (!entity || !reading) continue;
    if (!token.arabic && !isCapitalised(doc, token.index)) continue;
    const start = token.end - reading.length;
    entity.mentions.push({ start, end: token.end, nameStart: start, nameEnd: token.end, type: entity.type, kind: entity.kind, origin: 'person-cue', formKind: 'name', entity: entity.index });
  }
}
