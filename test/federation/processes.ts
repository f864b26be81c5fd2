/**
 * Children a federation test started. If the test process dies without running its
 * clean-up (a crash, a timeout that kills the worker), they are killed on the way out,
 * so no node keeps a port or a database busy after the run.
 */
import type { ChildProcess } from 'node:child_process';

const live = new Set<ChildProcess>();
let hooked = false;

function killAll(): void {
  for (const child of live) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

/** Remembers a child until it exits; returns it for chaining. */
export function trackChild<T extends ChildProcess>(child: T): T {
  if (!hooked) {
    hooked = true;
    process.once('exit', killAll);
  }
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}
