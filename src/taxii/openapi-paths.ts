import { API_ROOT_PATH, DISCOVERY_PATH } from './routes.js';
import { TAXII_MEDIA_TYPE } from './media-types.js';

/** The TAXII 2.1 resources as OpenAPI operations (the specification defines their bodies). */
const taxiiBody = (description: string) => ({
  description,
  content: { [TAXII_MEDIA_TYPE]: { schema: { type: 'object' } } },
});

const errors = {
  '400': taxiiBody('bad filter or body (TAXII error message)'),
  '401': taxiiBody('no or wrong credentials'),
  '403': taxiiBody('no right on the collection'),
  '404': taxiiBody('no such API root, collection, object or status'),
  '406': taxiiBody('the Accept header does not admit TAXII 2.1'),
  '429': taxiiBody('too many failed sign-ins for this user name: wait for Retry-After seconds, or use a token'),
  '503': taxiiBody('the server is reading as many request bodies as it allows (retry after Retry-After seconds), or its store is unavailable'),
};

const q = (name: string, description: string) => ({ name, in: 'query', required: false, schema: { type: 'string' }, description });
const p = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });

const pageFilters = [
  q('added_after', 'only objects this server added after this timestamp'),
  q('limit', 'largest page wanted'),
  q('next', 'the "next" value of the previous page'),
];
const matchFilters = [
  q('match[id]', 'comma-separated object ids'),
  q('match[type]', 'comma-separated STIX type names (lowercase letters, digits and single hyphens, 3 to 250 characters)'),
  q('match[version]', 'first, last (default), all, or timestamps; comma-separated'),
  q('match[spec_version]', 'comma-separated STIX versions'),
];
const objectPath = `${API_ROOT_PATH}collections/:collectionId/objects/:objectId/`;

export const TAXII_OPERATIONS = [
  { method: 'get', path: DISCOVERY_PATH, summary: 'Server discovery', parameters: [], responses: { '200': taxiiBody('discovery resource'), ...errors } },
  { method: 'get', path: API_ROOT_PATH, summary: 'API root information', parameters: [], responses: { '200': taxiiBody('api-root resource'), ...errors } },
  { method: 'get', path: `${API_ROOT_PATH}status/:statusId/`, summary: 'Status of an add-objects request', parameters: [p('statusId')], responses: { '200': taxiiBody('status resource'), ...errors } },
  { method: 'get', path: `${API_ROOT_PATH}collections/`, summary: 'Collections you may use', parameters: [], responses: { '200': taxiiBody('collections resource'), ...errors } },
  { method: 'get', path: `${API_ROOT_PATH}collections/:collectionId/`, summary: 'One collection', parameters: [p('collectionId')], responses: { '200': taxiiBody('collection resource'), ...errors } },
  { method: 'get', path: `${API_ROOT_PATH}collections/:collectionId/manifest/`, summary: 'Object manifests', parameters: [p('collectionId'), ...pageFilters, ...matchFilters], responses: { '200': taxiiBody('manifest resource (X-TAXII-Date-Added-First/-Last headers)'), ...errors } },
  { method: 'get', path: `${API_ROOT_PATH}collections/:collectionId/objects/`, summary: 'Get objects', parameters: [p('collectionId'), ...pageFilters, ...matchFilters], responses: { '200': taxiiBody('envelope (X-TAXII-Date-Added-First/-Last headers)'), ...errors } },
  {
    method: 'post', path: `${API_ROOT_PATH}collections/:collectionId/objects/`, summary: 'Add objects (an envelope)', parameters: [p('collectionId')],
    requestBody: { required: true, content: { [TAXII_MEDIA_TYPE]: { schema: { type: 'object', properties: { objects: { type: 'array' } } } } } },
    responses: { '202': taxiiBody('status resource'), '413': taxiiBody('body over max_content_length'), '415': taxiiBody('wrong Content-Type'), ...errors },
  },
  { method: 'get', path: objectPath, summary: 'Get an object', parameters: [p('collectionId'), p('objectId'), ...pageFilters, q('match[version]', 'first, last, all or timestamps'), q('match[spec_version]', 'STIX versions')], responses: { '200': taxiiBody('envelope'), ...errors } },
  { method: 'delete', path: objectPath, summary: 'Delete an object', parameters: [p('collectionId'), p('objectId'), q('match[version]', 'which versions'), q('match[spec_version]', 'STIX versions')], responses: { '200': { description: 'deleted' }, ...errors } },
  { method: 'get', path: `${objectPath}versions/`, summary: 'Versions of an object', parameters: [p('collectionId'), p('objectId'), ...pageFilters, q('match[spec_version]', 'STIX versions')], responses: { '200': taxiiBody('versions resource'), ...errors } },
];
