import { isKnownType } from './types.js';
import {
  describeValue, isPlainObject, itemPath, type Check, type CheckContext,
} from './validate-issues.js';
import { stixIdType } from './validate-ids.js';
import { timestampPrecision } from './validate-timestamps.js';
import {
  closedVocabulary, openVocabulary, type ClosedVocabularyName, type OpenVocabularyName,
} from './vocab.js';

/**
 * Builders of property checks. A type's property table maps each property name
 * to one of these checks, built once when the module loads; validating an
 * object is then a map lookup and a call per property.
 *
 * List item checks take the list's path and the item's index and only join
 * them into "$.refs[3]" when they report, so long valid lists build no strings.
 */
type ItemCheck = (value: unknown, ctx: CheckContext, listPath: string, index: number) => void;

function at(path: string, index: number): string {
  return index < 0 ? path : itemPath(path, index);
}

/** Which object types a reference property may point to. */
export interface RefTarget {
  /** How the allowed types read in a message: "an identity", "an SDO or SCO". */
  readonly label: string;
  readonly types: ReadonlySet<string>;
  /** Whether ids of custom (non-specification) object types are accepted. */
  readonly custom: boolean;
}

export function refTarget(label: string, types: readonly string[], custom = false): RefTarget {
  return { label, types: new Set(types), custom };
}

// Most references repeat (creator identity, TLP markings), so parsed ids are
// remembered. The cache is bounded and simply emptied when full.
const ID_CACHE_LIMIT = 50_000;
const MAX_ID_LENGTH = 250 + 2 + 36;
const idTypes = new Map<string, string | null>();

/** The type part of a valid STIX identifier, or undefined when `value` is not one. */
export function idTypeOf(value: string): string | undefined {
  // Longer than a 250-character type, "--" and a UUID: never an id, and never cached.
  if (value.length > MAX_ID_LENGTH) return undefined;
  let type = idTypes.get(value);
  if (type === undefined) {
    type = stixIdType(value) ?? null;
    if (idTypes.size >= ID_CACHE_LIMIT) idTypes.clear();
    idTypes.set(value, type);
  }
  return type ?? undefined;
}

function checkRefItem(value: unknown, target: RefTarget, ctx: CheckContext, path: string, index: number): void {
  if (typeof value !== 'string') {
    ctx.sink.error('wrong_value_type', at(path, index), `${at(path, index)} must be a STIX identifier string, not ${describeValue(value)}.`);
    return;
  }
  const type = idTypeOf(value);
  if (type === undefined) {
    ctx.sink.error('invalid_ref', at(path, index),
      `${at(path, index)} must be a STIX identifier "type--UUID" with a version 4 or 5 UUID; ${describeValue(value)} is not.`);
    return;
  }
  const customAllowed = target.custom && type !== 'bundle' && !isKnownType(type);
  if (!target.types.has(type) && !customAllowed) {
    ctx.sink.error('wrong_ref_type', at(path, index), `${at(path, index)} must reference ${target.label}, not ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}.`);
  }
}

function listOf(each: ItemCheck): Check {
  return (value, ctx, path) => {
    if (!Array.isArray(value)) {
      ctx.sink.error('wrong_value_type', path, `${path} must be a list, not ${describeValue(value)}.`);
      return;
    }
    if (value.length === 0) {
      ctx.sink.error('empty_list', path, `${path} must not be an empty list; omit the property instead.`);
      return;
    }
    for (let i = 0; i < value.length; i++) each(value[i], ctx, path, i);
  };
}

function stringItem(value: unknown, ctx: CheckContext, path: string, index: number): boolean {
  if (typeof value === 'string') return true;
  ctx.sink.error('wrong_value_type', at(path, index), `${at(path, index)} must be a string, not ${describeValue(value)}.`);
  return false;
}

function openItem(name: OpenVocabularyName): ItemCheck {
  const values = openVocabulary(name);
  return (value, ctx, path, index) => {
    if (stringItem(value, ctx, path, index) && !values.has(value as string)) {
      ctx.sink.warn('open_vocabulary', at(path, index),
        `${at(path, index)} value ${describeValue(value)} is not one of the values ${name} suggests.`);
    }
  };
}

function closedItem(name: ClosedVocabularyName): ItemCheck {
  const values = closedVocabulary(name);
  return (value, ctx, path, index) => {
    if (stringItem(value, ctx, path, index) && !values.has(value as string)) {
      ctx.sink.error('closed_vocabulary', at(path, index),
        `${at(path, index)} value ${describeValue(value)} is not allowed; ${name} permits only: ${[...values].join(', ')}.`);
    }
  };
}

/** A string. */
export const str: Check = (value, ctx, path) => { stringItem(value, ctx, path, -1); };

/** A non-empty list of strings. */
export const strings: Check = listOf((value, ctx, path, index) => { stringItem(value, ctx, path, index); });

/** A boolean. */
export const bool: Check = (value, ctx, path) => {
  if (typeof value !== 'boolean') ctx.sink.error('wrong_value_type', path, `${path} must be true or false, not ${describeValue(value)}.`);
};

/** An integer, optionally within [min, max]. */
export function int(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Check {
  return (value, ctx, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      ctx.sink.error('wrong_value_type', path, `${path} must be an integer, not ${describeValue(value)}.`);
    } else if (value < min || value > max) {
      ctx.sink.error('out_of_range', path, `${path} must be between ${min} and ${max}; it is ${value}.`);
    }
  };
}

/** A finite number, optionally within [min, max]. */
export function num(min = -Infinity, max = Infinity): Check {
  return (value, ctx, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      ctx.sink.error('wrong_value_type', path, `${path} must be a number, not ${describeValue(value)}.`);
    } else if (value < min || value > max) {
      ctx.sink.error('out_of_range', path, `${path} must be between ${min} and ${max}; it is ${value}.`);
    }
  };
}

function timestampCheck(minPrecision: number): Check {
  return (value, ctx, path) => {
    const precision = typeof value === 'string' ? timestampPrecision(value) : -1;
    if (precision < 0) {
      ctx.sink.error('invalid_timestamp', path,
        `${path} must be an RFC 3339 timestamp in UTC ending in "Z" (e.g. 2021-06-10T12:00:00.000Z), not ${describeValue(value)}.`);
    } else if (precision < minPrecision) {
      ctx.sink.error('timestamp_precision', path,
        `${path} must be precise to at least the millisecond (three fractional digits), e.g. 2021-06-10T12:00:00.000Z; got ${describeValue(value)}.`);
    }
  };
}

/** An RFC 3339 UTC timestamp. */
export const ts: Check = timestampCheck(0);

/** A timestamp precise to the millisecond, as `created` and `modified` must be. */
export const tsMillis: Check = timestampCheck(3);

/** One reference to an object of the target types. */
export function ref(target: RefTarget): Check {
  return (value, ctx, path) => checkRefItem(value, target, ctx, path, -1);
}

/** A non-empty list of references to objects of the target types. */
export function refs(target: RefTarget): Check {
  return listOf((value, ctx, path, index) => checkRefItem(value, target, ctx, path, index));
}

/** A string from an open vocabulary (warning when not a suggested value). */
export function ov(name: OpenVocabularyName): Check {
  const item = openItem(name);
  return (value, ctx, path) => item(value, ctx, path, -1);
}

/** A non-empty list of strings from an open vocabulary. */
export function ovs(name: OpenVocabularyName): Check {
  return listOf(openItem(name));
}

/** A string from an enumeration (error when not an allowed value). */
export function en(name: ClosedVocabularyName): Check {
  const item = closedItem(name);
  return (value, ctx, path) => item(value, ctx, path, -1);
}

/** A non-empty list of strings from an enumeration. */
export function ens(name: ClosedVocabularyName): Check {
  return listOf(closedItem(name));
}

/** A non-empty list of any values. */
export const list: Check = listOf(() => undefined);

/** A JSON object of any content. */
export const obj: Check = (value, ctx, path) => {
  if (!isPlainObject(value)) ctx.sink.error('wrong_value_type', path, `${path} must be an object, not ${describeValue(value)}.`);
};

/** Any value but null (the specification has no null). */
export const any: Check = (value, ctx, path) => {
  if (value === null) ctx.sink.error('wrong_value_type', path, `${path} must not be null; omit the property instead.`);
};

// RFC 5646 language tag, loosely: a 2–3 letter primary subtag, then subtags of 1–8.
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** True when `value` has the shape of an RFC 5646 language tag. */
export function isLanguageTag(value: string): boolean {
  return LANGUAGE_TAG.test(value);
}

/** An RFC 5646 language tag ("ar", "fr", "en-GB"). */
export const language: Check = (value, ctx, path) => {
  if (!stringItem(value, ctx, path, -1)) return;
  if (!isLanguageTag(value as string)) {
    ctx.sink.error('invalid_language_tag', path, `${path} must be an RFC 5646 language tag such as "ar" or "fr"; got ${describeValue(value)}.`);
  }
};

/** Two-letter ISO 3166-1 country code; the specification says SHOULD, so a warning. */
export const countryCode: Check = (value, ctx, path) => {
  if (stringItem(value, ctx, path, -1) && !/^[A-Za-z]{2}$/.test(value as string)) {
    ctx.sink.warn('country_code', path, `${path} should be an ISO 3166-1 alpha-2 country code such as "DZ"; got ${describeValue(value)}.`);
  }
};
