import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { member as memberOf, memberIdentityId } from '../members/registry.js';
import countries from 'i18n-iso-countries';
import { EVENT_EXTENSION_ID } from '../stix/hoggar-extensions.js';
import { deterministicStixId } from '../stix/ids.js';
import { releasabilityMarking, TLP2_MARKING_IDS } from '../stix/markings.js';
import type { StixObject } from '../stix/types.js';
import { demoFile } from './demo-paths.js';

const eventSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  country: z.string().regex(/^[A-Z]{3}$/),
  kind: z.enum(['attack', 'incident', 'seizure', 'border-event']),
  category: z.enum(['counter-terrorism', 'organised-crime', 'border-security', 'arms-smuggling']),
  place: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  summary_en: z.string().min(1),
  summary_fr: z.string().min(1),
  summary_ar: z.string().min(1),
  quantity: z.object({ what: z.string(), count: z.number().int().nonnegative() }).optional(),
});
const fileSchema = z.object({ synthetic: z.literal(true), events: z.array(eventSchema) });

export type DemoEvent = z.infer<typeof eventSchema>;

/** The field countries share the demo events among themselves. */
export const DEMO_RELEASE = ['DZA', 'MLI', 'MRT', 'NER'];

export function loadDemoEvents(): DemoEvent[] {
  return fileSchema.parse(JSON.parse(readFileSync(demoFile('events.json'), 'utf8'))).events;
}

/**
 * One synthetic event as STIX: an incident carrying the assessment facts in Hoggar's event
 * extension, the place as a location, the link between them, and the summary in French and
 * Arabic as language-content. Ids derive from the event, so loading twice adds nothing.
 */
export function eventToStix(event: DemoEvent, index: number): StixObject[] {
  const timestamp = `${event.date}T12:00:00.000Z`;
  const key = `demo-event:${index}:${event.date}:${event.place}`;
  const markings = [TLP2_MARKING_IDS.green, releasabilityMarking(DEMO_RELEASE).id];
  const creator = memberOf(event.country) && DEMO_RELEASE.includes(event.country) ? memberIdentityId(event.country) : undefined;
  const common = { spec_version: '2.1', created: timestamp, modified: timestamp, object_marking_refs: markings, ...(creator ? { created_by_ref: creator } : {}) };
  const incident: StixObject = {
    type: 'incident', id: deterministicStixId('incident', key), ...common,
    name: event.summary_en,
    description: `Synthetic demonstration event (${event.kind}, ${event.category}) at ${event.place}.`,
    labels: ['synthetic', event.kind, event.category],
    extensions: {
      [EVENT_EXTENSION_ID]: {
        extension_type: 'property-extension', event_date: event.date, kind: event.kind, category: event.category,
        country: event.country, place: event.place, latitude: event.lat, longitude: event.lon,
        ...(event.quantity ? { quantity: event.quantity } : {}), synthetic: true,
      },
    },
  };
  const alpha2 = countries.alpha3ToAlpha2(event.country);
  const location: StixObject = {
    type: 'location', id: deterministicStixId('location', `demo-place:${event.place}:${event.lat}:${event.lon}`), ...common,
    name: event.place, latitude: event.lat, longitude: event.lon, ...(alpha2 ? { country: alpha2 } : {}),
  };
  const link: StixObject = {
    type: 'relationship', id: deterministicStixId('relationship', `${key}:located-at`), ...common,
    relationship_type: 'located-at', source_ref: incident.id, target_ref: location.id,
  };
  const translations: StixObject = {
    type: 'language-content', id: deterministicStixId('language-content', `${key}:names`), ...common,
    object_ref: incident.id, object_modified: timestamp,
    contents: { fr: { name: event.summary_fr }, ar: { name: event.summary_ar } },
  };
  return [incident, location, link, translations];
}
