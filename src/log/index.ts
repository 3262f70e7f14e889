import { createRequire } from 'node:module';
import { pino, type Logger } from 'pino';
import type prettyType from 'pino-pretty';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** Readable lines instead of JSON; default: when stderr is a terminal. */
  pretty?: boolean;
  /** Where lines go; default stderr (stdout stays for command output). */
  destination?: NodeJS.WritableStream;
}

/**
 * Logs to stderr: readable lines for a person at a terminal, JSON (one object a line, ISO-8601
 * times) for anything else, e.g. a process manager or a log collector.
 */
export function createLogger(
  level: string,
  bindings: Record<string, unknown> = {},
  { pretty: readable = process.stderr.isTTY === true, destination }: LoggerOptions = {},
): Logger {
  const options = {
    level,
    base: { service: 'feedwright', ...bindings },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (!readable) return pino(options, destination ?? pino.destination(2));
  // Loaded only for a person at a terminal: every child process of a test or a service pays for
  // its modules at start-up otherwise. In this thread and synchronous: no worker thread to
  // start, and nothing lost at exit.
  const pretty = createRequire(import.meta.url)('pino-pretty') as typeof prettyType;
  const stream = pretty({
    destination: destination ?? 2,
    sync: true,
    colorize: destination === undefined && process.stderr.isTTY === true,
    translateTime: 'SYS:yyyy-mm-dd HH:MM:ss.l o',
    ignore: 'service,hostname',
    singleLine: true,
  });
  return pino(options, stream);
}
