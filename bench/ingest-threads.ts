/**
 * Where a TAXII ingest's CPU goes, thread by thread: one 100,000-object ingest into a fresh
 * server, with each server thread's CPU (Linux /proc) per ingested object, and how busy the
 * server's own thread was. A diagnostic, not part of `npm run bench`.
 * Usage: npx tsx bench/ingest-threads.ts [OTHER/dist/cli/main.js]  (this build by default)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { generateObjects } from './generate.js';
import { fmt } from './measure.js';
import { envelopes, ingest, startServer, stopServer } from './taxii.bench.js';

const [cli] = process.argv.slice(2);
if (cli !== undefined && !existsSync(cli)) {
  console.error(`no build at ${cli}: give the path of a built dist/cli/main.js, or nothing for this checkout's`);
  process.exit(2);
}
const COUNT = Number(process.env.BENCH_INGEST ?? 100_000);

/** CPU seconds of each thread of a process, by thread id. */
function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after the command name: utime and stime are fields 14 and 15 (100 ticks per second).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

/** Nanoseconds a thread has run, and has waited runnable for a core (Linux schedstat). */
function schedstat(pid: number, tid: number): { runNs: number; waitNs: number } {
  const [run, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').trim().split(' ').map(Number);
  return { runNs: run!, waitNs: wait! };
}

const bodies = envelopes(generateObjects(COUNT));
const server = await startServer(cli);
try {
  const pid = server.child.pid!;
  const before = threadCpu(pid);
  const schedBefore = schedstat(pid, pid);
  const start = process.hrtime.bigint();
  await ingest(server, bodies);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const after = threadCpu(pid);
  const schedAfter = schedstat(pid, pid);
  const perObject = (cpu: number) => (1e6 * cpu) / COUNT;
  const spent = [...after].map(([tid, cpu]) => ({ tid, cpu: cpu - (before.get(tid) ?? 0) })).filter((t) => t.cpu > 0).sort((a, b) => b.cpu - a.cpu);
  const main = spent.find((t) => t.tid === String(pid))?.cpu ?? 0;
  console.log(`${fmt(COUNT)} objects in ${fmt(seconds, 2)} s = ${fmt(COUNT / seconds)} objects/s, ${fmt(perObject(seconds), 1)} µs of wall time per object`);
  console.log(`server's own thread: ${fmt(perObject(main), 1)} µs per object, busy ${fmt((100 * main) / seconds)} % of the wall time`);
  // Time the thread could have run but every core was taken: the cost of sharing two cores.
  const waitedUs = (schedAfter.waitNs - schedBefore.waitNs) / 1000 / COUNT;
  console.log(`  and waited runnable for a core ${fmt(waitedUs, 1)} µs per object (${fmt((100 * waitedUs) / perObject(seconds))} % of the wall time)`);
  for (const t of spent.filter((t) => t.tid !== String(pid))) console.log(`  thread ${t.tid}: ${fmt(perObject(t.cpu), 1)} µs per object`);
  const total = spent.reduce((sum, t) => sum + t.cpu, 0);
  console.log(`all threads: ${fmt(perObject(total), 1)} µs per object = ${fmt(total / seconds, 2)} cores on average`);
} finally {
  await stopServer(server);
}
