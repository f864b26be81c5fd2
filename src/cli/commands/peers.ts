import { Option, type Command } from 'commander';
import { operatorContext } from '../../services/context.js';
import { PeerService } from '../../sync/peer-service.js';
import { SyncService, type PeerSyncReport } from '../../sync/sync-service.js';
import { memberOption, numberIn, output, withStoreOptions } from '../options.js';
import { withNode } from '../run.js';
import { untilSignalled } from './serve.js';

export function registerPeers(program: Command): void {
  const peers = program.command('peers').description('manage the peer nodes this node syncs with over TAXII 2.1');

  withStoreOptions(peers.command('add <name>'))
    .description('add a peer: its TAXII API root (or discovery) URL, its member state and the token it gave us')
    .requiredOption('--url <url>', 'the peer\'s TAXII API root or discovery URL')
    .addOption(memberOption().makeOptionMandatory())
    .requiredOption('--token <token>', 'bearer token issued by the peer for this node')
    .option('--collection <id>', 'the peer collection to pull from and push to (default: the first we may read and write)')
    .option('--local-collection <id>', 'our collection to receive into and share from (default: the default collection)')
    .addOption(new Option('--direction <way>', 'pull what the peer shares, push what we share, or both').choices(['both', 'pull', 'push']).default('both'))
    .option('--relay', 'pass on to our other peers what this peer delivers (when they cannot reach it themselves)')
    .option('--compress-push', 'gzip the envelopes pushed to this peer (Hoggar peers accept them; another TAXII server may answer 415)')
    .option('--no-verify', 'do not contact the peer now (it may be down); then --collection is required')
    .option('--json', 'print the result as JSON')
    .action(async (name: string, opts) => {
      const row = await withNode(opts, (node) => new PeerService(node).add(operatorContext(node.settings.member), {
        name, url: opts.url, member: opts.member, token: opts.token, verify: opts.verify, direction: opts.direction, relay: Boolean(opts.relay),
        compressPush: Boolean(opts.compressPush),
        ...(opts.collection ? { collection: opts.collection } : {}), ...(opts.localCollection ? { localCollection: opts.localCollection } : {}),
      }));
      const shown = { name: row.name, url: row.api_root_url, member: row.member, collection: row.remote_collection, localCollection: row.local_collection, direction: row.direction, relay: row.relay === 1, compressPush: row.compress_push === 1 };
      output(opts.json, shown, () => [`peer ${row.name} (${row.member}) added: ${row.api_root_url} collection ${row.remote_collection}`]);
    });

  withStoreOptions(peers.command('list'))
    .description('list peers with their last sync, lag and errors')
    .option('--json', 'print the result as JSON')
    .action(async (opts) => {
      const list = await withNode(opts, (node) => new PeerService(node).status());
      output(opts.json, list, () => list.length === 0 ? ['no peers'] : list.map((p) => [
        `${p.name}\t${p.member}\t${p.url}\t${p.direction}${p.relay ? ', relays' : ''}${p.compressPush ? ', compressed pushes' : ''}`,
        `  pull: last success ${p.pull.lastSuccess ?? 'never'}, ${p.pull.objectsTotal} objects, ${p.pull.rejectedTotal} rejected${p.pull.lastError ? `, error: ${p.pull.lastError}` : ''}`,
        `  push: last success ${p.push.lastSuccess ?? 'never'}, backlog ${p.push.backlog}, ${p.push.failures} awaiting retry${p.push.lastError ? `, error: ${p.push.lastError}` : ''}`,
        `  lag: ${p.lag.objects} objects, ${p.lag.seconds ?? '?'} s`,
      ].join('\n')));
    });

  withStoreOptions(peers.command('remove <name>'))
    .description('remove a peer (its sync state goes with it)')
    .action(async (name: string, opts) => {
      await withNode(opts, (node) => new PeerService(node).remove(operatorContext(node.settings.member), name));
      process.stdout.write(`peer ${name} removed\n`);
    });
}

export function registerSync(program: Command): void {
  withStoreOptions(program.command('sync'))
    .description('sync with peers now: pull what they share with us, push what we share with them')
    .option('--peer <name>', 'only this peer')
    .option('--once', 'one round, then exit (default: repeat every --interval until interrupted)')
    .addOption(new Option('--interval <seconds>', 'seconds between rounds').default(60).argParser(numberIn(0.1, 86_400, false)))
    .addOption(new Option('--timeout <seconds>', 'per request to a peer').default(30).argParser(numberIn(1, 3600)))
    .option('--json', 'print each round\'s report as JSON')
    .action(async (opts) => {
      await withNode(opts, async (node) => {
        const service = new SyncService(node, { timeoutMs: opts.timeout * 1000 });
        const peers = new PeerService(node);
        const round = async () => {
          const reports = opts.peer ? [await service.syncPeer(await peers.require(opts.peer))] : await service.syncAll();
          const pull = (r: PeerSyncReport) => (!r.pull.ok ? `failed: ${r.pull.error}` : r.pull.skipped ? 'not used' : `${r.pull.fetched} fetched, ${r.pull.stored} new, ${r.pull.rejected} rejected`);
          const push = (r: PeerSyncReport) => (!r.push.ok ? `failed: ${r.push.error}` : r.push.skipped ? 'not used' : `${r.push.sent} sent, ${r.push.failed} not accepted`);
          output(opts.json, reports, () => reports.map((r) => `${r.peer}: pull ${pull(r)}; push ${push(r)}`));
          if (reports.some((r) => !r.pull.ok || !r.push.ok)) process.exitCode = 1;
        };
        await round();
        if (opts.once) return;
        const stop = untilSignalled();
        for (;;) {
          const slept = await Promise.race([stop.then(() => 'stop'), new Promise((r) => setTimeout(() => r('tick'), opts.interval * 1000))]);
          if (slept === 'stop') return;
          await round();
        }
      });
    });
}
