/**
 * One hand-written case per sharing rule: what is made where, and which nodes must hold
 * each version afterwards (written out by hand, not derived from the model, so the model
 * is checked too).
 */
import { memberIdentityId } from '../../src/members/registry.js';
import { releasabilityMarking } from '../../src/stix/markings.js';
import type { StixObject } from '../../src/stix/types.js';
import * as f from '../factories/stix.js';
import { TLP_ID } from './release-model.js';

export interface RuleVersion {
  readonly object: StixObject;
  /** Member of the node whose admin posts it. */
  readonly origin: string;
  /** Member named by created_by_ref, if any. */
  readonly author?: string;
  /** Every node that must hold this version once sync settles; the others must not. */
  readonly heldBy: readonly string[];
}

export interface RuleCase {
  readonly rule: string;
  readonly versions: readonly RuleVersion[];
  /** Marking definitions to post at the origin before the versions. */
  readonly definitions: readonly StixObject[];
}

const ALL = ['DZA', 'MLI', 'NER', 'MRT'];
const T1 = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-02T10:00:00.000Z';

function by(member: string | undefined, overrides: Record<string, unknown>) {
  return { created: T1, modified: T1, ...(member ? { created_by_ref: memberIdentityId(member) } : {}), ...overrides };
}

function single(rule: string, origin: string, heldBy: readonly string[], object: StixObject, definitions: StixObject[] = [], author: string | undefined = origin): RuleCase {
  return { rule, definitions, versions: [{ object, origin, heldBy, ...(author ? { author } : {}) }] };
}

/** The cases, with fresh ids on every call. */
export function ruleCases(): RuleCase[] {
  const relDzaMli = releasabilityMarking(['DZA', 'MLI']);
  const relMliNer = releasabilityMarking(['MLI', 'NER']);
  const relThree = releasabilityMarking(['DZA', 'MLI', 'NER']);
  const relOther3 = releasabilityMarking(['MLI', 'NER', 'MRT']);
  const relAll = releasabilityMarking(ALL);
  const relOutsider = releasabilityMarking(['TCD']);
  const relDzaNer = releasabilityMarking(['DZA', 'NER']);
  const tlp = (level: keyof typeof TLP_ID) => [TLP_ID[level]];

  const revokedV1 = f.threatActor(by('DZA', { object_marking_refs: tlp('clear') }));
  const revokedV2 = { ...revokedV1, modified: T2, revoked: true } as StixObject;
  const narrowedV1 = f.intrusionSet(by('NER', { object_marking_refs: [relThree.id] }));
  const narrowedV2 = { ...narrowedV1, modified: T2, object_marking_refs: [relDzaMli.id] } as StixObject;

  return [
    single('TLP:CLEAR without releasability reaches every node', 'DZA', ALL, f.threatActor(by('DZA', { object_marking_refs: tlp('clear') }))),
    single('TLP:GREEN without releasability stays home', 'DZA', ['DZA'], f.threatActor(by('DZA', { object_marking_refs: tlp('green') }))),
    single('TLP:AMBER without releasability stays home', 'MLI', ['MLI'], f.malware(by('MLI', { object_marking_refs: tlp('amber') }))),
    single('TLP:AMBER+STRICT without releasability stays home', 'NER', ['NER'], f.tool(by('NER', { object_marking_refs: tlp('amber+strict') }))),
    single('TLP:RED without releasability stays home', 'MRT', ['MRT'], f.location(by('MRT', { object_marking_refs: tlp('red') }))),
    single('an object without any marking stays home', 'DZA', ['DZA'], f.campaign(by('DZA', {}))),
    single('REL TO DZA, MLI under TLP:AMBER reaches exactly DZA and MLI', 'DZA', ['DZA', 'MLI'],
      f.threatActor(by('DZA', { object_marking_refs: [...tlp('amber'), relDzaMli.id] })), [relDzaMli]),
    single('REL TO MLI, NER without TLP, made at DZA, reaches MLI and NER and stays at its owner', 'DZA', ['DZA', 'MLI', 'NER'],
      f.indicator(by('DZA', { object_marking_refs: [relMliNer.id] })), [relMliNer]),
    single('REL TO every member under TLP:RED never leaves', 'MLI', ['MLI'],
      f.malware(by('MLI', { object_marking_refs: [...tlp('red'), relAll.id] })), [relAll]),
    single('two releasability markings release to their intersection', 'DZA', ['DZA', 'MLI', 'NER'],
      f.campaign(by('DZA', { object_marking_refs: [relThree.id, relOther3.id, ...tlp('green')] })), [relThree, relOther3]),
    single('REL TO a member with no node here keeps it home', 'NER', ['NER'],
      f.vulnerability(by('NER', { object_marking_refs: [relOutsider.id] })), [relOutsider]),
    single('a granular TLP:RED on a TLP:CLEAR object keeps it home', 'DZA', ['DZA'],
      f.threatActor(by('DZA', { object_marking_refs: tlp('clear'), granular_markings: [{ marking_ref: TLP_ID.red, selectors: ['name'] }] }))),
    single('a granular releasability marking narrows the object\'s list', 'MRT', ['MRT', 'DZA', 'MLI'],
      f.threatActor(by('MRT', { object_marking_refs: [relAll.id], granular_markings: [{ marking_ref: relDzaMli.id, selectors: ['aliases'] }] })), [relAll, relDzaMli]),
    // A granular marking only narrows: the unmarked rest of the object keeps it home.
    single('a granular TLP:CLEAR on an otherwise unmarked object releases nothing more', 'DZA', ['DZA'],
      f.location(by('DZA', { granular_markings: [{ marking_ref: TLP_ID.clear, selectors: ['name'] }] }))),
    single('a granular releasability marking on a TLP:AMBER object without one releases nothing', 'DZA', ['DZA'],
      f.threatActor(by('DZA', { object_marking_refs: tlp('amber'), granular_markings: [{ marking_ref: relDzaMli.id, selectors: ['aliases'] }] })), [relDzaMli]),
    single('a granular language marking releases nothing', 'MLI', ['MLI'],
      f.location(by('MLI', { granular_markings: [{ lang: 'fr', selectors: ['name'] }] }))),
    single('a statement marking restricts nobody', 'NER', ALL,
      f.tool(by('NER', { object_marking_refs: ['marking-definition--1d3c5b7a-9e8f-4a6b-8c2d-3e4f5a6b7c8d', TLP_ID.clear] })),
      [f.statementMarking('Copyright joint staff', { id: 'marking-definition--1d3c5b7a-9e8f-4a6b-8c2d-3e4f5a6b7c8d' })]),
    {
      rule: 'a revocation travels to every node that holds the object',
      definitions: [],
      versions: [{ object: revokedV1, origin: 'DZA', author: 'DZA', heldBy: ALL }, { object: revokedV2, origin: 'DZA', author: 'DZA', heldBy: ALL }],
    },
    {
      rule: 'each version travels under its own markings',
      definitions: [relThree, relDzaMli],
      versions: [
        { object: narrowedV1, origin: 'NER', author: 'NER', heldBy: ['DZA', 'MLI', 'NER'] },
        // NER made the first version and is the owner, yet the second is not released to it.
        { object: narrowedV2, origin: 'DZA', author: 'NER', heldBy: ['DZA', 'MLI'] },
      ],
    },
    single('an object authored by MLI, made at DZA and released to DZA and NER, does not reach MLI', 'DZA', ['DZA', 'NER'],
      f.report([memberIdentityId('DZA')], by('MLI', { object_marking_refs: [relDzaNer.id] })), [relDzaNer], 'MLI'),
    single('an object authored by MLI and not released to DZA is refused at DZA and held nowhere', 'DZA', [],
      f.threatActor(by('MLI', { object_marking_refs: tlp('amber') })), [], 'MLI'),
    single('an object authored by MLI and released to MLI and NER only is refused at DZA and never travels', 'DZA', [],
      f.threatActor(by('MLI', { object_marking_refs: [relMliNer.id] })), [relMliNer], 'MLI'),
    single('an object without created_by_ref under TLP:GREEN stays at the node that made it', 'MRT', ['MRT'],
      f.malware(by(undefined, { object_marking_refs: tlp('green') })), [], undefined),
    single('a cyber-observable released to MLI and MRT reaches them', 'NER', ['NER', 'MLI', 'MRT'],
      f.ipv4('192.0.2.44', { object_marking_refs: [releasabilityMarking(['MLI', 'MRT']).id] }), [releasabilityMarking(['MLI', 'MRT'])], undefined),
  ];
}
