import { childPath, type CheckContext, type Constraint } from './validate-issues.js';
import { compareTimestamps, timestampPrecision } from './validate-timestamps.js';

/**
 * Builders of rules that relate several properties of one object: time order,
 * "at least one of", "not both", "this needs that".
 */
function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && timestampPrecision(value) >= 0;
}

function present(o: Readonly<Record<string, unknown>>, name: string): boolean {
  return o[name] !== undefined;
}

/**
 * `later` must not be before `earlier` (or must be strictly after, when
 * `strict`). Invalid or absent timestamps are left to their own checks.
 */
export function ordered(earlier: string, later: string, strict = false): Constraint {
  const code = earlier === 'created' && later === 'modified' ? 'modified_before_created' : 'timestamp_order';
  const rule = strict ? 'later than' : 'equal to or later than';
  return (o, ctx) => {
    const a = o[earlier];
    const b = o[later];
    if (typeof a !== 'string' || typeof b !== 'string') return;
    // Both properties were checked by the type's table first; only when some
    // error was reported can one of them be malformed, so only then re-check.
    if (ctx.sink.errors.length > 0 && (!isTimestamp(a) || !isTimestamp(b))) return;
    const order = compareTimestamps(b, a);
    if (order < 0 || (strict && order === 0)) {
      ctx.sink.error(code, `$.${later}`, `$.${later} (${b}) must be ${rule} $.${earlier} (${a}).`);
    }
  };
}

/** At least one of `names` must be present. */
export function atLeastOne(names: readonly string[]): Constraint {
  return (o, ctx) => {
    if (!names.some((name) => present(o, name))) {
      ctx.sink.error('missing_one_of', '$', `A ${ctx.type} must have at least one of: ${names.join(', ')}.`);
    }
  };
}

/** At most one of `names` may be present. */
export function notBoth(a: string, b: string): Constraint {
  return (o, ctx) => {
    if (present(o, a) && present(o, b)) {
      ctx.sink.error('mutually_exclusive', `$.${b}`, `A ${ctx.type} must not have both $.${a} and $.${b}.`);
    }
  };
}

/** When `name` is present, each of `needs` must be too. */
export function needs(name: string, required: readonly string[]): Constraint {
  return (o, ctx) => {
    if (!present(o, name)) return;
    for (const other of required) {
      if (!present(o, other)) {
        ctx.sink.error('dependent_property', `$.${other}`, `$.${other} is required when $.${name} is present in a ${ctx.type}.`);
      }
    }
  };
}

/** When `when` holds, `name` must be present. */
export function requiredWhen(name: string, when: (o: Readonly<Record<string, unknown>>) => boolean, reason: string): Constraint {
  return (o, ctx) => {
    if (when(o) && !present(o, name)) ctx.sink.error('missing_property', childPath('$', name), `$.${name} is required ${reason}.`);
  };
}

/** When `when` holds, `name` must be absent. */
export function forbiddenWhen(name: string, when: (o: Readonly<Record<string, unknown>>) => boolean, reason: string): Constraint {
  return (o, ctx) => {
    if (when(o) && present(o, name)) ctx.sink.error('forbidden_property', childPath('$', name), `$.${name} must not be present ${reason}.`);
  };
}

/** A deprecated property: allowed, with a warning. */
export function deprecated(name: string, advice: string): Constraint {
  return (o, ctx: CheckContext) => {
    if (present(o, name)) ctx.sink.warn('deprecated_property', `$.${name}`, `$.${name} is deprecated in STIX 2.1; ${advice}`);
  };
}
