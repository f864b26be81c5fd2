import { childPath, itemPath } from './validate-issues.js';

/**
 * How deeply lists and objects may nest inside one STIX object. The deepest objects of the
 * specification (an SCO extension holding lists of objects, inside a custom extension) stay
 * under 10 levels; 100 leaves room for any real custom content. Far deeper input exists only
 * to break things: serialising it, or any recursive walk, overflows the call stack.
 */
export const MAX_NESTING = 100;

/** A value Hoggar could not store and serve back as it came. */
export interface JsonLimitBreach {
  readonly code: 'too_deep' | 'unrepresentable_number';
  /** JSON path of the value inside the object. */
  readonly path: string;
  readonly message: string;
}

type Step = string | number;
type Found = Omit<JsonLimitBreach, 'path'>;

/**
 * The first value of `root` that breaks a limit of stored JSON, or undefined: a list or object
 * nested more than `maxNesting` levels below the root (level 0), a number too large for a
 * double, which parses as Infinity and would be served back as null, or a whole number beyond
 * ±(2^53 − 1), which a double cannot hold exactly: 12345678901234567890 would be served back as
 * 12345678901234567000, silently changed for any reader that keeps integers exact. STIX 2.1
 * limits its integers to that range; here it holds for custom content too, so what is accepted
 * is returned unchanged. (Fractional numbers keep their value as a double, the precision RFC
 * 8259 promises.) The walk stops one level past the limit, so its own recursion stays shallow
 * on input of any depth; the path is built only for the answer.
 */
export function jsonLimitBreach(root: unknown, maxNesting = MAX_NESTING): JsonLimitBreach | undefined {
  const trail: Step[] = [];
  const found = typeof root === 'object' && root !== null ? breach(root, maxNesting, trail) : undefined;
  if (found === undefined) return undefined;
  let path = '$';
  for (let i = trail.length - 1; i >= 0; i--) {
    const step = trail[i]!;
    path = typeof step === 'number' ? itemPath(path, step) : childPath(path, step);
  }
  return { ...found, path };
}

const TOO_DEEP: Found = { code: 'too_deep', message: `This value is nested more than ${MAX_NESTING} lists or objects deep; no STIX content is, so the object is refused.` };
const TOO_LARGE: Found = { code: 'unrepresentable_number', message: 'This number is too large for a JSON number (a double); it would be served back as null.' };
const INEXACT: Found = { code: 'unrepresentable_number', message: 'This whole number is beyond ±(2^53 − 1), the range a JSON number keeps exactly (and the STIX 2.1 integer range); it would be served back changed, so the object is refused. Send it as a string.' };

/** The breach in one value found `levels` levels above the limit (objects and lists go one deeper). */
function itemBreach(item: unknown, levels: number, trail: Step[]): Found | undefined {
  if (typeof item === 'object') return item === null ? undefined : breach(item, levels - 1, trail);
  if (typeof item !== 'number') return undefined;
  if (!Number.isFinite(item)) return TOO_LARGE;
  return Number.isInteger(item) && !Number.isSafeInteger(item) ? INEXACT : undefined;
}

/** The breach under `value` (an object or list) with `levels` more levels allowed; `trail` gets the way there, innermost step first. */
function breach(value: object, levels: number, trail: Step[]): Found | undefined {
  if (levels < 0) return TOO_DEEP;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = itemBreach(value[i], levels, trail);
      if (found !== undefined) {
        trail.push(i);
        return found;
      }
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const found = itemBreach((value as Record<string, unknown>)[key], levels, trail);
    if (found !== undefined) {
      trail.push(key);
      return found;
    }
  }
  return undefined;
}
