/**
 * Random federation scenarios: objects of several types under random markings (TLP
 * levels, none, releasability lists of random member subsets, several lists at once,
 * granular and statement markings), created at random nodes, then new versions and
 * revocations made at nodes that hold the previous version. Every version is recorded
 * with where it was made, so the release model can say who must hold it.
 */
import { memberIdentityId } from '../../src/members/registry.js';
import { releasabilityMarking } from '../../src/stix/markings.js';
import type { StixObject } from '../../src/stix/types.js';
import * as f from '../factories/stix.js';
import { versionKeyOf, type VersionKey } from './holdings.js';
import type { Prng } from './prng.js';
import { mustHold, TLP_ID, type ModelVersion, type Tlp } from './release-model.js';

export interface TrackedVersion extends ModelVersion {
  readonly key: VersionKey;
  readonly object: StixObject;
}

/** One envelope a node's admin posts: marking definitions first, then the objects. */
export interface Creation {
  readonly origin: string;
  readonly envelope: StixObject[];
  /** The versions (not the marking definitions) it carries. */
  readonly versions: TrackedVersion[];
}

const TLP_CHOICES: readonly (Tlp | 'none')[] = ['clear', 'green', 'amber', 'amber+strict', 'red', 'none'];
const NAMED_MAKERS = [f.threatActor, f.intrusionSet, f.campaign, f.malware, f.tool, f.location, f.identity, f.vulnerability, f.infrastructure];

export class ScenarioBuilder {
  /** Releasability marking id → the members the test asked it for. */
  readonly lists = new Map<string, readonly string[]>();
  readonly versions: TrackedVersion[] = [];
  /** Every marking-definition the scenario created (they reach every node). */
  readonly definitions = new Map<string, StixObject>();
  private readonly latest = new Map<string, TrackedVersion>();
  private clockMs: number;

  /**
   * @param members the cluster's member codes
   * @param outsiders members with no node in the cluster (they may appear in lists and as authors)
   */
  constructor(private readonly rng: Prng, readonly members: readonly string[], private readonly outsiders: readonly string[] = ['TCD', 'BFA'], startMs = Date.parse('2026-02-01T00:00:00.000Z')) {
    this.clockMs = startMs + rng.int(0, 10_000_000) * 1000;
  }

  private timestamp(): string {
    this.clockMs += this.rng.int(1, 5000);
    return new Date(this.clockMs).toISOString();
  }

  /** A releasability marking for these members, remembered for the model. */
  rel(members: readonly string[]): StixObject {
    const marking = releasabilityMarking(members);
    this.lists.set(marking.id, [...members]);
    this.definitions.set(marking.id, marking);
    return marking;
  }

  /** Random markings: [object_marking_refs, granular_markings, definitions to send along]. */
  randomMarkings(hasName: boolean): { refs: string[]; granular: object[]; definitions: StixObject[] } {
    const { rng } = this;
    const refs: string[] = [];
    const granular: object[] = [];
    const definitions: StixObject[] = [];
    const tlp = rng.pick(TLP_CHOICES);
    if (tlp !== 'none') refs.push(TLP_ID[tlp]);
    const pool = [...this.members, ...this.outsiders];
    const lists = rng.chance(0.45) ? 0 : rng.chance(0.15) ? 2 : 1;
    for (let i = 0; i < lists; i++) {
      const marking = this.rel(rng.subset(pool, rng.pick([0.3, 0.5, 0.8])));
      definitions.push(marking);
      refs.push(marking.id);
    }
    if (rng.chance(0.1)) {
      const statement = f.statementMarking(`Handling note ${rng.int(1, 1e6)}`, { id: `marking-definition--${rng.uuid()}` });
      this.definitions.set(statement.id, statement);
      definitions.push(statement);
      refs.push(statement.id);
    }
    if (hasName && rng.chance(0.25)) {
      if (rng.chance(0.5)) {
        granular.push({ marking_ref: TLP_ID[rng.pick(['clear', 'green', 'amber', 'red'] as const)], selectors: ['name'] });
      } else {
        const marking = this.rel(rng.subset(pool, 0.6));
        definitions.push(marking);
        granular.push({ marking_ref: marking.id, selectors: ['name'] });
      }
    }
    if (hasName && rng.chance(0.05)) granular.push({ lang: 'fr', selectors: ['name'] });
    return { refs, granular, definitions };
  }

  private author(origin: string): string | undefined {
    const { rng } = this;
    if (rng.chance(0.8)) return origin;
    if (rng.chance(0.5)) return undefined;
    return rng.pick([...this.members.filter((m) => m !== origin), ...this.outsiders]);
  }

  /** A new object made at `origin`, with its marking definitions. */
  newObject(origin: string): Creation {
    const { rng } = this;
    const kind = rng.int(0, 9);
    const markings = this.randomMarkings(kind < 8);
    const ts = this.timestamp();
    const author = kind === 9 ? undefined : this.author(origin);
    // Only SDOs may be the ends of a relationship; reports and notes may point at anything.
    const known = [...this.latest.values()].filter((v) => v.object.type !== 'ipv4-addr' && v.object.type !== 'relationship').map((v) => v.object.id);
    const common = (type: string) => ({
      id: `${type}--${rng.uuid()}`,
      ...(kind === 9 ? {} : { created: ts, modified: ts, created_by_ref: author ? memberIdentityId(author) : undefined }),
      object_marking_refs: markings.refs.length ? markings.refs : undefined,
      granular_markings: markings.granular.length ? markings.granular : undefined,
    });
    let object: StixObject;
    if (kind < 7) {
      const make = rng.pick(NAMED_MAKERS);
      object = make(common(make().type));
    } else if (kind === 7) {
      const refs = rng.subset(known, 0.2).slice(0, 5);
      object = f.report(refs.length ? refs : [memberIdentityId(origin)], common('report'));
    } else if (kind === 8 && known.length >= 2) {
      object = f.relationship(rng.pick(known), rng.pick(known), 'related-to', common('relationship'));
    } else if (kind === 8) {
      object = f.note([memberIdentityId(origin)], common('note'));
    } else {
      object = f.ipv4(`10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`, common('ipv4-addr'));
    }
    return this.track(origin, object, author, markings.definitions);
  }

  /**
   * A new version of a random object, made at a node that must hold its latest version;
   * sometimes revoking it, sometimes under new markings. Undefined when nothing qualifies.
   */
  newVersion(): Creation | undefined {
    const { rng } = this;
    const candidates = [...this.latest.values()].filter((v) => v.object.modified !== undefined && v.object.revoked !== true);
    if (candidates.length === 0) return undefined;
    const previous = rng.pick(candidates);
    const holders = this.members.filter((m) => mustHold(previous, this.lists, m));
    if (holders.length === 0) return undefined;
    const origin = rng.pick(holders);
    const revoke = rng.chance(0.3);
    const hasName = typeof previous.object.name === 'string';
    const markings = !revoke && rng.chance(0.4) ? this.randomMarkings(hasName) : undefined;
    const object: Record<string, unknown> = {
      ...previous.object,
      modified: this.later(previous.object.modified as string),
      ...(revoke ? { revoked: true } : { labels: [`revision-${rng.int(1, 1e6)}`] }),
    };
    if (markings) {
      delete object.object_marking_refs;
      delete object.granular_markings;
      if (markings.refs.length) object.object_marking_refs = markings.refs;
      if (markings.granular.length) object.granular_markings = markings.granular;
    }
    return this.track(origin, object as StixObject, previous.author, markings?.definitions ?? this.definitionsOf(previous.object));
  }

  private later(modified: string): string {
    const next = Math.max(Date.parse(modified) + this.rng.int(1, 60_000), this.clockMs + 1);
    this.clockMs = next;
    return new Date(next).toISOString();
  }

  private definitionsOf(object: StixObject): StixObject[] {
    const refs = [...(object.object_marking_refs ?? []), ...(object.granular_markings ?? []).flatMap((g) => (g.marking_ref ? [g.marking_ref] : []))];
    return refs.flatMap((id) => (this.definitions.has(id) ? [this.definitions.get(id)!] : []));
  }

  private track(origin: string, object: StixObject, author: string | undefined, definitions: StixObject[]): Creation {
    const version: TrackedVersion = { key: versionKeyOf(object), object, origin, ...(author ? { author } : {}) };
    this.versions.push(version);
    this.latest.set(object.id, version);
    return { origin, envelope: [...definitions, object], versions: [version] };
  }

  /** Every id the scenario made (objects and marking definitions): the universe checks look at. */
  ids(): Set<string> {
    return new Set([...this.versions.map((v) => v.object.id), ...this.definitions.keys()]);
  }

  /** The versions a node of `member` must hold, plus every marking definition. */
  expectedAt(member: string): Set<VersionKey> {
    const keys = new Set(this.versions.filter((v) => mustHold(v, this.lists, member)).map((v) => v.key));
    for (const definition of this.definitions.values()) keys.add(versionKeyOf(definition));
    return keys;
  }
}

/** Merges creations made at the same node into one envelope each (definitions first, no repeats). */
export function byOrigin(creations: readonly Creation[]): Creation[] {
  const merged = new Map<string, Creation>();
  for (const c of creations) {
    const into = merged.get(c.origin) ?? { origin: c.origin, envelope: [], versions: [] };
    merged.set(c.origin, into);
    into.versions.push(...c.versions);
    into.envelope.push(...c.envelope);
  }
  for (const c of merged.values()) {
    const defs = new Map<string, StixObject>();
    const rest: StixObject[] = [];
    for (const o of c.envelope) {
      if (o.type === 'marking-definition') defs.set(o.id, o);
      else rest.push(o);
    }
    c.envelope.splice(0, c.envelope.length, ...defs.values(), ...rest);
  }
  return [...merged.values()];
}
