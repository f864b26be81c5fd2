#!/usr/bin/env node
import { CommanderError, type Command } from 'commander';
import { HoggarError } from '../errors.js';
import { isIngestError } from '../ingest/errors.js';
import { buildProgram } from './program.js';

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  // On every command, not just the root: a subcommand's usage error (an unknown option, a bad
  // value, a missing required one) would otherwise exit with 1 straight from commander.
  const overrideExit = (command: Command): void => {
    command.exitOverride();
    command.commands.forEach(overrideExit);
  };
  overrideExit(program);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version requests also arrive here, with exit code 0; a usage error is bad input (2).
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    // Bad input (exit 2) is told apart from a failure to do the work (exit 1).
    const coded = error instanceof HoggarError || isIngestError(error);
    const message = coded ? `${error.message} (${error.code})` : (error as Error).message;
    process.stderr.write(`error: ${message}\n`);
    process.exitCode = coded && error.code !== 'unavailable' && error.code !== 'extraction_failed' && !error.code.startsWith('fetch_') ? 2 : 1;
  }
}

await main(process.argv);
