import { z } from 'zod';
import { isStixId, isStixTypeName } from '../stix/ids.js';
import { isTimestamp } from '../stix/timestamps.js';
import { MAX_PAGE_SIZE } from '../services/object-reader.js';

/**
 * A filter value: comma-separated, and/or the parameter repeated. A filter given with no value
 * at all is refused rather than ignored: silently widening a query to everything is the worse
 * surprise for a script whose variable came out empty.
 */
const commaList = (name: string) => z.union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0))
  .refine((values) => values.length > 0, `${name} needs at least one value`);

const VERSION_TOKEN = (v: string) => v === 'first' || v === 'last' || v === 'all' || isTimestamp(v);

const single = (name: string) => z.union([z.string(), z.array(z.string())])
  .refine((v) => !Array.isArray(v), `${name} may be given only once`)
  .transform((v) => v as string);

const timestampParam = (name: string) => single(name)
  .refine(isTimestamp, `${name} must be an RFC 3339 UTC timestamp such as 2026-01-31T12:00:00.000Z`);

const limitParam = single('limit')
  .refine((v) => /^\d{1,9}$/.test(v) && Number(v) >= 1, 'limit must be a positive integer')
  .transform((v) => Math.min(Number(v), MAX_PAGE_SIZE));

const idList = commaList('match[id]').refine((ids) => ids.every((id) => isStixId(id)), 'match[id] values must be STIX identifiers (type--uuid)');
const typeList = commaList('match[type]').refine((types) => types.every(isStixTypeName), 'match[type] values must be STIX type names');
const versionList = commaList('match[version]').refine((vs) => vs.every(VERSION_TOKEN), 'match[version] values must be first, last, all or timestamps');
const specList = commaList('match[spec_version]').refine((vs) => vs.every((v) => /^\d+\.\d+$/.test(v)), 'match[spec_version] values look like 2.1');

/** Query parameters of "get objects" and "get manifest". Unknown parameters are ignored, as TAXII allows. */
export const objectsQuerySchema = z.object({
  added_after: timestampParam('added_after').optional(),
  limit: limitParam.optional(),
  next: single('next').refine((v) => v.length <= 200, 'next is too long').optional(),
  'match[id]': idList.optional(),
  'match[type]': typeList.optional(),
  'match[version]': versionList.optional(),
  'match[spec_version]': specList.optional(),
});

/** "get an object" and "delete an object" take a subset. */
export const objectQuerySchema = objectsQuerySchema.omit({ 'match[id]': true, 'match[type]': true });

/** "get object versions" filters. */
export const versionsQuerySchema = objectsQuerySchema.pick({ added_after: true, limit: true, next: true, 'match[spec_version]': true });

export const collectionParams = z.object({ collectionId: z.string().min(1).max(200) });
export const objectParams = collectionParams.extend({
  objectId: z.string().refine((id) => isStixId(id), 'the object id must be a STIX identifier (type--uuid)'),
});
export const statusParams = z.object({ statusId: z.string().min(1).max(200) });

/** A TAXII envelope as posted; each object is validated on its own later. */
export const envelopeSchema = z.object({
  objects: z.array(z.unknown()).optional(),
  more: z.boolean().optional(),
  next: z.string().optional(),
}).passthrough();

export type ObjectsQuery = z.infer<typeof objectsQuerySchema>;
