import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { HoggarError } from '../errors.js';
import { openTextSink } from './text-sink.js';

const dir = mkdtempSync(join(tmpdir(), 'hoggar-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openTextSink', () => {
  it('writes a file under a temporary name and gives it its name only when finished', async () => {
    const target = join(dir, 'bundle.json');
    writeFileSync(target, 'the previous export');
    const sink = await openTextSink(target, new PassThrough());
    await sink.write('{"objects":[');
    await sink.write(']}');
    expect(readFileSync(target, 'utf8')).toBe('the previous export');
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toHaveLength(1);
    await sink.finish();
    expect(readFileSync(target, 'utf8')).toBe('{"objects":[]}');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['bundle.json']);
  });

  it('compresses into a file or onto standard output with gzip, whole once finished', async () => {
    const text = JSON.stringify({ objects: Array.from({ length: 3000 }, (_, i) => ({ name: `مصدر ${i}` })) });
    const target = join(dir, 'bundle.json.gz');
    const file = await openTextSink(target, new PassThrough(), { gzip: true });
    for (let i = 0; i < text.length; i += 10_000) await file.write(text.slice(i, i + 10_000));
    await file.finish();
    expect(gunzipSync(readFileSync(target)).toString('utf8')).toBe(text);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const stdout = await openTextSink(undefined, out, { gzip: true });
    await stdout.write(text);
    await stdout.finish();
    expect(gunzipSync(Buffer.concat(chunks)).toString('utf8')).toBe(text);
  });

  it('leaves nothing behind when aborted', async () => {
    const target = join(dir, 'aborted.json');
    const sink = await openTextSink(target, new PassThrough());
    await sink.write('half a bundle');
    sink.abort();
    expect(readdirSync(dir).filter((name) => name.includes('aborted'))).toEqual([]);
  });

  it('refuses a file in a missing directory with a plain error', async () => {
    await expect(openTextSink(join(dir, 'missing', 'x.json'), new PassThrough())).rejects.toThrow(/cannot write .*x\.json: its directory does not exist/);
  });

  it('turns a stream error into a rejected write instead of an unhandled event', async () => {
    const broken = new Writable({ highWaterMark: 1, write: (_chunk, _encoding, done) => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })) });
    const sink = await openTextSink(undefined, broken);
    const failure = await (async () => { for (let i = 0; i < 5; i++) await sink.write('x'); })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HoggarError);
    expect((failure as HoggarError).message).toBe('cannot write standard output: its reader closed it before the end');
  });
});
