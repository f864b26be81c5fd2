import { AuditLog } from '../audit/audit-log.js';
import { ExtractionThread } from '../ingest/extraction-thread.js';
import { AuthService } from '../services/auth-service.js';
import { CollectionService } from '../services/collection-service.js';
import { MarkingResolver } from '../services/marking-resolver.js';
import { ObjectDeleter } from '../services/object-deleter.js';
import { ObjectReader } from '../services/object-reader.js';
import { ObjectWriter } from '../services/object-writer.js';
import { systemContext } from '../services/context.js';
import { DEFAULT_SIGN_IN_LIMITS, SignInLimiter } from '../services/sign-in-limiter.js';
import { requireNodeSettings, type NodeSettings } from '../services/node-settings.js';
import { openStore, type StoreLocation } from '../store/open-store.js';
import type { Store } from '../store/store.js';

/** Everything a running node is made of, wired once. */
export interface Node {
  readonly store: Store;
  readonly settings: NodeSettings;
  readonly audit: AuditLog;
  readonly auth: AuthService;
  readonly collections: CollectionService;
  readonly writer: ObjectWriter;
  readonly reader: ObjectReader;
  readonly deleter: ObjectDeleter;
  /** The worker thread documents are extracted on, started at the first one. */
  readonly extraction: ExtractionThread;
  close(): Promise<void>;
}

/** Wires the services of an initialised node around an open store. */
export async function assembleNode(store: Store): Promise<Node> {
  const settings = await requireNodeSettings(store);
  const audit = new AuditLog(store);
  const markings = new MarkingResolver();
  const extraction = new ExtractionThread();
  return {
    store,
    settings,
    audit,
    auth: new AuthService(store, audit, new SignInLimiter(DEFAULT_SIGN_IN_LIMITS, Date.now, (name, limits) => audit.recordNotice(systemContext(settings.member), {
      action: 'auth.locked_out', target: name, detail: { failures: limits.maxFailures, window_minutes: limits.windowMs / 60_000 },
    }))),
    collections: new CollectionService(store, audit),
    writer: new ObjectWriter(store, settings, markings, audit),
    reader: new ObjectReader(store),
    deleter: new ObjectDeleter(store, audit),
    extraction,
    async close() {
      await extraction.close();
      await audit.flush();
      await store.close();
    },
  };
}

export async function openNode(location: StoreLocation): Promise<Node> {
  const store = await openStore(location);
  try {
    return await assembleNode(store);
  } catch (error) {
    await store.close();
    throw error;
  }
}
