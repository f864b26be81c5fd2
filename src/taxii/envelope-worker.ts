import { parentPort } from 'node:worker_threads';
import { HoggarError } from '../errors.js';
import { readEnvelope } from './envelope.js';
import type { EnvelopeReply, EnvelopeRequest } from './envelope-reader.js';

/** The envelope worker's loop: bytes in, prepared objects (or the refusal) out. */
parentPort!.on('message', ({ id, body }: EnvelopeRequest) => {
  let reply: EnvelopeReply;
  try {
    reply = { id, batch: readEnvelope(Buffer.from(body.buffer, body.byteOffset, body.byteLength)) };
  } catch (error) {
    reply = error instanceof HoggarError
      ? { id, refusal: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } }
      : { id, failure: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
