/**
 * Scores a draft against a gold annotation: precision, recall and F1 for
 * entities (a predicted entity matches a gold entity of the same STIX type when
 * one of its mention surfaces equals one of the gold forms after matching
 * normalisation; one-to-one), alias pairs, relations (after mapping the
 * extractor's relationship types to the gold vocabulary) and sources (gold
 * `text` against the surface of the sources the draft created for unnamed
 * sources; named sources are entities and scored there).
 */
import type { StixObject } from '../../stix/types.js';
import { MENTIONS_EXTENSION_ID, SOURCE_EXTENSION_ID } from '../extensions.js';
import type { DraftResult } from '../index.js';
import { procliticReadings } from '../ar/clitics.js';
import { normaliseName } from '../normalise.js';
import type { GoldFile } from './gold.js';

export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface FileScore {
  readonly entities: Counts;
  readonly aliases: Counts;
  readonly relations: Counts;
  readonly sources: Counts;
  readonly details: {
    readonly missedEntities: string[];
    readonly extraEntities: string[];
    readonly missedRelations: string[];
    readonly extraRelations: string[];
    readonly missedAliases: string[];
    readonly missedSources: string[];
    readonly extraSources: string[];
  };
}

/** Extractor relationship types → gold vocabulary (documented in docs/extraction.md). */
export const RELATION_TYPE_MAP: Readonly<Record<string, string>> = {
  leads: 'leader-of',
  'member-of': 'member-of',
  'affiliated-with': 'affiliated-with',
  'may-succeed': 'may-succeed',
  succeeds: 'succeeds',
  'located-at': 'located-at',
  targets: 'targets',
  'works-for': 'works-for',
};

/** Spellings of the gold vocabulary that annotators use for the same relation. */
const GOLD_TYPE_SYNONYMS: Readonly<Record<string, string>> = {
  leads: 'leader-of', 'led-by': 'leader-of', 'successor-of': 'succeeds', 'located-in': 'located-at', 'based-in': 'located-at', 'employed-by': 'works-for',
};

const ENTITY_TYPES = new Set(['threat-actor', 'intrusion-set', 'identity', 'location']);
const typeKey = (type: string): string => (type === 'intrusion-set' ? 'threat-actor' : type);
/**
 * The matching normalisation: the extractor's folding (case, accents, Arabic
 * letter variants, diacritics, quotation marks), and «لل…» read as «ال…» (the
 * preposition ل before the article: a mention of «الجيش» written «للجيش»).
 */
export function fold(text: string): string {
  const folded = normaliseName(text).replace(/"/g, '').trim();
  return folded.startsWith('لل') && folded.length > 4 ? `ا${folded.slice(1)}` : folded;
}

/**
 * The keys a surface matches under: its folded form and, for Arabic, the
 * readings of its first word without proclitics. Gold forms keep their clitics
 * («وبمالي», «للقاعدة»: the annotation rule of the evaluation articles) while
 * the extractor's surfaces leave them out; both reduce to the same keys.
 */
export function matchKeys(text: string): Set<string> {
  const folded = fold(text);
  const keys = new Set([folded]);
  const space = folded.indexOf(' ');
  const first = space < 0 ? folded : folded.slice(0, space);
  const rest = space < 0 ? '' : folded.slice(space);
  if (/^[\u0621-\u064A]/.test(first)) for (const reading of procliticReadings(first)) keys.add(`${reading}${rest}`);
  return keys;
}

const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  for (const key of a) if (b.has(key)) return true;
  return false;
};

export function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return counts(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
}

/** Maximum one-to-one matching (Kuhn's augmenting paths) over candidate edges. */
export function maximumMatching(left: number, edges: readonly (readonly number[])[]): Map<number, number> {
  const matchOfRight = new Map<number, number>();
  const tryAugment = (u: number, seen: Set<number>): boolean => {
    for (const v of edges[u] ?? []) {
      if (seen.has(v)) continue;
      seen.add(v);
      const owner = matchOfRight.get(v);
      if (owner === undefined || tryAugment(owner, seen)) { matchOfRight.set(v, u); return true; }
    }
    return false;
  };
  for (let u = 0; u < left; u++) tryAugment(u, new Set());
  const matchOfLeft = new Map<number, number>();
  for (const [v, u] of matchOfRight) matchOfLeft.set(u, v);
  return matchOfLeft;
}

interface MentionsExtension {
  mentions?: { object_ref: string; text: string }[];
  aliases?: { object_ref: string; alias: string }[];
  sources?: { object_ref: string; text: string }[];
}

function extension<T>(object: StixObject | undefined, id: string): T | undefined {
  const extensions = object?.extensions as Record<string, T> | undefined;
  return extensions?.[id];
}

/** Scores one draft against its gold file. */
export function scoreDraft(draft: DraftResult, gold: GoldFile): FileScore {
  const objects = draft.bundle.objects;
  const report = objects.find((o) => o.type === 'report');
  const ext = extension<MentionsExtension>(report, MENTIONS_EXTENSION_ID) ?? {};
  const anonymousIds = new Set(objects.filter((o) => extension<{ anonymous?: boolean }>(o, SOURCE_EXTENSION_ID)?.anonymous === true).map((o) => o.id));
  const surfacesOf = new Map<string, Set<string>>();
  for (const m of ext.mentions ?? []) {
    const set = surfacesOf.get(m.object_ref) ?? new Set<string>();
    for (const key of matchKeys(m.text)) set.add(key);
    surfacesOf.set(m.object_ref, set);
  }
  const typeOf = new Map(objects.map((o) => [o.id, o.type]));
  const predicted = [...surfacesOf.keys()].filter((id) => ENTITY_TYPES.has(typeOf.get(id) ?? '') && !anonymousIds.has(id));

  // Entities.
  const goldEntities = gold.entities;
  const edges = predicted.map((id) => {
    const surfaces = surfacesOf.get(id)!;
    const type = typeKey(typeOf.get(id)!);
    return goldEntities.flatMap((g, gi) => (typeKey(g.type) === type && g.forms.some((f) => intersects(matchKeys(f), surfaces)) ? [gi] : []));
  });
  const matching = maximumMatching(predicted.length, edges);
  const goldOfId = new Map<string, string>();
  for (const [pi, gi] of matching) goldOfId.set(predicted[pi]!, goldEntities[gi]!.canonical);
  const matchedGold = new Set(matching.values());
  const entityCounts = counts(matching.size, predicted.length - matching.size, goldEntities.length - matching.size);
  const labelOf = (id: string): string => `${[...(surfacesOf.get(id) ?? [])][0] ?? id} (${typeOf.get(id)})`;

  // Alias pairs: the draft's alias readings of matched entities.
  const goldAliasPairs = (gold.relations ?? []).filter((r) => r.type === 'alias');
  const aliasFormsOf = (canonical: string, to: string): Set<string> => {
    const entity = goldEntities.find((g) => g.canonical === canonical);
    return new Set([to, ...(entity?.alias_forms ?? []), ...(entity?.aliases ?? [])].flatMap((f) => [...matchKeys(f)]));
  };
  const predictedAliases = [...new Map((ext.aliases ?? []).map((a) => [`${a.object_ref}|${fold(a.alias)}`, a])).values()];
  const aliasEdges = predictedAliases.map((a) => {
    const owner = goldOfId.get(a.object_ref);
    return goldAliasPairs.flatMap((g, gi) => (owner === g.from && intersects(matchKeys(a.alias), aliasFormsOf(g.from, g.to)) ? [gi] : []));
  });
  const aliasMatching = maximumMatching(predictedAliases.length, aliasEdges);
  // One alias pair per gold pair: several spellings of the same alias are not false positives.
  const extraAliases = predictedAliases.filter((a, i) => !aliasMatching.has(i) && !goldAliasPairs.some((g) => goldOfId.get(a.object_ref) === g.from && intersects(matchKeys(a.alias), aliasFormsOf(g.from, g.to))));
  const aliasCounts = counts(aliasMatching.size, extraAliases.length, goldAliasPairs.length - aliasMatching.size);
  const matchedAliasGold = new Set(aliasMatching.values());

  // Relations (alias pairs included, as the gold lists them among relations).
  const goldRelations = gold.relations ?? [];
  const goldKey = (r: { from: string; type: string; to: string }): string => `${r.from}|${GOLD_TYPE_SYNONYMS[r.type] ?? r.type}|${r.to}`;
  const goldKeys = new Set(goldRelations.filter((r) => r.type !== 'alias').map(goldKey));
  const predictedKeys = new Set<string>();
  for (const o of objects) {
    if (o.type !== 'relationship') continue;
    const from = goldOfId.get(o.source_ref as string) ?? `?${labelOf(o.source_ref as string)}`;
    const to = goldOfId.get(o.target_ref as string) ?? `?${labelOf(o.target_ref as string)}`;
    const type = RELATION_TYPE_MAP[o.relationship_type as string] ?? (o.relationship_type as string);
    predictedKeys.add(`${from}|${type}|${to}`);
  }
  const relTp = [...predictedKeys].filter((k) => goldKeys.has(k)).length + aliasMatching.size;
  const relationCounts = counts(relTp, predictedKeys.size - (relTp - aliasMatching.size) + extraAliases.length, goldRelations.length - relTp);

  // Sources.
  const goldSources = gold.sources ?? [];
  const predictedSources = (ext.sources ?? []).filter((s) => anonymousIds.has(s.object_ref));
  const namedSourceSurfaces = new Set<string>();
  for (const o of objects) {
    const graded = extension<{ source_ref?: string; via_ref?: string }>(o, SOURCE_EXTENSION_ID);
    for (const ref of [graded?.source_ref, graded?.via_ref]) if (ref && !anonymousIds.has(ref)) for (const s of surfacesOf.get(ref) ?? []) namedSourceSurfaces.add(s);
  }
  const sourceEdges = predictedSources.map((s) => goldSources.flatMap((g, gi) => (intersects(matchKeys(g.text), matchKeys(s.text)) ? [gi] : [])));
  const sourceMatching = maximumMatching(predictedSources.length, sourceEdges);
  const matchedSourceGold = new Set(sourceMatching.values());
  let namedMatches = 0;
  goldSources.forEach((g, gi) => { if (!matchedSourceGold.has(gi) && intersects(matchKeys(g.text), namedSourceSurfaces)) { matchedSourceGold.add(gi); namedMatches++; } });
  const sourceCounts = counts(sourceMatching.size + namedMatches, predictedSources.length - sourceMatching.size, goldSources.length - sourceMatching.size - namedMatches);

  return {
    entities: entityCounts, aliases: aliasCounts, relations: relationCounts, sources: sourceCounts,
    details: {
      missedEntities: goldEntities.filter((_, gi) => !matchedGold.has(gi)).map((g) => `${g.canonical} (${g.type})`),
      extraEntities: predicted.filter((_, pi) => !matching.has(pi)).map(labelOf),
      missedRelations: goldRelations.filter((r) => r.type !== 'alias' && !predictedKeys.has(goldKey(r))).map(goldKey),
      extraRelations: [...predictedKeys].filter((k) => !goldKeys.has(k)),
      missedAliases: goldAliasPairs.filter((_, gi) => !matchedAliasGold.has(gi)).map(goldKey),
      missedSources: goldSources.filter((_, gi) => !matchedSourceGold.has(gi)).map((s) => s.text),
      extraSources: predictedSources.filter((_, i) => !sourceMatching.has(i)).map((s) => s.text),
    },
  };
}
