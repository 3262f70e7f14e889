import type { IncomingMessage, ServerResponse } from 'node:http';
import accepts from 'accepts';
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

/** An error as a client may see it: its status, a stable code and a message meant for it. */
export interface ClientError {
  status: number;
  code: string;
  message: string;
}

/** Map an error for a client; a server-side failure is logged with its details. */
function clientError(logger: Logger, req: IncomingMessage, err: unknown): ClientError {
  const status = statusFor(err);
  const code = err instanceof FeedwrightError ? err.code : status < 500 ? 'bad_request' : 'internal';
  // Internal details stay in the log; clients get a message only for errors meant for them.
  const message =
    status < 500 || err instanceof FeedwrightError ? String((err as Error).message) : 'internal server error';
  if (status >= 500) logger.error({ err, path: req.url }, 'request failed');
  return { status, code, message };
}

function write(res: ServerResponse, status: number, contentType: string, body: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/** Write an error as a JSON body with the status its type maps to. */
export function sendError(logger: Logger, req: IncomingMessage, res: ServerResponse, err: unknown): void {
  const e = clientError(logger, req, err);
  write(
    res,
    e.status,
    'application/json; charset=utf-8',
    JSON.stringify({ error: e.code, message: e.message }),
  );
}

/** Renders an error in the site's layout, for browsers. */
export type ErrorPage = (e: ClientError) => string;

/**
 * Answer with an error: a JSON body for programs; for a browser (it prefers HTML to JSON) `page`
 * renders it in the site's layout, with the same status. Never cached; varies by Accept.
 */
export function respondWithError(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  err: unknown,
  page?: ErrorPage,
): void {
  if (!res.headersSent) {
    res.setHeader('Vary', 'Accept');
    res.setHeader('Cache-Control', 'no-store');
  }
  if (!page || accepts(req).type(['json', 'html']) !== 'html') {
    sendError(logger, req, res, err);
    return;
  }
  write(res, statusFor(err), 'text/html; charset=utf-8', page(clientError(logger, req, err)));
}

/** Express's error handler: errors of every route, answered as `respondWithError` does. */
export function errorHandler(logger: Logger, page?: ErrorPage): ErrorRequestHandler {
  return (err, req, res, _next) => respondWithError(logger, req, res, err, page);
}
