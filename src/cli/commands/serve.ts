import { setFlagsFromString } from 'node:v8';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_MAX_CONTENT_LENGTH, DEFAULT_PORT, DEFAULT_REQUEST_TIMEOUT_SECONDS } from '../../http/defaults.js';
import { API_ROOT_PATH, DISCOVERY_PATH } from '../../taxii/paths.js';
import { FETCH_ALLOW_HELP } from '../../ingest/address-policy.js';
import { fetchRouteFromEnv } from '../../ingest/fetch-url.js';
import { badRequest } from '../../errors.js';
import type { RunningServer } from '../../http/server.js';
import { loadTlsCredentials } from '../../http/tls.js';
import { exposedStoreParts, sqliteFile } from '../../store/open-store.js';
import { schemaDrift } from '../../store/sqlite/sqlite-check.js';
import { numberIn, portNumber, storeLocation, withStoreOptions } from '../options.js';


function publicUrl(value: string): string {
  if (!/^https?:\/\/[^/\s]+$/.test(value)) throw new InvalidArgumentError(`expected scheme://host[:port] without a path, got "${value}"`);
  return value;
}

export function registerServe(program: Command): void {
  withStoreOptions(program.command('serve'))
    .description('run the node: TAXII 2.1 server and JSON API')
    .addHelpText('after', FETCH_ALLOW_HELP)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .addOption(new Option('--port <port>', 'port to listen on').default(DEFAULT_PORT).argParser(portNumber))
    .addOption(new Option('--max-content-length <bytes>', 'largest request body accepted').default(DEFAULT_MAX_CONTENT_LENGTH).argParser(numberIn(1024, 1024 ** 3)))
    .addOption(new Option('--request-timeout <seconds>', 'longest a client may take to send one request (408 after)').default(DEFAULT_REQUEST_TIMEOUT_SECONDS).argParser(numberIn(1, 86_400)))
    .addOption(new Option('--public-url <url>', 'base URL clients reach this node at, when behind a proxy').argParser(publicUrl))
    .addOption(new Option('--sync-interval <seconds>', 'sync with peers every so many seconds (0: never)').default(60).argParser(numberIn(0, 86_400, false)))
    .option('--tls-cert <file>', 'serve HTTPS with this certificate chain (PEM); needs --tls-key; SIGHUP reads both again')
    .option('--tls-key <file>', 'the private key (PEM) of --tls-cert')
    .option('--compress', 'compress answers of 1 KB or more (br or gzip) for clients that accept it: for peers on thin links; costs CPU')
    .option('--log', 'log every request (JSON lines on stdout)')
    .action(async (opts) => {
      // A mistyped HOGGAR_FETCH_ALLOW or HOGGAR_FETCH_PROXY stops the start, not each URL ingestion later.
      fetchRouteFromEnv();
      if (Boolean(opts.tlsCert) !== Boolean(opts.tlsKey)) throw badRequest('--tls-cert and --tls-key go together: give both, or neither for plain HTTP');
      const tls = opts.tlsCert ? loadTlsCredentials(opts.tlsCert, opts.tlsKey) : undefined;
      keepHeapNearLiveSize();
      // Loaded here, not at start-up: other commands need not pay for the server.
      const [{ openNode }, { startServer }, { scheduleSync, SyncService }] = await Promise.all([
        import('../../node/node.js'), import('../../http/server.js'), import('../../sync/sync-service.js'),
      ]);
      const location = storeLocation(opts);
      const node = await openNode(location);
      // The store holds password and token hashes and peers' tokens.
      if (location.kind === 'sqlite') {
        for (const warning of exposedStoreParts(location.dataDir)) process.stderr.write(`warning: ${warning}\n`);
        // A trigger or index added by hand, or by an intruder, may change what the node stores or releases.
        const drift = await schemaDrift(sqliteFile(location.dataDir));
        if (drift.length > 0) process.stderr.write(`warning: the store's schema differs from what Hoggar makes (${drift.join(', ')}); run hoggar check\n`);
      }
      const server = await startServer(node, {
        host: opts.host, port: opts.port, maxContentLength: opts.maxContentLength, requestTimeoutMs: opts.requestTimeout * 1000,
        logger: Boolean(opts.log), compressResponses: Boolean(opts.compress), ...(opts.publicUrl ? { publicUrl: opts.publicUrl } : {}), ...(tls ? { tls } : {}),
      });
      // Before the node says it listens: whoever waits for that may send SIGHUP at once.
      if (tls) reloadTlsOnHangup(server, opts.tlsCert, opts.tlsKey);
      process.stdout.write(`Hoggar node "${node.settings.name}" (${node.settings.member}) listening on ${server.url}\n`);
      process.stdout.write(`TAXII discovery: ${server.url}${DISCOVERY_PATH}\nTAXII API root:  ${server.url}${API_ROOT_PATH}\n`);
      const sync = opts.syncInterval > 0 ? scheduleSync(new SyncService(node), opts.syncInterval * 1000) : undefined;
      await untilSignalled();
      await sync?.stop();
      await server.close();
      await node.close();
    });
}

/**
 * A server churns through large short-lived strings (request bodies, parsed envelopes, pages),
 * and by default V8 lets its old generation grow to about four times what is live before
 * collecting it: 300,000 objects ingested peaked at 421 MB RSS with about 80 MB live. Growing
 * by half instead peaked at 263 MB and ran no slower. This is a growth factor, not a limit, so a
 * legitimately large envelope still gets all the memory it needs.
 */
export function keepHeapNearLiveSize(): void {
  setFlagsFromString('--heap-growing-percent=50');
}

/** Resolves on SIGINT or SIGTERM, so the server can close cleanly (flushing the audit log). */
export function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}

/**
 * SIGHUP reads the certificate and key again, so a renewed certificate is served without a
 * restart; connections already open keep theirs. Files that cannot be used leave the current
 * certificate in place, and say why.
 */
function reloadTlsOnHangup(server: RunningServer, certFile: string, keyFile: string): void {
  process.on('SIGHUP', () => {
    try {
      server.replaceTlsCredentials(loadTlsCredentials(certFile, keyFile));
      process.stdout.write(`TLS certificate reloaded from ${certFile}\n`);
    } catch (error) {
      process.stderr.write(`warning: the TLS certificate was not reloaded, the current one stays: ${(error as Error).message}\n`);
    }
  });
}
