import { afterEach, describe, expect, it } from 'vitest';
import { HoggarError } from '../../src/errors.js';
import { readEnvelope } from '../../src/taxii/envelope.js';
import { EnvelopeReader } from '../../src/taxii/envelope-reader.js';
import { identity, threatActor } from '../factories/stix.js';

const bytes = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

/** An envelope with valid objects in two scripts, an invalid one and a non-object. */
function mixedEnvelope() {
  return { objects: [identity(), threatActor({ name: 'كتيبة ماسينا', aliases: ['Katiba Macina'] }), { type: 'indicator', id: 'nope' }, 42] };
}

async function refusal(promise: Promise<unknown>): Promise<HoggarError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(HoggarError);
  return error as HoggarError;
}

describe('EnvelopeReader (the envelope worker)', () => {
  const readers: EnvelopeReader[] = [];
  const onWorker = () => { const r = new EnvelopeReader({ minWorkerBytes: 0 }); readers.push(r); return r; };
  afterEach(async () => { for (const r of readers.splice(0)) await r.close(); });

  it('prepares an envelope on the worker exactly as the calling thread does', async () => {
    const envelope = mixedEnvelope();
    const batch = await onWorker().read(bytes(envelope));
    expect(batch).toEqual(readEnvelope(bytes(envelope)));
    expect(batch.accepted.map((a) => a.index)).toEqual([0, 1]);
    expect(JSON.parse(batch.accepted[1]!.json)).toEqual(envelope.objects[1]);
    expect(batch.refused.map((r) => [r.index, r.id])).toEqual([[2, 'nope'], [3, undefined]]);
  });

  it('refuses what is not an envelope with the same error as the calling thread', async () => {
    const reader = onWorker();
    const bundle = bytes({ type: 'bundle', id: 'bundle--1', objects: [] });
    const error = await refusal(reader.read(bundle));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe((await refusal(Promise.resolve().then(() => readEnvelope(bundle)))).message);
    expect((await refusal(reader.read(Buffer.from('{"objects": [', 'utf8')))).message).toMatch(/not valid JSON/);
    const wrongShape = await refusal(reader.read(bytes({ objects: 'none' })));
    expect(wrongShape.message).toMatch(/invalid envelope: objects/);
    expect(wrongShape.details).toHaveProperty('issues');
  });

  it('leaves the bytes around a body it does not own intact', async () => {
    const envelope = bytes(mixedEnvelope());
    const shared = Buffer.concat([Buffer.from('before|'), envelope, Buffer.from('|after')]);
    const body = shared.subarray(7, 7 + envelope.length);
    const batch = await onWorker().read(body);
    expect(batch.accepted).toHaveLength(2);
    expect(shared.subarray(0, 7).toString()).toBe('before|');
    expect(shared.subarray(shared.length - 6).toString()).toBe('|after');
  });

  it('answers envelopes in flight together, each with its own objects, and starts again after close', async () => {
    const reader = onWorker();
    const envelopes = Array.from({ length: 6 }, (_, i) => ({ objects: [identity({ name: `Source ${i}` })] }));
    const batches = await Promise.all(envelopes.map((e) => reader.read(bytes(e))));
    expect(batches.map((b) => JSON.parse(b.accepted[0]!.json).name)).toEqual(envelopes.map((_, i) => `Source ${i}`));
    await reader.close();
    expect((await reader.read(bytes(envelopes[0]))).accepted).toHaveLength(1);
  });

  it('fails only the envelopes a dying worker held, and reads the next one on a new worker', async () => {
    const reader = onWorker();
    await reader.read(bytes(mixedEnvelope()));
    const worker = reader.current!;
    const held = reader.read(bytes({ objects: Array.from({ length: 10000 }, () => identity()) }));
    await worker.terminate();
    const error = await refusal(held);
    expect([error.code, error.message]).toEqual(['unavailable', expect.stringMatching(/envelope worker stopped .*send it again/)]);
    const next = await reader.read(bytes(mixedEnvelope()));
    expect(next.accepted).toHaveLength(2);
  });

  it('reads small bodies in the calling thread', async () => {
    const reader = new EnvelopeReader();
    readers.push(reader);
    expect((await reader.read(bytes(mixedEnvelope()))).accepted).toHaveLength(2);
    expect((await refusal(reader.read(undefined))).message).toMatch(/no body/);
  });
});
