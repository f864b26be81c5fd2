/** Lookup of mentions by the tokens they start and end at. */
import type { DocumentView } from './document.js';
import type { Mention } from './mention-types.js';
import type { NameContext } from './names.js';
import { cueTable } from './cues.js';

/** The longest name, in tokens, a mention may span before the one it is looked up from. */
const MAX_NAME_TOKENS = 16;

export class MentionIndex {
  private readonly byFirst = new Map<number, Mention>();
  private readonly byLast = new Map<number, Mention>();
  /** Tokens of names of known places, groups and organisations (not adjectives, not persons). */
  readonly blocked: Uint8Array;
  readonly personBlocked: Uint8Array;
  /** Tokens of adjective forms («الأزوادي», "French"): names may contain them. */
  readonly adjectives: Uint8Array;
  /** Tokens of place names: organisation names may contain them ("Institute for Near East Policy"). */
  readonly places: Uint8Array;
  /** Tokens of city and town names: an organisation's name stops before "in Gao", «à Kidal». */
  readonly towns: Uint8Array;

  constructor(private readonly doc: DocumentView, readonly mentions: Mention[]) {
    this.blocked = new Uint8Array(doc.tokens.length);
    this.personBlocked = new Uint8Array(doc.tokens.length);
    this.adjectives = new Uint8Array(doc.tokens.length);
    this.places = new Uint8Array(doc.tokens.length);
    this.towns = new Uint8Array(doc.tokens.length);
    for (const m of mentions) this.register(m);
  }

  firstToken(m: Mention): number {
    return this.doc.tokenAt[m.start]!;
  }

  lastToken(m: Mention): number {
    return this.doc.tokenAt[m.end - 1]! + 1;
  }

  register(m: Mention): void {
    const first = this.firstToken(m);
    const last = this.lastToken(m);
    if (first < 0 || last <= 0) return;
    this.byFirst.set(first, m);
    this.byLast.set(last, m);
    this.targetOf(m).fill(1, first, last);
    if (m.type === 'location') this.places.fill(1, first, last);
    if (isTown(m)) this.towns.fill(1, first, last);
  }

  private targetOf(m: Mention): Uint8Array {
    if (m.formKind === 'adjective') return this.adjectives;
    return m.kind === 'individual' ? this.personBlocked : this.blocked;
  }

  add(m: Mention): void {
    this.mentions.push(m);
    this.register(m);
  }

  /** The mention whose first token is i. */
  startingAt(i: number): Mention | undefined {
    return this.byFirst.get(i);
  }

  /** The mention whose last token is i - 1 (it ends just before token i). */
  endingBefore(i: number): Mention | undefined {
    return this.byLast.get(i);
  }

  /**
   * Removes the mentions inside [first, last) when a longer name contains them:
   * adjective forms always, place names when `places` (organisation names).
   * False, and nothing removed, when another kind of mention is inside or one crosses the edges.
   */
  absorbAdjectives(first: number, last: number, places = false, keepCountries = true, organisations = false): boolean {
    const touching = this.touching(first, last);
    const ok = touching.every((m) => this.firstToken(m) >= first && this.lastToken(m) <= last
      && (m.formKind === 'adjective' || (places && m.type === 'location') || (organisations && m.type === 'identity' && m.kind !== 'individual')));
    if (!ok) return false;
    for (const m of touching) {
      this.remove(m);
      // A demonym inside an organisation's or group's name still mentions the country.
      if (keepCountries && m.kind === 'country' && !m.needsContext) this.components.push({ ...m, component: true });
    }
    return true;
  }

  /** Mentions over any token of [first, last), found through their first tokens (names are short). */
  private touching(first: number, last: number): Mention[] {
    const out: Mention[] = [];
    for (let k = Math.max(0, first - MAX_NAME_TOKENS); k < last; k++) {
      const m = this.byFirst.get(k);
      if (m && this.lastToken(m) > first) out.push(m);
    }
    return out;
  }

  /** Countries named inside other names (see Mention.component). */
  readonly components: Mention[] = [];

  remove(m: Mention): void {
    const at = this.mentions.indexOf(m);
    if (at >= 0) this.mentions.splice(at, 1);
    const first = this.firstToken(m);
    const last = this.lastToken(m);
    if (this.byFirst.get(first) === m) this.byFirst.delete(first);
    if (this.byLast.get(last) === m) this.byLast.delete(last);
    this.targetOf(m).fill(0, first, last);
    if (m.type === 'location') this.places.fill(0, first, last);
    if (isTown(m)) this.towns.fill(0, first, last);
  }

  /** True when any token of [first, last) already belongs to a mention. */
  overlaps(first: number, last: number): boolean {
    for (let k = first; k < last; k++) if (this.blocked[k] || this.personBlocked[k] || this.adjectives[k]) return true;
    return false;
  }

  /** The person named last before token i in its sentence (at most `reach` tokens back); an alias stands for its owner. */
  personBefore(i: number, reach = 15): Mention | undefined {
    const sentence = this.doc.tokens[i]?.sentence;
    for (let last = i; last >= Math.max(1, i - reach); last--) {
      const m = this.byLast.get(last);
      if (!m || m.kind !== 'individual') continue;
      if (this.doc.tokens[this.firstToken(m)]?.sentence !== sentence) return undefined;
      return m.aliasOf ?? m;
    }
    return undefined;
  }

  private readonly contexts = new Map<string, NameContext>();

  /** The name context of token i's sentence language (one object per language, reused). */
  context(i: number): NameContext {
    const lang = this.doc.sentenceLang[this.doc.tokens[i]?.sentence ?? 0] ?? 'en';
    let ctx = this.contexts.get(lang);
    if (!ctx) {
      ctx = { doc: this.doc, cues: cueTable(lang), blocked: this.blocked, adjectives: this.adjectives, places: this.places, towns: this.towns, persons: this.personBlocked };
      this.contexts.set(lang, ctx);
    }
    return ctx;
  }
}

const isTown = (m: Mention): boolean => m.type === 'location' && (m.kind === 'city' || m.kind === 'town');
