#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { FeedwrightError, errorMessage } from '../errors/index.js';
import { registerNormalise } from './normalise.js';

const program = new Command()
  .name('feedwright')
  .description('Ingest, normalise, deduplicate, tag and republish news as RSS, Atom and JSON Feed.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerNormalise(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // Commander has already printed its message (help, version, or a usage error).
    process.exitCode = err.exitCode;
  } else {
    const prefix = err instanceof FeedwrightError ? '' : 'unexpected error: ';
    process.stderr.write(`feedwright: ${prefix}${errorMessage(err)}\n`);
    if (process.env.FEEDWRIGHT_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  }
}
