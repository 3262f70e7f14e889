import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const cases = readdirSync(fixtures)
  .filter((f) => f.endsWith('.input.html'))
  .map((f) => f.replace('.input.html', ''));

interface Expected {
  input: { url: string | null };
  [field: string]: unknown;
}

const load = (name: string): { html: string; expected: Expected } => ({
  html: readFileSync(join(fixtures, `${name}.input.html`), 'utf8'),
  expected: JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), 'utf8')) as Expected,
});

describe('normaliseHtmlArticle golden files', () => {
  it.each(cases)('%s gives the expected fields', (name) => {
    const { html, expected } = load(name);
    const { input, ...fields } = expected;
    const item = normaliseHtmlArticle(html, { url: input.url });
    for (const [k, v] of Object.entries(fields)) {
      expect(item[k as keyof typeof item], k).toEqual(v);
    }
  });
});

describe('normaliseHtmlArticle publishable content', () => {
  it('puts the lead image first as a figure with caption and credit, links absolute', () => {
    const { html, expected } = load('jsonld-news');
    const item = normaliseHtmlArticle(html, { url: expected.input.url });
    expect(
      item.contentHtml.startsWith('<figure><img src="https://www.valleyherald.example/img/ferry-1200.jpg"'),
    ).toBe(true);
    expect(item.contentHtml).toContain('<figcaption>The ferry leaves the north landing on a frosty morning.');
    expect(item.contentHtml).toContain('<h2>What the subsidy pays for</h2>');
    expect(item.contentHtml).toContain('<li>Crossings every twenty minutes at peak times</li>');
    expect(item.contentHtml).not.toContain('Advertisement');
    expect(item.contentHtml).not.toContain('Bridge repairs delayed');
    expect(item.contentHtml).not.toContain('<script');
  });

  it('drops tracking parameters from the canonical URL but keeps the others', () => {
    const { html } = load('jsonld-news');
    const item = normaliseHtmlArticle(html, { url: 'https://www.valleyherald.example/x' });
    expect(item.url).toBe(
      'https://www.valleyherald.example/news/transport/riverside-ferry-winter-service/?page=2',
    );
  });

  it('keeps furniture out of every text field and lists it as dropped', () => {
    const { html } = load('ad-caption');
    const item = normaliseHtmlArticle(html, { url: null });
    const text = [item.title, item.summary, item.byline, ...item.body].join('\n');
    for (const bad of [
      'Advertisement',
      'Share this article',
      'Workers lay the final blocks',
      'Great news for the town',
    ]) {
      expect(text).not.toContain(bad);
    }
    expect(item.dropped).toContain('Advertisement');
    expect(item.contentHtml).not.toContain('<blockquote></blockquote>');
  });

  it('leaves tagging fields empty', () => {
    const { html } = load('jsonld-news');
    const item = normaliseHtmlArticle(html, { url: null });
    expect(item.topics).toEqual([]);
    expect(item.entities).toEqual({ people: [], places: [], organisations: [] });
  });

  it('survives a fragment without html, head or body', () => {
    const item = normaliseHtmlArticle('<h1>Short note</h1><p>Only one line of text here.</p>', { url: null });
    expect(item.title).toBe('Short note');
    expect(item.body).toEqual(['Only one line of text here.']);
  });
});
