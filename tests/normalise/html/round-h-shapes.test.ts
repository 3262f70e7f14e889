import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round H page shapes, invented: a pager to the stories either side, printed as a paragraph of
 * two links under the text.
 */

const TEXT = [
  'Freiwillige aus drei Schulen haben am Samstag vierhundert Erlen am Flussufer bei Mühlbach gepflanzt.',
  'Der Flussverein sagte, die Bäume sollten das Ufer dort halten, wo das Frühjahrshochwasser es um zwei Meter abgetragen hatte.',
  'Die Schüler werden die Setzlinge jeden Monat vermessen und die Zahlen für den Jahresbericht an den Verein schicken.',
];

describe('a pager to the stories either side', () => {
  it('is no paragraph of the text: two links and nothing else', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Erlen am Ufer gepflanzt</title></head>
<body><div class="entry h-entry"><h2 class="p-name"><a class="u-url" href="/lokales/erlen">Erlen am Ufer gepflanzt</a></h2>
<div class="text">${TEXT.map((p) => `<p>${p}</p>`).join('\n')}
<p class="text-center"><a href="/lokales/bruecke"><i class="icon-left"></i> Neue Brücke über die Ach freigegeben</a>
<a href="/lokales/markt">Wochenmarkt zieht auf den Kirchplatz <i class="icon-right"></i></a></p></div>
</div></body></html>`;
    expect(normaliseHtmlArticle(html, { url: null }).body).toEqual(TEXT);
  });
});

const TESTO = [
  'Il nuovo ponte pedonale sul torrente sarà aperto al pubblico da lunedì, dopo otto mesi di lavori.',
  'La struttura in legno e acciaio collega il quartiere della stazione al parco comunale lungo la riva.',
  'Il comune ha spiegato che il vecchio passaggio era chiuso da tre anni per motivi di sicurezza.',
];

describe("a byline's office after the comma", () => {
  const page = (
    byline: string,
  ): string => `<!DOCTYPE html><html lang="it"><head><title>Apre il ponte</title></head>
<body><article><h1>Apre il nuovo ponte pedonale sul torrente</h1>
<div class="meta"><span class="autore">${byline}</span></div>
<div class="testo">${TESTO.map((p) => `<p>${p}</p>`).join('\n')}</div></article></body></html>`;

  it('is dropped: a capitalised phrase joined by a word in lower case, opening with no given name', () => {
    expect(
      normaliseHtmlArticle(page('Testo: Giulia Ferraro Lenti, Ufficio Stampa del Comune'), { url: null })
        .byline,
    ).toBe('Giulia Ferraro Lenti');
  });

  it('is kept when it is a second name: it opens with a given name', () => {
    expect(normaliseHtmlArticle(page('Testo: Giulia Ferraro, Marco de Santis'), { url: null }).byline).toBe(
      'Giulia Ferraro, Marco de Santis',
    );
  });
});

const TEXTO_PT = [
  'A nova biblioteca municipal abriu as portas no sábado com mais de doze mil livros nas estantes.',
  'O edifício, recuperado de um antigo armazém do porto, tem uma sala de leitura para crianças.',
  'A câmara diz que a biblioteca vai abrir também ao domingo durante os meses de verão.',
];

describe("a picture's credit printed on the byline's line", () => {
  it("is the lead image's credit when its caption names none", () => {
    const html = `<!DOCTYPE html><html lang="pt"><head><title>Abre a nova biblioteca</title></head>
<body><article><h1>Abre a nova biblioteca municipal</h1>
<div class="info"><span class="autor">Por Ana Ribeiro Lopes</span> <span class="imagens">Fotos: Rui Tavares Neto</span></div>
<figure><img src="/img/biblioteca.jpg" alt=""><figcaption>A sala de leitura no primeiro dia.</figcaption></figure>
<div class="texto">${TEXTO_PT.map((p) => `<p>${p}</p>`).join('\n')}</div></article></body></html>`;
    const out = normaliseHtmlArticle(html, { url: 'https://example.pt/noticias/biblioteca' });
    expect(out.byline).toBe('Ana Ribeiro Lopes');
    expect(out.image?.caption).toBe('A sala de leitura no primeiro dia.');
    expect(out.image?.credit).toBe('Rui Tavares Neto');
  });
});
