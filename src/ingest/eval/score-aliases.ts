/**
 * Alias-pair scoring. An alias pair is two names the document itself says are
 * one entity: a name and the nickname, kunya or former name an alias cue
 * introduces («الملقب بـ», "dit", "also known as", "anciennement appelé"). The
 * draft records each such reading with the name it renames (`of`) and its basis;
 * an acronym in brackets is a form of the name, not an alias pair (the
 * annotation rule), so readings with basis "acronym" are not scored here.
 *
 * A reading matches a gold alias pair when its entity is the pair's `from` and
 * both of its names are names of that gold entity (forms, alias forms, aliases
 * or the pair's `to`) and differ: gold `to` values are English spellings
 * («Abu Kalthum» for «Abou Kalthoum»), so the pair is recognised through the
 * entity's names rather than by string equality with `to`. Names that are not
 * the entity's (a pronoun suffix read as an alias) make the reading an error.
 */
import { fold, intersects, matchKeys, maximumMatching } from './match.js';
import type { GoldEntity, GoldRelation } from './gold.js';

export interface AliasReading {
  readonly object_ref: string;
  readonly alias: string;
  /** The surface of the name the alias renames (absent in older drafts). */
  readonly of?: string;
  readonly basis?: 'cue' | 'acronym';
}

export interface AliasScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly missed: GoldRelation[];
  readonly extra: string[];
}

export function scoreAliases(readings: readonly AliasReading[], goldOfId: ReadonlyMap<string, string>, entities: readonly GoldEntity[], pairs: readonly GoldRelation[]): AliasScore {
  const namesOf = (canonical: string, extra: readonly string[]): Set<string> => {
    const e = entities.find((g) => g.canonical === canonical);
    return new Set([...extra, ...(e?.forms ?? []), ...(e?.alias_forms ?? []), ...(e?.aliases ?? [])].flatMap((f) => [...matchKeys(f)]));
  };
  // One reading per entity and alias spelling.
  const scored = [...new Map(readings.filter((r) => r.basis !== 'acronym').map((r) => [`${r.object_ref}|${fold(r.alias)}`, r])).values()];
  const fits = (r: AliasReading, pair: GoldRelation): boolean => {
    if (goldOfId.get(r.object_ref) !== pair.from) return false;
    const names = namesOf(pair.from, [pair.to]);
    if (!intersects(matchKeys(r.alias), names)) return false;
    return r.of === undefined || (intersects(matchKeys(r.of), names) && fold(r.of) !== fold(r.alias));
  };
  const edges = scored.map((r) => pairs.flatMap((p, pi) => (fits(r, p) ? [pi] : [])));
  const matching = maximumMatching(scored.length, edges);
  const matched = new Set(matching.values());
  // A second spelling of an alias already counted is neither a hit nor an error.
  const extra = scored.filter((r, i) => !matching.has(i) && edges[i]!.length === 0);
  return {
    tp: matching.size,
    fp: extra.length,
    fn: pairs.length - matching.size,
    missed: pairs.filter((_, pi) => !matched.has(pi)),
    extra: extra.map((r) => `${r.of ?? '?'} = ${r.alias}`),
  };
}
