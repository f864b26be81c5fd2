/**
 * Admiralty (NATO STANAG 2511) grading: source reliability A–F and information
 * credibility 1–6. The extractor only proposes a default per kind of source;
 * analysts edit the grade on the note before publishing.
 */
import type { SourceKind } from './cue-types.js';

export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export interface AdmiraltyGrade {
  readonly reliability: Reliability;
  readonly credibility: Credibility;
}

/** Default grade by source kind (see docs/extraction.md for the reasoning). */
export const ADMIRALTY_DEFAULTS: Readonly<Record<SourceKind, AdmiraltyGrade>> = {
  'official-report': { reliability: 'B', credibility: 2 },
  official: { reliability: 'B', credibility: 3 },
  'named-outlet': { reliability: 'C', credibility: 3 },
  expert: { reliability: 'C', credibility: 3 },
  intelligence: { reliability: 'C', credibility: 3 },
  'anonymous-official': { reliability: 'D', credibility: 3 },
  media: { reliability: 'D', credibility: 4 },
  witness: { reliability: 'D', credibility: 4 },
  'group-claim': { reliability: 'E', credibility: 5 },
  anonymous: { reliability: 'F', credibility: 6 },
};

export function defaultGrade(kind: SourceKind): AdmiraltyGrade {
  return ADMIRALTY_DEFAULTS[kind];
}

/** "B2" form used in summaries. */
export function gradeLabel(grade: AdmiraltyGrade): string {
  return `${grade.reliability}${grade.credibility}`;
}
