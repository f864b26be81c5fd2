import { Option, type Command } from 'commander';
import { DEFAULT_MAX_CONTENT_LENGTH, DEFAULT_PORT } from '../../http/defaults.js';
import { API_ROOT_PATH, DISCOVERY_PATH } from '../../taxii/paths.js';
import { storeLocation, withStoreOptions } from '../options.js';

const port = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`invalid port "${v}"`);
  return n;
};

export function registerServe(program: Command): void {
  withStoreOptions(program.command('serve'))
    .description('run the node: TAXII 2.1 server and JSON API')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .addOption(new Option('--port <port>', 'port to listen on').default(DEFAULT_PORT).argParser(port))
    .addOption(new Option('--max-content-length <bytes>', 'largest request body accepted').default(DEFAULT_MAX_CONTENT_LENGTH).argParser(Number))
    .option('--public-url <url>', 'base URL clients reach this node at, when behind a proxy')
    .addOption(new Option('--sync-interval <seconds>', 'sync with peers every so many seconds (0: never)').default(60).argParser(Number))
    .option('--log', 'log every request (JSON lines on stdout)')
    .action(async (opts) => {
      // Loaded here, not at start-up: other commands need not pay for the server.
      const [{ openNode }, { startServer }, { scheduleSync, SyncService }] = await Promise.all([
        import('../../node/node.js'), import('../../http/server.js'), import('../../sync/sync-service.js'),
      ]);
      const node = await openNode(storeLocation(opts));
      const server = await startServer(node, {
        host: opts.host, port: opts.port, maxContentLength: opts.maxContentLength,
        logger: Boolean(opts.log), ...(opts.publicUrl ? { publicUrl: opts.publicUrl } : {}),
      });
      process.stdout.write(`Hoggar node "${node.settings.name}" (${node.settings.member}) listening on ${server.url}\n`);
      process.stdout.write(`TAXII discovery: ${server.url}${DISCOVERY_PATH}\nTAXII API root:  ${server.url}${API_ROOT_PATH}\n`);
      const sync = opts.syncInterval > 0 ? scheduleSync(new SyncService(node), opts.syncInterval * 1000) : undefined;
      await untilSignalled();
      await sync?.stop();
      await server.close();
      await node.close();
    });
}

/** Resolves on SIGINT or SIGTERM, so the server can close cleanly (flushing the audit log). */
export function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}
