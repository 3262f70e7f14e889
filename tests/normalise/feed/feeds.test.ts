import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseDocument } from '../../../src/normalise/index.js';
import { parseFeed } from '../../../src/normalise/feed/index.js';
import { ParseError } from '../../../src/errors/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures');

/** Where each fixture was "fetched" from, for cases whose links are relative. */
const FETCHED_FROM: Record<string, string> = {
  'atom-xml-base-xhtml': 'https://www.harwick.test/feeds/press.atom',
  'jsonfeed-11': 'https://makers.quarrylane.test/feed.json',
};

const cases = readdirSync(fixtures)
  .filter((f) => /\.input\.(xml|json)$/.test(f))
  .map((f) => ({ name: f.replace(/\.input\.(xml|json)$/, ''), file: f }));

describe('upstream feeds → items (golden files)', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const result = await normaliseDocument({
        bytes: readFileSync(join(fixtures, c.file)),
        contentType: null,
        location: c.file,
        url: FETCHED_FROM[c.name] ?? null,
      });
      const got = { kind: result.kind, feed: result.feed, items: result.items };
      const goldenPath = join(fixtures, `${c.name}.expected.json`);
      // UPDATE_GOLDEN=1 rewrites the golden files; review the diff before keeping it.
      if (process.env.UPDATE_GOLDEN) {
        writeFileSync(goldenPath, JSON.stringify(got, null, 2) + '\n');
      }
      expect(got).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
    });
  }
});

describe('documents that are not feeds', () => {
  it('throws ParseError with a one-line message for truncated XML with no complete item', async () => {
    const text = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Cut</title><item><title>Half';
    const err = await parseFeed(text, { kind: 'rss', url: null }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ParseError);
    expect((err as ParseError).message).toMatch(/feed/);
    expect((err as ParseError).message).not.toContain('\n');
  });

  it('throws ParseError for garbage given as Atom', async () => {
    await expect(parseFeed('this is not xml at all', { kind: 'atom', url: null })).rejects.toThrow(
      ParseError,
    );
  });

  it('throws ParseError for JSON that is not a feed', async () => {
    await expect(parseFeed('{"hello": "world"}', { kind: 'jsonfeed', url: null })).rejects.toThrow(
      /not a JSON Feed/,
    );
    await expect(
      parseFeed('{"version": "https://jsonfeed.org/version/1.1", "items": [', {
        kind: 'jsonfeed',
        url: null,
      }),
    ).rejects.toThrow(ParseError);
  });

  it('keeps the complete items of a feed cut off mid-item', async () => {
    const text =
      '<rss version="2.0"><channel><title>Cut</title>' +
      '<item><title>Whole</title><link>https://cut.test/1</link></item>' +
      '<item><title>Half</title><link>https://cut.te';
    const { items } = await parseFeed(text, { kind: 'rss', url: null });
    expect(items.map((i) => [i.title, i.url])).toEqual([['Whole', 'https://cut.test/1']]);
  });

  it('keeps the other entries when one entry has an unreadable date', async () => {
    const text =
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>' +
      '<entry><id>a</id><title>A</title><published>soon</published></entry>' +
      '<entry><id>b</id><title>B</title><published>2026-01-02T03:04:05Z</published></entry></feed>';
    const { items } = await parseFeed(text, { kind: 'atom', url: null });
    expect(items.map((i) => [i.guid, i.published])).toEqual([
      ['a', null],
      ['b', '2026-01-02T03:04:05Z'],
    ]);
  });
});
