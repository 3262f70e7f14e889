import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round M page shapes, invented: related links whose href is a bare "#" placeholder, an office
 * joined to the writer's name by a preposition, a writer's noun of another language as the byline
 * box's class and as the role after a dash, a profile link by handle ("/@name"), and a call for
 * tips printed after the box of the text.
 */

const PROSE = [
  'The harbour board agreed on Monday to dredge the inner basin before the summer, after two fishing boats grounded there at low tide last month.',
  'The work will close the north slipway for three weeks, and boat owners have been asked to use the ferry ramp at the far end of the quay.',
  'A board member said the silt had built up faster than expected because of the winter storms, which washed sand in from the outer bar.',
];

const page = (header: string, afterText = '', lang = 'en'): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>x</title></head><body><main><article>
<header><h1>Harbour board to dredge inner basin before summer</h1>${header}</header>
<div class="story-text">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>${afterText}
</article></main></body></html>`;

const run = (html: string): ReturnType<typeof normaliseHtmlArticle> =>
  normaliseHtmlArticle(html, { url: 'https://harbourgazette.example/news/dredging' });

describe('a related list whose links are "#" placeholders', () => {
  const list = (href: string): string =>
    `<aside class="related-stories"><h3>More on the harbour</h3><ul>
<li><a href="${href}">Ferry timetable changes for the winter season</a></li>
<li><a href="${href}">Fishing fleet lands record catch of mackerel</a></li></ul></aside>`;

  it('keeps the titles, without a link', () => {
    const item = run(page('', list('#')));
    expect(item.related).toEqual([
      'Ferry timetable changes for the winter season',
      'Fishing fleet lands record catch of mackerel',
    ]);
    expect(item.relatedLinks).toEqual([]);
    expect(item.body).toEqual(PROSE);
  });

  it('takes no "#" link that works as a button', () => {
    const more =
      '<li><a href="#" role="button" aria-expanded="false">Show more stories from the harbour</a></li></ul>';
    expect(run(page('', list('#').replace('</ul>', more))).related).toEqual([
      'Ferry timetable changes for the winter season',
      'Fishing fleet lands record catch of mackerel',
    ]);
  });

  it('still takes no title whose link leads to a place on the page itself', () => {
    expect(run(page('', list('#entry-2'))).related).toEqual([]);
  });
});

describe('an office joined to the writer by a preposition', () => {
  it('is dropped after the comma, with its article', () => {
    const byline = (t: string): string => `<div class="byline">${t}</div>`;
    expect(run(page(byline('By Morwenna Hale, of the Harbour Press Office'))).byline).toBe('Morwenna Hale');
    expect(run(page(byline('Texto: Inês Barroso Leal, da Secretaria de Imprensa'))).byline).toBe(
      'Inês Barroso Leal',
    );
  });

  it('leaves a second writer after the comma', () => {
    const html = page('<div class="byline">By Morwenna Hale, Tomas Reed</div>');
    expect(run(html).byline).toBe('Morwenna Hale, Tomas Reed');
  });
});

describe("a writer's noun of the page's language", () => {
  it('names the byline box by its class, and the role after a dash is dropped', () => {
    const html = page('<span class="penulis">Sari Wulandari</span>', '', 'id');
    expect(run(html).byline).toBe('Sari Wulandari');
    const role = page('<span class="yazar">Deniz Kocabaş - Ekonomi Muhabiri</span>', '', 'tr');
    expect(run(role).byline).toBe('Deniz Kocabaş');
  });

  it("leaves out the writer's noun printed as the role beside the linked name", () => {
    const box =
      '<div class="muhabir"><a href="/muhabir/deniz-kocabas">Deniz Kocabaş</a> <span class="unvan">Muhabir</span></div>';
    expect(run(page(box, '', 'tr')).byline).toBe('Deniz Kocabaş');
  });

  it('drops a role the role words know after a dash', () => {
    expect(run(page('<span class="byline">Morwenna Hale - Senior Reporter</span>')).byline).toBe(
      'Morwenna Hale',
    );
  });
});

describe('a profile link by handle', () => {
  it('gives the byline when it reads as a name', () => {
    const meta = `<div class="post-meta"><div class="hover-card"><a href="/@morwennahale">Morwenna Hale</a></div><div class="date">3 Mar 2026</div></div>`;
    expect(run(page(meta)).byline).toBe('Morwenna Hale');
  });

  it("is not a post's link under the handle", () => {
    const meta = `<div class="post-meta"><a href="/@morwennahale/tide-tables">Tide Tables Explained</a></div>`;
    expect(run(page(meta)).byline).toBeNull();
  });
});

describe('a call for tips after the box of the text', () => {
  const tip = 'Got a story for us? Call the newsdesk on 01632 960 123.';

  it('is not the text', () => {
    const after = `<div class="share">Share: <a href="#">Facebook</a></div><p class="note">${tip}</p>`;
    expect(run(page('', after)).body).toEqual(PROSE);
  });

  it("stays when it is the text's own paragraph, in the text's box", () => {
    const html = page('').replace('</div>\n</article>', `<p>${tip}</p></div>\n</article>`);
    expect(run(html).body).toEqual([...PROSE, tip]);
  });
});
