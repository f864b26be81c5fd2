import { str } from './properties.js';
import {
  childPath, describeValue, isPlainObject, itemPath, type Check, type CheckContext,
} from './validate-issues.js';
import { HASH_HEX_LENGTH, openVocabulary } from './vocab.js';

/**
 * Checks of the specification's nested types: dictionary, hashes, external
 * reference and kill chain phase (STIX 2.1 sections 2.5–2.8).
 */
const DICTIONARY_KEY = /^[A-Za-z0-9_-]{1,250}$/;
const CUSTOM_HASH_KEY = /^[A-Za-z0-9_-]{3,250}$/;
const HEX = /^[0-9a-fA-F]+$/;
const HASH_ALGORITHMS = openVocabulary('hash-algorithm-ov');

function objectOrReport(value: unknown, ctx: CheckContext, path: string, what: string): value is Record<string, unknown> {
  if (isPlainObject(value)) return true;
  ctx.sink.error('wrong_value_type', path, `${path} must be ${what}, not ${describeValue(value)}.`);
  return false;
}

function nonEmptyKeys(value: Record<string, unknown>, ctx: CheckContext, path: string): string[] {
  const keys = Object.keys(value);
  if (keys.length === 0) ctx.sink.error('empty_dictionary', path, `${path} must not be an empty dictionary; omit the property instead.`);
  return keys;
}

/** A dictionary: keys of 1–250 ASCII letters, digits, hyphens or underscores; not empty. */
export const dictionary: Check = (value, ctx, path) => {
  if (!objectOrReport(value, ctx, path, 'a dictionary (JSON object)')) return;
  for (const key of nonEmptyKeys(value, ctx, path)) {
    if (!DICTIONARY_KEY.test(key)) {
      ctx.sink.error('invalid_dictionary_key', childPath(path, key),
        `Dictionary key ${JSON.stringify(key)} in ${path} must be 1–250 characters of a–z, A–Z, 0–9, "-" or "_".`);
    }
    if (value[key] === null) ctx.sink.error('wrong_value_type', childPath(path, key), `${childPath(path, key)} must not be null.`);
  }
};

/** Hashes: algorithm name → hash value; names SHOULD come from hash-algorithm-ov. */
export const hashes: Check = (value, ctx, path) => {
  if (!objectOrReport(value, ctx, path, 'a hashes dictionary')) return;
  for (const key of nonEmptyKeys(value, ctx, path)) {
    const at = childPath(path, key);
    const hash = value[key];
    if (typeof hash !== 'string') {
      ctx.sink.error('wrong_value_type', at, `${at} must be a string hash value, not ${describeValue(hash)}.`);
      continue;
    }
    if (!HASH_ALGORITHMS.has(key)) {
      if (!CUSTOM_HASH_KEY.test(key)) {
        ctx.sink.error('invalid_dictionary_key', at, `Hash algorithm name ${JSON.stringify(key)} in ${path} must be 3–250 characters of a–z, A–Z, 0–9, "-" or "_".`);
      } else {
        ctx.sink.warn('open_vocabulary', at, `Hash algorithm ${JSON.stringify(key)} in ${path} is not one of the names hash-algorithm-ov suggests.`);
      }
      continue;
    }
    const length = HASH_HEX_LENGTH[key];
    if (length !== undefined && (hash.length !== length || !HEX.test(hash))) {
      ctx.sink.error('invalid_hash', at, `${at} must be a ${key} hash of ${length} hexadecimal digits.`);
    }
  }
};

/** A non-empty list whose items are objects, each checked by `each` at its own path. */
export function listOfObjects(what: string, each: (item: Record<string, unknown>, ctx: CheckContext, path: string) => void): Check {
  return (value, ctx, path) => {
    if (!Array.isArray(value)) {
      ctx.sink.error('wrong_value_type', path, `${path} must be a list of ${what}, not ${describeValue(value)}.`);
      return;
    }
    if (value.length === 0) {
      ctx.sink.error('empty_list', path, `${path} must not be an empty list; omit the property instead.`);
      return;
    }
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const at = itemPath(path, i);
      if (objectOrReport(item, ctx, at, what)) each(item, ctx, at);
    }
  };
}

/** Reports `name` missing from a nested object; true when present. */
export function required(item: Record<string, unknown>, name: string, ctx: CheckContext, path: string, what: string): boolean {
  if (item[name] !== undefined) return true;
  ctx.sink.error('missing_property', childPath(path, name), `${childPath(path, name)} is required in ${what}.`);
  return false;
}

/** external_references: each has source_name and at least one of description, url, external_id. */
export const externalReferences: Check = listOfObjects('external references', (item, ctx, path) => {
  if (required(item, 'source_name', ctx, path, 'an external reference')) str(item.source_name, ctx, childPath(path, 'source_name'));
  for (const name of ['description', 'url', 'external_id'] as const) {
    if (item[name] !== undefined) str(item[name], ctx, childPath(path, name));
  }
  if (item.hashes !== undefined) hashes(item.hashes, ctx, childPath(path, 'hashes'));
  if (item.description === undefined && item.url === undefined && item.external_id === undefined) {
    ctx.sink.error('missing_one_of', path, `The external reference at ${path} needs at least one of description, url or external_id besides source_name.`);
  }
});

// Lowercase words joined by hyphens, as section 2.8 recommends for both names.
const KILL_CHAIN_WORDS = /^[^A-Z_\s]+$/;

function killChainName(item: Record<string, unknown>, name: string, ctx: CheckContext, path: string): void {
  if (!required(item, name, ctx, path, 'a kill chain phase')) return;
  const at = childPath(path, name);
  const value = item[name];
  if (typeof value !== 'string') {
    ctx.sink.error('wrong_value_type', at, `${at} must be a string, not ${describeValue(value)}.`);
  } else if (!KILL_CHAIN_WORDS.test(value)) {
    ctx.sink.warn('naming_convention', at, `${at} should be lowercase with hyphens between words; got ${describeValue(value)}.`);
  }
}

/** kill_chain_phases: each names its kill_chain_name and phase_name. */
export const killChainPhases: Check = listOfObjects('kill chain phases', (item, ctx, path) => {
  killChainName(item, 'kill_chain_name', ctx, path);
  killChainName(item, 'phase_name', ctx, path);
});
