/**
 * Small tests the French and English cue rules share: a kunya alone in
 * brackets, a head noun that only introduces a listed name, and the second
 * half of a hyphenated word.
 */
import type { DocumentView } from './document.js';
import { isCapitalised, isPunct, isQuote } from './document.js';
import type { MentionIndex } from './mention-index.js';
import { latinNameForward, type NameContext } from './names.js';

/**
 * "Hassan Wardi ('Abu Sikin')", "Ali Sidibé (Abou Hafsa)": a kunya alone in
 * brackets after a name is an alias of it, as if a cue stood before it (an
 * empty cue at the kunya).
 */
export function bracketedKunya(ctx: NameContext, i: number): { first: number; next: number; value: true } | undefined {
  const { doc, cues } = ctx;
  if (!cues.kunyaHeads.has(doc.tokens[i]!.text)) return undefined;
  const open = isQuote(doc, i - 1) ? i - 2 : i - 1;
  if (!isPunct(doc, open, '(') || doc.tokens[open - 1]?.kind !== 'word' || !isCapitalised(doc, open - 1)) return undefined;
  const end = latinNameForward({ ...ctx, blocked: new Uint8Array(ctx.blocked.length) }, i, 'person');
  const close = isQuote(doc, end) ? end + 1 : end;
  return end > i + 1 && isPunct(doc, close, ')') ? { first: i, next: i, value: true } : undefined;
}

/** True when a listed organisation or group (not a place or a demonym) starts at token k. */
export function introducesListedActor(index: MentionIndex, k: number): boolean {
  const m = index.startingAt(k);
  return m !== undefined && m.known !== undefined && m.type !== 'location' && m.formKind !== 'adjective';
}

/** True when token i is the second half of a hyphenated word (the tokenizer drops the hyphen). */
export function hyphenatedToPrevious(doc: DocumentView, i: number): boolean {
  const start = doc.norm.starts[doc.tokens[i]!.start]!;
  return start > 0 && doc.original[start - 1] === '-';
}

/**
 * True when tokens [first, last) may become a person's name: nothing there yet,
 * or only a demonym read as a nisba ("Abou al-Bara al-Sahraoui"), which the
 * name absorbs without keeping a mention of the country.
 */
export function freeForPerson(index: MentionIndex, first: number, last: number): boolean {
  return !index.overlaps(first, last) || index.absorbAdjectives(first, last, false, false);
}
