import { Command } from 'commander';
import { registerAudit } from './commands/audit.js';
import { registerBackup, registerCheck } from './commands/maintenance.js';
import { registerCollections } from './commands/collections.js';
import { registerImportExport } from './commands/import-export.js';
import { registerDemo } from './commands/demo.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerInit } from './commands/init.js';
import { registerPeers, registerSync } from './commands/peers.js';
import { registerServe } from './commands/serve.js';
import { registerTokens, registerUsers } from './commands/users.js';

/** The `hoggar` command: thin commands over the node's services. */
export function buildProgram(): Command {
  const program = new Command('hoggar')
    .description('Hoggar: a sovereign, multilingual STIX 2.1 / TAXII 2.1 intelligence-exchange node')
    .version('0.1.0')
    .showHelpAfterError();
  registerInit(program);
  registerServe(program);
  registerDemo(program);
  registerUsers(program);
  registerTokens(program);
  registerCollections(program);
  registerImportExport(program);
  registerExtract(program);
  registerIngest(program);
  registerPeers(program);
  registerSync(program);
  registerBackup(program);
  registerCheck(program);
  registerAudit(program);
  return program;
}
