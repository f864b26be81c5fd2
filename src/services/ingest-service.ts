import { randomUUID } from 'node:crypto';
import { HoggarError, badRequest, forbidden, notFound } from '../errors.js';
import type { DocLang } from '../ingest/index.js';
import { isMemberCode, memberIdentityId } from '../members/registry.js';
import { defaultCollectionId } from '../node/init-node.js';
import type { Node } from '../node/node.js';
import { HOGGAR_PROJECT_IDENTITY } from '../stix/hoggar-extensions.js';
import { releasabilityMarking, TLP2_MARKING_IDS, TLP_LEVELS, type TlpLevel } from '../stix/markings.js';
import { nowMicros } from '../stix/timestamps.js';
import type { StixObject } from '../stix/types.js';
import type { DraftRow } from '../store/queries/draft-queries.js';
import { accessFilterFor, type RequestContext } from './context.js';
import { applyCorrections, type Corrections } from './draft-corrections.js';
import type { ObjectOutcome } from './object-writer.js';

/** The node's own knowledge that the extractor matches names against. */
const KNOWLEDGE_TYPES = ['threat-actor', 'intrusion-set', 'identity', 'location', 'language-content'];

export interface IngestInput {
  readonly content: Uint8Array | string;
  readonly lang?: DocLang;
  readonly sourceName?: string;
  readonly contentType?: string;
}

export interface PublishInput {
  readonly tlp: TlpLevel;
  /** Member states the report is released to (a releasability marking); none: the TLP alone decides. */
  readonly releaseTo?: readonly string[];
  readonly corrections?: Corrections;
  readonly collectionId?: string;
}

export interface DraftView {
  readonly id: string;
  readonly state: string;
  readonly createdAt: string;
  readonly author: string;
  readonly sourceName: string | null;
  readonly language: string;
  readonly warnings: readonly string[];
  readonly reportId: string | null;
  readonly publishedAt: string | null;
  readonly bundle?: { readonly type: 'bundle'; readonly id: string; readonly objects: readonly StixObject[] };
  readonly text?: string;
}

const iso = (us: number | null) => (us === null ? null : new Date(us / 1000).toISOString());

function view(row: Omit<DraftRow, 'bundle_json' | 'document_text'> & Partial<Pick<DraftRow, 'bundle_json' | 'document_text'>>): DraftView {
  return {
    id: row.id, state: row.state, createdAt: iso(row.created_us)!, author: row.user_name, sourceName: row.source_name,
    language: row.language, warnings: JSON.parse(row.warnings_json) as string[], reportId: row.report_id, publishedAt: iso(row.published_us),
    ...(row.bundle_json ? { bundle: JSON.parse(row.bundle_json) } : {}),
    ...(row.document_text !== undefined ? { text: row.document_text } : {}),
  };
}

/** Public definitions and reference data travel exactly as their author wrote them. */
const isReferenceData = (o: StixObject) => o.created_by_ref === HOGGAR_PROJECT_IDENTITY.id || o.id === HOGGAR_PROJECT_IDENTITY.id;

/**
 * Documents become draft reports an analyst reviews, corrects and publishes. The matcher
 * is built from what the caller's member may read and rebuilt only when the store changed.
 */
export class IngestService {
  constructor(private readonly node: Node) {}

  private ensureAnalyst(ctx: RequestContext) {
    if (ctx.principal.role === 'peer') throw forbidden('peer accounts do not ingest documents');
  }

  /** What the caller's member may read of the node's knowledge, for the matcher, as stored JSON (the worker parses it). */
  private async knowledgeBase(ctx: RequestContext): Promise<string[]> {
    const knowledgeBase: string[] = [];
    let afterPk: number | undefined;
    for (;;) {
      const rows = await this.node.store.objects.listLatest({ access: accessFilterFor(ctx), types: KNOWLEDGE_TYPES, limit: 5000, ...(afterPk !== undefined ? { afterPk } : {}) });
      knowledgeBase.push(...rows.filter((r) => r.revoked === 0).map((r) => r.json));
      if (rows.length < 5000) break;
      afterPk = rows[rows.length - 1]!.pk;
    }
    return knowledgeBase;
  }

  async ingest(ctx: RequestContext, input: IngestInput): Promise<DraftView> {
    this.ensureAnalyst(ctx);
    // The matcher is rebuilt only when the store changed (its clock moved).
    const stamp = (await this.node.store.meta.get('clock_us')) ?? '0';
    const draft = await this.node.extraction.extract(ctx.principal.member, stamp, () => this.knowledgeBase(ctx), input.content, {
      ...(input.lang ? { lang: input.lang } : {}), ...(input.sourceName ? { sourceName: input.sourceName } : {}),
      ...(input.contentType ? { contentType: input.contentType } : {}),
    });
    const row: DraftRow = {
      id: randomUUID(), user_name: ctx.principal.name, member: ctx.principal.member, created_us: Number(nowMicros()),
      source_name: input.sourceName ?? null, language: draft.language, state: 'draft', bundle_json: JSON.stringify(draft.bundle),
      document_text: draft.text, warnings_json: JSON.stringify(draft.warnings), published_us: null, report_id: null,
    };
    await this.node.store.write(async (q) => {
      await q.drafts.insert(row);
      await this.node.audit.recordChange(q, ctx, { action: 'draft.create', target: row.id, detail: { source: row.source_name, objects: draft.bundle.objects.length } });
    });
    return view(row);
  }

  private async draftFor(ctx: RequestContext, id: string): Promise<DraftRow> {
    const row = await this.node.store.drafts.get(id);
    // Drafts are shared with the author's member (and administrators), like unpublished work.
    if (!row || (row.member !== ctx.principal.member && ctx.principal.role !== 'admin')) throw notFound(`draft ${id}`);
    return row;
  }

  async get(ctx: RequestContext, id: string): Promise<DraftView> {
    this.ensureAnalyst(ctx);
    return view(await this.draftFor(ctx, id));
  }

  async list(ctx: RequestContext, limit = 100): Promise<DraftView[]> {
    this.ensureAnalyst(ctx);
    const rows = await this.node.store.drafts.list(1000);
    return rows.filter((r) => r.member === ctx.principal.member || ctx.principal.role === 'admin').slice(0, limit).map(view);
  }

  async discard(ctx: RequestContext, id: string): Promise<void> {
    this.ensureAnalyst(ctx);
    const row = await this.draftFor(ctx, id);
    if (row.state !== 'draft') throw alreadyMoved(id, row.state);
    await this.node.store.write(async (q) => {
      if (!(await q.drafts.transition(id, 'draft', { state: 'discarded' }))) throw alreadyMoved(id, 'published or discarded');
      await this.node.audit.recordChange(q, ctx, { action: 'draft.discard', target: id });
    });
  }

  /**
   * Publishes a draft: applies the analyst's corrections, then the chosen markings and this
   * node's identity as creator to every object of the draft (public reference data excepted),
   * and stores it all. Objects the store refuses are reported; the rest are kept.
   */
  async publish(ctx: RequestContext, id: string, input: PublishInput): Promise<{ reportId: string; stored: number; outcomes: readonly ObjectOutcome[] }> {
    this.ensureAnalyst(ctx);
    if (!TLP_LEVELS.includes(input.tlp)) throw badRequest(`unknown TLP level "${input.tlp}": use ${TLP_LEVELS.join(', ')}`);
    for (const code of input.releaseTo ?? []) if (!isMemberCode(code)) throw badRequest(`unknown member "${code}" in the release list`);
    const row = await this.draftFor(ctx, id);
    if (row.state !== 'draft') throw alreadyMoved(id, row.state);
    const bundle = JSON.parse(row.bundle_json) as { objects: StixObject[] };
    const corrected = applyCorrections(bundle.objects, input.corrections ?? {});
    const rel = input.releaseTo?.length ? releasabilityMarking(input.releaseTo) : undefined;
    const markings = [TLP2_MARKING_IDS[input.tlp], ...(rel ? [rel.id] : [])];
    const creator = memberIdentityId(this.node.settings.member);
    const objects = corrected.map((o) => (isReferenceData(o) || o.type === 'extension-definition' ? o : { ...o, created_by_ref: creator, object_marking_refs: markings }));
    const report = objects.find((o) => o.type === 'report');
    if (!report) throw badRequest('the corrections removed the report itself; discard the draft instead');
    const collectionId = input.collectionId ?? (await defaultCollectionId(this.node.store));
    await this.node.collections.require(ctx, collectionId, 'write');
    // Claimed before anything is stored: of two publishes, or a publish and a discard, sent at
    // once, only one goes ahead and the other is told; the claim is undone if storing fails.
    // The objects' own audit row (objects.add) says which were stored.
    await this.node.store.write(async (q) => {
      const claimed = await q.drafts.transition(id, 'draft', {
        state: 'published', published_us: Number(nowMicros()), report_id: report.id, bundle_json: JSON.stringify({ ...bundle, objects }),
      });
      if (!claimed) throw alreadyMoved(id, 'published or discarded');
      await this.node.audit.recordChange(q, ctx, { action: 'draft.publish', target: id, detail: { report: report.id, tlp: input.tlp, release_to: input.releaseTo ?? null } });
    });
    let result;
    try {
      result = await this.node.writer.add(ctx, collectionId, [...(rel ? [rel] : []), ...objects]);
    } catch (error) {
      await this.node.store.write(async (q) => {
        await q.drafts.transition(id, 'published', { state: 'draft', published_us: null, report_id: null, bundle_json: row.bundle_json });
        await this.node.audit.recordChange(q, ctx, { action: 'draft.publish_undone', target: id, detail: { reason: (error as Error).message } });
      });
      throw error;
    }
    return { reportId: report.id, stored: result.outcomes.filter((o) => o.ok).length, outcomes: result.outcomes };
  }
}

const alreadyMoved = (id: string, state: string) => new HoggarError('conflict', `draft ${id} is already ${state}`);
