/** Small helpers shared by the benchmarks: timing, percentiles, formatting, CPU and disk. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export async function timed<T>(work: () => Promise<T> | T): Promise<{ result: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Peak resident set size of a process in MB (Linux /proc). */
export async function peakRssMb(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : NaN;
}

/**
 * Flushes the OS's dirty pages before a timed phase, so the writeback a previous phase
 * left behind is not charged to the next one (measured here: without it the same raw
 * insert ran anywhere from 139,000 to 335,000 objects/s within one process).
 */
export function settleDisk(): void {
  spawnSync('sync');
}

/** CPU seconds (user + system) a process has used so far (Linux /proc, 100 ticks per second). */
export function processCpuSeconds(pid: number): number {
  // Fields after the command name: state is field 3, utime and stime are fields 14 and 15.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds this process has used so far. */
export function ownCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}
