/**
 * Scores a draft against a gold annotation: precision, recall and F1 for
 * entities (a predicted entity matches a gold entity of the same STIX type when
 * one of its mention surfaces equals one of the gold forms after matching
 * normalisation; one-to-one), alias pairs (score-aliases.ts), relations (after
 * mapping the extractor's relationship types to the gold vocabulary) and
 * sources (score-sources.ts).
 */
import type { StixObject } from '../../stix/types.js';
import { MENTIONS_EXTENSION_ID, SOURCE_EXTENSION_ID } from '../extensions.js';
import type { DraftResult } from '../index.js';
import type { GoldFile } from './gold.js';
import { matchKeys, maximumMatching, intersects } from './match.js';
import { scoreAliases, type AliasReading } from './score-aliases.js';
import { scoreSources, type PredictedSource } from './score-sources.js';

export { fold, matchKeys, maximumMatching } from './match.js';

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
    readonly extraAliases: string[];
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
export function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return counts(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
}

interface MentionsExtension {
  mentions?: { object_ref: string; text: string; start: number; end: number }[];
  aliases?: AliasReading[];
  sources?: { object_ref: string; text: string; start: number; end: number }[];
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
  const spansOf = new Map<string, { text: string; start: number; end: number }[]>();
  for (const m of ext.mentions ?? []) {
    const set = surfacesOf.get(m.object_ref) ?? new Set<string>();
    for (const key of matchKeys(m.text)) set.add(key);
    surfacesOf.set(m.object_ref, set);
    spansOf.set(m.object_ref, [...(spansOf.get(m.object_ref) ?? []), m]);
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

  // Alias pairs.
  const goldRelations = gold.relations ?? [];
  const goldAliasPairs = goldRelations.filter((r) => r.type === 'alias');
  const aliases = scoreAliases(ext.aliases ?? [], goldOfId, goldEntities, goldAliasPairs);
  const aliasCounts = counts(aliases.tp, aliases.fp, aliases.fn);

  // Relations (alias pairs included, as the gold lists them among relations).
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
  const relTp = [...predictedKeys].filter((k) => goldKeys.has(k)).length + aliases.tp;
  const relationCounts = counts(relTp, predictedKeys.size - (relTp - aliases.tp) + aliases.fp, goldRelations.length - relTp);

  // Sources: the anonymous sources of the draft and, when the gold annotates named sources too,
  // every entity a note cites (as its source; as its channel it may match but is not an error).
  const goldSources = gold.sources ?? [];
  const canonicals = new Set(goldEntities.map((g) => g.canonical));
  // Gold files that list only anonymous sources (the corpus file, the dev set) do not score named ones.
  const namedAnnotated = goldSources.some((s) => s.canonical !== undefined && canonicals.has(s.canonical));
  const sources: PredictedSource[] = (ext.sources ?? []).filter((s) => anonymousIds.has(s.object_ref)).map((s) => ({ id: s.object_ref, spans: [s], channelOnly: false }));
  const cited = new Map<string, boolean>();
  for (const o of objects) {
    const graded = extension<{ source_ref?: string; via_ref?: string }>(o, SOURCE_EXTENSION_ID);
    if (o.type !== 'note' || !graded) continue;
    if (graded.source_ref && !anonymousIds.has(graded.source_ref)) cited.set(graded.source_ref, false);
    if (graded.via_ref && !anonymousIds.has(graded.via_ref) && !cited.has(graded.via_ref)) cited.set(graded.via_ref, true);
  }
  for (const [id, channelOnly] of cited) {
    const canonical = goldOfId.get(id);
    sources.push({ id, spans: spansOf.get(id) ?? [], ...(canonical ? { canonical } : {}), channelOnly: channelOnly || !namedAnnotated });
  }
  const sourceScore = scoreSources(sources, goldSources, draft.text);

  return {
    entities: entityCounts, aliases: aliasCounts, relations: relationCounts, sources: counts(sourceScore.tp, sourceScore.fp, sourceScore.fn),
    details: {
      missedEntities: goldEntities.filter((_, gi) => !matchedGold.has(gi)).map((g) => `${g.canonical} (${g.type})`),
      extraEntities: predicted.filter((_, pi) => !matching.has(pi)).map(labelOf),
      missedRelations: goldRelations.filter((r) => r.type !== 'alias' && !predictedKeys.has(goldKey(r))).map(goldKey),
      extraRelations: [...predictedKeys].filter((k) => !goldKeys.has(k)),
      missedAliases: aliases.missed.map(goldKey),
      extraAliases: aliases.extra,
      missedSources: sourceScore.missed,
      extraSources: sourceScore.extra,
    },
  };
}
