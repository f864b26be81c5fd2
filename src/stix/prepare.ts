import { timestampKey } from './timestamps.js';
import type { StixObject } from './types.js';
import { versionOf } from './types.js';
import { validateStixObject } from './validate.js';
import type { StixIssue } from './validate-issues.js';

/**
 * One valid submitted object, reduced to what storing it needs. Preparing is the part of
 * an ingest that needs no store (validating, serialising), so it can run on another
 * thread than the writer; what crosses threads is then this, not the whole object.
 */
export interface PreparedObject {
  /** Position in the submission, for the status resource. */
  readonly index: number;
  /**
   * The properties the storage and access rules read (HEAD_PROPERTIES); a marking or
   * extension definition is kept whole, since access rules read its definition.
   */
  readonly head: StixObject;
  /** The object as stored and served. */
  readonly json: string;
  /** The version's sortable key ('' for objects without versions, such as SCOs). */
  readonly versionKey: string;
  /** The validator's advice (open vocabularies, SHOULD rules), summarised; absent when there is none. */
  readonly warnings?: string;
}

/** A submission that is not a valid STIX object, with what can be read of its identity. */
export interface RefusedInput {
  readonly index: number;
  readonly id?: string;
  readonly version?: string;
  readonly message: string;
}

export interface PreparedBatch {
  readonly accepted: readonly PreparedObject[];
  readonly refused: readonly RefusedInput[];
}

/** Every top-level property the writer and the access rules (stix/access.ts) read. */
const HEAD_PROPERTIES = [
  'type', 'id', 'spec_version', 'created', 'modified', 'revoked', 'created_by_ref',
  'object_marking_refs', 'granular_markings',
] as const;

const KEPT_WHOLE = new Set(['marking-definition', 'extension-definition']);

function headOf(object: StixObject): StixObject {
  if (KEPT_WHOLE.has(object.type)) return object;
  const head: Record<string, unknown> = {};
  for (const key of HEAD_PROPERTIES) if (object[key] !== undefined) head[key] = object[key];
  return head as StixObject;
}

/** Validates submitted objects and prepares the valid ones for storing. */
export function prepareObjects(inputs: readonly unknown[]): PreparedBatch {
  const accepted: PreparedObject[] = [];
  const refused: RefusedInput[] = [];
  inputs.forEach((input, index) => {
    const checked = validateStixObject(input);
    if (checked.ok && checked.object) {
      const object = checked.object;
      const version = versionOf(object);
      accepted.push({
        index, head: headOf(object), json: JSON.stringify(object), versionKey: version === undefined ? '' : timestampKey(version),
        ...(checked.warnings.length > 0 ? { warnings: summarise(checked.warnings) } : {}),
      });
    } else {
      refused.push({ index, ...identify(input), message: `invalid STIX: ${summarise(checked.errors)}` });
    }
  });
  return { accepted, refused };
}

/** The first three issues with their paths, and how many more there are: one line for a status resource. */
function summarise(issues: readonly StixIssue[]): string {
  const first = issues.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ');
  return issues.length > 3 ? `${first} (+${issues.length - 3} more)` : first;
}

/** The id and version of an invalid submission, where they can be read. */
function identify(input: unknown): { id?: string; version?: string } {
  if (typeof input !== 'object' || input === null) return {};
  const { id, modified, created } = input as Record<string, unknown>;
  const version = typeof modified === 'string' ? modified : typeof created === 'string' ? created : undefined;
  return { ...(typeof id === 'string' ? { id } : {}), ...(version ? { version } : {}) };
}
