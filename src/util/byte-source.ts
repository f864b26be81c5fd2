import { createReadStream, createWriteStream, fstatSync, mkdtempSync, openSync, closeSync, readFileSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { badRequest, notFound } from '../errors.js';

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

/**
 * Opens a regular file for positional reads. Anything else (standard input, a pipe, a
 * terminal) is first copied to a private temporary file, since it can be read only once and
 * an import reads its input twice: once to check its outline, once to store its objects.
 */
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

export async function openSource(path: string, stdin: Readable, tempRoot = tmpdir()): Promise<OpenSource> {
  let input = stdin;
  if (path !== '-') {
    const fd = openForReading(path);
    const stat = fstatSync(fd);
    if (stat.isFile()) return fileSource(fd, stat.size);
    if (stat.isDirectory()) {
      closeSync(fd);
      throw badRequest(`${path} is a directory; give a bundle file, or - for standard input`);
    }
    // A pipe is read from the descriptor already open: opened again, its writer may be gone.
    input = createReadStream('', { fd });
  }
  // The copy is unlinked as soon as it is open: it lives while the descriptor does, and nothing
  // is left behind however the process ends (an interrupted import of a large pipe, say).
  const dir = mkdtempSync(join(tempRoot, 'hoggar-input-'));
  const fd = openSync(join(dir, 'input'), 'w+', 0o600);
  rmSync(dir, { recursive: true, force: true });
  try {
    await pipeline(input, createWriteStream('', { fd, autoClose: false }));
    return fileSource(fd, fstatSync(fd).size);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
