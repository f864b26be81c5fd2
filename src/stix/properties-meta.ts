import { ens, isLanguageTag, obj, ref, str, strings, ts } from './properties.js';
import {
  ANY_OBJECT, MODIFIED_AFTER_CREATED, SCO_ONLY_REASON, SDO_COMMON, SDO_REQUIRED, type TypeRules,
} from './properties-common.js';
import {
  childPath, describeValue, isPlainObject, type Check,
} from './validate-issues.js';
import { markingDefinitionRules } from './validate-markings.js';
import type { MetaType } from './types.js';

/**
 * Property tables of the meta objects (STIX 2.1 section 7): marking-definition,
 * language-content and extension-definition.
 */
function omit(props: Readonly<Record<string, Check>>, names: readonly string[]): Record<string, Check> {
  return Object.fromEntries(Object.entries(props).filter(([name]) => !names.includes(name)));
}

/** language-content `contents`: language tag → { property name → translated value }. */
const contents: Check = (value, ctx, path) => {
  if (!isPlainObject(value)) {
    ctx.sink.error('wrong_value_type', path, `${path} must be a dictionary keyed by language tag, not ${describeValue(value)}.`);
    return;
  }
  const tags = Object.keys(value);
  if (tags.length === 0) ctx.sink.error('empty_dictionary', path, `${path} must hold at least one language.`);
  for (const tag of tags) {
    const at = childPath(path, tag);
    if (!isLanguageTag(tag)) {
      ctx.sink.error('invalid_language_tag', at, `Key ${JSON.stringify(tag)} of ${path} must be an RFC 5646 language tag such as "ar" or "fr".`);
    }
    const translation = value[tag];
    if (!isPlainObject(translation)) {
      ctx.sink.error('wrong_value_type', at, `${at} must be a dictionary of translated properties, not ${describeValue(translation)}.`);
    } else if (Object.keys(translation).length === 0) {
      ctx.sink.error('empty_dictionary', at, `${at} must translate at least one property.`);
    }
  }
};

const notApplicable = (type: string) => (name: string) => `${name} is not applicable to a ${type}.`;

const markingForbidden = notApplicable('marking-definition');
const extensionForbidden = notApplicable('extension-definition');

export const META_RULES: Readonly<Record<MetaType, TypeRules>> = {
  'marking-definition': {
    category: 'meta',
    // Marking definitions are never versioned, so they have created but no modified.
    props: {
      ...omit(SDO_COMMON, ['modified', 'revoked', 'labels', 'confidence', 'lang']),
      name: str, definition_type: str, definition: obj,
    },
    required: ['spec_version', 'created'],
    forbidden: {
      modified: `${markingForbidden('modified')} Marking definitions cannot be versioned; create a new one instead.`,
      revoked: markingForbidden('revoked'),
      labels: markingForbidden('labels'),
      confidence: markingForbidden('confidence'),
      lang: markingForbidden('lang'),
      defanged: SCO_ONLY_REASON,
    },
    constraints: [markingDefinitionRules],
    advisePrefix: true,
  },
  'language-content': {
    category: 'meta',
    props: { ...omit(SDO_COMMON, ['lang']), object_ref: ref(ANY_OBJECT), object_modified: ts, contents },
    required: [...SDO_REQUIRED, 'object_ref', 'contents'],
    forbidden: {
      lang: 'lang is not applicable to language-content: each entry of contents names its own language.',
      defanged: SCO_ONLY_REASON,
    },
    constraints: [MODIFIED_AFTER_CREATED],
    advisePrefix: true,
  },
  'extension-definition': {
    category: 'meta',
    props: {
      ...omit(SDO_COMMON, ['confidence', 'lang', 'extensions']), name: str, description: str, schema: str, version: str,
      extension_types: ens('extension-type-enum'), extension_properties: strings,
    },
    required: [...SDO_REQUIRED, 'created_by_ref', 'name', 'schema', 'version', 'extension_types'],
    forbidden: {
      confidence: extensionForbidden('confidence'),
      lang: extensionForbidden('lang'),
      extensions: extensionForbidden('extensions'),
      defanged: SCO_ONLY_REASON,
    },
    constraints: [MODIFIED_AFTER_CREATED, (o, ctx) => {
      const kinds = o.extension_types;
      if (o.extension_properties !== undefined && !(Array.isArray(kinds) && kinds.includes('toplevel-property-extension'))) {
        ctx.sink.error('forbidden_property', '$.extension_properties',
          '$.extension_properties may only be used when extension_types includes "toplevel-property-extension".');
      }
    }],
    advisePrefix: true,
  },
};
