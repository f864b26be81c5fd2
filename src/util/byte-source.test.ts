import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { bytesAt, bytesSource, openSource } from './byte-source.js';

const dir = mkdtempSync(join(tmpdir(), 'hoggar-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('byte sources', () => {
  it('reads a file by position, and stops at its end', async () => {
    const file = join(dir, 'a.json');
    writeFileSync(file, '0123456789');
    const source = await openSource(file, Readable.from([]));
    expect(source.size).toBe(10);
    expect(bytesAt(source, 3, 7).toString()).toBe('3456');
    const target = new Uint8Array(8);
    expect(source.read(target, 6)).toBe(4);
    expect(() => bytesAt(source, 8, 12)).toThrow(/ended at byte 10, before byte 12/);
    source.close();
    expect(existsSync(file)).toBe(true);
  });

  it('copies standard input to a private file that is unlinked at once, so nothing is left behind', async () => {
    const temp = join(dir, 'temp');
    mkdirSync(temp);
    const source = await openSource('-', Readable.from([Buffer.from('{"type":'), Buffer.from('"bundle"}')]), temp);
    expect(readdirSync(temp)).toEqual([]);
    expect(bytesAt(source, 0, source.size).toString()).toBe('{"type":"bundle"}');
    source.close();
  });

  it('inflates a gzip-compressed file or standard input into a private file, and refuses a broken or oversized one', async () => {
    const bundle = JSON.stringify({ type: 'bundle', objects: Array.from({ length: 2000 }, (_, i) => ({ name: `مصدر ${i}` })) });
    const file = join(dir, 'bundle.json.gz');
    writeFileSync(file, gzipSync(bundle));
    const temp = join(dir, 'inflate-temp');
    mkdirSync(temp);
    for (const source of [await openSource(file, Readable.from([]), temp), await openSource('-', Readable.from([gzipSync(bundle)]), temp)]) {
      expect(readdirSync(temp)).toEqual([]);
      expect(bytesAt(source, 0, source.size).toString()).toBe(bundle);
      source.close();
    }
    const broken = join(dir, 'broken.json.gz');
    writeFileSync(broken, Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from('not really gzip')]));
    await expect(openSource(broken, Readable.from([]), temp)).rejects.toThrow(/starts like a gzip file but cannot be inflated/);
    await expect(openSource(file, Readable.from([]), temp, 1000)).rejects.toThrow(/inflates to more than 0\.0 GB, what .* has free for it/);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('reads a named pipe once, from the descriptor it opened, and refuses a directory', async () => {
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // The writer's open waits on the thread pool until the source opens the pipe for reading.
    const written = writeFile(fifo, '{"objects":[]}');
    const source = await openSource(fifo, Readable.from([]));
    await written;
    expect(bytesAt(source, 0, source.size).toString()).toBe('{"objects":[]}');
    source.close();
    await expect(openSource(dir, Readable.from([]))).rejects.toThrow(/is a directory; give a bundle file, or - for standard input/);
  });

  it('answers a missing file with the path it could not open', async () => {
    const missing = join(dir, 'missing.json');
    await expect(openSource(missing, Readable.from([]))).rejects.toMatchObject({ code: 'not_found', message: `the file ${missing} does not exist` });
  });

  it('reads bytes already in memory the same way', () => {
    const source = bytesSource(Buffer.from('abcdef'));
    expect(bytesAt(source, 1, 4).toString()).toBe('bcd');
    expect(source.read(new Uint8Array(4), 6)).toBe(0);
  });
});
