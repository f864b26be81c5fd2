import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { badRequest } from '../errors.js';
import { fileErrorWords } from './file-errors.js';

/** Where a command writes a long text, chunk by chunk, with back-pressure. */
export interface TextSink {
  write(text: string): Promise<void>;
  /** Everything is written: a file takes its final name only now. */
  finish(): Promise<void>;
  /** The output failed or was abandoned: a file leaves nothing behind. */
  abort(): void;
}

/**
 * Standard output, or a file written under a temporary name in the same directory and renamed
 * when complete, so a failed or interrupted export never leaves a truncated file that looks
 * whole. A write error (a missing directory, a full disk) rejects the pending write instead
 * of being thrown as an unhandled stream event. With `gzip`, what is written is compressed
 * on its way out.
 */
export async function openTextSink(path: string | undefined, stdout: Writable, options: { gzip?: boolean } = {}): Promise<TextSink> {
  const zip = options.gzip ? createGzip() : undefined;
  if (path === undefined) {
    if (!zip) return streamSink(stdout, [], async () => undefined, () => undefined);
    zip.pipe(stdout, { end: false });
    return streamSink(zip, [stdout], async () => { zip.end(); await once(zip, 'end'); }, () => zip.destroy());
  }
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const stream = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw badRequest(`cannot write ${path}: ${describe(error)}`);
  }
  zip?.pipe(stream);
  return streamSink(
    zip ?? stream,
    zip ? [stream] : [],
    async () => {
      (zip ?? stream).end();
      await once(stream, 'finish');
      renameSync(partial, path);
    },
    () => { zip?.destroy(); stream.destroy(); rmSync(partial, { force: true }); },
    path,
  );
}

/** A sink writing to `stream`; an error on it or on any of `downstream` fails the export. */
function streamSink(stream: Writable, downstream: readonly Writable[], complete: () => Promise<void>, discard: () => void, path?: string): TextSink {
  let failure: Error | undefined;
  for (const watched of [stream, ...downstream]) {
    watched.on('error', (error) => { failure ??= badRequest(`cannot write ${path ?? 'standard output'}: ${describe(error)}`); });
  }
  const check = () => { if (failure) throw failure; };
  return {
    async write(text) {
      check();
      if (stream.write(text)) return;
      // Waits for room, or for the error that means there will be none.
      await Promise.race([once(stream, 'drain'), ...[stream, ...downstream].map((w) => once(w, 'error'))]).catch(() => undefined);
      check();
    },
    async finish() {
      check();
      try {
        await complete();
      } catch (error) {
        failure ??= badRequest(`cannot write ${path ?? 'standard output'}: ${describe(error)}`);
      }
      check();
    },
    abort: discard,
  };
}

function describe(error: unknown): string {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'a partial file of another export is in the way';
  return fileErrorWords(error, 'write');
}
