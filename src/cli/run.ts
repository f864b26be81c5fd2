import { openNode, type Node } from '../node/node.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { storeLocation, type StoreOptions } from './options.js';

/** Runs `work` with the node's services open, and always closes them. */
export async function withNode<T>(options: StoreOptions, work: (node: Node) => Promise<T>): Promise<T> {
  const node = await openNode(storeLocation(options));
  try {
    return await work(node);
  } finally {
    await node.close();
  }
}

/** Runs `work` with only the store open, creating it if missing (for init, which runs before the node exists). */
export async function withNewStore<T>(options: StoreOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeLocation(options), { create: true });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
