import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round N page shapes, invented: a phrase before the byline's "by" ("A report by"), a section
 * declared in microdata beside a flash badge, a bracketed credit whose medium word and name are
 * joined by words in lower case ("courtesy of").
 */

const DUTCH = [
  'De gemeente opent maandag een nieuwe fietsenstalling naast het station, met plek voor ruim achthonderd fietsen.',
  'De stalling is de eerste 24 uur gratis en wordt bewaakt, zodat reizigers hun fiets veilig kunnen achterlaten.',
  'Omwonenden klaagden al jaren over fietsen die op de stoep stonden en de doorgang voor voetgangers blokkeerden.',
];

const SPANISH = [
  'El ayuntamiento abrió el lunes la nueva biblioteca del barrio, con una sala de estudio y un espacio para niños.',
  'La biblioteca ocupa el antiguo mercado, que llevaba cerrado desde hace más de diez años por falta de uso.',
  'Los vecinos celebraron la apertura con una lectura pública en la plaza frente al edificio restaurado.',
];

const page = (lang: string, header: string, figure: string, paras: readonly string[]): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>x</title></head><body><main><article>
<header>${header}</header>${figure}
<div class="body">${paras.map((p) => `<p>${p}</p>`).join('')}</div></article></main></body></html>`;

describe('a phrase before the byline\'s "by"', () => {
  it('is dropped before the names', () => {
    const html = page(
      'nl',
      '<h1>Nieuwe fietsenstalling bij het station</h1><span class="author">Een verslag door Anouk Brink en Thijs Mol</span>',
      '',
      DUTCH,
    );
    expect(normaliseHtmlArticle(html, { url: null }).byline).toBe('Anouk Brink en Thijs Mol');
  });

  it('leaves a name whose particle is a "by" alone', () => {
    const html = page(
      'nl',
      '<h1>Nieuwe fietsenstalling bij het station</h1><span class="author">Maja af Rosen</span>',
      '',
      DUTCH,
    );
    expect(normaliseHtmlArticle(html, { url: null }).byline).toBe('Maja af Rosen');
  });
});

describe('a section declared in microdata beside a flash badge', () => {
  it('names the section, not the badge', () => {
    const html = page(
      'nl',
      '<div class="meta"><span itemprop="articleSection">Verkeer</span> <span class="flag">SPOED</span></div><h1>Nieuwe fietsenstalling bij het station</h1>',
      '',
      DUTCH,
    );
    expect(normaliseHtmlArticle(html, { url: null }).section).toBe('Verkeer');
  });
});

describe('a bracketed credit joined to its medium word by words in lower case', () => {
  it('parts the caption from the source', () => {
    const html = page(
      'es',
      '<h1>Abre la nueva biblioteca del barrio</h1>',
      '<figure><img src="https://biblioteca.example/img/sala.jpg" alt=""><figcaption>La sala de estudio de la nueva biblioteca. (Foto cortesía de Archivo Municipal)</figcaption></figure>',
      SPANISH,
    );
    const image = normaliseHtmlArticle(html, { url: 'https://biblioteca.example/nueva' }).image;
    expect(image?.caption).toBe('La sala de estudio de la nueva biblioteca.');
    expect(image?.credit).toBe('Archivo Municipal');
  });
});

const PORTUGUESE = [
  'A câmara municipal inaugurou na segunda-feira o novo mercado do bairro, com trinta bancas de produtores locais.',
  'O mercado funciona de terça a domingo e substitui a feira que se realizava na rua principal há décadas.',
  'Os comerciantes dizem que o espaço coberto os protege da chuva e atrai mais clientes durante o inverno.',
];

describe("a labelled credit line beside the photographer's", () => {
  it("names the writer, whatever the label's word", () => {
    const html = page(
      'pt',
      '<h1>Novo mercado abre no bairro</h1><div class="credits"><p>Reportagem: <a href="/equipa/ana-ribeiro">Ana Ribeiro</a></p><p>Fotos: Bruno Lima</p></div>',
      '',
      PORTUGUESE,
    );
    expect(normaliseHtmlArticle(html, { url: null }).byline).toBe('Ana Ribeiro');
  });
});

describe('a video player as the lead figure', () => {
  it("gives its caption and credit to the page's image", () => {
    const html = `<!DOCTYPE html><html lang="pt"><head><title>x</title>
<meta property="og:image" content="https://mercado.example/img/poster.jpg"></head><body><main><article>
<h1>Novo mercado abre no bairro</h1>
<figure class="player"><div class="video" data-id="v1"><button>Ver vídeo</button></div>
<figcaption>As primeiras bancas do novo mercado. <span class="credit">Imagem: Bruno Lima</span></figcaption></figure>
<div class="body">${PORTUGUESE.map((p) => `<p>${p}</p>`).join('')}</div></article></main></body></html>`;
    const image = normaliseHtmlArticle(html, { url: 'https://mercado.example/novo' }).image;
    expect(image?.caption).toBe('As primeiras bancas do novo mercado.');
    expect(image?.credit).toBe('Bruno Lima');
  });
});
