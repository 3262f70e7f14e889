import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round V, HTML. Invented pages: a blogging platform whose stylesheet generates two-letter class
 * names (one of which spells a furniture word); a video player's placeholder line in the text; a
 * label line over the text naming the story's first headline; a recipe card repeating the
 * headline's dish and printing its times.
 */

const read = (html: string) => normaliseHtmlArticle(html, { url: 'https://ornek.test/yazi/makale' });

const TR = [
  'Geçen bahar İstanbul’daki kiralık dairemi boşalttım, kedimi kardeşime bıraktım ve iki valizle Ayvalık’a taşındım.',
  'Şirketim uzaktan çalışmama izin verdi; üç ay kalırım diye düşünmüştüm, şimdi ikinci yılıma giriyorum.',
  'Köyde internet her yağmurda kesiliyor, müşterilerle toplantıları çoğu zaman limandaki kahvehaneden yapıyorum.',
  'İlk haftalar sandığımdan daha yalnızdım, ama artık sabahları zeytinlikte yürümeden bilgisayarı açmıyorum.',
];

describe('paragraphs whose generated class names spell a furniture word ("ad", "nl")', () => {
  const p = (t: string, i: number): string =>
    `<p id="p${i}" class="post-paragraph kq ad nl wb b xe" data-selectable-paragraph="">${t}</p>`;
  const html = `<!DOCTYPE html><html lang="tr"><head><title>x</title></head><body><div id="root">
    <article><div class="l"><section><div class="gn go gp"><div class="ch bg ew">
    <h1 class="post-title gt gu gv be">Bir yıl sonra İstanbul’a dönmedim</h1>
    ${TR.map(p).join('')}
    </div></div></section></div></article>
    <div class="author-card"><p>Yazılımcı, ev ve kediler üzerine yazıyor.</p></div></div></body></html>`;
  it('keeps them: a run of one- and two-letter tokens is a stylesheet’s, not a role', () => {
    expect(read(html).body).toEqual(TR);
  });
});
