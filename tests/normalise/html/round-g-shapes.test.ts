import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round G shapes, invented: read-on boxes inside the text that the class names in the other word
 * order or that print a heading of their own over one link.
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
