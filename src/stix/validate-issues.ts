/**
 * Issues the STIX validator reports, and the sink that collects them while one
 * object is checked. Paths are JSON paths inside the object ("$.created",
 * "$.kill_chain_phases[1].phase_name"); they are only built when an issue is
 * raised, so valid objects cost no string building.
 */
export type IssueSeverity = 'error' | 'warning';

export interface StixIssue {
  readonly severity: IssueSeverity;
  /** Stable identifier of the rule, e.g. 'missing_property'. */
  readonly code: string;
  /** The object's id when it has a readable one. */
  readonly objectId?: string;
  /** JSON path inside the object. */
  readonly path: string;
  /** A sentence naming the property and the rule it breaks. */
  readonly message: string;
}

const MAX_READABLE_ID = 300;

/** The id of an object worth quoting in issues: a string of sensible length, else undefined. */
export function readableId(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_READABLE_ID ? value : undefined;
}

const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The JSON path of `key` under `parent`: dotted when simple, bracketed otherwise. */
export function childPath(parent: string, key: string): string {
  return SIMPLE_KEY.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/** The JSON path of list item `index` under `parent`. */
export function itemPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

const NO_ISSUES: readonly StixIssue[] = Object.freeze([]);

/**
 * Collects the issues of one object. Most objects are clean, so the lists are
 * only created on the first issue; until then both read as one shared, frozen
 * empty list.
 */
export class IssueSink {
  private errorList: StixIssue[] | undefined;
  private warningList: StixIssue[] | undefined;

  constructor(readonly objectId: string | undefined) {}

  get errors(): readonly StixIssue[] {
    return this.errorList ?? NO_ISSUES;
  }

  get warnings(): readonly StixIssue[] {
    return this.warningList ?? NO_ISSUES;
  }

  error(code: string, path: string, message: string): void {
    (this.errorList ??= []).push(this.issue('error', code, path, message));
  }

  warn(code: string, path: string, message: string): void {
    (this.warningList ??= []).push(this.issue('warning', code, path, message));
  }

  private issue(severity: IssueSeverity, code: string, path: string, message: string): StixIssue {
    return this.objectId === undefined
      ? { severity, code, path, message }
      : { severity, code, objectId: this.objectId, path, message };
  }
}

/** What every check receives: where to report, and the object being checked (for selectors). */
export interface CheckContext {
  readonly sink: IssueSink;
  readonly root: Readonly<Record<string, unknown>>;
  readonly type: string;
}

/** Checks one property value found at `path`. */
export type Check = (value: unknown, ctx: CheckContext, path: string) => void;

/** A rule that relates several properties of one object. */
export type Constraint = (object: Readonly<Record<string, unknown>>, ctx: CheckContext) => void;

/** A non-null, non-array object — the shape of every STIX object and nested type. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a value reads in a message: short, and never the whole of a huge value. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  return String(value);
}
