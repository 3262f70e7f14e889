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
