import { describe, expect, it } from 'vitest';
import { newStixId } from './ids.js';
import { releasabilityMarking, TLP2_EXTENSION_ID, TLP2_MARKING_IDS } from './markings.js';
import type { StixObject } from './types.js';
import { validateStixObject } from './validate.js';
import { selectorResolves } from './validate-markings.js';
import * as f from '../../test/factories/stix.js';

function issues(object: unknown): string[][] {
  return validateStixObject(object).errors.map((e) => [e.code, e.path]);
}

const TLP1_GREEN = {
  type: 'marking-definition', spec_version: '2.1', id: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  created: '2017-01-20T00:00:00.000Z', definition_type: 'tlp', name: 'TLP:GREEN', definition: { tlp: 'green' },
};

describe('marking-definition', () => {
  it('accepts every TLP 2.0 marking with its fixed id', () => {
    for (const level of ['clear', 'green', 'amber', 'amber+strict', 'red'] as const) {
      expect(validateStixObject(f.tlpMarking(level)).ok).toBe(true);
    }
  });

  it('accepts the releasability marking Hoggar builds (an extension-based marking)', () => {
    const result = validateStixObject(releasabilityMarking(['MLI', 'DZA']));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('accepts the fixed TLP 1.0 definitions and a statement', () => {
    expect(validateStixObject(TLP1_GREEN).ok).toBe(true);
    expect(validateStixObject(f.statementMarking()).ok).toBe(true);
  });

  it('rejects a TLP 2.0 marking under another id or name', () => {
    const amber = f.tlpMarking('amber');
    expect(issues({ ...amber, id: TLP2_MARKING_IDS.red })).toEqual([['invalid_tlp_marking', '$.id']]);
    expect(issues({ ...amber, name: 'TLP:Amber' })).toEqual([['invalid_tlp_marking', '$.name']]);
    expect(issues(f.without(amber, 'name'))).toEqual([['missing_property', '$.name']]);
  });

  it('rejects a TLP 2.0 level outside the five', () => {
    const marking = { ...f.tlpMarking('green'), extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: 'white' } } };
    expect(issues(marking)).toEqual([['closed_vocabulary', `$.extensions["${TLP2_EXTENSION_ID}"].tlp_2_0`]]);
  });

  it('rejects a TLP 1.0 definition under a fresh id, or with an unknown level', () => {
    expect(issues({ ...TLP1_GREEN, id: newStixId('marking-definition') })).toEqual([['invalid_tlp_marking', '$.id']]);
    expect(issues({ ...TLP1_GREEN, definition: { tlp: 'purple' } })).toEqual([['closed_vocabulary', '$.definition.tlp']]);
  });

  it('keeps the fixed TLP ids for TLP markings only', () => {
    expect(issues(f.statementMarking('x', { id: TLP2_MARKING_IDS.clear }))).toEqual([['invalid_tlp_marking', '$.id']]);
    expect(issues(f.statementMarking('x', { id: TLP1_GREEN.id }))).toEqual([['invalid_tlp_marking', '$.id']]);
  });

  it('needs a definition or a property-extension', () => {
    expect(issues(f.without(f.statementMarking(), 'definition_type', 'definition'))).toEqual([['missing_property', '$.definition_type']]);
    expect(issues(f.without(f.statementMarking(), 'definition'))).toEqual([['missing_property', '$.definition']]);
    expect(issues(f.statementMarking('x', { definition: { text: 'x' } }))).toEqual([['missing_property', '$.definition.statement']]);
  });

  it('forbids the properties marking definitions do not have', () => {
    for (const [name, value] of [['modified', f.MODIFIED], ['revoked', false], ['labels', ['a']], ['confidence', 50], ['lang', 'fr']] as const) {
      expect(issues(f.statementMarking('x', { [name]: value }))).toEqual([['forbidden_property', `$.${name}`]]);
    }
  });

  it('warns on a definition_type other than statement or tlp', () => {
    const result = validateStixObject(f.statementMarking('x', { definition_type: 'iep', definition: { policy: 'x' } }));
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([['open_vocabulary', '$.definition_type']]);
  });
});

describe('granular markings', () => {
  const marked = (granular: unknown): StixObject => f.threatActor({ granular_markings: granular });

  it('accepts a marking_ref or a lang whose selectors resolve', () => {
    const ok = marked([
      { marking_ref: TLP2_MARKING_IDS.amber, selectors: ['description', 'aliases.[0]'] },
      { lang: 'ar', selectors: ['name'] },
    ]);
    expect(validateStixObject(f.threatActor({ ...ok, description: 'x' })).errors).toEqual([]);
  });

  it('rejects both lang and marking_ref, or neither', () => {
    expect(issues(marked([{ lang: 'fr', marking_ref: TLP2_MARKING_IDS.red, selectors: ['name'] }])))
      .toEqual([['mutually_exclusive', '$.granular_markings[0]']]);
    expect(issues(marked([{ selectors: ['name'] }]))).toEqual([['missing_one_of', '$.granular_markings[0]']]);
  });

  it('rejects empty or unresolvable selectors and non-marking refs', () => {
    expect(issues(marked([{ lang: 'fr', selectors: [] }]))).toEqual([['empty_list', '$.granular_markings[0].selectors']]);
    expect(issues(marked([{ lang: 'fr', selectors: ['name', 'aliases.[5]'] }])))
      .toEqual([['invalid_selector', '$.granular_markings[0].selectors[1]']]);
    expect(issues(marked([{ marking_ref: f.HOGGAR_IDENTITY_ID, selectors: ['name'] }])))
      .toEqual([['wrong_ref_type', '$.granular_markings[0].marking_ref']]);
    expect(issues(marked([]))).toEqual([['empty_list', '$.granular_markings']]);
  });

  it('resolves selectors through objects and lists', () => {
    const object = { a: { b: [{ c: 1 }, { d: [0, 1] }] }, list: ['x'] };
    expect(selectorResolves(object, 'a.b.[0].c')).toBe(true);
    expect(selectorResolves(object, 'a.b.[1].d.[1]')).toBe(true);
    expect(selectorResolves(object, 'list[0]')).toBe(true);
    expect(selectorResolves(object, 'a.b.[2]')).toBe(false);
    expect(selectorResolves(object, 'a.c')).toBe(false);
    expect(selectorResolves(object, 'a..b')).toBe(false);
    expect(selectorResolves(object, '')).toBe(false);
    expect(selectorResolves(object, 'list.[x]')).toBe(false);
    expect(selectorResolves(object, 'constructor')).toBe(false);
  });
});
