import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/** Which printed label is the story's section when the page gives more than one. Invented pages. */
const BODY = [
  'The county archive has opened its reading room on Saturdays for the first time since it moved to the old mill.',
  'Volunteers will staff the desk from ten until four, and the catalogue can be searched on the public computers.',
  'The archivist said the longer hours were asked for by family historians who work during the week.',
];
const paras = BODY.map((p) => `<p>${p}</p>`).join('\n');

describe('a kicker the page’s own breadcrumb trail lists', () => {
  const page = (
    kicker: string,
  ): string => `<!DOCTYPE html><html lang="en"><head><title>Archive opens on Saturdays</title>
<meta property="article:section" content="Culture"></head>
<body><main><article>
<nav class="trail"><a href="/">Home</a> › <a href="/culture/">Culture</a> › <a href="/culture/heritage/">Heritage</a></nav>
<p class="story-kicker">${kicker}</p>
<h1>County archive opens its reading room on Saturdays</h1>
${paras}</article></main></body></html>`;

  it('is the section, over the broader one the page declares', () => {
    expect(normaliseHtmlArticle(page('Heritage'), { url: null }).section).toBe('Heritage');
  });

  it('a plain kicker the trail does not list still gives way to the declared section', () => {
    expect(normaliseHtmlArticle(page('Opening hours'), { url: null }).section).toBe('Culture');
  });
});

describe("a CMS's section field, the headline in a title block outside the article", () => {
  const page = (
    fieldClass: string,
    more: string,
  ): string => `<!DOCTYPE html><html lang="en"><head><title>Archive opens on Saturdays</title></head>
<body><nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ol></nav>
<div class="region region--title"><div class="block-page-title"><h1 class="page-title">County archive opens its reading room on Saturdays</h1></div></div>
<main><article class="node node--type-article">
<div class="field ${fieldClass} field__item"><a href="/local">Town &amp; Country</a></div>
<div class="field field--name-body field__item">${paras}</div>
</article>
<div class="block block-views block-views-blockmore-from-section"><h2 class="block__title">More from ${more}</h2>
<div class="view"><div class="views-row"><a href="/local/bridge-repairs">Bridge repairs close the river path until spring</a></div>
<div class="views-row"><a href="/local/bus-timetable">New bus timetable adds a late service to the villages</a></div></div></div>
</main></body></html>`;

  it('is the section, over the breadcrumb above the title block', () => {
    expect(
      normaliseHtmlArticle(page('field--name-field-section', 'Town &amp; Country'), { url: null }).section,
    ).toBe('Town & Country');
  });

  it('is not taken when the markup does not name it the section', () => {
    expect(normaliseHtmlArticle(page('field--name-field-note', 'Local'), { url: null }).section).toBe(
      'Local',
    );
  });

  it("keeps the CMS's listing block under the article as related, even headed with the section", () => {
    const item = normaliseHtmlArticle(page('field--name-field-section', 'Town &amp; Country'), { url: null });
    expect(item.related).toEqual([
      'Bridge repairs close the river path until spring',
      'New bus timetable adds a late service to the villages',
    ]);
  });
});
