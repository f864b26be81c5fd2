/**
 * Starts the Python fake TAXII 2.1 server (fake_taxii_server.py) as a child process,
 * so tests can prove Hoggar interoperates with a server Hoggar did not write.
 * Needs only `python3` on the PATH.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { TaxiiAuth } from '../../src/sync/taxii-client/index.js';

/** The fixed collection ids of the fake (they mirror fake_taxii_server.py). */
export const FAKE_COLLECTIONS = {
  readWrite: '4f1e8a52-3c07-4b9e-9d61-2a5c8e7f0b13',
  readOnly: 'a83d5c10-6e2f-4d7a-b1c9-5f0e3a2d8c47',
  noAccess: 'd2b7f9e4-1a6c-4e58-8f30-9c4b7a1e6d25',
} as const;

/** The one object the fake seeds into its read-only collection. */
export const FAKE_SEED_OBJECT_ID = 'identity--6c1f0a9e-3b7d-4f25-a8e4-0d9b2c5e7f13';

export interface FakeTaxiiOptions {
  /** The server stores envelopes after this pause, so statuses start `pending` (default 0). */
  readonly pendingMs?: number;
  /** The API root's max_content_length (default 1,000,000 bytes). */
  readonly maxContentLength?: number;
  /** How long to wait for `READY` (default 10 s). */
  readonly startTimeoutMs?: number;
}

export interface FakeTaxii {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly discoveryUrl: string;
  readonly apiRootUrl: string;
  readonly collections: typeof FAKE_COLLECTIONS;
  /** Basic credentials of the fake's one user. */
  readonly auth: TaxiiAuth;
  /** The same user by Bearer token. */
  readonly bearerAuth: TaxiiAuth;
  readonly invalidAuth: TaxiiAuth;
  readonly maxContentLength: number;
  readonly pid: number;
  stop(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./fake_taxii_server.py', import.meta.url));

/** Spawns the fake on a free port and resolves once it prints `READY <port>`. */
export async function startFakeTaxii(options: FakeTaxiiOptions = {}): Promise<FakeTaxii> {
  const user = `interop-${randomBytes(3).toString('hex')}`;
  const password = randomBytes(12).toString('base64url');
  const token = randomBytes(16).toString('hex');
  const maxContentLength = options.maxContentLength ?? 1_000_000;
  const child = spawn(
    'python3',
    [
      '-B', SCRIPT, '--port', '0',
      // «--name=value»: a base64url password may start with '-', which argparse would read as an option.
      `--user=${user}`, `--password=${password}`, `--token=${token}`,
      '--max-content-length', String(maxContentLength), '--pending-ms', String(options.pendingMs ?? 0),
      // The fake exits when our end of its stdin closes, so a crashed test run leaves no orphan.
      '--exit-with-parent',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const port = await waitForReady(child, options.startTimeoutMs ?? 10_000);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    discoveryUrl: `${url}/taxii2/`,
    apiRootUrl: `${url}/api1/`,
    collections: FAKE_COLLECTIONS,
    auth: { kind: 'basic', user, password },
    bearerAuth: { kind: 'bearer', token },
    invalidAuth: { kind: 'basic', user, password: `${password}-wrong` },
    maxContentLength,
    pid: child.pid ?? -1,
    stop: () => stopChild(child),
  };
}

async function waitForReady(child: ChildProcess, timeoutMs: number): Promise<number> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4_000);
  });
  const lines = createInterface({ input: child.stdout! });
  try {
    return await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`fake TAXII server not ready after ${timeoutMs} ms`)), timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`${error.message}${stderr ? `\n${stderr}` : ''}`));
      };
      child.once('error', (error) => fail(new Error(`cannot start python3: ${error.message}`)));
      child.once('exit', (code, signal) => fail(new Error(`fake TAXII server exited (${code ?? signal}) before READY`)));
      lines.on('line', (line) => {
        const match = /^READY (\d+)$/.exec(line.trim());
        if (!match) return;
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(Number(match[1]));
      });
    });
  } finally {
    lines.close();
    child.stdout?.resume(); // never let a full pipe block the child
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}
