import { createReadStream, fstatSync, mkdtempSync, openSync, closeSync, readFileSync, readSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable, Transform, Writable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { badRequest, HoggarError, notFound } from '../errors.js';

/**
 * Bytes read by position, a window at a time: a file of any size, or bytes already in memory.
 * A bundle is read through one so that its size is bounded by the disk, not by the heap (one
 * Buffer stops at 2 GiB, one string at about 512 MB).
 */
export interface ByteSource {
  readonly size: number;
  /** Copies up to `target.length` bytes from `position` into `target`; returns how many. */
  read(target: Uint8Array, position: number): number;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read(target, position) {
      const end = Math.min(bytes.length, position + target.length);
      target.set(bytes.subarray(position, end));
      return Math.max(0, end - position);
    },
  };
}

/** The bytes from `start` to `end` of a source, as one Buffer (for spans known to be small). */
export function bytesAt(source: ByteSource, start: number, end: number): Buffer {
  const out = Buffer.allocUnsafe(end - start);
  let done = 0;
  while (done < out.length) {
    const read = source.read(out.subarray(done), start + done);
    if (read === 0) throw new Error(`the input ended at byte ${start + done}, before byte ${end}: was it changed while being read?`);
    done += read;
  }
  return out;
}

/** A file opened for positional reads; `close` releases it. */
export interface OpenSource extends ByteSource {
  close(): void;
}

function fileSource(fd: number, size: number): OpenSource {
  return {
    size,
    read: (target, position) => readSync(fd, target, 0, target.length, position),
    close: () => closeSync(fd),
  };
}

/** Opens a file named on the command line, turning the usual failures into plain errors. */
function openForReading(path: string): number {
  try {
    return openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw notFound(`the file ${path}`);
    if (code === 'EACCES' || code === 'EPERM') throw badRequest(`${path} cannot be read: permission denied`);
    throw error;
  }
}

/** Reads a whole file named on the command line (a document to extract, say), with plain errors. */
export function readNamedFile(path: string): Buffer {
  const fd = openForReading(path);
  try {
    if (fstatSync(fd).isDirectory()) throw badRequest(`${path} is a directory; give a file, or - for standard input`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a regular file for positional reads. Anything else (standard input, a pipe, a
 * terminal) is first copied to a private temporary file, since it can be read only once and
 * an import reads its input twice: once to check its outline, once to store its objects.
 * A gzip-compressed input (a bundle.json.gz, say) is inflated into such a file first.
 */
export async function openSource(path: string, stdin: Readable, tempRoot = tmpdir(), inflateLimit?: number): Promise<OpenSource> {
  let input = stdin;
  if (path !== '-') {
    const fd = openForReading(path);
    const stat = fstatSync(fd);
    if (stat.isFile()) return inflatedIfGzip(fileSource(fd, stat.size), tempRoot, inflateLimit);
    if (stat.isDirectory()) {
      closeSync(fd);
      throw badRequest(`${path} is a directory; give a bundle file, or - for standard input`);
    }
    // A pipe is read from the descriptor already open: opened again, its writer may be gone.
    input = createReadStream('', { fd });
  }
  return inflatedIfGzip(await copiedToPrivateFile(tempRoot, input), tempRoot, inflateLimit);
}

/** What the streams yield, in a temporary file only this process can read, gone when it exits. */
async function copiedToPrivateFile(tempRoot: string, input: Readable, ...transforms: Transform[]): Promise<OpenSource> {
  // The copy is unlinked as soon as it is open: it lives while the descriptor does, and nothing
  // is left behind however the process ends (an interrupted import of a large pipe, say).
  const dir = mkdtempSync(join(tempRoot, 'hoggar-input-'));
  const fd = openSync(join(dir, 'input'), 'w+', 0o600);
  rmSync(dir, { recursive: true, force: true });
  try {
    await pipeline([input, ...transforms, writerTo(fd)]);
    return fileSource(fd, fstatSync(fd).size);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * Writes to a descriptor it never closes. A file write stream closes its descriptor when a
 * pipeline destroys it on an error, even with autoClose off, and asynchronously: closing it
 * here too could then close another file that had been given the same number meanwhile.
 */
function writerTo(fd: number): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      try {
        for (let written = 0; written < chunk.length;) written += writeSync(fd, chunk, written);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
}

/** A source read from its start as a stream, a window at a time. */
function streamOf(source: ByteSource): Readable {
  return Readable.from((function* () {
    for (let position = 0; ;) {
      const chunk = Buffer.allocUnsafe(1024 * 1024);
      const read = source.read(chunk, position);
      if (read === 0) return;
      position += read;
      yield chunk.subarray(0, read);
    }
  })());
}

/** Space kept free on the temporary disk when a compressed input is inflated there. */
const DISK_MARGIN = 512 * 1024 * 1024;

/**
 * The source itself, or, when it starts with gzip's magic bytes, what it inflates to, in a
 * private temporary file. Inflating stops before the temporary disk is full (a small file can
 * inflate to terabytes), and a file that only looks like gzip is refused plainly.
 */
async function inflatedIfGzip(source: OpenSource, tempRoot: string, limit?: number): Promise<OpenSource> {
  const head = Buffer.alloc(2);
  if (source.read(head, 0) < 2 || head[0] !== 0x1f || head[1] !== 0x8b) return source;
  const free = statfsSync(tempRoot);
  const most = limit ?? Math.max(0, free.bavail * free.bsize - DISK_MARGIN);
  let inflated = 0;
  const capped = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      inflated += chunk.length;
      if (inflated <= most) return done(null, chunk);
      done(badRequest(`the gzip-compressed input inflates to more than ${(most / 1024 ** 3).toFixed(1)} GB, what ${tempRoot} has free for it; inflate it elsewhere, or set TMPDIR to a larger disk`));
    },
  });
  try {
    return await copiedToPrivateFile(tempRoot, streamOf(source), createGunzip(), capped);
  } catch (error) {
    if (error instanceof HoggarError) throw error;
    throw badRequest(`the input starts like a gzip file but cannot be inflated: ${(error as Error).message}`);
  } finally {
    source.close();
  }
}
