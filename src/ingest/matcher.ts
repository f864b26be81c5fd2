/**
 * The dictionary matcher: one Aho–Corasick automaton over every normalised
 * form of every known entity (knowledge base and gazetteer). Build it once per
 * knowledge base and reuse it for every document.
 */
import AhoCorasick from 'modern-ahocorasick';
import { loadGazetteer, type GazetteerEntry } from '../gazetteer/index.js';
import type { StixObject } from '../stix/types.js';
import { lamArticleVariant } from './ar/clitics.js';
import { ambiguityIndex, collectKnownEntities, type AmbiguityTreatment, type FormKind, type KnownEntity } from './known-entities.js';
import { normaliseName } from './normalise.js';
import { projectForMatcher } from './projection.js';

/** Latin capitalisation a surface must show to count as this form. */
export type CaseRule = 'none' | 'initial' | 'upper';

export interface PatternRef {
  readonly entity: number;
  readonly kind: FormKind;
  readonly written: string;
  readonly caseRule: CaseRule;
  readonly ambiguity?: AmbiguityTreatment;
  /** Preference among entities sharing the form (lower wins). */
  readonly rank: number;
}

export interface PatternEntry {
  readonly norm: string;
  readonly arabic: boolean;
  readonly startsWithArticle: boolean;
  /** «لجزائر»: the spelling of «الجزائر» after the preposition ل. */
  readonly lam: boolean;
  readonly refs: PatternRef[];
}

export interface Matcher {
  readonly entities: readonly KnownEntity[];
  readonly patterns: readonly PatternEntry[];
  /** Normalised form → index in `patterns` (not the ل variants). */
  readonly byForm: ReadonlyMap<string, number>;
  readonly automaton: AhoCorasick<number>;
  readonly buildMillis: number;
}

export interface MatcherSource {
  /** Node objects to match and reference (threat-actor, intrusion-set, identity, location, language-content). */
  readonly knowledgeBase?: readonly StixObject[];
  /** Gazetteer entries; defaults to the bundled gazetteer, `false` for none. */
  readonly gazetteer?: readonly GazetteerEntry[] | false;
}

const ARABIC = /[\u0621-\u064A]/;
const KIND_RANK: Record<string, number> = { country: 0, region: 1, admin1: 2, city: 3, town: 4, group: 0, individual: 1, organization: 2 };
const FORM_RANK: Record<FormKind, number> = { name: 0, alias: 1, adjective: 2 };

function caseRuleOf(written: string): CaseRule {
  const letters = written.replace(/[^\p{L}]/gu, '');
  if (!/[A-Za-z\u00C0-\u024F]/.test(letters)) return 'none';
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'upper';
  return /^\p{Lu}/u.test(letters) ? 'initial' : 'none';
}

function rankOf(entity: KnownEntity, kind: FormKind, candidates: readonly string[] | undefined): number {
  const listed = candidates && entity.gazetteer ? candidates.indexOf(entity.gazetteer.key) : -1;
  const origin = entity.origin === 'knowledge-base' ? 0 : 1;
  return (listed >= 0 ? listed : 9) * 1000 + FORM_RANK[kind] * 100 + origin * 10 + (KIND_RANK[entity.kind] ?? 5);
}

/** Builds the dictionary matcher from a knowledge base and the gazetteer. */
export function buildMatcher(source: MatcherSource = {}): Matcher {
  const started = performance.now();
  const gazetteer = source.gazetteer === false ? [] : (source.gazetteer ?? loadGazetteer());
  const entities = collectKnownEntities(source.knowledgeBase ?? [], gazetteer);
  const ambiguous = ambiguityIndex(normaliseName);
  const patterns: PatternEntry[] = [];
  const byForm = new Map<string, number>();
  const lamOf = new Map<string, number>();

  const entryFor = (norm: string, lam: boolean): PatternEntry => {
    const index = lam ? lamOf.get(norm) : byForm.get(norm);
    if (index !== undefined) return patterns[index]!;
    const arabic = ARABIC.test(norm);
    const entry: PatternEntry = { norm, arabic, startsWithArticle: norm.startsWith('ال'), lam, refs: [] };
    (lam ? lamOf : byForm).set(norm, patterns.length);
    patterns.push(entry);
    return entry;
  };

  entities.forEach((entity, index) => {
    const seen = new Set<string>();
    for (const form of entity.forms) {
      const norm = normaliseName(form.written);
      // One- and two-letter forms match inside too many words to be useful.
      if (norm.replace(/[^\p{L}\p{N}]/gu, '').length < 2) continue;
      const dedupe = `${norm}|${form.kind}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const flagged = ambiguous.get(norm);
      const applies = flagged && (!entity.gazetteer || flagged.candidates.includes(entity.gazetteer.key) || flagged.treatment === 'needs-context');
      const ref: PatternRef = {
        entity: index,
        kind: form.kind,
        written: form.written,
        caseRule: caseRuleOf(form.written),
        ...(applies ? { ambiguity: flagged.treatment } : {}),
        rank: rankOf(entity, form.kind, flagged?.candidates),
      };
      entryFor(norm, false).refs.push(ref);
      const lam = lamArticleVariant(norm);
      if (lam) entryFor(lam, true).refs.push(ref);
    }
  });
  for (const entry of patterns) entry.refs.sort((a, b) => a.rank - b.rank);
  const automaton = new AhoCorasick(patterns.map((entry, index) => ({ pattern: projectForMatcher(entry.norm), data: index })));
  return { entities, patterns, byForm, automaton, buildMillis: performance.now() - started };
}

/** The pattern whose normalised form is exactly `norm` (not a ل variant). */
export function lookupForm(matcher: Matcher, norm: string): PatternEntry | undefined {
  const index = matcher.byForm.get(norm);
  return index === undefined ? undefined : matcher.patterns[index];
}
