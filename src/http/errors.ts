import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import { FeedwrightError } from '../errors/index.js';
import type { Logger } from '../log/index.js';

/** The one place where error codes become HTTP statuses. */
const STATUS_BY_CODE: Record<string, number> = {
  usage: 400,
  not_found: 404,
  unauthorized: 401,
  rate_limited: 429,
  parse: 422,
  fetch: 502,
  store: 503,
  config: 500,
};

export function statusFor(err: unknown): number {
  if (err instanceof FeedwrightError) return STATUS_BY_CODE[err.code] ?? 500;
  // Express/body-parser errors carry their own 4xx status.
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** Write an error as a JSON body with the status its type maps to. */
export function sendError(logger: Logger, req: IncomingMessage, res: ServerResponse, err: unknown): void {
  const status = statusFor(err);
  const code = err instanceof FeedwrightError ? err.code : status < 500 ? 'bad_request' : 'internal';
  // Internal details stay in the log; clients get a message only for errors meant for them.
  const message =
    status < 500 || err instanceof FeedwrightError ? String((err as Error).message) : 'internal server error';
  if (status >= 500) logger.error({ err, path: req.url }, 'request failed');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ error: code, message });
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => sendError(logger, req, res, err);
}
