import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/** Invented prose: long enough that the page reads as an article. */
const PROSE = [
  'The rowing club agreed on Monday to rebuild its boathouse slipway before the spring regatta, after two winters of patching the old concrete.',
  'Members had warned that the lower edge was crumbling and that a heavy eight could no longer be launched there without scraping its hull.',
  'The work will cost about twelve thousand and take three weeks, with the towpath beside the river closed to cyclists while the mixer is on site.',
  'The captain said training would move to the reservoir in the meantime, and that juniors would be driven there by minibus twice a week.',
];
const paras = PROSE.map((p) => `<p>${p}</p>`).join('\n');
const TITLE = 'Rowing club to rebuild its slipway';
const run = (html: string): ReturnType<typeof normaliseHtmlArticle> =>
  normaliseHtmlArticle(html, { url: null });

describe('HTML pages in shapes not seen before', () => {
  it('takes a smaller heading that repeats og:title for the headline when the h1 is the site name', () => {
    const html = `<!DOCTYPE html><html><head><meta property="og:title" content="${TITLE}">
<title>River Notes: ${TITLE}</title></head><body>
<header><h1 class="title"><a href="/">River Notes</a></h1><p class="description">A blog about rivers and boats</p></header>
<div class="posts"><div class="post"><h3 class="post-title">${TITLE}</h3><div class="post-body">${paras}</div></div></div>
</body></html>`;
    const r = run(html);
    expect(r.title).toBe(TITLE);
    expect(r.body.join('\n')).not.toContain('A blog about rivers');
  });

  it('reads the part of an author element marked as the name, without the label before it', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article>
<h1>${TITLE}</h1><dl class="info"><dd itemprop="author" itemscope>Written by hand: <span itemprop="name">Ann Lee</span></dd></dl>
<div class="text">${paras}</div></article></main></body></html>`;
    expect(run(html).byline).toBe('Ann Lee');
  });

  it('takes a box between the headline and the picture that prints the description for the summary', () => {
    const dek = 'The slipway will be rebuilt in three weeks, and training moves to the reservoir.';
    const html = `<!DOCTYPE html><html><head><meta name="description" content="${dek}"></head><body><main>
<h1>${TITLE}</h1><div class="item"><div class="item-preview">${dek}</div>
<div class="item-picture"><img src="/slipway.jpg" width="900" height="500" alt=""><div class="src">Photo: Bo Roe</div></div>
<div class="item-text">${paras}</div></div></main></body></html>`;
    const r = run(html);
    expect(r.summary).toBe(dek);
    expect(r.body.join('\n')).not.toContain('will be rebuilt in three weeks');
  });

  it('reads a box the markup names related, with an unknown heading, as related links', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article>
<h1>${TITLE}</h1><div class="text">${paras}</div>
<div class="related-posts-box"><h4>Zzz qqq</h4><ul>
<li><a href="/a">New pontoon opens at the lower lock</a></li>
<li><a href="/b">Regatta moves to the last weekend of May</a></li></ul></div>
</article></main></body></html>`;
    const r = run(html);
    expect(r.related).toEqual([
      'New pontoon opens at the lower lock',
      'Regatta moves to the last weekend of May',
    ]);
    expect(r.body.join('\n')).not.toContain('Zzz qqq');
  });

  it('leaves a box named related that holds tags, not titles', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article>
<h1>${TITLE}</h1><div class="text">${paras}</div>
<div class="related-tags"><a href="/t/1">rowing</a> <a href="/t/2">river</a> <a href="/t/3">clubs</a></div>
</article></main></body></html>`;
    expect(run(html).related).toEqual([]);
  });

  it('drops a closing sign-off of a name and an e-mail address from the text', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article>
<h1>${TITLE}</h1><div class="text">${paras}<p>Ann Lee reporter ann.lee@rivernotes.example</p></div>
</article></main></body></html>`;
    const r = run(html);
    expect(r.body.join('\n')).not.toContain('ann.lee@');
    expect(r.body.join('\n')).toContain('driven there by minibus');
  });

  it("reads the credit from the picture's tooltip when the page prints none", () => {
    const html = (title: string): string => `<!DOCTYPE html><html><head>
<meta property="og:image" content="https://rivernotes.example/img/slipway.jpg"></head><body><main><article>
<h1>${TITLE}</h1><div class="pic"><a href="/img/slipway-big.jpg" class="lightbox"><img src="/img/slipway.jpg" title="${title}" alt=""></a></div>
<div class="text">${paras}</div></article></main></body></html>`;
    const page = (title: string): string =>
      html(title).replace('<head>', '<head><link rel="canonical" href="https://rivernotes.example/a/1">');
    expect(run(page('Snap: Bo Roe')).image?.credit).toBe('Bo Roe');
    // A title with a colon that is no credit: a sentence after the label.
    expect(run(page('Slipway: the old concrete has crumbled')).image?.credit ?? null).toBeNull();
  });

  it('reads the section from a trail of links the markup does not name', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main>
<div class="xq"><a href="/">Front</a> / <a href="/river/">River</a></div><article>
<h1>${TITLE}</h1><div class="text">${paras}</div></article></main></body></html>`;
    expect(run(html).section).toBe('River');
    // A menu of sibling pages is no trail.
    const menu = html.replace(
      '<a href="/river/">River</a>',
      '<a href="/about/">About</a> / <a href="/shop/">Shop</a>',
    );
    expect(run(menu).section).toBeNull();
  });

  it('reads the publication instant from microdata on an element other than <time>', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article>
<h1>${TITLE}</h1><div class="text">${paras}</div>
<div class="foot">posted at <abbr itemprop="datePublished" title="2026-03-04T09:15:00+01:00">09:15</abbr></div>
</article></main></body></html>`;
    expect(run(html).published).toBe('2026-03-04T09:15:00+01:00');
  });
});
