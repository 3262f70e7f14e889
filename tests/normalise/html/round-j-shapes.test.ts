import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round J page shapes, invented: an author's box that prints the date before the name ("Publicado
 * el <date> por <name>").
 */

const SPANISH = [
  'El ayuntamiento abrió el nuevo mercado cubierto del barrio norte tras dos años de obras y una inversión de tres millones.',
  'Los puestos, cuarenta en total, se adjudicaron por sorteo entre los comerciantes que ya vendían en la plaza.',
  'El horario será de ocho de la mañana a dos de la tarde, de lunes a sábado, según informó la concejalía.',
];

describe('an author box that prints the date before the name', () => {
  it('gives the name after the "by" word', () => {
    const html = `<!DOCTYPE html><html lang="es"><head><title>Abre el mercado del barrio norte</title></head>
<body><main><div class="newsDetails">
<h1 class="newsTitle">Abre el nuevo mercado cubierto del barrio norte</h1>
<div class="newsAuthorAndDate">Publicado el 03/02/2026 09:15 por Marta Olivares Ruiz</div>
<div class="newsContent"><p>${SPANISH[0]}</p><p>${SPANISH[1]}</p><p>${SPANISH[2]}</p></div>
</div></main></body></html>`;
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.byline).toBe('Marta Olivares Ruiz');
    expect(out.body).toEqual(SPANISH);
  });
});

const ICELANDIC = [
  'Bókasafnið í bænum opnar nýja lesstofu fyrir börn á laugardaginn, eftir miklar endurbætur í haust.',
  'Í lesstofunni verða yfir tvö þúsund bækur og sérstakt horn fyrir myndasögur og spil.',
  'Safnstjórinn segir að opnunartíminn verði lengdur um helgar í vetur.',
];

describe('an author\'s element that keeps the page\'s "by" in lower case', () => {
  it('gives the name alone', () => {
    const html = `<!DOCTYPE html><html lang="is"><head><title>Ný lesstofa fyrir börn</title></head>
<body><main><article itemscope itemtype="http://schema.org/BlogPosting"><header>
<h1 itemprop="headline">Ný lesstofa fyrir börn opnar á laugardaginn</h1>
<span itemprop="author">eftir Katrín Bergsdóttir</span>
</header>
<div itemprop="articleBody"><p>${ICELANDIC[0]}</p><p>${ICELANDIC[1]}</p><p>${ICELANDIC[2]}</p></div>
</article></main></body></html>`;
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.byline).toBe('Katrín Bergsdóttir');
  });

  it('keeps a particle that opens the name', () => {
    const html = `<!DOCTYPE html><html lang="nl"><head><title>Nieuwe leeszaal</title></head>
<body><main><article><header>
<h1>Nieuwe leeszaal voor kinderen opent zaterdag</h1>
<span itemprop="author">van Dijkhuizen Mertens</span>
</header>
<div><p>${ICELANDIC[0]}</p><p>${ICELANDIC[1]}</p><p>${ICELANDIC[2]}</p></div>
</article></main></body></html>`;
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.byline).toBe('van Dijkhuizen Mertens');
  });
});

describe('a picture above the header, its credit the opening line of the text', () => {
  const page = (opening: string): string => `<!DOCTYPE html><html lang="is"><head><title>Ný lesstofa</title>
<meta property="og:image" content="https://safn.example/img/lesstofa.jpg"></head>
<body><main><article>
<div class="hero"><div class="hero-media"><img src="https://safn.example/img/lesstofa.jpg" width="1100" height="700" alt=""></div></div>
<header><h1>Ný lesstofa fyrir börn opnar á laugardaginn</h1>
<span class="caption-small"><time datetime="2026-03-02T10:00:00Z">2. mars 2026</time></span>
<span class="caption-small">Katrín Bergsdóttir</span></header>
<div class="text">${opening}<p>${ICELANDIC[0]}</p><p>${ICELANDIC[1]}</p><p>${ICELANDIC[2]}</p></div>
</article></main></body></html>`;

  it('takes no caption from the header and the credit from the line', () => {
    const out = normaliseHtmlArticle(page('<p><em>Mynd: Jón Pétursson</em></p>'), { url: null });
    expect(out.image?.caption).toBeNull();
    expect(out.image?.credit).toBe('Jón Pétursson');
  });

  it('gives no credit when the text opens with prose', () => {
    const out = normaliseHtmlArticle(page(''), { url: null });
    expect(out.image?.caption).toBeNull();
    expect(out.image?.credit).toBeNull();
  });
});
