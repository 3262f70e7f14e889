import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round F byline shapes, invented: a byline box whose linked names follow the page's own "by" in a
 * language no list knows, a CMS account's login printed where a name goes, and a reporter's line
 * that ends with the place it was filed from; and a caption credit in a script without capitals
 * given as a word and a spaced dash.
 */

const TEXT = [
  'Volunteers from three schools planted four hundred alder saplings along the river bank at Millford on Saturday morning.',
  'The river trust said the trees would hold the bank together where the spring floods had cut it back by two metres.',
  'Pupils will measure the saplings every month and send the figures to the trust for its yearly report on the valley.',
];
const paras = TEXT.map((p) => `<p>${p}</p>`).join('\n');

const page = (header: string, after = ''): string => `<!DOCTYPE html><html lang="en"><head>
<title>Alders planted at Millford</title></head><body><article><header><h1>Alders planted at Millford</h1>
${header}<time datetime="2026-11-02T09:00:00Z">2 November 2026</time></header>
<div class="entry-content">${paras}</div>${after}</article></body></html>`;

describe('the linked names of a byline box after a label no list knows', () => {
  it('drops the label before two author-page links and keeps the joiner', () => {
    const item = normaliseHtmlArticle(
      page(
        '<h4 class="author-name">Skrivd av <a href="/author/ilse/">Ilse Varnholt</a> ok <a href="/author/tom/">Tomas Brell</a></h4>',
      ),
      { url: null },
    );
    expect(item.byline).toBe('Ilse Varnholt ok Tomas Brell');
  });

  it('drops the label of a box marked as the author whose links are not author pages', () => {
    const item = normaliseHtmlArticle(
      page(
        '<span class="p-author h-card">Vrol <a class="u-url" href="/writers/ilse/">Ilse Varnholt</a> ok <a class="u-url" href="/writers/tom/">Tomas Brell</a></span>',
      ),
      { url: null },
    );
    expect(item.byline).toBe('Ilse Varnholt ok Tomas Brell');
  });

  it('takes unspaced names of a caseless script when they link to author pages', () => {
    const item = normaliseHtmlArticle(
      page(
        '<div class="meta-author"><span class="meta_text">ကကက -</span> <a href="/author/a/">ခခခခ</a> ဂဂ <a href="/author/b/">ငငငင</a></div>',
      ),
      { url: null },
    );
    expect(item.byline).toBe('ခခခခ ဂဂ ငငငင');
  });
});

describe('a CMS account name is no byline', () => {
  it('gives way to the reporter line printed after the body, without the place it was filed from', () => {
    const item = normaliseHtmlArticle(
      page(
        '<span class="field--name-uid"><span>webteam_mill</span></span>',
        '<div class="field field--name-field-author-line">Reported by Ilse Varnholt in Millford</div>',
      ),
      { url: null },
    );
    expect(item.byline).toBe('Ilse Varnholt');
  });

  it('gives way to the reporter line printed after the body', () => {
    const item = normaliseHtmlArticle(
      page(
        '<span class="field--name-uid"><span>webteam.mill</span></span>',
        '<div class="field field--name-field-author-line">Reported by Ilse Varnholt</div>',
      ),
      { url: null },
    );
    expect(item.byline).toBe('Ilse Varnholt');
  });
});

describe('the place a reporter filed from', () => {
  it('is no part of the name', () => {
    const item = normaliseHtmlArticle(page('<p class="byline">By Ilse Varnholt in Millford</p>'), {
      url: null,
    });
    expect(item.byline).toBe('Ilse Varnholt');
  });

  it('leaves a particle of a name alone', () => {
    const item = normaliseHtmlArticle(page('<p class="byline">By Ilse Varnholt de Brell</p>'), { url: null });
    expect(item.byline).toBe('Ilse Varnholt de Brell');
  });
});

describe('a caption credit of a caseless script after a spaced dash', () => {
  const withCaption = (caption: string): string => `<!DOCTYPE html><html lang="my"><head>
<title>Alders planted at Millford</title><meta property="og:image" content="https://example.org/img/alders.jpg">
</head><body><article><h1>Alders planted at Millford</h1>
<figure><img src="https://example.org/img/alders.jpg" alt=""><figcaption>${caption}</figcaption></figure>
${paras}</article></body></html>`;

  it('is parted from the caption after its last stop', () => {
    const item = normaliseHtmlArticle(withCaption('ကကက ခခခ ဂဂဂ။ ဓဓဓ - ငငငင'), { url: null });
    expect(item.image?.caption).toBe('ကကက ခခခ ဂဂဂ။');
    expect(item.image?.credit).toBe('ငငငင');
  });

  it('is not read into a dash inside the caption', () => {
    const item = normaliseHtmlArticle(withCaption('ကကက - ခခခ ဂဂဂ။'), { url: null });
    expect(item.image?.credit ?? null).toBeNull();
  });
});

describe('a featured badge above the headline', () => {
  it('names no section; the primary tag beside it does', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Alders planted at Millford</title></head><body>
<article class="article post"><header class="article-header">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/rivers/">Rivers</a></span>
<span class="post-card-featured"><svg width="16" height="17"></svg> Vorzeig</span></div>
<h1 class="article-title">Alders planted at Millford</h1></header>
<section class="gh-content">${paras}</section></article></body></html>`;
    expect(normaliseHtmlArticle(html, { url: null }).section).toBe('Rivers');
  });
});
