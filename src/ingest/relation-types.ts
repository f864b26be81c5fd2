/**
 * The relationship vocabulary the extractor emits (STIX relationship_type
 * values; custom ones are allowed by STIX 2.1 and documented in
 * docs/extraction.md). Aliases are not relationships: they go to the entity's
 * `aliases`.
 */
export type ExtractedRelation = 'leads' | 'member-of' | 'affiliated-with' | 'succeeds' | 'may-succeed' | 'located-at' | 'targets' | 'works-for';

export interface RelationCandidate {
  readonly from: number;
  readonly type: ExtractedRelation;
  readonly to: number;
  /** Sentence the relation was read from. */
  readonly sentence: number;
  /** The cue text that justified it (for the description). */
  readonly cue: string;
}
