import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * A site builder prints every line of its text boxes inside a styled span, the read-on line too
 * (invented pages): "<p><span style=…>Label: <a>Title</a></span></p>".
 */
const PROSE = [
  'Linnavalitsus otsustas neljapäeval, et vana veetorn jääb alles ja saab uue katuse juba enne talve algust.',
  'Torni kõrval asuv plats muudetakse väikeseks pargiks, kuhu tulevad pingid ja laste mänguväljak.',
  'Ehitustööd algavad augustis ja peaksid lõppema hiljemalt novembri keskel, ütles ehitusjuht.',
  'Elanike koosolekul küsiti ka parkimise kohta, kuid selle üle otsustatakse alles järgmisel aastal.',
];

const page = (label: string, title: string): string => `<!doctype html>
<html lang="et"><head><title>Veetorn saab uue katuse | Külauudised</title>
<link rel="canonical" href="https://www.kylauudised.example/uudised/veetorn"></head>
<body><div id="SITE_CONTAINER"><div class="rich-text" data-testid="richTextElement">
<h1 class="font_0"><span class="rich-text__text">Veetorn saab uue katuse</span></h1></div>
<div class="rich-text" data-testid="richTextElement">
${PROSE.slice(0, 2)
  .map((p) => `<p class="font_8"><span class="rich-text__text">${p}</span></p>`)
  .join('\n')}
<p class="font_8"><span style="font-weight:bold;" class="rich-text__text">${label} <a href="https://www.kylauudised.example/uudised/park">${title}</a></span></p>
${PROSE.slice(2)
  .map((p) => `<p class="font_8"><span class="rich-text__text">${p}</span></p>`)
  .join('\n')}
</div></div></body></html>`;

describe('a read-on line wrapped in one styled span', () => {
  it('gives a related title and leaves the body, whatever words its label uses', () => {
    const title = 'Kooli park saab uued puud ja pingid';
    const r = normaliseHtmlArticle(page('Vaata veel:', title), { url: null });
    expect(r.related).toEqual([title]);
    expect(r.body).toEqual(PROSE);
  });

  it('keeps a line whose link is a name, not a headline', () => {
    const r = normaliseHtmlArticle(page('Allikas:', 'Vald'), { url: null });
    expect(r.related).toEqual([]);
  });
});
