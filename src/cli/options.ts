import { InvalidArgumentError, Option, type Command } from 'commander';
import { HoggarError } from '../errors.js';
import type { StoreLocation } from '../store/open-store.js';

export const DEFAULT_DATA_DIR = '.data';

export interface StoreOptions {
  readonly data?: string;
  readonly databaseUrl?: string;
}

/** Adds --data and --database-url (or HOGGAR_DATABASE_URL) to a command. */
export function withStoreOptions(command: Command): Command {
  return command
    .addOption(new Option('--data <dir>', `data directory of the embedded SQLite store (default: ${DEFAULT_DATA_DIR})`))
    .addOption(new Option('--database-url <url>', 'PostgreSQL URL instead of --data (add ?schema=NAME to use a schema other than public)').env('HOGGAR_DATABASE_URL'));
}

/** Where the node's data lives: PostgreSQL when a URL is given, else SQLite in the data directory. */
export function storeLocation(options: StoreOptions): StoreLocation {
  if (options.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(options.databaseUrl)) {
      throw new HoggarError('bad_request', 'the database URL must start with postgres:// or postgresql://');
    }
    // `?schema=NAME` picks a schema (several nodes can share one database); the rest goes to the driver.
    const url = new URL(options.databaseUrl);
    const schema = url.searchParams.get('schema') ?? undefined;
    url.searchParams.delete('schema');
    return { kind: 'postgres', url: url.toString(), ...(schema ? { schema } : {}) };
  }
  return { kind: 'sqlite', dataDir: options.data ?? DEFAULT_DATA_DIR };
}

/** Prints a result: JSON for scripts, or lines for people. */
export function output(json: boolean | undefined, value: unknown, lines: () => string[]): void {
  if (json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  else process.stdout.write(`${lines().join('\n')}\n`);
}

/** Reads all of standard input (for --password-stdin and `-` file arguments). */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function memberOption(): Option {
  return new Option('--member <ISO3>', 'member state, ISO 3166-1 alpha-3 (e.g. DZA)').argParser((v) => v.toUpperCase());
}

/** A numeric option parsed and checked at the edge: a clear error instead of NaN. */
export function numberIn(min: number, max: number, integer = true) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      throw new InvalidArgumentError(`expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got "${value}"`);
    }
    return n;
  };
}

export const portNumber = numberIn(0, 65535);
