import { childPath, itemPath } from './validate-issues.js';

/**
 * How deeply lists and objects may nest inside one STIX object. The deepest objects of the
 * specification (an SCO extension holding lists of objects, inside a custom extension) stay
 * under 10 levels; 100 leaves room for any real custom content. Far deeper input exists only
 * to break things: serialising it, or any recursive walk, overflows the call stack.
 */
export const MAX_NESTING = 100;

/**
 * The JSON path of the first list or object nested more than `limit` levels below `root`
 * (the root itself is level 0), or undefined if none is. The walk stops one level past the
 * limit, so its own recursion stays shallow on input of any depth; the path is built only
 * for the answer.
 */
export function tooDeepPath(root: unknown, limit = MAX_NESTING): string | undefined {
  const trail: (string | number)[] = [];
  if (typeof root !== 'object' || root === null || !beyond(root, limit, trail)) return undefined;
  let path = '$';
  for (let i = trail.length - 1; i >= 0; i--) {
    const step = trail[i]!;
    path = typeof step === 'number' ? itemPath(path, step) : childPath(path, step);
  }
  return path;
}

/** Whether `value` holds a list or object more than `levels` below it; if so, `trail` gets the way there, innermost step first. */
function beyond(value: object, levels: number, trail: (string | number)[]): boolean {
  if (levels < 0) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null && beyond(item, levels - 1, trail)) {
        trail.push(i);
        return true;
      }
    }
    return false;
  }
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (typeof item === 'object' && item !== null && beyond(item, levels - 1, trail)) {
      trail.push(key);
      return true;
    }
  }
  return false;
}
