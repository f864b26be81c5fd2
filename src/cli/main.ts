#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { HoggarError } from '../errors.js';
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
  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version requests also arrive here, with exit code 0.
      process.exitCode = error.exitCode;
      return;
    }
    const message = error instanceof HoggarError ? `${error.message} (${error.code})` : (error as Error).message;
    process.stderr.write(`error: ${message}\n`);
    process.exitCode = error instanceof HoggarError && error.code !== 'unavailable' ? 2 : 1;
  }
}

await main(process.argv);
