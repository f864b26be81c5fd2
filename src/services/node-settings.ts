import { randomUUID } from 'node:crypto';
import { HoggarError } from '../errors.js';
import type { Store } from '../store/store.js';

/** Who this node is. Kept in the database so every backend and process sees the same. */
export interface NodeSettings {
  readonly nodeId: string;
  readonly member: string;
  readonly name: string;
}

export async function readNodeSettings(store: Store): Promise<NodeSettings | undefined> {
  const [nodeId, member, name] = await Promise.all([
    store.meta.get('node_id'), store.meta.get('node_member'), store.meta.get('node_name'),
  ]);
  if (!nodeId || !member || !name) return undefined;
  return { nodeId, member, name };
}

export async function requireNodeSettings(store: Store): Promise<NodeSettings> {
  const settings = await readNodeSettings(store);
  if (!settings) throw new HoggarError('unavailable', 'this store holds no Hoggar node yet: run `hoggar init` first');
  return settings;
}

export async function writeNodeSettings(store: Store, member: string, name: string): Promise<NodeSettings> {
  const settings = { nodeId: randomUUID(), member, name };
  await store.write(async (q) => {
    // Checked again under the write lock: of two inits at once, only the first writes.
    if (await q.meta.get('node_id')) throw new HoggarError('conflict', 'this store already holds a node; it was not changed');
    await q.meta.set('node_id', settings.nodeId);
    await q.meta.set('node_member', member);
    await q.meta.set('node_name', name);
  });
  return settings;
}
