import { HoggarError } from '../errors.js';
import { parseJsonBody, parseWith } from '../http/validate.js';
import { prepareObjects, type PreparedBatch } from '../stix/prepare.js';
import { MAX_ENVELOPE_OBJECTS } from './limits.js';
import { envelopeSchema } from './schemas.js';

/**
 * Reads a POSTed TAXII envelope (bytes) into prepared objects: the body must be JSON, an
 * envelope and not a bundle; each object in it is then validated on its own, so one bad
 * object is reported in the status resource rather than refusing the envelope. Pure: it
 * runs on the envelope worker (envelope-worker.ts) or in the calling thread.
 */
export function readEnvelope(body: unknown): PreparedBatch {
  const parsed = parseJsonBody(body);
  if (typeof parsed === 'object' && parsed !== null && (parsed as { type?: unknown }).type === 'bundle') {
    throw new HoggarError('bad_request', 'TAXII 2.1 takes an envelope {"objects": [...]}, not a STIX bundle; send the bundle\'s objects in an envelope');
  }
  const envelope = parseWith(envelopeSchema, parsed, 'envelope');
  const objects = envelope.objects ?? [];
  if (objects.length > MAX_ENVELOPE_OBJECTS) {
    throw new HoggarError('too_large', `this envelope holds ${objects.length} objects; this server takes at most ${MAX_ENVELOPE_OBJECTS} in one request, so send them in several envelopes`);
  }
  return prepareObjects(objects);
}
