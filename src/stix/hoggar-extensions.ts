import { deterministicStixId } from './ids.js';
import { RELEASABILITY_EXTENSION_ID, TLP2_MARKING_IDS } from './markings.js';
import type { StixObject } from './types.js';

/**
 * The identity that authors Hoggar's own definitions (extension-definitions require a
 * creator). Deterministic, so every node holds the very same object.
 */
export const HOGGAR_PROJECT_IDENTITY: StixObject = {
  type: 'identity',
  spec_version: '2.1',
  id: deterministicStixId('identity', 'hoggar:project'),
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  name: 'Hoggar project',
  identity_class: 'organization',
  description: 'Author of the STIX extensions Hoggar nodes use.',
  object_marking_refs: [TLP2_MARKING_IDS.clear],
};

const definition = (id: string, name: string, description: string): StixObject => ({
  type: 'extension-definition',
  spec_version: '2.1',
  id,
  created_by_ref: HOGGAR_PROJECT_IDENTITY.id,
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  name,
  description,
  schema: 'https://hoggar.invalid/extensions/README (see docs/ in the Hoggar repository)',
  version: '1.0.0',
  extension_types: ['property-extension'],
});

/** Releasability markings: `release_to` lists the ISO 3166-1 alpha-3 codes of the members an object is released to. */
export const RELEASABILITY_EXTENSION = definition(
  RELEASABILITY_EXTENSION_ID,
  'Hoggar releasability marking',
  'On a marking-definition: release_to (list of ISO 3166-1 alpha-3 member codes) names the member states the marked object is released to.',
);

/** Assessment events (incidents, attacks, seizures, border events) with the facts the dashboard counts. */
export const EVENT_EXTENSION_ID = 'extension-definition--7c1e4b2a-9d3f-4e6a-8b5c-2f0a1d3e4c57';
export const EVENT_EXTENSION = definition(
  EVENT_EXTENSION_ID,
  'Hoggar assessment event',
  'On an incident: event_date (YYYY-MM-DD), kind (attack | incident | seizure | border-event), category (counter-terrorism | organised-crime | border-security | arms-smuggling), country (ISO 3166-1 alpha-3), place, latitude, longitude, optional quantity {what, count}, and synthetic (true for demonstration data).',
);

/** Definitions every node serves, so clients and peers can read Hoggar's extensions. */
export const HOGGAR_DEFINITIONS: readonly StixObject[] = [HOGGAR_PROJECT_IDENTITY, RELEASABILITY_EXTENSION, EVENT_EXTENSION];
