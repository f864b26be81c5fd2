/**
 * Source scoring. Gold source texts are annotated with their full extent («une
 * source judiciaire à Niamey», "Hannah Cole, a senior fellow at the Sahara
 * Security Forum", "the Sabha Security Directorate said") while the draft names
 * a source by its phrase or its entity; equality of strings would count most
 * correct sources as misses. A predicted source therefore matches a gold source
 * when it covers part of the gold text (offsets when the text is found in the
 * document, token containment otherwise) or, for a named source, when its entity
 * is the gold entity the source names (`canonical`).
 */
import { fold, matchKeys, maximumMatching } from './match.js';
import type { GoldSource } from './gold.js';

/** A source the draft cites: an anonymous phrase or a named entity (as source or only as channel). */
export interface PredictedSource {
  readonly id: string;
  /** Surfaces (anonymous phrase text, or every mention of the named entity) with original offsets. */
  readonly spans: readonly { readonly text: string; readonly start: number; readonly end: number }[];
  /** Gold canonical of the entity (named sources matched in entity scoring). */
  readonly canonical?: string;
  /** Only cited as the channel of another source («نقل X عن Y»): may match, is not an error when unmatched. */
  readonly channelOnly: boolean;
}

/** Every occurrence [start, end) of `needle` in `text`. */
function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (needle.length === 0) return out;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push([at, at + needle.length]);
  return out;
}

const words = (text: string): string[] => fold(text).split(/[\s,.;:()«»"']+/u).filter((w) => w.length > 0);

/** True when the words of `part` appear contiguously in `whole` (the first word with its Arabic proclitic readings). */
export function containsWords(whole: string, part: string): boolean {
  const w = words(whole);
  const p = words(part);
  if (p.length === 0 || p.length > w.length) return false;
  for (let i = 0; i + p.length <= w.length; i++) {
    let ok = true;
    for (let j = 0; j < p.length && ok; j++) ok = w[i + j] === p[j] || (j === 0 && matchKeys(w[i + j]!).has(p[j]!));
    if (ok) return true;
  }
  return false;
}

function matches(source: PredictedSource, gold: GoldSource, text: string): boolean {
  if (source.canonical !== undefined && gold.canonical !== undefined && source.canonical === gold.canonical) return true;
  const found = occurrences(text, gold.text);
  for (const span of source.spans) {
    if (found.length > 0) {
      if (found.some(([s, e]) => span.start < e && s < span.end)) return true;
    } else if (containsWords(gold.text, span.text)) {
      return true;
    }
  }
  return false;
}

export interface SourceScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly missed: string[];
  readonly extra: string[];
}

/** One-to-one matching of predicted sources to gold sources. */
export function scoreSources(predicted: readonly PredictedSource[], gold: readonly GoldSource[], text: string): SourceScore {
  const edges = predicted.map((p) => gold.flatMap((g, gi) => (matches(p, g, text) ? [gi] : [])));
  const matching = maximumMatching(predicted.length, edges);
  const matchedGold = new Set(matching.values());
  const extra = predicted.filter((p, i) => !matching.has(i) && !p.channelOnly);
  return {
    tp: matching.size,
    fp: extra.length,
    fn: gold.length - matching.size,
    missed: gold.filter((_, gi) => !matchedGold.has(gi)).map((g) => g.text),
    extra: extra.map((p) => p.spans[0]?.text ?? p.id),
  };
}
