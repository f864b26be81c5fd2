import { Option, type Command } from 'commander';
import { DEFAULT_PORT } from '../../http/defaults.js';
import { systemContext } from '../../services/context.js';
import { API_ROOT_PATH } from '../../taxii/paths.js';
import { portNumber, storeLocation, withStoreOptions } from '../options.js';
import { keepHeapNearLiveSize, untilSignalled } from './serve.js';

export function registerDemo(program: Command): void {
  withStoreOptions(program.command('demo'))
    .description('start a demo node (created with the demo data on first run) and print its URL, admin password and token')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .addOption(new Option('--port <port>', 'port to listen on').default(DEFAULT_PORT).argParser(portNumber))
    .action(async (opts) => {
      keepHeapNearLiveSize();
      const [{ loadDemoData }, { startServer }, { initNode }, { assembleNode }, { generatePassword }, { readNodeSettings }, { openStore }] = await Promise.all([
        import('../../demo/load-demo.js'), import('../../http/server.js'), import('../../node/init-node.js'), import('../../node/node.js'),
        import('../../services/auth-service.js'), import('../../services/node-settings.js'), import('../../store/open-store.js'),
      ]);
      const store = await openStore(storeLocation(opts), { create: true });
      const fresh = !(await readNodeSettings(store));
      const init = fresh ? await initNode(store, { member: 'DZA', name: 'Tamanrasset demo' }) : undefined;
      const node = await assembleNode(store);
      if (fresh) {
        const report = await loadDemoData(node);
        process.stdout.write(`demo data loaded: ${report.events} synthetic events and ${report.reports} synthetic reports (${report.objects} objects, ${report.failed} refused)\n`);
      }
      // The admin password is never stored in clear, so a restarted demo issues new credentials.
      const password = init?.admin.password ?? generatePassword();
      const ctx = systemContext(node.settings.member);
      if (!init) await node.auth.setPassword(ctx, 'admin', password);
      const token = init?.admin.token ?? (await node.auth.createToken(ctx, 'admin', { label: 'demo restart' })).token;
      const server = await startServer(node, { host: opts.host, port: opts.port });
      process.stdout.write([
        `Hoggar demo node "${node.settings.name}" (${node.settings.member}) is running.`,
        `  URL:            ${server.url}`,
        `  TAXII API root: ${server.url}${API_ROOT_PATH}`,
        `  OpenAPI:        ${server.url}/api/openapi.json`,
        `  admin user:     admin`,
        `  admin password: ${password}`,
        `  admin token:    ${token}`,
        'Press Ctrl+C to stop.',
        '',
      ].join('\n'));
      await untilSignalled();
      await server.close();
      await node.close();
    });
}
