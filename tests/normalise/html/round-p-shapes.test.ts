import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round P page shapes, invented: a desk in lower case after the author's name, a signature under
 * the text with a label or an office, a list typed as paragraphs with hyphens, and a microdata
 * headline in an h2 on a page with no h1.
 */

const DUTCH = [
  'De gemeente heeft het nieuwe zwembad in de wijk Oosterhout geopend na twee jaar bouwen en een investering van acht miljoen.',
  'Het bad heeft een wedstrijdbassin, een instructiebad en een peuterbad, en is zeven dagen per week open voor publiek.',
  'Scholen uit de omgeving krijgen op dinsdag- en donderdagochtend voorrang voor het schoolzwemmen, meldt de wethouder.',
];

const page = (body: string, head = '<title>Nieuws</title>'): string =>
  `<!DOCTYPE html><html lang="nl"><head>${head}</head><body><main><article><h1>Nieuw zwembad geopend in Oosterhout</h1>${body}</article></main></body></html>`;

describe('a desk in lower case after the author', () => {
  it('keeps the name alone', () => {
    const html = page(
      `<div class="author">Tekst: Sanne de Groot, persdienst</div><div class="text">${DUTCH.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    expect(normaliseHtmlArticle(html, { url: null }).byline).toBe('Sanne de Groot');
  });
});

describe('a signature under the text with a label or an office', () => {
  it('reads a right-aligned "Label: <b>Name</b>, Office" line as the byline and drops it', () => {
    const html = page(
      `<div class="text">${DUTCH.map((p) => `<p>${p}</p>`).join('')}<p style="text-align: right;">Opgesteld: <strong>Pieter Jansen</strong>, Afdeling Communicatie en Pers</p></div>`,
    );
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.byline).toBe('Pieter Jansen');
    expect(out.body).toEqual(DUTCH);
  });

  it('reads a bold name over its office in brackets', () => {
    const html = page(
      `<div class="text">${DUTCH.map((p) => `<p>${p}</p>`).join('')}<p style="text-align:right"><strong>Anouk van Dijk</strong><br><em>(Gemeente Oosterhout)</em></p></div>`,
    );
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.byline).toBe('Anouk van Dijk');
    expect(out.body).toEqual(DUTCH);
  });
});

describe('a list typed as paragraphs with hyphens', () => {
  it('gives each item without its mark, and leaves a lone dash line alone', () => {
    const html = page(
      `<div class="text"><p>${DUTCH[0]}</p><p>- Een wedstrijdbassin van vijfentwintig meter met acht banen.</p><p>- Een instructiebad met een beweegbare bodem.</p><p>${DUTCH[1]}</p><p>- Alleen dit.</p><p>${DUTCH[2]}</p></div>`,
    );
    expect(normaliseHtmlArticle(html, { url: null }).body).toEqual([
      DUTCH[0],
      'Een wedstrijdbassin van vijfentwintig meter met acht banen.',
      'Een instructiebad met een beweegbare bodem.',
      DUTCH[1],
      '- Alleen dit.',
      DUTCH[2],
    ]);
  });
});

describe('a microdata headline in an h2 on a page with no h1', () => {
  it('takes the h2 the markup calls the headline, and the genre link as section', () => {
    const html = `<!DOCTYPE html><html lang="nl"><head><title>Nieuws - Gemeente Oosterhout</title></head><body>
<header><a href="/"><img src="/logo.png" alt="Gemeente Oosterhout"></a></header><main>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<dl class="article-info"><dd class="category-name">Categorie: <a href="/nieuws" itemprop="genre">Nieuws</a></dd></dl>
<div class="page-header"><h2 itemprop="headline">Nieuw zwembad geopend in Oosterhout</h2></div>
<div itemprop="articleBody">${DUTCH.map((p) => `<p>${p}</p>`).join('')}</div>
</div></main></body></html>`;
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.title).toBe('Nieuw zwembad geopend in Oosterhout');
    expect(out.section).toBe('Nieuws');
  });
});
