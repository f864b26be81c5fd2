import { idTypeOf } from './properties.js';
import {
  childPath, describeValue, isPlainObject, itemPath, type Check, type CheckContext,
} from './validate-issues.js';
import { closedVocabulary } from './vocab.js';

/**
 * Extensions and custom properties (STIX 2.1 sections 7.3 and 11).
 *
 * An `extensions` key is an extension-definition id (whose value states its
 * extension_type), a predefined SCO extension name ("archive-ext"), or — still
 * accepted but deprecated — a free custom extension name. Custom properties
 * must follow the naming rule; the "x_" prefix is only advice.
 */
const CUSTOM_PROPERTY_NAME = /^[a-z0-9_]{3,250}$/;
const CUSTOM_EXTENSION_NAME = /^[a-z0-9-]{3,250}$/;
const EXTENSION_TYPES = closedVocabulary('extension-type-enum');

function checkIdLike(value: unknown, ctx: CheckContext, path: string): void {
  // Only strings that look like identifiers are held to the identifier form:
  // a custom "_ref" may legitimately hold something else.
  if (typeof value === 'string' && value.includes('--') && idTypeOf(value) === undefined) {
    ctx.sink.error('invalid_ref', path, `${path} looks like a STIX identifier but is not a valid "type--UUID" (version 4 or 5): ${describeValue(value)}.`);
  }
}

/** Applies the identifier rule to the values of custom `*_ref` and `*_refs` properties. */
function checkCustomValue(key: string, value: unknown, ctx: CheckContext, path: string): void {
  if (value === null) {
    ctx.sink.error('wrong_value_type', path, `${path} must not be null; omit the property instead.`);
  } else if (Array.isArray(value)) {
    if (value.length === 0) ctx.sink.error('empty_list', path, `${path} must not be an empty list; omit the property instead.`);
    else if (key.endsWith('_refs')) for (let i = 0; i < value.length; i++) checkIdLike(value[i], ctx, itemPath(path, i));
  } else if (key.endsWith('_ref')) {
    checkIdLike(value, ctx, path);
  }
}

/**
 * A property the object's type does not define. `advisePrefix` is false where
 * unprefixed names are expected: custom object types and top-level property extensions.
 */
export function checkCustomProperty(key: string, value: unknown, ctx: CheckContext, advisePrefix: boolean): void {
  const path = childPath('$', key);
  if (!CUSTOM_PROPERTY_NAME.test(key)) {
    ctx.sink.error('invalid_property_name', path,
      `Property ${JSON.stringify(key)} is not defined for ${ctx.type}; a custom property name must be 3–250 characters of a–z, 0–9 and "_".`);
    return;
  }
  if (advisePrefix && !key.startsWith('x_')) {
    ctx.sink.warn('custom_property_prefix', path, `Custom property ${JSON.stringify(key)} is not defined for ${ctx.type}; custom property names should start with "x_".`);
  }
  checkCustomValue(key, value, ctx, path);
}

/** Whether the object declares a top-level property extension (its properties sit beside the standard ones). */
export function hasToplevelExtension(extensions: unknown): boolean {
  if (!isPlainObject(extensions)) return false;
  for (const key of Object.keys(extensions)) {
    const body = extensions[key];
    if (isPlainObject(body) && body.extension_type === 'toplevel-property-extension') return true;
  }
  return false;
}

/** The extension types declared in `extensions` (new-sdo, property-extension, …). */
export function declaredExtensionTypes(extensions: unknown): Set<string> {
  const found = new Set<string>();
  if (!isPlainObject(extensions)) return found;
  for (const key of Object.keys(extensions)) {
    const body = extensions[key];
    if (isPlainObject(body) && typeof body.extension_type === 'string') found.add(body.extension_type);
  }
  return found;
}

function checkDefinedExtension(body: Record<string, unknown>, ctx: CheckContext, path: string): void {
  const kind = body.extension_type;
  const kindPath = childPath(path, 'extension_type');
  if (kind === undefined) {
    ctx.sink.error('missing_property', kindPath, `${kindPath} is required for an extension keyed by an extension-definition id.`);
  } else if (typeof kind !== 'string' || !EXTENSION_TYPES.has(kind)) {
    ctx.sink.error('closed_vocabulary', kindPath,
      `${kindPath} must be one of ${[...EXTENSION_TYPES].join(', ')}; got ${describeValue(kind)}.`);
  }
  for (const key of Object.keys(body)) {
    if (key.endsWith('_ref') || key.endsWith('_refs')) checkCustomValue(key, body[key], ctx, childPath(path, key));
  }
}

/** The `extensions` check of a type, knowing the predefined extension names it may use. */
export function extensionsCheck(predefined: readonly string[] = []): Check {
  const names = new Set(predefined);
  return (value, ctx, path) => {
    if (!isPlainObject(value)) {
      ctx.sink.error('wrong_value_type', path, `${path} must be a dictionary of extensions, not ${describeValue(value)}.`);
      return;
    }
    const keys = Object.keys(value);
    if (keys.length === 0) ctx.sink.error('empty_dictionary', path, `${path} must not be an empty dictionary; omit the property instead.`);
    for (const key of keys) {
      const at = childPath(path, key);
      const body = value[key];
      if (!isPlainObject(body)) {
        ctx.sink.error('wrong_value_type', at, `${at} must be an object holding the extension's properties, not ${describeValue(body)}.`);
      } else if (idTypeOf(key) === 'extension-definition') {
        checkDefinedExtension(body, ctx, at);
      } else if (names.has(key)) {
        if (Object.keys(body).length === 0) ctx.sink.error('empty_dictionary', at, `${at} must hold at least one property.`);
      } else if (CUSTOM_EXTENSION_NAME.test(key)) {
        ctx.sink.warn('deprecated_custom_extension', at,
          `Extension ${JSON.stringify(key)} is keyed by a name, not an extension-definition id; such custom extensions are deprecated in STIX 2.1.`);
      } else {
        ctx.sink.error('invalid_extension_key', at,
          `Extension key ${JSON.stringify(key)} must be an extension-definition id${names.size ? ` or one of ${[...names].join(', ')}` : ''}.`);
      }
    }
  };
}
