import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';
import { datesIn } from '../../../src/normalise/text/dates.js';

/**
 * Round E page shapes, invented: credit labels of any language in captions, microformats entries
 * with a reply's author, related lists in a <nav>, in cards after the article or in a server
 * control's table, byline labels and joiners no list knows, an address written in letters
 * outside ASCII, a numeric date whose order the page's other dates settle, and an abbreviation
 * followed by the offset it stands for.
 */

const TEXT = [
  'Volunteers from three schools planted four hundred alder saplings along the river bank at Millford on Saturday morning.',
  'The river trust said the trees would hold the bank together where the spring floods had cut it back by two metres.',
  'Pupils will measure the saplings every month and send the figures to the trust for its yearly report on the valley.',
];
const paras = TEXT.map((p) => `<p>${p}</p>`).join('\n');

const withCaption = (caption: string): string => `<!DOCTYPE html><html lang="en"><head>
<title>Alders planted at Millford</title><meta property="og:image" content="https://example.org/img/alders.jpg">
</head><body><article><h1>Alders planted at Millford</h1>
<figure><img src="https://example.org/img/alders.jpg" alt=""><figcaption>${caption}</figcaption></figure>
${paras}</article></body></html>`;

describe('a credit label of any language after the caption', () => {
  it('opens the whole credit when a bar parts the photographer from the agency', () => {
    const item = normaliseHtmlArticle(
      withCaption('Saplings by the river at Millford. Vrolna: Ilse Varnholt | Valley Post'),
      { url: null },
    );
    expect(item.image?.caption).toBe('Saplings by the river at Millford.');
    expect(item.image?.credit).toBe('Ilse Varnholt | Valley Post');
  });

  it('goes with the credit when it stands before the copyright sign', () => {
    const item = normaliseHtmlArticle(
      withCaption('Saplings by the river at Millford. <small>Vrolna: © Ilse Varnholt / Valley Trust</small>'),
      { url: null },
    );
    expect(item.image?.caption).toBe('Saplings by the river at Millford.');
    expect(item.image?.credit).toBe('Ilse Varnholt / Valley Trust');
  });
});

describe('a microformats entry with replies', () => {
  it("takes the entry's author, not a reply's", () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Alders planted at Millford</title></head><body>
<main><article class="h-entry"><h1 class="p-name">Alders planted at Millford</h1>
<ul class="meta"><li>By <a class="p-author h-card" href="/people/ann-lee/">Ann Lee</a></li></ul>
<div class="e-content">${paras}</div>
<section class="mentions"><h2>Replies</h2><ol><li class="h-cite"><a class="u-author h-card" href="https://social.example/@bo">@bo</a> <span class="p-content">Lovely news.</span></li></ol></section>
</article></main></body></html>`;
    expect(normaliseHtmlArticle(html, { url: null }).byline).toBe('Ann Lee');
  });
});

const story = (after: string, extraHead = ''): string => `<!DOCTYPE html><html lang="en"><head>
<title>Alders planted at Millford</title>${extraHead}</head><body><main>
<article><h1>Alders planted at Millford</h1>${paras}</article>
${after}</main></body></html>`;

describe('a <nav> named related after the article', () => {
  it('lists related stories; the previous and next links are navigation', () => {
    const item = normaliseHtmlArticle(
      story(`<nav class="related"><h2>Varnu skelo</h2><ul>
<li><a href="/news/oak-survey/">Oak survey finds more young trees than expected</a></li>
<li><a href="/news/weir-repairs/">Weir repairs at Millford to finish by spring</a></li></ul></nav>
<nav class="pagination"><a href="/news/older/" rel="prev">Back: Market hall reopens after the long repairs</a>
<a href="/news/newer/" rel="next">Next: Ferry timetable changes for the winter season</a></nav>`),
      { url: null },
    );
    expect(item.related).toEqual([
      'Oak survey finds more young trees than expected',
      'Weir repairs at Millford to finish by spring',
    ]);
  });
});

const cards = (heading: string): string => `<section class="more"><h2>${heading}</h2><div class="cards">
<a class="card" href="/news/oak-survey/"><span class="card__date">02.12.2026</span><span class="card__title">Oak survey finds more young trees than expected</span></a>
<a class="card" href="/news/weir-repairs/"><span class="card__date">28.11.2026</span><span class="card__title">Weir repairs at Millford to finish by spring</span></a>
</div></section>`;

describe('story cards right after the article', () => {
  it('are related stories, whatever language the heading speaks', () => {
    const item = normaliseHtmlArticle(story(cards('Varnu skelo')), { url: null });
    expect(item.related).toEqual([
      'Oak survey finds more young trees than expected',
      'Weir repairs at Millford to finish by spring',
    ]);
  });

  it("are the section's latest when the heading names the section with a glued preposition", () => {
    const item = normaliseHtmlArticle(
      story(cards('עוד בספורט'), '<meta property="article:section" content="ספורט">'),
      { url: null },
    );
    expect(item.related).toEqual([]);
  });
});

describe("a server control's table of related links", () => {
  it('is read as related by its camel-case id', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Alders planted at Millford</title></head><body>
<table><tr><td class="content"><h2><span id="ctl00_Main_lblTitle">Alders planted at Millford</span></h2>
<div id="ctl00_Main_pnlBody">${paras}</div>
<h3>Varnu skelo</h3>
<table id="ctl00_Main_gvRelated"><tr><td><a href="/News.aspx?id=7">Oak survey finds more young trees than expected</a></td><td>11/21/2026</td></tr>
<tr><td><a href="/News.aspx?id=6">Weir repairs at Millford to finish by spring</a></td><td>11/2/2026</td></tr></table>
</td></tr></table></body></html>`;
    expect(normaliseHtmlArticle(html, { url: null }).related).toEqual([
      'Oak survey finds more young trees than expected',
      'Weir repairs at Millford to finish by spring',
    ]);
  });
});

const bylined = (byline: string): string =>
  story('').replace(
    '<h1>Alders planted at Millford</h1>',
    `<h1>Alders planted at Millford</h1><div class="byline">${byline}</div>`,
  );

describe('a byline label and joiner no list knows', () => {
  it('drops a label of a word and a short one after it', () => {
    expect(normaliseHtmlArticle(bylined('Skrivo la: Ann Lee'), { url: null }).byline).toBe('Ann Lee');
  });

  it("drops the label before two names joined by the language's own and", () => {
    const item = normaliseHtmlArticle(
      bylined('Skrivoj: <a href="/skrivoj/ann-lee">Ann Lee</a> kaj <a href="/skrivoj/bo-roe">Bo Roe</a>'),
      { url: null },
    );
    expect(item.byline).toBe('Ann Lee kaj Bo Roe');
  });
});

describe("a page's address in letters outside ASCII", () => {
  it('is kept as the page writes it', () => {
    const item = normaliseHtmlArticle(
      story('', '<link rel="canonical" href="https://example.org/novaĵoj/ŝtormo-ĉe-millford">'),
      { url: null },
    );
    expect(item.url).toBe('https://example.org/novaĵoj/ŝtormo-ĉe-millford');
  });

  it('stays escaped when the page writes it escaped', () => {
    const item = normaliseHtmlArticle(
      story('', '<link rel="canonical" href="https://example.org/novaj%C5%9Doj/storm">'),
      { url: null },
    );
    expect(item.url).toBe('https://example.org/novaj%C5%9Doj/storm');
  });
});

describe('a numeric date whose order its numbers leave open', () => {
  const dated = (others: string): string =>
    story(others).replace(
      '<h1>Alders planted at Millford</h1>',
      '<h1>Alders planted at Millford</h1><span class="date">12/5/2026 10:40:00 AM (XYZT, UTC+12)</span>',
    );

  it("reads month first when the page's other dates are written so", () => {
    const html = dated(
      '<ul><li><a href="/a">Oak survey</a> <span class="list-date">11/21/2026</span></li></ul>',
    );
    expect(normaliseHtmlArticle(html, { url: null }).published).toBe('2026-12-05T10:40:00+12:00');
  });

  it('reads day first without such evidence', () => {
    expect(normaliseHtmlArticle(dated(''), { url: null }).published).toBe('2026-05-12T10:40:00+12:00');
  });
});

describe('a zone abbreviation followed by the offset it stands for', () => {
  it('reads the stated offset', () => {
    expect(datesIn('5 December 2026 10:40 (QQT, UTC+05:30)')[0]?.instant).toBe('2026-12-05T10:40:00+05:30');
  });
});
