import { randomUUID } from 'node:crypto';

/** Deterministic-looking synthetic STIX objects for benchmarks: a realistic mix of types and sizes. */
const KINDS = ['indicator', 'identity', 'threat-actor', 'location', 'relationship', 'report', 'note', 'incident', 'malware', 'tool'] as const;
export type BenchKind = (typeof KINDS)[number];

function base(type: string, i: number) {
  const created = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
  return { type, spec_version: '2.1', id: `${type}--${randomUUID()}`, created, modified: created };
}

export function generateObject(i: number): Record<string, unknown> {
  const kind = KINDS[i % KINDS.length]!;
  const o = base(kind, i);
  switch (kind) {
    case 'indicator':
      return { ...o, name: `Suspicious host ${i}`, pattern: `[ipv4-addr:value = '10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}']`, pattern_type: 'stix', valid_from: o.created, indicator_types: ['malicious-activity'] };
    case 'identity':
      return { ...o, name: `Source ${i}`, identity_class: 'organization', sectors: ['defense'] };
    case 'threat-actor':
      return { ...o, name: `Katiba ${i}`, threat_actor_types: ['terrorist'], aliases: [`K${i}`, `كتيبة ${i}`] };
    case 'location':
      return { ...o, name: `Place ${i}`, country: 'DZ', latitude: 22.785 + (i % 100) / 1000, longitude: 5.5228 };
    case 'relationship':
      return { ...o, relationship_type: 'located-at', source_ref: `threat-actor--${randomUUID()}`, target_ref: `location--${randomUUID()}` };
    case 'report':
      return { ...o, name: `Daily report ${i}`, published: o.created, report_types: ['threat-report'], object_refs: [`threat-actor--${randomUUID()}`, `location--${randomUUID()}`] };
    case 'note':
      return { ...o, content: `Convoy sighted near the border crossing, report ${i}.`, object_refs: [`location--${randomUUID()}`] };
    case 'incident':
      return { ...o, name: `Incident ${i}`, description: 'Clearly labelled synthetic event for benchmarking.' };
    case 'malware':
      return { ...o, name: `Implant ${i}`, is_family: false, malware_types: ['remote-access-trojan'] };
    case 'tool':
      return { ...o, name: `Tool ${i}`, tool_types: ['remote-access'] };
  }
}

export function generateObjects(count: number, offset = 0): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => generateObject(offset + i));
}
