/**
 * The W3C Feed Validation Service's rules for RSS 2.0 and Atom, as our own assertions over every
 * document served (the validator itself is not available offline): self links, date formats,
 * guids, authors, enclosures, absolute URLs, active content and control characters.
 */
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleServer, type FeedCase, type SampleServer } from './support.js';

let app: SampleServer;
const bodies = new Map<string, string>();

beforeAll(async () => {
  app = await startSampleServer();
  for (const c of app.cases) bodies.set(c.url, await (await fetch(c.url)).text());
});

afterAll(async () => {
  // beforeAll may have failed before the server started: report that, not a crash here.
  await app?.stop();
});

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  // Lists where a format allows repeats; RSS <link> is single, Atom <link> repeats.
  isArray: (name, jpath) =>
    ['item', 'entry', 'atom:link', 'enclosure', 'category', 'dc:creator', 'author', 'media:content'].includes(
      name,
    ) ||
    (name === 'link' && String(jpath).startsWith('feed')),
});

const asNodes = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v ? [v as Node] : []);
const textOf = (v: unknown): string =>
  typeof v === 'string' ? v : v && typeof v === 'object' ? String((v as Node)['#text'] ?? '') : '';
const casesOf = (format: FeedCase['format']): FeedCase[] => app.cases.filter((c) => c.format === format);
const body = (c: FeedCase): string => bodies.get(c.url) ?? '';

const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const MIME = /^[a-z]+\/[a-z0-9][a-z0-9.+-]*$/i;
const ABSOLUTE = /^https?:\/\/[^/\s]+/i;
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every URL-valued attribute inside published HTML (href, src, srcset candidates, poster, …). */
function htmlUrls(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(
    /\s(href|src|poster|cite|action|data|background|srcset)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi,
  )) {
    const value = (m[3] ?? m[4] ?? m[5] ?? '').replace(/&amp;/g, '&').trim();
    if (m[1]?.toLowerCase() === 'srcset')
      urls.push(...value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? ''));
    else urls.push(value);
  }
  return urls;
}

/** Problems in one piece of published HTML: relative or non-web URLs, active content. */
function htmlProblems(html: string): string[] {
  const out: string[] = [];
  for (const u of htmlUrls(html))
    if (!ABSOLUTE.test(u) && !/^mailto:/i.test(u)) out.push(`relative or unsafe URL ${u}`);
  for (const m of html.matchAll(
    /<(script|iframe|object|embed|applet|form|frame|frameset|base|meta|link|style)\b/gi,
  ))
    out.push(`<${m[1] ?? ''}>`);
  for (const m of html.matchAll(/\son[a-z]+\s*=/gi)) out.push(`event handler ${m[0].trim()}`);
  return out;
}

describe('RSS 2.0', () => {
  const channelOf = (c: FeedCase): Node =>
    ((parser.parse(body(c)) as Node).rss as Node | undefined)?.channel as Node;

  it('has atom:link rel="self" equal to the URL requested, query included', () => {
    for (const c of casesOf('rss')) {
      const self = asNodes(channelOf(c)['atom:link']).filter((l) => l['@rel'] === 'self');
      expect(
        self.map((l) => l['@href']),
        c.url,
      ).toEqual([c.url]);
    }
  });

  it('writes RFC 822 dates with four-digit years', () => {
    for (const c of casesOf('rss')) {
      const ch = channelOf(c);
      const dates = [textOf(ch.lastBuildDate), ...asNodes(ch.item).map((i) => textOf(i.pubDate))].filter(
        Boolean,
      );
      expect(dates.length, c.url).toBeGreaterThan(0);
      for (const d of dates) expect(d, c.url).toMatch(RFC822);
    }
  });

  it('marks guids isPermaLink="false" unless they are the article URL', () => {
    for (const c of casesOf('rss'))
      for (const item of asNodes(channelOf(c).item)) {
        const guid = item.guid as Node;
        const permalink = guid['@isPermaLink'] !== 'false';
        if (permalink) expect(textOf(guid), c.url).toBe(textOf(item.link));
        else expect(textOf(guid), c.url).toMatch(/^urn:uuid:/);
      }
  });

  it('names authors with dc:creator, never a bare name in <author>', async () => {
    const bylines = new Map((await app.store.listItems()).map((i) => [`urn:uuid:${i.id}`, i.byline]));
    for (const c of casesOf('rss'))
      for (const item of asNodes(channelOf(c).item)) {
        for (const a of asNodes(item.author)) expect(textOf(a), c.url).toMatch(/^\S+@\S+/);
        const byline = bylines.get(textOf(item.guid));
        expect(asNodes(item['dc:creator']).length, `${c.url} ${textOf(item.title)}`).toBe(byline ? 1 : 0);
      }
  });

  it('gives every item with content:encoded a description before it', () => {
    for (const c of casesOf('rss'))
      for (const item of asNodes(channelOf(c).item)) {
        if (item['content:encoded'] === undefined) continue;
        const keys = Object.keys(item);
        expect(keys.indexOf('description'), `${c.url} ${textOf(item.title)}`).toBeGreaterThanOrEqual(0);
        expect(keys.indexOf('description')).toBeLessThan(keys.indexOf('content:encoded'));
      }
  });

  it('has at most one enclosure per item, with an absolute URL, a real MIME type and a length', () => {
    let seen = 0;
    for (const c of casesOf('rss'))
      for (const item of asNodes(channelOf(c).item)) {
        const enclosures = asNodes(item.enclosure);
        expect(enclosures.length, `${c.url} ${textOf(item.title)}`).toBeLessThanOrEqual(1);
        for (const e of enclosures) {
          seen++;
          expect(String(e['@url']), c.url).toMatch(ABSOLUTE);
          expect(String(e['@type']), c.url).toMatch(MIME);
          expect(String(e['@length']), c.url).toMatch(/^[1-9]\d*$/);
        }
      }
    expect(seen, 'the fixtures carry enclosures').toBeGreaterThan(0);
  });

  it('uses absolute URLs for links, media and everything inside content', () => {
    for (const c of casesOf('rss')) {
      const ch = channelOf(c);
      expect(textOf(ch.link), c.url).toMatch(ABSOLUTE);
      for (const l of asNodes(ch['atom:link'])) expect(String(l['@href']), c.url).toMatch(ABSOLUTE);
      for (const item of asNodes(ch.item)) {
        expect(textOf(item.link), c.url).toMatch(ABSOLUTE);
        for (const m of asNodes(item['media:content'])) expect(String(m['@url']), c.url).toMatch(ABSOLUTE);
        for (const html of [textOf(item['content:encoded']), textOf(item.description)])
          expect(htmlProblems(html), `${c.url} ${textOf(item.title)}`).toEqual([]);
      }
    }
  });
});

describe('Atom 1.0', () => {
  const feedOf = (c: FeedCase): Node => (parser.parse(body(c)) as Node).feed as Node;

  it('has link rel="self" equal to the URL requested, query included', () => {
    for (const c of casesOf('atom')) {
      const self = asNodes(feedOf(c).link).filter((l) => l['@rel'] === 'self');
      expect(
        self.map((l) => l['@href']),
        c.url,
      ).toEqual([c.url]);
    }
  });

  it('writes RFC 3339 dates', () => {
    for (const c of casesOf('atom')) {
      const feed = feedOf(c);
      const dates = [textOf(feed.updated)];
      for (const e of asNodes(feed.entry))
        dates.push(textOf(e.updated), ...(e.published ? [textOf(e.published)] : []));
      for (const d of dates) {
        expect(d, c.url).toMatch(RFC3339);
        expect(Number.isNaN(Date.parse(d)), c.url).toBe(false);
      }
    }
  });

  it('uses absolute URLs for links, media and everything inside content', () => {
    for (const c of casesOf('atom')) {
      const feed = feedOf(c);
      for (const l of asNodes(feed.link)) expect(String(l['@href']), c.url).toMatch(ABSOLUTE);
      for (const e of asNodes(feed.entry)) {
        for (const l of asNodes(e.link)) expect(String(l['@href']), c.url).toMatch(ABSOLUTE);
        for (const m of asNodes(e['media:content'])) expect(String(m['@url']), c.url).toMatch(ABSOLUTE);
        for (const l of asNodes(e.link).filter((x) => x['@rel'] === 'enclosure')) {
          expect(String(l['@type']), c.url).toMatch(MIME);
          expect(String(l['@length']), c.url).toMatch(/^[1-9]\d*$/);
        }
        expect(htmlProblems(textOf(e.content)), `${c.url} ${textOf(e.title)}`).toEqual([]);
      }
    }
  });
});

describe('JSON Feed 1.1', () => {
  interface JsonItem {
    url?: string;
    image?: string;
    content_html?: string;
    attachments?: Array<{ url: string; mime_type: string }>;
  }
  it('has feed_url equal to the URL requested and absolute URLs everywhere', () => {
    for (const c of casesOf('json')) {
      const doc = JSON.parse(body(c)) as { feed_url: string; items: JsonItem[] };
      expect(doc.feed_url, c.url).toBe(c.url);
      for (const i of doc.items) {
        for (const u of [i.url, i.image, ...(i.attachments ?? []).map((a) => a.url)])
          if (u !== undefined) expect(u, c.url).toMatch(ABSOLUTE);
        for (const a of i.attachments ?? []) expect(a.mime_type, c.url).toMatch(MIME);
        expect(htmlProblems(i.content_html ?? ''), c.url).toEqual([]);
      }
    }
  });
});

/** Every string inside a decoded JSON value. */
const jsonStrings = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(jsonStrings)
      : v && typeof v === 'object'
        ? Object.values(v).flatMap(jsonStrings)
        : [];

describe('every format', () => {
  it('contains no characters XML forbids, raw or as character references', () => {
    for (const c of app.cases) {
      const texts = c.format === 'json' ? jsonStrings(JSON.parse(body(c))) : [body(c)];
      for (const t of texts) {
        expect(XML_INVALID.test(t), c.url).toBe(false);
        expect(
          /&#(?:0*(?:[0-8]|1[1-2]|1[4-9]|2\d|3[01])|x0*(?:[0-8bcef]|1[0-9a-f]|fff[ef]));/i.test(t),
          c.url,
        ).toBe(false);
      }
    }
  });
});
