import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/** Invented prose: long enough that the page reads as an article. */
const PROSE = [
  'The orchard society agreed on Thursday to replant the twelve pear trees lost in the spring storm, using grafts taken from the oldest tree on the site and kept over winter in the cold store.',
  'Volunteers will dig the new holes in January, when the ground is soft enough, and the young trees will be staked against the wind from the hill.',
  'The society expects the first small harvest in four years, and has asked the parish for help with fencing to keep the deer away from the bark.',
  'Members who want to help can sign up at the hut on Saturday mornings, where the grafting knives and gloves are kept in a locked cupboard.',
];
const paras = PROSE.map((p) => `<p>${p}</p>`).join('\n');
const TITLE = 'Orchard society to replant its pear trees';
const run = (html: string): ReturnType<typeof normaliseHtmlArticle> =>
  normaliseHtmlArticle(html, { url: null });

describe('HTML pages of content management systems not seen before', () => {
  it('keeps the text of a BEM element named for the body whose block names a rail', () => {
    const html = `<!DOCTYPE html><html><head></head><body><div class="page">
<div class="right-rail__body"><h1>${TITLE}</h1><div class="story">${paras}</div></div>
<div class="right-rail__side"><a href="/x">Market hall to close early this winter</a></div>
</div></body></html>`;
    expect(run(html).body).toEqual(PROSE);
  });

  it('reads a date whose attribute name is written in mixed case, as server renderers print it', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article>
<h1>${TITLE}</h1><div class="meta"><time dateTime="2026-03-04T08:30:00+01:00">4 March</time></div>
${paras}</article></main></body></html>`;
    expect(run(html).published).toBe('2026-03-04T08:30:00+01:00');
  });

  it('leaves text that reads like a mixed-case attribute as written outside tags (a code sample)', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article>
<h1>${TITLE}</h1>${paras}<pre><code>&lt;div className="tree-card"&gt;</code></pre></article></main></body></html>`;
    expect(run(html).body).toContain('<div className="tree-card">');
  });

  it('splits a credit written as the medium and the language\u2019s "by" off the caption', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article>
<h1>${TITLE}</h1><figure><img src="/pears.jpg" width="900" height="600" alt="">
<figcaption><span>Le giovani piante nel frutteto. Foto di Anna Colombo</span></figcaption></figure>
${paras}</article></main></body></html>`;
    const r = run(html);
    expect(r.image?.caption).toBe('Le giovani piante nel frutteto.');
    expect(r.image?.credit).toBe('Anna Colombo');
  });

  it('does not take a box named for the credit that holds the whole caption for the credit', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article>
<h1>${TITLE}</h1><div class="lead-photo"><div class="img"><img src="/pears.jpg" width="900" height="600" alt=""></div>
<div class="author-photo"><p>The old pear tree by the hut.<span class="who">Photo: Bo Roe, Valley Agency</span></p></div></div>
${paras}</article></main></body></html>`;
    const r = run(html);
    expect(r.image?.caption).toBe('The old pear tree by the hut.');
    expect(r.image?.credit).toBe('Bo Roe, Valley Agency');
  });

  it('does not read a box named related under a "Most read" heading as related links', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article>
<h1>${TITLE}</h1>${paras}</article>
<div class="related-bottom"><h2>Most read</h2><ol><li><a href="/a">Snow closes the pass for the second night</a></li>
<li><a href="/b">Ferry timetable changes from next Monday</a></li></ol></div></main></body></html>`;
    expect(run(html).related).toEqual([]);
  });

  it('takes the caption of the page image printed in a figure further down the text', () => {
    const html = `<!DOCTYPE html><html><head><meta property="og:image" content="https://example.org/img/grafts.jpg"></head>
<body><main><article><h1>${TITLE}</h1>${PROSE.slice(0, 2)
      .map((p) => `<p>${p}</p>`)
      .join('')}
<figure><img src="https://example.org/img/grafts.jpg" alt=""><figcaption><span class="text">Grafts wrapped in tape.</span> <span class="credit">Photo: Cy Dahl</span></figcaption></figure>
${PROSE.slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('')}</article></main></body></html>`;
    const r = run(html);
    expect(r.image).toEqual({
      url: 'https://example.org/img/grafts.jpg',
      caption: 'Grafts wrapped in tape.',
      credit: 'Cy Dahl',
    });
    expect(r.body).toEqual(PROSE);
  });

  it('takes the declared section over a topic kicker in plain text', () => {
    const html = `<!DOCTYPE html><html><head><meta property="article:section" content="Hillside"></head><body><main><article>
<header><p class="kicker">Parish council</p><h1>${TITLE}</h1></header>${paras}</article></main></body></html>`;
    expect(run(html).section).toBe('Hillside');
  });

  it('keeps a recipe card\u2019s headings classed as headers over their lists, and drops its rating', () => {
    const items = ['2 pears', '100 g of sugar', '1 lemon'];
    const steps = ['Peel the pears and cut them in quarters.', 'Simmer them with the sugar and lemon juice.'];
    const NOTE = 'The compote keeps for three days in a covered jar in the fridge.';
    const html = `<!DOCTYPE html><html><head></head><body><main><article><h1>${TITLE}</h1>${paras}
<div class="recipe-card"><div class="recipe-rating"><span>4.6 from 31 votes</span></div>
<h3 class="recipe-header">Ingredients</h3><div class="group"><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></div>
<h3 class="recipe-header">Method</h3><div class="group"><ol>${steps.map((i) => `<li>${i}</li>`).join('')}</ol></div>
<h3 class="recipe-header">Notes</h3><div class="recipe-notes"><span>${NOTE}</span></div>
</div></article></main></body></html>`;
    expect(run(html).body).toEqual([...PROSE, 'Ingredients', ...items, 'Method', ...steps, 'Notes', NOTE]);
  });

  it('keeps a first subheading that shares most of its words with the headline', () => {
    const html = `<!DOCTYPE html><html><head><title>${TITLE} | Valley Post</title></head><body><main><article>
<h1>${TITLE}</h1>${PROSE.slice(0, 2)
      .map((p) => `<p>${p}</p>`)
      .join('')}<h2>Why replant pear trees?</h2>${PROSE.slice(2)
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></main></body></html>`;
    expect(run(html).body).toEqual([...PROSE.slice(0, 2), 'Why replant pear trees?', ...PROSE.slice(2)]);
  });
});
