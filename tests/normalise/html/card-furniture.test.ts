import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/** Invented text of a small food blog and a local newsletter. */
const TITLE = 'Plum crumble for a cold evening';
const TEXT = [
  'Every October the tree behind the shed drops more plums than we can eat, so most of them end up under a thick layer of crumble.',
  'The trick is to bake the fruit on its own for ten minutes first, so that the juice thickens before the topping goes on.',
  'Oats in the crumble keep it crisp for a day longer, and a spoon of ground almonds makes it taste richer than it is.',
  'It keeps in the fridge for three days and warms up well in a low oven, which is why I always make a double tray.',
].map((p) => `<p>${p}</p>`);
const page = (inner: string): string =>
  `<!DOCTYPE html><html><head><title>${TITLE}</title></head><body><main><article><h1>${TITLE}</h1>
<div class="post-content">${inner}</div></article></main></body></html>`;
const run = (inner: string): string[] => normaliseHtmlArticle(page(inner), { url: null }).body;

describe('furniture printed as cards and notices inside the text', () => {
  it('drops a callout card that pitches membership, with or without a signup link', () => {
    const noLink = `<div class="card callout-card"><div class="callout-text">This letter is free to read. Paid members get the archive and support the work.</div></div>`;
    const link = `<div class="card callout-card"><div class="callout-text">Want every post by email? <a href="#/portal/signup">Join here</a>.</div></div>`;
    const body = run([TEXT[0], noLink, TEXT[1], TEXT[2], link, TEXT[3]].join('\n'));
    expect(body).toHaveLength(4);
    expect(body.join('\n')).not.toMatch(/members|Join here/);
  });

  it('reads a link-preview card in the text as a related link, and drops its blurb', () => {
    const card = `<figure class="link-preview-card"><a class="preview-link" href="/2026/09/apple-tart/"><div class="preview-title">Apple tart with a shortbread base</div><div class="preview-blurb">A tart for the first cold weekend of the autumn.</div><span class="preview-site">Plum Tree Kitchen</span></a></figure>`;
    const r = normaliseHtmlArticle(page([TEXT[0], TEXT[1], card, TEXT[2], TEXT[3]].join('\n')), {
      url: null,
    });
    expect(r.related).toEqual(['Apple tart with a shortbread base']);
    expect(r.body.join('\n')).not.toMatch(/shortbread|first cold weekend/);
  });

  it('reads an aside of a label and title links between two paragraphs as related links', () => {
    const aside = `<aside class="zie-ook"><b>Ook lezen</b><ul><li><a href="/2026/08/pear-chutney/">Pear chutney for the cheese board</a></li><li><a href="/2026/07/cherry-clafoutis/">Cherry clafoutis without fuss</a></li></ul></aside>`;
    const r = normaliseHtmlArticle(page([TEXT[0], TEXT[1], aside, TEXT[2], TEXT[3]].join('\n')), {
      url: null,
    });
    expect(r.related).toEqual(['Pear chutney for the cheese board', 'Cherry clafoutis without fuss']);
    expect(r.body).toHaveLength(4);
  });

  it('keeps a callout card that gives the reader a fact', () => {
    const fact = `<div class="card callout-card"><div class="callout-text">Damsons work just as well, but they need twice the sugar and a longer bake.</div></div>`;
    const body = run([TEXT[0], fact, TEXT[1], TEXT[2], TEXT[3]].join('\n'));
    expect(body.join('\n')).toContain('Damsons work just as well');
  });

  it('drops a disclosure set in small print and italics', () => {
    const note = `<p class="is-small-text"><em>Some links on this page earn me a small commission if you buy through them.</em></p>`;
    const body = run([note, ...TEXT].join('\n'));
    expect(body).toHaveLength(4);
    expect(body.join('\n')).not.toContain('commission');
  });

  it("drops a card's labelled facts lines and keeps its steps", () => {
    const card = `<div class="dish-card"><ul class="dish-facts">
<li><span class="label">Prep:</span> 15 min.</li><li><span class="label">Serves:</span> 6</li></ul>
<div class="fact-row"><span class="fact-label">Oven </span><span class="fact-value">180 °C</span></div>
<ol><li>Halve the plums and take out the stones, then lay them cut side up in a wide dish.</li></ol></div>`;
    const body = run([...TEXT, card].join('\n'));
    expect(body.join('\n')).not.toMatch(/Prep:|Serves:|180 °C/);
    expect(body.join('\n')).toContain('Halve the plums');
  });

  it("drops the site's closing call for tips in italics, keeps an appeal in the text's type", () => {
    const call = '<p><em>Seen something? Message us on 0100 200 3000.</em></p>';
    expect(run([...TEXT, call].join('\n'))).toHaveLength(4);
    const appeal = '<p>Seen the van? Anyone with information can call the station on 0100 200 3000.</p>';
    expect(run([...TEXT, appeal].join('\n'))).toHaveLength(5);
  });
});
