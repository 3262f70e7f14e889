import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AuthError, NotFoundError, RateLimitError } from '../errors/index.js';

/** What the admin endpoints can ask the running service to do. */
export interface AdminActions {
  /** Queue a run of one source; rejects with NotFoundError for an unknown id. */
  ingest(sourceId: string): Promise<void>;
  /** Re-read the source definitions; resolves with how many sources are enabled. */
  reload(): Promise<{ sources: number }>;
  /**
   * Disable a source (it stops running) or enable it again; kept in the store (SourceState
   * `disabledAt`), so it holds across restarts and reloads. Rejects with NotFoundError for an id
   * not in the definitions.
   */
  setEnabled(sourceId: string, enabled: boolean): Promise<void>;
  /** Remove a stored item for good (tombstoned); rejects with NotFoundError for an id not stored. */
  removeItem(itemId: string): Promise<void>;
  /**
   * Remove every stored item of a source for good; resolves with how many went. Rejects with
   * NotFoundError for a source neither defined nor named by any stored item.
   */
  purgeSource(sourceId: string): Promise<{ removed: number }>;
}

/** Compare in constant time; hashing first makes the lengths equal without leaking them. */
function tokenMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function requireToken(token: string): RequestHandler {
  return (req, _res, next) => {
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m?.[1] || !tokenMatches(m[1], token)) {
      next(new AuthError('a valid "Authorization: Bearer <token>" header is required'));
      return;
    }
    next();
  };
}

/** Per-client limit on endpoints that cost real work; answered through the common error mapping. */
export function expensiveLimiter(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res, next) => {
      res.setHeader('Retry-After', '60');
      next(new RateLimitError('too many requests; try again in a minute', 60));
    },
  });
}

/**
 * State-changing endpoints: trigger a source run, reload the sources, disable or enable a source,
 * remove an item or purge a source's items. Off (404) unless a token is configured; with one,
 * every request must carry it.
 */
export function adminRouter(options: {
  token: string | null;
  actions: AdminActions | undefined;
  perMinute: number;
}) {
  const router = express.Router();
  const { token, actions } = options;
  if (!token || !actions) {
    router.use((req, _res, next) => next(new NotFoundError(`no such page: ${req.originalUrl}`)));
    return router;
  }
  router.use(expensiveLimiter(options.perMinute), requireToken(token));
  router.post('/sources/:id/ingest', async (req, res) => {
    await actions.ingest(String(req.params.id));
    res.status(202).json({ source: req.params.id, status: 'queued' });
  });
  for (const [path, enabled] of [
    ['disable', false],
    ['enable', true],
  ] as const) {
    router.post(`/sources/:id/${path}`, async (req, res) => {
      await actions.setEnabled(String(req.params.id), enabled);
      res.json({ source: req.params.id, status: enabled ? 'enabled' : 'disabled' });
    });
  }
  router.post('/sources/:id/purge', async (req, res) => {
    const { removed } = await actions.purgeSource(String(req.params.id));
    res.json({ source: req.params.id, status: 'purged', removed });
  });
  router.delete('/items/:id', async (req, res) => {
    await actions.removeItem(String(req.params.id));
    res.json({ item: req.params.id, status: 'removed' });
  });
  router.post('/reload', async (_req, res) => {
    res.json({ status: 'reloaded', ...(await actions.reload()) });
  });
  return router;
}
