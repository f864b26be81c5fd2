/**
 * The TAXII 2.1 conformance suite (written from the specification, proven against an
 * independent Python server) run against Hoggar's own server, on both backends.
 */
import { API_ROOT_PATH, DISCOVERY_PATH } from '../../src/taxii/routes.js';
import { defineTaxiiConformance } from '../taxii-conformance/index.js';
import { createTestNode, serve } from '../helpers/nodes.js';
import { backends } from '../helpers/stores.js';
import { systemContext } from '../../src/services/context.js';

for (const backend of backends()) {
  defineTaxiiConformance(`Hoggar on ${backend.name}`, async () => {
    const { store } = await backend.open();
    const { node, init, addUser } = await createTestNode(store, 'DZA');
    const analyst = await addUser('conformance', 'DZA');
    const readOnly = await node.collections.create(systemContext('DZA'), { title: 'read only', grants: [{ principal: 'user:conformance', canRead: true, canWrite: false }] });
    const noAccess = await node.collections.create(systemContext('DZA'), { title: 'no access', grants: [{ principal: 'member:MLI', canRead: true, canWrite: true }] });
    const maxContentLength = 200_000;
    const server = await serve(node, { maxContentLength });
    return {
      discoveryUrl: `${server.url}${DISCOVERY_PATH}`,
      apiRootUrl: `${server.url}${API_ROOT_PATH}`,
      readWriteCollectionId: init.collectionId,
      readOnlyCollectionId: readOnly,
      noAccessCollectionId: noAccess,
      auth: { kind: 'basic', user: analyst.user, password: analyst.password },
      invalidAuth: { kind: 'basic', user: analyst.user, password: 'not the password' },
      maxContentLength,
      async stop() {
        await server.close();
        await node.close();
        await backend.cleanup();
      },
    };
  });
}
