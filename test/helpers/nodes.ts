import { startServer, type RunningServer, type ServeOptions } from '../../src/http/server.js';
import { initNode, type InitResult } from '../../src/node/init-node.js';
import { assembleNode, type Node } from '../../src/node/node.js';
import { systemContext, type Role } from '../../src/services/context.js';
import type { Store } from '../../src/store/store.js';
import { API_ROOT_PATH } from '../../src/taxii/routes.js';
import type { Backend } from './stores.js';

export interface TestNode {
  readonly node: Node;
  readonly init: InitResult;
  /** Adds a user with a known password and returns Basic credentials for it. */
  addUser(name: string, member: string, role?: Role): Promise<{ user: string; password: string }>;
}

/** Initialises a node on an empty store. */
export async function createTestNode(store: Store, member = 'DZA', name = 'Test node'): Promise<TestNode> {
  const init = await initNode(store, { member, name });
  const node = await assembleNode(store);
  return {
    node,
    init,
    async addUser(user, userMember, role = 'analyst') {
      const password = `pw-${user}-secret`;
      await node.auth.addUser(systemContext(member), { name: user, member: userMember, role, password });
      return { user, password };
    },
  };
}

/** Starts the real HTTP server of a node on a free port. */
export async function serve(node: Node, options: ServeOptions = {}): Promise<RunningServer> {
  return startServer(node, { port: 0, ...options });
}

export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** A DZA node on a fresh store of one backend, served over real HTTP. */
export interface ServedNode {
  readonly node: Node;
  readonly server: RunningServer;
  /** The admin's bearer token. */
  readonly token: string;
  readonly collectionId: string;
  /** The objects URL of the default collection. */
  readonly objectsUrl: string;
  /** Stops the server, closes the node and removes the store. */
  close(): Promise<void>;
}

export async function servedNode(backend: Backend, options: ServeOptions = {}): Promise<ServedNode> {
  const { store } = await backend.open();
  const { node, init } = await createTestNode(store, 'DZA');
  const server = await serve(node, options);
  return {
    node, server, token: init.admin.token, collectionId: init.collectionId,
    objectsUrl: `${server.url}${API_ROOT_PATH}collections/${init.collectionId}/objects/`,
    async close() {
      await server.close();
      await node.close();
      await backend.cleanup();
    },
  };
}
