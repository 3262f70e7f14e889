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
