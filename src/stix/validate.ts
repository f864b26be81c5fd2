import type { StixObject } from './types.js';
import { jsonLimitBreach } from './json-limits.js';
import { checkCustomProperty, hasToplevelExtension } from './validate-extensions.js';
import { isStixTypeName } from './ids.js';
import { stixIdType } from './validate-ids.js';
import {
  describeValue, isPlainObject, IssueSink, readableId, type CheckContext, type StixIssue,
} from './validate-issues.js';
import { CUSTOM_TYPE_RULES, rulesOf, type CompiledRules } from './validate-rules.js';

/**
 * The STIX 2.1 object validator: pure, never throws, never mutates its input.
 *
 * Each object is checked against its type's rule table (see properties-*.ts):
 * required and forbidden properties, the type of every specification property,
 * vocabularies, references, timestamps and the rules that tie properties
 * together. Unknown properties are custom properties and must follow the
 * naming rule. Errors make an object invalid; warnings (SHOULD-level advice,
 * open-vocabulary values) do not.
 */
export type { IssueSeverity, StixIssue } from './validate-issues.js';

export interface ObjectValidation {
  /** No errors (warnings allowed). */
  readonly ok: boolean;
  /** The input itself, typed, when ok. */
  readonly object?: StixObject;
  readonly errors: readonly StixIssue[];
  readonly warnings: readonly StixIssue[];
}

export interface BundleValidation {
  /** Problems of the bundle envelope itself. */
  readonly errors: readonly StixIssue[];
  /** One result per entry of `objects`, in input order. */
  readonly objects: readonly ObjectValidation[];
}

function result(sink: IssueSink, value: unknown): ObjectValidation {
  const ok = sink.errors.length === 0;
  return ok
    ? { ok, object: value as StixObject, errors: sink.errors, warnings: sink.warnings }
    : { ok, errors: sink.errors, warnings: sink.warnings };
}

function checkId(id: unknown, type: string, sink: IssueSink): void {
  if (id === undefined) {
    sink.error('missing_property', '$.id', `$.id is required in a ${type}.`);
  } else if (typeof id !== 'string') {
    sink.error('wrong_value_type', '$.id', `$.id must be a string "${type}--<UUID>", not ${describeValue(id)}.`);
  } else {
    // Object ids are unique, so they skip the reference cache of properties.ts.
    const idType = stixIdType(id);
    if (idType === undefined) {
      sink.error('invalid_id', '$.id', `$.id must be "${type}--" followed by a version 4 or 5 UUID; ${describeValue(id)} is not.`);
    } else if (idType !== type) {
      sink.error('invalid_id', '$.id', `$.id must start with the object's type "${type}--", not "${idType}--".`);
    }
  }
}

function rulesFor(type: unknown, sink: IssueSink): CompiledRules | undefined {
  if (type === undefined) {
    sink.error('missing_property', '$.type', '$.type is required in every STIX object.');
    return undefined;
  }
  if (typeof type !== 'string') {
    sink.error('wrong_value_type', '$.type', `$.type must be a string, not ${describeValue(type)}.`);
    return undefined;
  }
  const known = rulesOf(type);
  if (known) return known;
  if (type === 'bundle') {
    sink.error('invalid_type', '$.type', 'A bundle is not a STIX object; check it with validateBundle.');
    return undefined;
  }
  if (!isStixTypeName(type)) {
    sink.error('invalid_type', '$.type',
      `$.type ${describeValue(type)} is not a valid type name: 3–250 lowercase ASCII letters, digits and single hyphens, starting with a letter.`);
    return undefined;
  }
  return CUSTOM_TYPE_RULES;
}

function checkObject(value: unknown): ObjectValidation {
  if (!isPlainObject(value)) {
    const sink = new IssueSink(undefined);
    sink.error('not_an_object', '$', `A STIX object must be a JSON object, not ${describeValue(value)}.`);
    return result(sink, value);
  }
  const sink = new IssueSink(readableId(value.id));
  // Checked first: the checks below, and storing the object, walk it recursively.
  const breach = jsonLimitBreach(value);
  if (breach !== undefined) {
    sink.error(breach.code, breach.path, breach.message);
    return result(sink, value);
  }
  const rules = rulesFor(value.type, sink);
  if (rules === undefined) return result(sink, value);
  const type = value.type as string;
  const ctx: CheckContext = { sink, root: value, type };
  checkId(value.id, type, sink);
  let advisePrefix: boolean | undefined = rules.advisePrefix ? undefined : false;
  for (const key of Object.keys(value)) {
    if (key === 'type' || key === 'id') continue;
    const property = rules.props.get(key);
    if (property !== undefined) {
      property.check(value[key], ctx, property.path);
      continue;
    }
    const reason = rules.forbidden.get(key);
    if (reason !== undefined) {
      sink.error('forbidden_property', `$.${key}`, reason);
      continue;
    }
    // Top-level property extensions put their properties beside the standard ones, unprefixed.
    advisePrefix ??= !hasToplevelExtension(value.extensions);
    checkCustomProperty(key, value[key], ctx, advisePrefix);
  }
  for (const { name, path } of rules.required) {
    if (value[name] === undefined) sink.error('missing_property', path, `${path} is required in a ${type}.`);
  }
  for (const constraint of rules.constraints) constraint(value, ctx);
  return result(sink, value);
}

/** Validates one STIX 2.1 object (SDO, SRO, SCO, meta or custom object). Never throws. */
export function validateStixObject(value: unknown): ObjectValidation {
  try {
    return checkObject(value);
  } catch (error) {
    // A safety net for exotic inputs (getters that throw, proxies): report, never throw.
    const sink = new IssueSink(undefined);
    sink.error('unreadable_object', '$', `The object could not be read: ${error instanceof Error ? error.message : String(error)}.`);
    return result(sink, value);
  }
}

function checkBundle(value: unknown): BundleValidation {
  if (!isPlainObject(value)) {
    const sink = new IssueSink(undefined);
    sink.error('not_an_object', '$', `A STIX bundle must be a JSON object, not ${describeValue(value)}.`);
    return { errors: sink.errors, objects: [] };
  }
  const sink = new IssueSink(readableId(value.id));
  if (value.type !== 'bundle') {
    sink.error(value.type === undefined ? 'missing_property' : 'invalid_type', '$.type', `$.type of a bundle must be "bundle", not ${describeValue(value.type)}.`);
  }
  checkId(value.id, 'bundle', sink);
  const objects = value.objects;
  if (objects === undefined) return { errors: sink.errors, objects: [] };
  if (!Array.isArray(objects)) {
    sink.error('wrong_value_type', '$.objects', `$.objects must be a list of STIX objects, not ${describeValue(objects)}.`);
    return { errors: sink.errors, objects: [] };
  }
  if (objects.length === 0) sink.error('empty_list', '$.objects', '$.objects must not be an empty list; omit it instead.');
  return { errors: sink.errors, objects: objects.map((item) => validateStixObject(item)) };
}

/** A STIX bundle: validates its shape, then every object (each result in input order). Never throws. */
export function validateBundle(value: unknown): BundleValidation {
  try {
    return checkBundle(value);
  } catch (error) {
    const sink = new IssueSink(undefined);
    sink.error('unreadable_object', '$', `The bundle could not be read: ${error instanceof Error ? error.message : String(error)}.`);
    return { errors: sink.errors, objects: [] };
  }
}
