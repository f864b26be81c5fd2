import { declaredExtensionTypes } from './validate-extensions.js';
import { childPath, type Check, type Constraint } from './validate-issues.js';
import {
  MODIFIED_AFTER_CREATED, SDO_COMMON, scoCommon, type TypeRules,
} from './properties-common.js';
import { META_RULES } from './properties-meta.js';
import { SCO_RULES } from './properties-sco.js';
import { SDO_RULES, SRO_RULES } from './properties-sdo.js';
import type { ObjectCategory } from './types.js';

/**
 * The rule tables compiled once into lookup structures: a Map from property
 * name to its check and ready-made JSON path, so that checking an object does
 * no string building unless it reports something.
 */
export interface CompiledProperty {
  readonly check: Check;
  readonly path: string;
}

export interface CompiledRules {
  readonly category: ObjectCategory;
  readonly props: ReadonlyMap<string, CompiledProperty>;
  readonly required: readonly { readonly name: string; readonly path: string }[];
  readonly forbidden: ReadonlyMap<string, string>;
  readonly constraints: readonly Constraint[];
  readonly advisePrefix: boolean;
}

function compile(rules: TypeRules): CompiledRules {
  return {
    category: rules.category,
    props: new Map(Object.entries(rules.props).map(([name, check]) => [name, { check, path: childPath('$', name) }])),
    required: rules.required.map((name) => ({ name, path: childPath('$', name) })),
    forbidden: new Map(Object.entries(rules.forbidden)),
    constraints: rules.constraints,
    advisePrefix: rules.advisePrefix,
  };
}

/**
 * Objects of a type defined by a new-sdo or new-sro extension must carry the
 * SDO/SRO common properties; any other custom type is checked on what it has.
 */
const NEW_DOMAIN_OBJECT: Constraint = (o, ctx) => {
  const kinds = declaredExtensionTypes(o.extensions);
  if (!kinds.has('new-sdo') && !kinds.has('new-sro')) return;
  for (const name of ['spec_version', 'created', 'modified']) {
    if (o[name] === undefined) {
      ctx.sink.error('missing_property', `$.${name}`, `$.${name} is required: this ${ctx.type} is defined by a new-sdo or new-sro extension.`);
    }
  }
};

/** Rules for a custom object type: every common property is typed; its own properties only named. */
const CUSTOM_RULES: TypeRules = {
  category: 'custom',
  props: { ...SDO_COMMON, ...scoCommon() },
  required: [],
  forbidden: {},
  constraints: [MODIFIED_AFTER_CREATED, NEW_DOMAIN_OBJECT],
  advisePrefix: false,
};

const KNOWN = new Map<string, CompiledRules>(
  Object.entries({ ...SDO_RULES, ...SRO_RULES, ...SCO_RULES, ...META_RULES })
    .map(([type, rules]) => [type, compile(rules)]),
);

export const CUSTOM_TYPE_RULES: CompiledRules = compile(CUSTOM_RULES);

/** The compiled rules of a specification type, or undefined for any other type. */
export function rulesOf(type: string): CompiledRules | undefined {
  return KNOWN.get(type);
}
