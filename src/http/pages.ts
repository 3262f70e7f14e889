import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type Request, type Response } from 'express';
import { parse as parseCookies } from 'cookie';
import type { Config, SourceDef } from '../config/index.js';
import type { StoredItem } from '../model/item.js';
import type { Store } from '../store/index.js';
import { itemCursor } from '../store/index.js';
import { NotFoundError, UsageError } from '../errors/index.js';
import { CronSchedule } from '../scheduler/cron.js';
import {
  FEED_XSL,
  FEED_XSL_PATH,
  Formatter,
  SITE_CSS,
  SITE_CSS_PATH,
  homePage,
  isRunning,
  itemPage,
  searchPage,
  sourcePage,
  sourcesPage,
  tagPage,
  tagsIndexPage,
  type EntityKind,
  type Site,
} from '../pages/index.js';
import type { AdminActions } from './admin.js';
import { searchFeedRouter, searchFeeds } from './search-feed.js';

/** Items per page of a list (home, tag, source, search). */
export const PAGE_SIZE = 20;

export interface PagesDeps {
  config: Config;
  store: Store;
  /** The live source list (a reload replaces its contents). */
  sources: SourceDef[];
  admin: AdminActions | undefined;
  limited: express.RequestHandler;
  now?: () => Date;
}

const sendHtml = (res: Response, body: string, cache = 'no-cache'): void => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', cache);
  res.send(body);
};

/** One page of a newest-first list, with links to the pages around it (the feeds' cursors). */
async function pageOf(
  store: Store,
  req: Request,
  scope: { tag?: string; source?: string },
): Promise<{ items: StoredItem[]; paging: { newer: string | null; older: string | null } }> {
  const before = typeof req.query.before === 'string' ? req.query.before : undefined;
  const after = typeof req.query.after === 'string' ? req.query.after : undefined;
  if (before !== undefined && after !== undefined)
    throw new UsageError('use either before or after, not both');
  // One more than a page tells whether there is another page beyond it.
  const got = await store.listItems({ ...scope, limit: PAGE_SIZE + 1, before, after });
  const more = got.length > PAGE_SIZE;
  const items = after !== undefined ? got.slice(more ? 1 : 0) : got.slice(0, PAGE_SIZE);
  const first = items[0];
  const last = items[items.length - 1];
  const link = (key: string, item: StoredItem | undefined): string | null =>
    item ? `${req.baseUrl}${req.path}?${key}=${itemCursor(item)}` : null;
  // Past a cursor there is always something on its other side: the item it names, at least.
  const hasNewer = after !== undefined ? more : before !== undefined;
  const hasOlder = after !== undefined ? true : more;
  return {
    items,
    paging: { newer: hasNewer ? link('after', first) : null, older: hasOlder ? link('before', last) : null },
  };
}

/** Which kind of name each entity tag is, read once per tag from an item that carries it. */
class EntityKinds {
  readonly #known = new Map<string, EntityKind | null>();
  constructor(private readonly store: Store) {}

  async of(slugs: Array<{ slug: string; label: string }>): Promise<Map<string, EntityKind>> {
    for (const { slug, label } of slugs) {
      if (this.#known.has(slug)) continue;
      const [item] = await this.store.listItems({ tag: slug, limit: 1 });
      const e = item?.entities;
      this.#known.set(
        slug,
        !e
          ? null
          : e.people.includes(label)
            ? 'person'
            : e.places.includes(label)
              ? 'place'
              : e.organisations.includes(label)
                ? 'organisation'
                : null,
      );
    }
    const out = new Map<string, EntityKind>();
    for (const { slug } of slugs) {
      const k = this.#known.get(slug);
      if (k) out.set(slug, k);
    }
    return out;
  }
}

/** The next scheduled run of a source, from its cron expression. */
function nextRun(source: SourceDef, now: Date): Date | null {
  const cron = new CronSchedule(source.schedule);
  try {
    return cron.nextAfter(now);
  } finally {
    cron.dispose();
  }
}

/** A source's own site when it is fetched from the web. */
function sourceHomepage(source: SourceDef): string | null {
  if (!source.isUrl) return null;
  try {
    return `${new URL(source.location).origin}/`;
  } catch {
    return null;
  }
}

const NOTICES: Record<string, { text: string; problem: boolean }> = {
  'signed-in': { text: 'Signed in: the sources have their controls.', problem: false },
  'signed-out': { text: 'Signed out.', problem: false },
  'bad-token': { text: 'That is not the admin token.', problem: true },
  'sign-in': { text: 'Sign in first: the session ended or was never started.', problem: true },
  run: { text: 'The run was queued; reload in a moment to see its result.', problem: false },
  disabled: { text: 'The source is disabled: it will not run until enabled again.', problem: false },
  enabled: { text: 'The source is enabled and back on its schedule.', problem: false },
};

const SESSION_COOKIE = 'feedwright_operator';

/**
 * The operator's browser session: a cookie holding an HMAC of the admin token (never the token),
 * HttpOnly and SameSite=Strict, so another site can neither read it nor post with it.
 */
class OperatorSession {
  readonly #value: Buffer | null;
  constructor(
    token: string | null,
    private readonly secure: boolean,
  ) {
    this.#value = token ? createHmac('sha256', token).update('feedwright operator session').digest() : null;
  }

  get available(): boolean {
    return this.#value !== null;
  }

  tokenMatches(given: string): boolean {
    if (!this.#value) return false;
    const mac = createHmac('sha256', given).update('feedwright operator session').digest();
    return timingSafeEqual(mac, this.#value);
  }

  signedIn(req: Request): boolean {
    if (!this.#value) return false;
    const raw = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
    const given = raw ? Buffer.from(raw, 'base64url') : null;
    return !!given && given.length === this.#value.length && timingSafeEqual(given, this.#value);
  }

  signIn(res: Response): void {
    if (!this.#value) return;
    res.cookie(SESSION_COOKIE, this.#value.toString('base64url'), {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.secure,
      path: '/sources',
      maxAge: 8 * 3600_000,
    });
  }

  signOut(res: Response): void {
    res.clearCookie(SESSION_COOKIE, { path: '/sources' });
  }
}

/** What every page knows about the site, from the configuration. */
export const siteOf = (config: Config): Site => ({
  title: config.feeds.siteTitle,
  baseUrl: config.baseUrl,
  language: config.feeds.language,
  fmt: new Formatter(config.feeds.language),
});

/** The HTML pages, the search feeds, the stylesheet and the feed XSLT. */
export function pagesRouter(deps: PagesDeps): express.Router {
  const { config, store, sources, limited } = deps;
  const now = deps.now ?? (() => new Date());
  const site = siteOf(config);
  const entityKinds = new EntityKinds(store);
  const session = new OperatorSession(config.admin.token, config.baseUrl.startsWith('https:'));
  const titles = (): Record<string, string> => Object.fromEntries(sources.map((s) => [s.id, s.title]));
  const findSource = (id: string): SourceDef => {
    const source = sources.find((s) => s.id === id);
    if (!source) throw new NotFoundError(`no source "${id}"`);
    return source;
  };
  const router = express.Router();

  router.get(SITE_CSS_PATH, (_req, res) => {
    res.setHeader('Content-Type', 'text/css; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.send(SITE_CSS);
  });
  router.get(FEED_XSL_PATH, (_req, res) => {
    // text/xsl is what browsers accept for a stylesheet named by <?xml-stylesheet?>.
    res.setHeader('Content-Type', 'text/xsl; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.send(FEED_XSL);
  });

  router.get('/', limited, async (req, res) => {
    const [{ items, paging }, tags, states] = await Promise.all([
      pageOf(store, req, {}),
      store.listTags(),
      store.sourceStates(),
    ]);
    sendHtml(res, homePage(site, { items, paging, tags, sources, states, titles: titles(), now: now() }));
  });

  // `/tags` answers JSON to programs (the listing the API always gave) and the index to browsers.
  router.get('/tags', limited, async (req, res, next) => {
    if (req.accepts(['json', 'html']) !== 'html') {
      next();
      return;
    }
    const tags = await store.listTags();
    const entities = tags.filter((t) => t.tag.kind === 'entity').map((t) => t.tag);
    const kinds = await entityKinds.of(entities);
    sendHtml(res, tagsIndexPage(site, { tags, entityKinds: kinds, all: req.query.all === '1' }));
  });

  router.get('/tags/:slug', limited, async (req, res) => {
    const slug = String(req.params.slug);
    const tag = (await store.listTags()).find((t) => t.tag.slug === slug);
    if (!tag) throw new NotFoundError(`no items are tagged "${slug}"`);
    const [{ items, paging }, kinds] = await Promise.all([
      pageOf(store, req, { tag: slug }),
      tag.tag.kind === 'entity' ? entityKinds.of([tag.tag]) : Promise.resolve(new Map<string, EntityKind>()),
    ]);
    const kind = kinds.get(slug);
    const entityKind = kind ? { person: 'Person', place: 'Place', organisation: 'Organisation' }[kind] : null;
    sendHtml(
      res,
      tagPage(site, { tag: tag.tag, count: tag.count, entityKind, items, paging, titles: titles() }),
    );
  });

  router.get('/sources', limited, async (req, res) => {
    const states = await store.sourceStates();
    const at = now();
    const rows = sources.map((source) => {
      const state = states[source.id];
      return { source, state, nextRun: isRunning(source, state) ? nextRun(source, at) : null };
    });
    const notice = typeof req.query.notice === 'string' ? (NOTICES[req.query.notice] ?? null) : null;
    sendHtml(
      res,
      sourcesPage(site, {
        rows,
        now: at,
        admin: { available: session.available && !!deps.admin, signedIn: session.signedIn(req) },
        notice,
      }),
    );
  });

  router.get('/sources/:id', limited, async (req, res) => {
    const source = findSource(String(req.params.id));
    const [{ items, paging }, states] = await Promise.all([
      pageOf(store, req, { source: source.id }),
      store.sourceStates(),
    ]);
    sendHtml(
      res,
      sourcePage(site, {
        source,
        state: states[source.id],
        now: now(),
        homepage: sourceHomepage(source),
        items,
        paging,
        titles: titles(),
      }),
    );
  });

  const form = express.urlencoded({ extended: false, limit: '4kb' });
  const back = (res: Response, notice: string, id?: string): void =>
    res.redirect(303, `/sources/?notice=${notice}${id ? `#source-${id}` : ''}`);

  router.post('/sources/sign-in', limited, form, (req, res) => {
    const token = typeof req.body?.token === 'string' ? req.body.token : '';
    if (!session.available || !deps.admin)
      throw new NotFoundError('operator controls are off: no admin token is configured');
    if (!session.tokenMatches(token)) {
      back(res, 'bad-token');
      return;
    }
    session.signIn(res);
    back(res, 'signed-in');
  });
  router.post('/sources/sign-out', limited, (_req, res) => {
    session.signOut(res);
    back(res, 'signed-out');
  });
  router.post('/sources/:id/:action', limited, async (req, res) => {
    const admin = deps.admin;
    const action = String(req.params.action);
    if (!session.available || !admin || !['run', 'disable', 'enable'].includes(action))
      throw new NotFoundError(`no such page: ${req.path}`);
    if (!session.signedIn(req)) {
      back(res, 'sign-in');
      return;
    }
    const source = findSource(String(req.params.id));
    if (action === 'run') await admin.ingest(source.id);
    else await admin.setEnabled(source.id, action === 'enable');
    back(res, action === 'run' ? 'run' : `${action}d`, source.id);
  });

  router.get('/items/:id', limited, async (req, res) => {
    const item = await store.getItem(String(req.params.id));
    if (!item) throw new NotFoundError(`no item "${String(req.params.id)}"`);
    sendHtml(res, itemPage(site, { item, titles: titles() }), 'public, max-age=300');
  });

  router.get('/search', limited, async (req, res) => {
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 200) : '';
    const page =
      typeof req.query.page === 'string' && /^\d{1,5}$/.test(req.query.page)
        ? Math.max(1, Number(req.query.page))
        : 1;
    const { items, total } = q.trim()
      ? await store.searchItems({ text: q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
      : { items: [], total: 0 };
    const href = (n: number): string =>
      `/search?${new URLSearchParams({ q, ...(n > 1 ? { page: String(n) } : {}) })}`;
    sendHtml(
      res,
      searchPage(site, {
        query: q,
        items,
        total,
        page,
        paging: {
          newer: page > 1 ? href(page - 1) : null,
          older: page * PAGE_SIZE < total ? href(page + 1) : null,
        },
        feeds: searchFeeds(config, q),
        titles: titles(),
      }),
    );
  });

  router.use(searchFeedRouter({ config, store, sources, limited }));
  return router;
}
