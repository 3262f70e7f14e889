import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round C page shapes, invented: a wiki's news page (a not-for-print tagline, an infobox, a
 * sources section and an external-links section of lone links, a licence box) and a content
 * system's page (an RDFa creation date, a listing block of related rows after the article and a
 * most-read listing in the sidebar).
 */

const TEXT = [
  'Volunteers from three schools planted four hundred alder saplings along the river bank at Millford on Saturday morning.',
  'The river trust said the trees would hold the bank together where the spring floods had cut it back by two metres.',
  'Pupils will measure the saplings every month and send the figures to the trust for its yearly report on the valley.',
  'The trust plans a second planting further downstream next autumn if the council agrees to lend the land.',
];
const paras = TEXT.map((p) => `<p>${p}</p>`).join('\n');

describe('a wiki news page', () => {
  const page = `<!DOCTYPE html><html lang="en"><head><title>Alders planted at Millford</title></head><body>
<main id="content"><h1 class="firstHeading">Alders planted at Millford</h1>
<div id="bodyContent"><div id="siteSub" class="noprint">From Example Wikinews, the free news source anyone can edit</div>
<div class="mw-parser-output">
<table class="infobox"><tbody><tr><th>Share</th></tr><tr><td><a class="external text" href="https://social.example/share">Social</a> · <a class="external text" href="https://mail.example/send">Mail</a></td></tr></tbody></table>
${paras}
<div class="mw-heading mw-heading2"><h2 id="Fontaro">Fontaro</h2><span class="mw-editsection">[<a href="?action=edit&amp;section=1">edit</a>]</span></div>
<ul><li><a class="external text" href="https://valleypost.example/alders">"Pupils plant trees by the river"</a> — Valley Post, 5 December 2026</li></ul>
<div class="mw-heading mw-heading2"><h2 id="Draugen">Draugen</h2></div>
<ul><li><a class="external text" href="https://rivertrust.example">Millford River Trust</a></li></ul>
<div class="cc-license">This story is published under a Creative Commons licence.</div>
</div></div></main></body></html>`;

  it('keeps the text alone: tagline, infobox, link sections and licence are furniture', () => {
    const item = normaliseHtmlArticle(page, { url: null });
    expect(item.body).toEqual(TEXT);
  });
});

describe('a content system page with listing blocks', () => {
  const page = `<!DOCTYPE html><html lang="en"><head><title>Alders planted at Millford | Valley Farming</title></head><body>
<div class="layout"><div class="region region--content"><div class="block"><div class="block__content">
<article class="node node--type-article" typeof="schema:Article">
<h1><span property="schema:name">Alders planted at Millford</span></h1>
<div class="node__meta"><span property="schema:dateCreated" content="2026-12-05T09:30:00+00:00">5 December 2026</span></div>
<div class="node__content">${paras}</div>
</article>
</div></div>
<div class="views-element-container block block-views" id="block-listing"><h2>Kala ruvo</h2><div class="view"><div class="view-content">
<div class="views-row"><a href="/news/hedges-return-to-upper-valley">Hedges return to the upper valley farms</a></div>
<div class="views-row"><a href="/news/river-trust-counts-otters">River trust counts otters for the first time</a></div>
</div></div></div></div>
<div class="region region--sidebar"><div class="block block-views"><h2>Bini kala</h2><div class="item-list"><ul>
<li><a href="/news/wheat-price">Wheat price climbs for a third week</a></li><li><a href="/news/market-day">Market day moves to Thursday</a></li>
</ul></div></div></div></div></body></html>`;

  it('reads the RDFa creation date and takes the listing after the article as related', () => {
    const item = normaliseHtmlArticle(page, { url: null });
    expect(item.published).toBe('2026-12-05T09:30:00+00:00');
    expect(item.related).toEqual([
      'Hedges return to the upper valley farms',
      'River trust counts otters for the first time',
    ]);
    expect(item.body).toEqual(TEXT);
  });
});

describe('a top bar over the page', () => {
  it('leaves its date and language links out of the text', () => {
    const page = `<!DOCTYPE html><html lang="en"><head><title>Alders planted at Millford</title></head><body class="page-detail">
<div class="topbar bg-dark small"><div class="container d-flex"><span class="today">Ševbe, 5-dekabiro 2026</span><span class="langs"><a href="/xx/">Лингвач</a> | <a href="/yy/" class="active">Lingvač</a> | <a href="/zz/">Лингвий</a></span></div></div>
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/logo.png" alt="Valley Farming"></a>
<nav class="navbar"><ul><li><a href="/">Home</a></li><li><a href="/farming/">Farming</a></li><li><a href="/rivers/">Rivers</a></li></ul></nav></div></header>
<div class="container my-4"><div class="row"><div class="col-lg-8">
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/rivers/">Rivers</a></li></ol>
<div class="news-detail"><h1 class="news-title">Alders planted at Millford</h1>
<div class="news-meta small"><span class="author">Reporter: Anna Kovac</span> <span class="date">2026-12-05 | 10:40 (UTC+1)</span></div>
<div class="news-lead">The river trust hopes the trees will hold the bank together</div>
<div class="news-img"><img src="/upload/alders.jpg" class="img-fluid" alt=""><div class="img-desc">Pupils at the river bank. Photo: Anna Kovac</div></div>
<div class="news-text">${paras}</div></div></div></div></div></body></html>`;
    const item = normaliseHtmlArticle(page, { url: null });
    expect(item.body).toEqual(TEXT);
  });
});
