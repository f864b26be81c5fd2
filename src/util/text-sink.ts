import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
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
 * of being thrown as an unhandled stream event.
 */
export async function openTextSink(path: string | undefined, stdout: Writable): Promise<TextSink> {
  if (path === undefined) return streamSink(stdout, async () => undefined, () => undefined);
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const stream = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw badRequest(`cannot write ${path}: ${describe(error)}`);
  }
  return streamSink(
    stream,
    async () => {
      stream.end();
      await once(stream, 'finish');
      renameSync(partial, path);
    },
    () => { stream.destroy(); rmSync(partial, { force: true }); },
    path,
  );
}

function streamSink(stream: Writable, complete: () => Promise<void>, discard: () => void, path?: string): TextSink {
  let failure: Error | undefined;
  stream.on('error', (error) => { failure ??= badRequest(`cannot write ${path ?? 'standard output'}: ${describe(error)}`); });
  const check = () => { if (failure) throw failure; };
  return {
    async write(text) {
      check();
      if (stream.write(text)) return;
      // Waits for room, or for the error that means there will be none.
      await Promise.race([once(stream, 'drain'), once(stream, 'error')]).catch(() => undefined);
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
