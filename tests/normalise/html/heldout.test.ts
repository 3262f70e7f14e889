import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Held-out HTML pages: invented article pages in styles the rules were not written from (an
 * Italian regional paper, a Dutch public broadcaster, a Polish portal, a WordPress blog, US local
 * TV, a corporate press release, a magazine long read, a Norwegian paper). Their expectations were
 * written by hand before the normaliser ran on them; the fields it gets right are held here so
 * they stay right.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), 'heldout');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

type Field = 'title' | 'section' | 'summary' | 'byline' | 'published' | 'url' | 'image' | 'body' | 'related';

/**
 * Fields still wrong, with why. The body of these cases keeps every expected paragraph but also
 * some furniture, so only its recall is checked.
 */
const KNOWN_WRONG: Record<string, Field[]> = {
  // An all-capitals topic kicker over the headline is taken for the section; the breadcrumb
  // outside the article element names it.
  '001-it-ponte-sesia-chiuso': ['section'],
  // The region label over the headline is taken for the section; the menu's current entry names it.
  '002-nl-omroep-dijk-kampen': ['section'],
  // A fact box (a heading and a short list) inside the text stays in the body.
  '008-no-ferjekai-stengt': ['body'],
};

interface Expected {
  title: string;
  section: string | null;
  summary: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  image: { caption: string | null; credit: string | null } | null;
  body: string[];
  related: string[];
}

const read = (name: string, file: string): string => readFileSync(join(root, name, file), 'utf8');

/** The fields the expectation states, as the normaliser gives them. */
function extracted(name: string): Expected {
  const r = normaliseHtmlArticle(read(name, 'input.html'), { url: null });
  return {
    title: r.title ?? '',
    section: r.section,
    summary: r.summary,
    byline: r.byline,
    published: r.published,
    url: r.url,
    image: r.image && { caption: r.image.caption, credit: r.image.credit },
    body: r.body,
    related: r.related,
  };
}

/** The same instant, whatever offset it is written with. */
const instant = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));

describe('held-out HTML pages', () => {
  it('has the eight cases', () => {
    expect(cases.length).toBe(8);
  });
  for (const name of cases) {
    const want = JSON.parse(read(name, 'expected.json')) as Expected;
    const wrong = new Set(KNOWN_WRONG[name] ?? []);
    const fields = (['title', 'section', 'summary', 'byline', 'url', 'body', 'related'] as const).filter(
      (f) => !wrong.has(f),
    );
    it(`${name}: ${fields.join(', ')}, image, published`, () => {
      const got = extracted(name);
      for (const f of fields) expect(got[f], f).toEqual(want[f]);
      expect(got.image, 'image').toEqual(
        want.image && { caption: want.image.caption, credit: want.image.credit },
      );
      expect(instant(got.published), 'published').toBe(instant(want.published));
    });
    if (wrong.has('body'))
      it(`${name}: every paragraph of the story, in order`, () => {
        const body = extracted(name).body;
        const at = want.body.map((p) => body.indexOf(p));
        expect(at.every((i) => i >= 0)).toBe(true);
        expect([...at].sort((a, b) => a - b)).toEqual(at);
      });
  }
});
