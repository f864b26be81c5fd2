import { TLP1_MARKING_IDS, TLP2_EXTENSION_ID, TLP2_MARKING_IDS, type TlpLevel } from './markings.js';
import { idTypeOf, language, ref, refTarget } from './properties.js';
import { listOfObjects, required } from './properties-nested.js';
import {
  childPath, describeValue, isPlainObject, itemPath, type Check, type CheckContext, type Constraint,
} from './validate-issues.js';
import { closedVocabulary } from './vocab.js';

/**
 * Data markings (STIX 2.1 section 7.2): granular markings on any object, and the
 * rules of marking-definition objects — statement and TLP 1.0 definitions, the
 * TLP 2.0 extension with its fixed ids, and other extension-based markings.
 */
export const MARKING_TARGET = refTarget('a marking-definition', ['marking-definition']);
const markingRef = ref(MARKING_TARGET);

const INDEX = /^\[(\d+)\]/;

/** Whether a granular-marking selector ("description", "kill_chain_phases.[0].phase_name") selects a populated value. */
export function selectorResolves(root: unknown, selector: string): boolean {
  let current = root;
  for (const part of selector.split('.')) {
    const bracket = part.indexOf('[');
    const name = bracket < 0 ? part : part.slice(0, bracket);
    if (name !== '') {
      if (!isPlainObject(current) || !Object.prototype.hasOwnProperty.call(current, name)) return false;
      current = current[name];
    } else if (bracket !== 0) {
      return false;
    }
    let rest = bracket < 0 ? '' : part.slice(bracket);
    while (rest !== '') {
      const m = INDEX.exec(rest);
      if (!m || !Array.isArray(current)) return false;
      const index = Number(m[1]);
      if (index >= current.length) return false;
      current = current[index];
      rest = rest.slice(m[0].length);
    }
  }
  return true;
}

function checkSelectors(value: unknown, ctx: CheckContext, path: string): void {
  if (!Array.isArray(value)) {
    ctx.sink.error('wrong_value_type', path, `${path} must be a list of selector strings, not ${describeValue(value)}.`);
    return;
  }
  if (value.length === 0) {
    ctx.sink.error('empty_list', path, `${path} must list at least one selector.`);
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const selector = value[i];
    if (typeof selector !== 'string' || !selectorResolves(ctx.root, selector)) {
      ctx.sink.error('invalid_selector', itemPath(path, i),
        `Selector ${describeValue(selector)} at ${itemPath(path, i)} must name a property or list item present in this object (e.g. "description", "labels.[0]").`);
    }
  }
}

/** granular_markings: selectors that resolve, and exactly one of lang or marking_ref. */
export const granularMarkings: Check = listOfObjects('granular markings', (item, ctx, path) => {
  if (required(item, 'selectors', ctx, path, 'a granular marking')) checkSelectors(item.selectors, ctx, childPath(path, 'selectors'));
  const hasLang = item.lang !== undefined;
  const hasRef = item.marking_ref !== undefined;
  if (hasLang && hasRef) {
    ctx.sink.error('mutually_exclusive', path, `The granular marking at ${path} must have either lang or marking_ref, not both.`);
  } else if (!hasLang && !hasRef) {
    ctx.sink.error('missing_one_of', path, `The granular marking at ${path} needs exactly one of lang or marking_ref.`);
  }
  if (hasLang) language(item.lang, ctx, childPath(path, 'lang'));
  if (hasRef) markingRef(item.marking_ref, ctx, childPath(path, 'marking_ref'));
});

const TLP1_LEVELS = closedVocabulary('tlp-1-level-enum');
const TLP2_LEVELS = closedVocabulary('tlp-2-level-enum');
// TLP 1.0 "white" is TLP 2.0 "clear"; markings.ts keys the 1.0 ids by their 2.0 level.
const TLP1_ID_BY_LEVEL = new Map<string, string>(
  Object.entries(TLP1_MARKING_IDS).map(([id, level]) => [level === 'clear' ? 'white' : level, id]),
);
const TLP2_IDS = new Set<string>(Object.values(TLP2_MARKING_IDS));
const TLP2_PATH = childPath('$.extensions', TLP2_EXTENSION_ID);

function checkStatement(definition: unknown, ctx: CheckContext): void {
  if (!isPlainObject(definition)) return; // the property table reports the wrong type
  if (typeof definition.statement !== 'string') {
    ctx.sink.error('missing_property', '$.definition.statement', 'A statement marking needs $.definition.statement, a string.');
  }
}

function checkTlp1(o: Readonly<Record<string, unknown>>, ctx: CheckContext): void {
  if (!isPlainObject(o.definition)) return;
  const level = o.definition.tlp;
  if (typeof level !== 'string' || !TLP1_LEVELS.has(level)) {
    ctx.sink.error('closed_vocabulary', '$.definition.tlp',
      `$.definition.tlp must be one of white, green, amber, red; got ${describeValue(level)}.`);
    return;
  }
  const expected = TLP1_ID_BY_LEVEL.get(level);
  if (o.id !== expected) {
    ctx.sink.error('invalid_tlp_marking', '$.id', `A TLP:${level.toUpperCase()} marking-definition must use the specification's fixed id ${expected}.`);
  }
}

function checkTlp2(o: Readonly<Record<string, unknown>>, body: unknown, ctx: CheckContext): void {
  if (!isPlainObject(body)) return; // the extensions check reports it
  const level = body.tlp_2_0;
  if (typeof level !== 'string' || !TLP2_LEVELS.has(level)) {
    ctx.sink.error('closed_vocabulary', `${TLP2_PATH}.tlp_2_0`,
      `${TLP2_PATH}.tlp_2_0 must be one of clear, green, amber, amber+strict, red; got ${describeValue(level)}.`);
    return;
  }
  const expectedId = TLP2_MARKING_IDS[level as TlpLevel];
  if (o.id !== expectedId) {
    ctx.sink.error('invalid_tlp_marking', '$.id', `A TLP 2.0 ${level} marking-definition must use the fixed id ${expectedId}.`);
  }
  const expectedName = `TLP:${level.toUpperCase()}`;
  if (o.name === undefined) {
    ctx.sink.error('missing_property', '$.name', `A TLP 2.0 marking-definition needs $.name "${expectedName}".`);
  } else if (o.name !== expectedName) {
    ctx.sink.error('invalid_tlp_marking', '$.name', `A TLP 2.0 ${level} marking-definition must be named "${expectedName}", not ${describeValue(o.name)}.`);
  }
}

function hasPropertyExtension(extensions: unknown): boolean {
  if (!isPlainObject(extensions)) return false;
  for (const key of Object.keys(extensions)) {
    const body = extensions[key];
    if (isPlainObject(body) && body.extension_type === 'property-extension' && idTypeOf(key) === 'extension-definition') return true;
  }
  return false;
}

/**
 * A marking-definition carries its marking either as definition_type + definition
 * (statement, tlp, or another type) or as a property-extension with no
 * definition_type (TLP 2.0, Hoggar's releasability marking). TLP markings must
 * be the exact objects the specifications fix, ids included.
 */
export const markingDefinitionRules: Constraint = (o, ctx) => {
  const hasType = o.definition_type !== undefined;
  const hasDefinition = o.definition !== undefined;
  if (!hasType && !hasDefinition) {
    if (!hasPropertyExtension(o.extensions)) {
      ctx.sink.error('missing_property', '$.definition_type',
        'A marking-definition needs definition_type and definition, or a property-extension in extensions (as TLP 2.0 markings have).');
    }
  } else if (!hasType) {
    ctx.sink.error('missing_property', '$.definition_type', '$.definition_type is required when $.definition is present.');
  } else if (!hasDefinition) {
    ctx.sink.error('missing_property', '$.definition', '$.definition is required when $.definition_type is present.');
  }
  if (o.definition_type === 'statement') checkStatement(o.definition, ctx);
  else if (o.definition_type === 'tlp') checkTlp1(o, ctx);
  else if (typeof o.definition_type === 'string') {
    ctx.sink.warn('open_vocabulary', '$.definition_type', `$.definition_type ${describeValue(o.definition_type)} is neither "statement" nor "tlp", the types the specification defines.`);
  }
  if (o.definition_type !== 'tlp' && typeof o.id === 'string' && TLP1_MARKING_IDS[o.id] !== undefined) {
    ctx.sink.error('invalid_tlp_marking', '$.id', `${o.id} is the fixed id of a TLP 1.0 marking; only that TLP definition may use it.`);
  }
  const tlp2 = isPlainObject(o.extensions) ? o.extensions[TLP2_EXTENSION_ID] : undefined;
  if (tlp2 !== undefined) checkTlp2(o, tlp2, ctx);
  else if (typeof o.id === 'string' && TLP2_IDS.has(o.id)) {
    ctx.sink.error('invalid_tlp_marking', '$.id', `${o.id} is the fixed id of a TLP 2.0 marking; only a marking with the TLP 2.0 extension may use it.`);
  }
};
