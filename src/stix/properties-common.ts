import { META_TYPES, SCO_TYPES, SDO_TYPES, SRO_TYPES, type ObjectCategory } from './types.js';
import {
  bool, int, language, ref, refTarget, refs, strings, tsMillis, type RefTarget,
} from './properties.js';
import { externalReferences } from './properties-nested.js';
import { ordered } from './validate-constraints.js';
import { extensionsCheck } from './validate-extensions.js';
import { describeValue, type Check, type Constraint } from './validate-issues.js';
import { granularMarkings, MARKING_TARGET } from './validate-markings.js';

/**
 * The common properties (STIX 2.1 section 3.2) and the shape of a type's rule
 * table. Each family (SDO/SRO, SCO, marking-definition, language-content,
 * extension-definition) starts from the common properties its column of the
 * specification's table allows and forbids the others.
 */
export interface TypeRules {
  readonly category: ObjectCategory;
  /** Properties this type defines, beyond type and id. */
  readonly props: Readonly<Record<string, Check>>;
  readonly required: readonly string[];
  /** Properties the specification rules out for this type, with the reason. */
  readonly forbidden: Readonly<Record<string, string>>;
  readonly constraints: readonly Constraint[];
  /** Whether unknown property names earn the "x_" prefix advice. */
  readonly advisePrefix: boolean;
}

export const IDENTITY = refTarget('an identity', ['identity']);
export const ANY_OBJECT = refTarget('a STIX object', [...SDO_TYPES, ...SRO_TYPES, ...SCO_TYPES, ...META_TYPES], true);
export const SDO_OR_SCO = refTarget('an SDO or SCO', [...SDO_TYPES, ...SCO_TYPES], true);
export const ANY_SDO = refTarget('an SDO', SDO_TYPES, true);
export const ANY_SCO = refTarget('an SCO', SCO_TYPES, true);
export const SCO_OR_SRO = refTarget('an SCO or SRO', [...SCO_TYPES, ...SRO_TYPES], true);
export const MARKING: RefTarget = MARKING_TARGET;

/** spec_version must be "2.1" wherever it appears. */
export const specVersion: Check = (value, ctx, path) => {
  if (value !== '2.1') {
    ctx.sink.error('invalid_spec_version', path, `${path} must be "2.1" for STIX 2.1 content, not ${describeValue(value)}.`);
  }
};

const shared = {
  spec_version: specVersion,
  object_marking_refs: refs(MARKING),
  granular_markings: granularMarkings,
};

/** Common properties of SDOs and SROs; language-content and extension-definition start here too. */
export const SDO_COMMON: Readonly<Record<string, Check>> = {
  ...shared,
  created_by_ref: ref(IDENTITY),
  created: tsMillis,
  modified: tsMillis,
  revoked: bool,
  labels: strings,
  confidence: int(0, 100),
  lang: language,
  external_references: externalReferences,
  extensions: extensionsCheck(),
};

export const SDO_REQUIRED = ['spec_version', 'created', 'modified'] as const;

export const MODIFIED_AFTER_CREATED = ordered('created', 'modified');

const scoOnly = 'defanged applies only to cyber-observable objects (SCOs).';

/** The common properties an SCO may not carry (section 3.2, SCO column). */
export const SCO_FORBIDDEN: Readonly<Record<string, string>> = Object.fromEntries(
  ['created_by_ref', 'created', 'modified', 'revoked', 'labels', 'confidence', 'lang', 'external_references']
    .map((name) => [name, `SCOs have no ${name} property; it is not applicable to cyber-observable objects.`]),
);

/** Common properties of SCOs, with the type's predefined extension names. */
export function scoCommon(extensionNames: readonly string[] = []): Readonly<Record<string, Check>> {
  return { ...shared, defanged: bool, extensions: extensionsCheck(extensionNames) };
}

/** Rules of an SDO or SRO type: the common properties plus its own. */
export function domainType(
  category: 'sdo' | 'sro',
  props: Readonly<Record<string, Check>>,
  required: readonly string[],
  constraints: readonly Constraint[] = [],
  forbidden: Readonly<Record<string, string>> = {},
): TypeRules {
  return {
    category,
    props: { ...SDO_COMMON, ...props },
    required: [...SDO_REQUIRED, ...required],
    forbidden: { defanged: scoOnly, ...forbidden },
    constraints: [MODIFIED_AFTER_CREATED, ...constraints],
    advisePrefix: true,
  };
}

/** Rules of an SCO type: the SCO common properties plus its own. */
export function observableType(
  props: Readonly<Record<string, Check>>,
  required: readonly string[],
  constraints: readonly Constraint[] = [],
  extensionNames: readonly string[] = [],
): TypeRules {
  return {
    category: 'sco',
    props: { ...scoCommon(extensionNames), ...props },
    required,
    forbidden: SCO_FORBIDDEN,
    constraints,
    advisePrefix: true,
  };
}

export const SCO_ONLY_REASON = scoOnly;
