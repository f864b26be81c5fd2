import { parentPort } from 'node:worker_threads';
import type { StixObject } from '../stix/types.js';
import { IngestError } from './errors.js';
import { createExtractor, type Extractor } from './index.js';
import type { ExtractionReply, ExtractionRequest } from './extraction-thread.js';

/** Extractors by knowledge key, each built from the knowledge base it was last sent. */
const extractors = new Map<string, { stamp: string; extractor: Extractor }>();

/** The extraction worker's loop: a document (and, when it changed, the knowledge base) in, a draft or the error out. */
parentPort!.on('message', (request: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    if (request.knowledgeBase) {
      const knowledgeBase = request.knowledgeBase.map((json) => JSON.parse(json) as StixObject);
      extractors.set(request.key, { stamp: request.stamp, extractor: createExtractor({ knowledgeBase }) });
    }
    const built = extractors.get(request.key);
    if (built?.stamp !== request.stamp) throw new Error(`no extractor for ${request.key} at ${request.stamp}`);
    reply = { id: request.id, draft: built.extractor.extract(request.content, request.options) };
  } catch (error) {
    reply = error instanceof IngestError
      ? { id: request.id, refusal: { code: error.code, message: error.message } }
      : { id: request.id, failure: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
