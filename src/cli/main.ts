#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { FeedwrightError, errorMessage } from '../errors/index.js';
import { registerNormalise } from './normalise.js';
import { registerServe } from './serve.js';
import { registerIngest } from './ingest.js';
import { registerItems } from './items.js';
import { registerSources } from './sources.js';
import { registerConfig } from './config.js';
import { registerMigrate } from './migrate.js';
import { registerStore } from './store.js';
import { registerRemove } from './remove.js';

const program = new Command()
  .name('feedwright')
  .description('Ingest, normalise, deduplicate, tag and republish news as RSS, Atom and JSON Feed.')
  .version('0.1.0')
  // A usage error is one line on stderr, with the hint on the same line.
  .configureOutput({
    outputError: (str, write) =>
      write(`feedwright: ${str.trim().replace(/\s*\n\s*/g, ' ')} (run with --help for usage)\n`),
  })
  .exitOverride();

registerServe(program);
registerIngest(program);
registerSources(program);
registerItems(program);
registerRemove(program);
registerNormalise(program);
registerConfig(program);
registerMigrate(program);
registerStore(program);

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
    // Exit now: a failed command must not hang on whatever it left open (a timer, a pool).
    process.exit(1);
  }
}
