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
