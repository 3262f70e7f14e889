import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round G shapes, invented: read-on boxes inside the text that the class names in the other word
 * order or that print a heading of their own over one link; Dublin Core dates; a trail from the
 * front page to the news index; a picture box that prints only its credit; authors' names joined
 * by the page language's "and" before the date; and a blog theme's category link, its author
 * field naming the site, and its related list in the article's footer.
 */

const TEXT = [
  'Udalak astelehenean jakinarazi zuen zubi berria martxoaren amaieran irekiko dela ibaiaren bi aldeak lotzeko.',
  'Obrak bi urte iraun ditu eta hiru milioi euro inguru kostatu dira, aurreikusitakoa baino zertxobait gehiago.',
  'Auzokideek pozik hartu dute albistea, orain arte bost kilometroko bira egin behar baitzuten herrira iristeko.',
];

const page = (inText: string): string => `<!DOCTYPE html><html lang="eu"><head>
<title>Zubi berria martxoan irekiko da</title></head><body><main><h1>Zubi berria martxoan irekiko da</h1>
<div class="story-body"><p>${TEXT[0]}</p><p>${TEXT[1]}</p>${inText}<p>${TEXT[2]}</p></div></main></body></html>`;

describe('a read-on box inside the text', () => {
  it('is read when its class names it "also read", the words in that order', () => {
    const item = normaliseHtmlArticle(
      page(
        '<div class="alsoRead"><span>Irakurri halaber:</span> <a href="/albisteak/bidegorri-berria">Bidegorri berria udaberrirako prest egongo da</a></div>',
      ),
      { url: null },
    );
    expect(item.related).toEqual(['Bidegorri berria udaberrirako prest egongo da']);
    expect(item.body).toEqual(TEXT);
  });

  it('is read when it prints a heading of several words of its own over its one link', () => {
    const item = normaliseHtmlArticle(
      page(
        '<div class="story-related-inline"><h5>Gai honi buruz gure webgunean ere</h5><a href="/albisteak/bidegorri-berria">Bidegorri berria udaberrirako prest egongo da</a></div>',
      ),
      { url: null },
    );
    expect(item.related).toEqual(['Bidegorri berria udaberrirako prest egongo da']);
    expect(item.body).toEqual(TEXT);
  });
});

const SW_TEXT = [
  'Halmashauri ya mji imetangaza kwamba soko jipya la samaki litafunguliwa mwezi ujao karibu na bandari ya zamani.',
  'Wavuvi wamesema soko hilo litawasaidia kuuza samaki wakiwa wabichi bila kusafiri umbali mrefu hadi mjini.',
];

const swPage = (head: string, above = ''): string => `<!DOCTYPE html><html lang="sw"><head>
<title>Soko jipya la samaki kufunguliwa</title>${head}</head><body>${above}<div class="content">
<h1>Soko jipya la samaki kufunguliwa</h1>${SW_TEXT.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;

describe('Dublin Core dates', () => {
  it('take the issued date when the page prints no other, never the modified one', () => {
    const item = normaliseHtmlArticle(
      swPage(
        '<meta name="DCTERMS.modified" content="2026-11-04T16:00:00+03:00"><meta name="DCTERMS.issued" content="2026-11-03T08:30:00+03:00">',
      ),
      { url: null },
    );
    expect(item.published).toBe('2026-11-03T08:30:00+03:00');
  });

  it('take the created date in the "DC.date." spelling', () => {
    const item = normaliseHtmlArticle(
      swPage(
        '<meta name="DC.date.modified" content="2026-11-04T16:00:00+03:00"><meta name="DC.date.created" content="2026-11-02T07:00:00+03:00">',
      ),
      { url: null },
    );
    expect(item.published).toBe('2026-11-02T07:00:00+03:00');
  });
});

describe('a breadcrumb trail from the front page to the news index', () => {
  it('names no section, whatever the words of the front page and of the index', () => {
    const item = normaliseHtmlArticle(
      swPage(
        '',
        '<div class="breadcrumb"><a href="/">Mwanzo</a> / <a href="/habari">Habari</a> / <span>Soko jipya</span></div>',
      ),
      { url: null },
    );
    expect(item.section).toBeNull();
  });

  it('names the part of the site the news is under as its section', () => {
    const item = normaliseHtmlArticle(
      swPage(
        '',
        '<div class="breadcrumb"><a href="/">Mwanzo</a> / <a href="/uvuvi">Uvuvi</a> / <a href="/uvuvi/habari">Habari</a> / <span>Soko jipya</span></div>',
      ),
      { url: null },
    );
    expect(item.section).toBe('Habari');
  });
});

const FI_TEXT = [
  'Kunnanvaltuusto päätti maanantaina, että kirjaston uusi siipi rakennetaan vanhan paloaseman paikalle ensi vuonna.',
  'Rakennustyöt alkavat huhtikuussa, ja siiven on määrä valmistua seuraavan vuoden syksyyn mennessä kaikkine kalusteineen.',
];

describe('a picture box that prints only a credit', () => {
  it('gives the name as the credit and no caption, whatever the label says', () => {
    const item = normaliseHtmlArticle(
      `<!DOCTYPE html><html lang="fi"><head><title>Kirjastolle uusi siipi</title>
<meta property="og:image" content="https://kunta.example.fi/kuvat/kirjasto-1200.jpg"></head><body><article>
<h1>Kirjastolle uusi siipi</h1><div class="lead-picture"><img src="https://kunta.example.fi/kuvat/kirjasto-1200.jpg" alt="">
<span class="lead-picture__credit">Valokuvaaja: Eero Mäkelä</span></div>
<div class="body">${FI_TEXT.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`,
      { url: null },
    );
    expect(item.image).toMatchObject({ caption: null, credit: 'Eero Mäkelä' });
    expect(item.body).toEqual(FI_TEXT);
  });
});

const euMeta = (line: string): string => `<!DOCTYPE html><html lang="eu"><head>
<title>Zubi berria martxoan irekiko da</title></head><body><article><header>
<h1>Zubi berria martxoan irekiko da</h1><p class="entry-info">${line} · <time datetime="2026-11-03">2026ko azaroaren 3a</time></p>
</header><div class="entry">${TEXT.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;

describe('names before the date in the header line, without a label', () => {
  it('are the byline when the page language\'s "and" joins full names', () => {
    const item = normaliseHtmlArticle(euMeta('Miren Etxeberria eta Jon Agirre Zubiaurre'), { url: null });
    expect(item.byline).toBe('Miren Etxeberria eta Jon Agirre Zubiaurre');
  });

  it('are not when one word stands there (a place, a desk)', () => {
    const item = normaliseHtmlArticle(euMeta('Donostia'), { url: null });
    expect(item.byline).toBeNull();
  });
});

const MT_TEXT = [
  'Il-kunsill lokali ħabbar li t-triq ewlenija tar-raħal se tingħalaq għat-traffiku għal tliet ġimgħat mix-xahar id-dieħel.',
  'Ix-xogħlijiet se jinkludu wiċċ ġdid tat-triq, bankini usa u dwal ġodda li jużaw inqas elettriku mill-qodma.',
];

const mtPage = (head: string, meta: string, footer = ''): string => `<!DOCTYPE html><html lang="mt"><head>
<title>Triq ewlenija magħluqa għal tliet ġimgħat</title>${head}</head><body>
<aside class="sidebar"><p class="owner-name" itemprop="author">Blog tar-Raħal</p></aside>
<article><header><h1>Triq ewlenija magħluqa għal tliet ġimgħat</h1><div class="entry-meta">${meta}</div></header>
<div class="entry-body">${MT_TEXT.map((p) => `<p>${p}</p>`).join('')}</div><footer class="entry-foot">${footer}</footer></article>
</body></html>`;

const TIME = '<time datetime="2026-11-03T10:00:00+01:00">3 ta\' Novembru 2026</time>';

describe('a blog post under a static-site or blog theme', () => {
  it("takes the link to a category's page in the header's meta line for the section", () => {
    const item = normaliseHtmlArticle(
      mtPage(
        '',
        `${TIME} <span>f'</span> <a href="/categories/ahbarijiet-tar-rahal/">Aħbarijiet tar-raħal</a>`,
      ),
      { url: null },
    );
    expect(item.section).toBe('Aħbarijiet tar-raħal');
  });

  it('gives no byline when the author field names the site itself', () => {
    const head =
      '<meta name="author" content="Blog tar-Raħal"><meta property="og:site_name" content="Blog tar-Raħal">';
    expect(normaliseHtmlArticle(mtPage(head, TIME), { url: null }).byline).toBeNull();
    const other =
      '<meta name="author" content="Marija Borg"><meta property="og:site_name" content="Blog tar-Raħal">';
    expect(normaliseHtmlArticle(mtPage(other, TIME), { url: null }).byline).toBe('Marija Borg');
  });

  it("reads a labelled list of post titles in the article's own footer as related links, whatever its class", () => {
    const footer = `<div class="widget-title">Artikli oħra</div><ul class="popular-list">
<li><a href="/2026/10/12/festa-tar-rahal/" rel="bookmark">Il-festa tar-raħal tiġbed eluf ta' nies</a></li>
<li><a href="/2026/09/30/skola-gdida/" rel="bookmark">L-iskola l-ġdida tiftaħ il-bibien tagħha</a></li></ul>
<nav class="post-nav"><a href="/2026/10/01/suq/" rel="prev">Is-suq tal-Ħadd lura fil-pjazza</a></nav>`;
    const item = normaliseHtmlArticle(mtPage('', TIME, footer), { url: null });
    expect(item.related).toEqual([
      "Il-festa tar-raħal tiġbed eluf ta' nies",
      'L-iskola l-ġdida tiftaħ il-bibien tagħha',
    ]);
    expect(item.body).toEqual(MT_TEXT);
  });
});
