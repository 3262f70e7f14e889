import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const cases = readdirSync(fixtures)
  .filter((f) => f.endsWith('.input.txt'))
  .map((f) => f.replace(/\.input\.txt$/, ''));

const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

/** The fields a reader sees, in the shape of the golden files. */
function visible(text: string) {
  const r = normaliseTextDump(text, { url: null });
  return {
    title: r.title,
    section: r.section,
    summary: r.summary,
    byline: r.byline,
    published: r.published,
    dateForOrdering: r.dateForOrdering,
    url: r.url,
    image: r.image && { caption: r.image.caption, credit: r.image.credit },
    body: r.body,
    related: r.related,
  };
}

describe('normaliseTextDump golden files', () => {
  it('has several site styles and languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });
  for (const name of cases) {
    it(name, () => {
      const expected: unknown = JSON.parse(read(`${name}.expected.json`));
      expect(visible(read(`${name}.input.txt`))).toEqual(expected);
    });
  }
});

describe('seed-like dump', () => {
  const text = read('en-seed-like.input.txt');
  const item = normaliseTextDump(text, { url: 'https://example.org/ferry' });
  const published = [
    item.title,
    item.section,
    item.summary,
    item.byline,
    item.image?.caption,
    item.image?.credit,
    ...item.body,
    ...item.related,
    item.contentHtml,
  ].join('\n');

  it('keeps the repeated headline once and out of the body', () => {
    expect(item.title).toBe('Ferry operator halts island crossings after engine fire – coastguard');
    expect(item.body.some((p) => p.includes('Ferry operator halts'))).toBe(false);
  });

  it('drops site furniture into dropped and nowhere else', () => {
    for (const furniture of [
      'Source',
      'Leave a Reply',
      'Your email address will not be published.',
      'Back to top button',
    ]) {
      expect(item.dropped).toContain(furniture);
    }
    expect(published).not.toMatch(/Leave a Reply|Back to top|email address|READ MORE|Read more/);
  });

  it('turns inline read-more lines into related titles', () => {
    expect(item.related).toEqual([
      'Island residents demand second ferry route',
      'Shipping safety inspections to double next year',
    ]);
  });

  it('publishes the body as HTML, without a figure for a picture the dump does not carry', () => {
    // Caption and credit stay in item.image; a caption with no picture means nothing to a reader.
    expect(item.image).toMatchObject({ url: null, credit: 'Lena Park/Harbour Photos' });
    expect(item.contentHtml).not.toContain('<figure>');
    expect(item.contentHtml.startsWith('<p>A ferry operator has suspended all crossings')).toBe(true);
    expect(item.url).toBe('https://example.org/ferry');
    expect(item.topics).toEqual([]);
    expect(item.categories).toEqual([]);
  });
});

describe('dates', () => {
  const head = (dateLine: string): string | null =>
    normaliseTextDump(
      `News\nCouncil approves new harbour wall plan\nBy Ann Lee\n${dateLine}\nThe council approved the plan on Monday after a long debate about costs.`,
      {
        url: null,
      },
    ).published;

  it('needs a time and a zone', () => {
    expect(head('3 March 2026, 10:15 GMT')).toBe('2026-03-03T10:15:00+00:00');
    expect(head('Published: 09:05 CEST, 3 March 2026')).toBe('2026-03-03T09:05:00+02:00');
    expect(head('2026-03-03T10:15:00-05:00')).toBe('2026-03-03T10:15:00-05:00');
    expect(head('3 марта 2026, 10:15 (МСК)')).toBe('2026-03-03T10:15:00+03:00');
    expect(head('3 March 2026, 10:15')).toBeNull();
    expect(head('3 March 2026')).toBeNull();
    expect(head('2 hours ago')).toBeNull();
  });

  it('prefers the first-published time to an update', () => {
    expect(head('Updated 11:00 BST 3 June 2026 | First published 08:30 BST 3 June 2026')).toBe(
      '2026-06-03T08:30:00+01:00',
    );
  });
});

describe('pathological input', () => {
  it('stays fast on very long lines', () => {
    const long = 'word, '.repeat(40000) + '(x/y)';
    const start = Date.now();
    normaliseTextDump(`Title of a long page here\n${long}\n${'a'.repeat(100000)}: b`, { url: null });
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('copes with empty input', () => {
    const r = normaliseTextDump('', { url: null });
    expect(r.title).toBeNull();
    expect(r.body).toEqual([]);
  });
});
