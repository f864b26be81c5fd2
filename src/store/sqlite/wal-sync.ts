import { fdatasync, open, close } from 'node:fs';
import { promisify } from 'node:util';
import { HoggarError } from '../../errors.js';

const openFile = promisify(open);
const syncData = promisify(fdatasync);
const closeFile = promisify(close);

/**
 * Makes committed transactions durable off the JavaScript thread. The store runs SQLite
 * with synchronous=NORMAL, so COMMIT only writes the log (WAL) into the OS cache; a write
 * is acknowledged after the log has then been synced here, on libuv's thread pool. While
 * one sync runs, the next transaction is already being built, and every commit that lands
 * during it shares the following sync.
 *
 * A sync flushes everything written to the file before it starts, whichever connection
 * wrote it, so a commit is durable once a sync that began after its COMMIT has finished.
 * If a sync fails, the kernel may have dropped the pages it could not write, and a later
 * sync could then succeed without them: every later write fails too, until a restart
 * lets SQLite recover from what is really on disk.
 */
export class WalSync {
  private fd: Promise<number> | undefined;
  private running: Promise<void> = Promise.resolve();
  private next: Promise<void> | undefined;
  private failure: HoggarError | undefined;

  constructor(private readonly walFile: string) {}

  /** Resolves once everything committed before this call is on disk. */
  sync(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    // A sync already running may have started before the caller's COMMIT: wait for the next.
    this.next ??= this.running.then(() => {
      this.next = undefined;
      this.running = this.syncOnce();
      return this.running;
    });
    return this.next;
  }

  private async syncOnce(): Promise<void> {
    try {
      this.fd ??= openFile(this.walFile, 'r');
      await syncData(await this.fd);
    } catch (error) {
      this.failure = new HoggarError('unavailable', `the store's log could not be synced to disk (${(error as Error).message}); writes are refused until the node restarts`);
      throw this.failure;
    }
  }

  /** Why every write is refused, once a sync has failed. */
  get failed(): HoggarError | undefined {
    return this.failure;
  }

  /** Waits for syncs in progress, then releases the file. */
  async close(): Promise<void> {
    await (this.next ?? this.running).catch(() => undefined);
    const fd = await this.fd?.catch(() => undefined);
    this.fd = undefined;
    if (fd !== undefined) await closeFile(fd);
  }
}
