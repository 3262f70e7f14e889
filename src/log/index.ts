import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Structured JSON logs to stderr (stdout stays for command output). */
export function createLogger(level: string, bindings: Record<string, unknown> = {}): Logger {
  return pino({ level, base: { service: 'feedwright', ...bindings } }, pino.destination(2));
}
