import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Lane tzone: a page builder boxes every widget in containers of its own, the headline alone in
 * its box; the date line stands in the next widget's box. Invented page (Azerbaijani).
 */

const read = (html: string) => normaliseHtmlArticle(html, { url: 'https://numune.test/xeber/park' });

const AZ = [
  'Şəhərin mərkəzində yeni park açıldı, burada uşaqlar üçün oyun meydançaları və velosiped yolları salınıb.',
  'Parkın sahəsi on iki hektardır, orada min beş yüzdən çox ağac əkilib və gecə işıqlandırması quraşdırılıb.',
  'Bələdiyyə bildirib ki, gələn il daha iki park açılacaq və köhnə meydanlar yenidən qurulacaq.',
];

describe('a date line in the widget box after the headline’s own box', () => {
  const html = `<!DOCTYPE html><html lang="az"><head><title>x</title></head><body>
    <div class="builder-section"><div class="widget widget-heading"><div class="widget-inner">
      <h1>Şəhərin mərkəzində yeni park açıldı</h1></div></div>
    <div class="widget widget-text"><div class="widget-inner"><p>14 mart 2026, 10:15 (GMT+4)</p></div></div>
    <div class="widget widget-text"><div class="widget-inner">${AZ.map((p) => `<p>${p}</p>`).join('')}</div></div>
    </div></body></html>`;
  it('reads the date line as the published instant', () => {
    expect(read(html).published).toBe('2026-03-14T10:15:00+04:00');
  });
});
