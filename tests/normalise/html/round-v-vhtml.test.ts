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

const ES = [
  'El pleno de Villaverde del Río aprobó el martes por la noche ceder un solar municipal para construir veinte viviendas sociales.',
  'La cooperativa que gestionará el proyecto pagará un euro al año por la cesión y espera empezar las obras en primavera.',
  'Varios vecinos pidieron más información sobre el tráfico en la calle, y el alcalde prometió una reunión en enero.',
  'Las primeras familias podrían mudarse antes de que termine el próximo año, según la cooperativa.',
];

describe('a video player’s placeholder line between the text’s paragraphs', () => {
  const html = `<!DOCTYPE html><html lang="es"><head><title>x</title></head><body><article>
    <h1>Villaverde cede un solar para veinte viviendas sociales</h1><div class="cuerpo">
    <p>${ES[0]}</p><p>${ES[1]}</p>
    <div class="reproductor" data-clip-id="a81f-22"><div class="portada"><span class="icono"></span>Mira: el pleno debate la cesión del solar</div></div>
    <p>${ES[2]}</p><p>${ES[3]}</p></div></article></body></html>`;
  it('drops the label line the template sets apart from the paragraphs', () => {
    expect(read(html).body).toEqual(ES);
  });
});

const JA = [
  '市内の山間部を走る路線バスが今月から一日三便に増え、住民が朝のうちに市街地へ出られるようになった。',
  '市交通課によると、新しい路線では宅配便の荷物も一緒に運び、運行にかかる費用を抑えている。',
  '沿線の集落では、バス停の隣に荷物の受け取り場所を設ける計画も進んでいる。',
];

describe('a label line naming the story’s first headline, a paragraph of its own class over the text', () => {
  const html = `<!DOCTYPE html><html lang="ja"><head><title>x</title></head><body><div class="kiji">
    <h1>山間部の路線バス、一日三便に増便</h1><div class="honbun">
    <p class="moto-midashi">元の見出し：「バスが来る村」の暮らしはこう変わった</p>
    ${JA.map((t) => `<p>${t}</p>`).join('')}</div></div></body></html>`;
  it('drops the label line, keeps the paragraphs', () => {
    expect(read(html).body).toEqual(JA);
  });
});

describe('label lines that are the text’s own subheadings', () => {
  const page = (
    a: string,
    b: string,
  ): string => `<!DOCTYPE html><html lang="ja"><head><title>x</title></head><body><div class="kiji">
    <h1>山間部の路線バス、一日三便に増便</h1><div class="honbun">
    <p>${JA[0]}</p>${a}<p>${JA[1]}</p>${b}<p>${JA[2]}</p></div></div></body></html>`;
  it('keeps a make the box prints more than once', () => {
    const a = '<p class="komidashi">第一部：朝のバスに乗る人たち</p>';
    const b = '<p class="komidashi">第二部：荷物も一緒に運ぶ仕組み</p>';
    expect(read(page(a, b)).body).toEqual([
      JA[0],
      '第一部：朝のバスに乗る人たち',
      JA[1],
      '第二部：荷物も一緒に運ぶ仕組み',
      JA[2],
    ]);
  });
  it('keeps a line wholly in bold', () => {
    const a = '<p class="komidashi"><strong>背景：なぜ路線が消えたのか</strong></p>';
    expect(read(page(a, '')).body).toEqual([JA[0], '背景：なぜ路線が消えたのか', JA[1], JA[2]]);
  });
});

const PL = [
  'Każdego lipca sąsiedzka jabłoń ugina się pod owocami, a ja nie wiem już, gdzie stawiać kolejne słoiki.',
  'Wtedy piekę ten placek, który babcia Hela podawała w każdą niedzielę po sumie.',
];
const PL_CARD = [
  'Składniki',
  '50 dag mąki',
  '25 dag masła',
  'Przygotowanie',
  'Jabłka obierz i pokrój w kostkę.',
  'Piecz w 180 stopniach przez 45 minut.',
];

const NAME = '<h2 class="karta-nazwa">Szarlotka z kruszonką</h2>';
const TIMES =
  '<div class="karta-czasy"><span>Przygotowanie</span> <span>30 min</span> <span>Pieczenie</span> <span>45 min</span> <span>Porcje</span> <span>12</span></div>';
const recipePage = (
  card: string,
): string => `<!DOCTYPE html><html lang="pl"><head><title>x</title></head><body><article>
    <h1 class="entry-title">Szarlotka z kruszonką, jak piekła ją babcia Hela</h1><div class="entry-content">
    ${PL.map((t) => `<p>${t}</p>`).join('')}
    <div class="karta-przepisu">${card}
    <h3>Składniki</h3><ul><li>50 dag mąki</li><li>25 dag masła</li></ul>
    <h3>Przygotowanie</h3><ol><li>Jabłka obierz i pokrój w kostkę.</li><li>Piecz w 180 stopniach przez 45 minut.</li></ol>
    </div></div></article></body></html>`;

describe('a recipe card in the text', () => {
  it('drops its name where it repeats the headline’s opening phrase', () => {
    expect(read(recipePage(NAME)).body).toEqual([...PL, ...PL_CARD]);
  });
  it('drops its row of times (CLDR’s minute words), keeps its lists and steps', () => {
    expect(read(recipePage(TIMES)).body).toEqual([...PL, ...PL_CARD]);
  });
  it('keeps a subheading that is not the headline’s opening', () => {
    expect(read(recipePage('<h2>Ciasto na niedzielę</h2>')).body).toEqual([
      ...PL,
      'Ciasto na niedzielę',
      ...PL_CARD,
    ]);
  });
});
