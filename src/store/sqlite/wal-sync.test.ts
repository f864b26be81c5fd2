import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WalSync } from './wal-sync.js';

const dir = mkdtempSync(join(tmpdir(), 'hoggar-walsync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('WalSync', () => {
  it('resolves every caller once a sync that began after its call has finished', async () => {
    const file = join(dir, 'ok-wal');
    writeFileSync(file, 'frames');
    const log = new WalSync(file);
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => log.sync().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
    await log.close();
  });

  it('refuses every later write once a sync has failed', async () => {
    const log = new WalSync(join(dir, 'missing', 'db-wal'));
    await expect(log.sync()).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/could not be synced to disk .*restarts/) });
    await expect(log.sync()).rejects.toThrow(/could not be synced to disk/);
    expect(log.failed?.message).toMatch(/writes are refused until the node restarts/);
    await log.close();
  });
});
