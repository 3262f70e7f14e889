/* eslint-disable no-control-regex -- the checks are for control characters */
/**
 * What a reader receives: hostile markup through the HTML article path and the feed content path,
 * published in all three formats, carries no active content, no script/data URLs, no tracking
 * pixels, no XML-invalid characters, whatever the nesting depth.
 */
import { describe, expect, it } from 'vitest';
import { normaliseDocument } from '../../src/normalise/index.js';
import { renderFeed, type FeedFormat } from '../../src/publish/index.js';
import { emptyEntities, type NormalisedItem, type StoredItem } from '../../src/model/item.js';

const HOSTILE = [
  '<script>alert(1)</script><img src="https://pics.example/a.jpg" onerror="alert(1)" alt="Quay">',
  '<a href="javascript:alert(1)">one</a> <a href="vbscript:x">two</a> <a href="data:text/html,x">three</a>',
  '<iframe src="https://evil.example/"></iframe><object data="x.swf"><embed src="x.swf"></object>',
  '<style>p{display:none}</style><form action="/x"><input name="q"></form><svg onload="alert(1)"><script>alert(2)</script></svg>',
  '<img src="https://track.example/open.gif" width="1" height="1"><img src="https://track.example/b.gif" style="display:none">',
  '<div onclick="alert(1)">The council approved the harbour budget on Tuesday evening after a long debate.</div>',
  'Control\u0000 characters\u0001 and\u000B a lone \uD800 surrogate stay out.',
].join('\n');

const PARAS = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the report on the harbour budget, which the council approved after a long debate.</p>`,
).join('');

const html = `<!DOCTYPE html><html><head><title>Harbour budget</title></head><body><article><h1>Harbour budget approved</h1>${PARAS}${HOSTILE}${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}</article></body></html>`;
const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Town</title><link>https://town.example/</link><item><title>Harbour budget</title><link>https://town.example/a</link><guid>a</guid><content:encoded><![CDATA[${PARAS}${HOSTILE}]]></content:encoded></item></channel></rss>`;
const json = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Town',
  items: [{ id: 'a', url: 'https://town.example/a', title: 'Harbour budget', content_html: PARAS + HOSTILE }],
});

const stored = (item: NormalisedItem): StoredItem => ({
  ...item,
  entities: item.entities ?? emptyEntities(),
  id: '00000000-0000-4000-8000-000000000001',
  tags: [],
  origins: [{ source: 'town', guid: item.guid, url: item.url, fetchedAt: '2026-03-01T00:00:00.000Z' }],
  keys: ['guid:a'],
  contentHash: 'sha256:a',
  firstSeen: '2026-03-01T00:00:00.000Z',
  modified: '2026-03-01T00:00:00.000Z',
});

const descriptor = (format: FeedFormat) => ({
  title: 'Test',
  description: 'Test',
  language: 'en',
  selfUrl: `http://localhost:8080/feed.${format}`,
  homeUrl: 'http://localhost:8080/',
  baseUrl: 'http://localhost:8080',
  links: {
    rss: 'http://localhost:8080/feed.rss',
    atom: 'http://localhost:8080/feed.atom',
    json: 'http://localhost:8080/feed.json',
  },
});

/** The content HTML a reader's client gets, decoded from each format. */
function published(format: FeedFormat, item: StoredItem): string {
  const out = renderFeed(format, descriptor(format), [item]);
  expect(out).not.toMatch(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/,
  );
  if (format === 'json')
    return String((JSON.parse(out) as { items: { content_html: string }[] }).items[0]?.content_html);
  const m = /<!\[CDATA\[([\s\S]*?)\]\]>/.exec(out.slice(out.indexOf('<item') + 1 || out.indexOf('<entry')));
  return (
    m?.[1] ??
    out
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
  );
}

describe('published content is sanitised', () => {
  it.each([
    ['HTML article', html, 'story.html'],
    ['RSS content', rss, 'feed.rss'],
    ['JSON Feed content', json, 'feed.json'],
  ])('%s', async (_name, text, location) => {
    const { items } = await normaliseDocument({
      bytes: Buffer.from(text),
      contentType: null,
      location,
      url: 'https://town.example/a',
    });
    expect(items.length).toBeGreaterThan(0);
    const item = stored(items[0]!);
    for (const format of ['rss', 'atom', 'json'] as const) {
      const content = published(format, item);
      expect(content).toContain('harbour budget');
      expect(content).not.toMatch(/<(?:script|iframe|object|embed|style|form|input|svg)\b/i);
      expect(content).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      expect(content).not.toMatch(/(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i);
      expect(content).not.toContain('track.example');
      expect(content).not.toContain('alert(');
    }
  });
});
