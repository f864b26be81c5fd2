/**
 * Runs the real `hoggar` command as child processes: the built `dist/cli/main.js` when it
 * is at least as new as every source file, else the TypeScript entry point through tsx
 * (slower to start, but never a stale build). HOGGAR_FED_CLI=dist or =tsx forces a choice.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST_MAIN = join(REPO_ROOT, 'dist/cli/main.js');
const SRC_MAIN = join(REPO_ROOT, 'src/cli/main.ts');

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(path));
    else if (/\.(ts|json)$/.test(entry.name) && !/\.test(-helper)?\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

let chosen: readonly string[] | undefined;

/** The node arguments that start the CLI, chosen once per test process. */
export function cliEntry(): readonly string[] {
  if (chosen) return chosen;
  const forced = process.env.HOGGAR_FED_CLI;
  const distFresh = existsSync(DIST_MAIN) && statSync(DIST_MAIN).mtimeMs >= newestSourceMtime(join(REPO_ROOT, 'src'));
  const useDist = forced === 'dist' || (forced !== 'tsx' && distFresh);
  if (!useDist && forced !== 'tsx') {
    process.stderr.write('federation tests: dist/ is older than src/, running the CLI through tsx (run `npm run build` for faster tests)\n');
  }
  chosen = useDist ? [DIST_MAIN] : ['--import', 'tsx', SRC_MAIN];
  return chosen;
}

export interface CliResult {
  /** Exit code, or -1 when a signal ended the process. */
  readonly code: number;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs one `hoggar …` command to completion; never throws on a non-zero exit. */
export function runCli(args: readonly string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<CliResult> & { child: ChildProcess } {
  let child!: ChildProcess;
  const promise = new Promise<CliResult>((resolve, reject) => {
    child = execFile(process.execPath, [...cliEntry(), ...args], {
      cwd: REPO_ROOT, env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024, timeout: options.timeoutMs ?? 120_000,
    }, (error, stdout, stderr) => {
      // A string code means the process could not run at all (ENOENT, maxBuffer…).
      if (error && typeof (error as { code?: unknown }).code === 'string') reject(error);
      else resolve({ code: child.exitCode ?? -1, signal: child.signalCode, stdout, stderr });
    });
  });
  return Object.assign(promise, { child });
}

/** Runs a command that must succeed and print JSON; returns the parsed output. */
export async function runCliJson<T>(args: readonly string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<T> {
  const result = await runCli(args, options);
  if (result.code !== 0) throw new Error(`hoggar ${args.join(' ')} exited ${result.code}: ${result.stderr || result.stdout}`);
  return JSON.parse(result.stdout) as T;
}

export interface ServeProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** The last lines the process wrote on stderr (for failure messages). */
  stderrTail(): string;
}

/** Starts `hoggar serve …` and resolves with its URL once it prints "listening on". */
export async function spawnServe(args: readonly string[], options: { env?: NodeJS.ProcessEnv; startTimeoutMs?: number } = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [...cliEntry(), 'serve', ...args], {
    cwd: REPO_ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString('utf8')).slice(-4000); });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(`not listening after ${options.startTimeoutMs ?? 30_000} ms`), options.startTimeoutMs ?? 30_000);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`hoggar serve ${args.join(' ')}: ${why}\n${stderr}`));
    };
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`exited (${code ?? signal}) before listening`));
    lines.on('line', (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve(match[1]!);
    });
  });
  child.stdout!.resume(); // keep draining, so a chatty server never blocks on a full pipe
  return { child, url, stderrTail: () => stderr };
}

/** Sends `signal` and waits until the process has exited. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
