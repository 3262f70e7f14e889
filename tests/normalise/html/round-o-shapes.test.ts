import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round O page shapes, invented: a screenshot's credit label, a caption joined to its credit by a
 * full-width "＝", a caseless label and a dash in a credit box, a picture's description box, a
 * role before an initial-and-surname byline, a table of figures between the paragraphs, a fact
 * check's ClaimReview date, and a Joomla article (bold summary paragraph, genre link, "Super User").
 */

const GERMAN = [
  'Die Stadtwerke haben eine angebliche Warnung vor einer Trinkwassersperre als Fälschung bezeichnet.',
  'Das Schreiben kursiert seit Montag in mehreren Nachrichtengruppen und trägt ein veraltetes Logo.',
  'Eine Sprecherin sagte, es seien keine Arbeiten am Leitungsnetz in diesem Umfang geplant.',
];

const page = (body: string, head = '', lang = 'de', title = 'T'): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title>${head}</head><body>${body}</body></html>`;

const paragraphs = (ps: string[]): string => ps.map((p) => `<p>${p}</p>`).join('');

describe("a screenshot's credit label", () => {
  it('parts the caption from the credit after "Bildschirmfoto:"', () => {
    const html = page(`<main><article><h1>Gefälschte Warnung der Stadtwerke im Umlauf</h1>
<figure><img src="https://example.org/a.jpg" alt=""><figcaption>Die gefälschte Warnung, wie sie in Gruppen geteilt wird. <span>Bildschirmfoto: Telegram</span></figcaption></figure>
${paragraphs(GERMAN)}</article></main>`);
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.image?.caption).toBe('Die gefälschte Warnung, wie sie in Gruppen geteilt wird.');
    expect(out.image?.credit).toBe('Telegram');
  });
});

const JAPANESE = [
  '市内の農協は今年の新米の出荷を始めたと発表した。出荷量は昨年より一割ほど多い見込みだという。',
  '担当者によると、夏の天候に恵まれ、粒の大きさもそろっている。県外の取引先からの注文も増えている。',
  '農協は来月、駅前で試食会を開き、新しい品種の販売にも力を入れる方針だ。',
];

describe('a Japanese caption joined to its credit by "＝"', () => {
  it('gives the credit after the label of "photo provided"', () => {
    const html = page(
      `<main><article><h1>新米の出荷始まる</h1>
<div class="photo"><img src="https://example.jp/r.jpg" alt=""><p class="caption">出荷を待つ新米（9月、北原町）＝写真提供：北原町農協</p></div>
${paragraphs(JAPANESE)}</article></main>`,
      '',
      'ja',
    );
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.image?.caption).toBe('出荷を待つ新米（9月、北原町）');
    expect(out.image?.credit).toBe('北原町農協');
  });
});

const TAMIL = [
  'நகராட்சி கால்பந்து போட்டியின் இறுதிப் போட்டியில் வடக்கு அணி இரண்டு கோல்கள் அடித்து வென்றது.',
  'ஆட்டத்தின் கடைசி பத்து நிமிடங்களில் இரண்டு கோல்களும் அடிக்கப்பட்டன என்று பயிற்சியாளர் கூறினார்.',
  'வெற்றி பெற்ற அணிக்கு அடுத்த மாதம் மாநில அளவிலான போட்டியில் பங்கேற்கும் வாய்ப்பு கிடைத்துள்ளது.',
];

describe('a credit box holding a caseless label and a spaced dash', () => {
  it('gives the name without its label', () => {
    const html = page(
      `<main><article><h1>இறுதிப் போட்டியில் வடக்கு அணி வெற்றி</h1>
<figure><img src="https://example.lk/f.jpg" alt=""><div class="wp-caption-text">வெற்றிக் கோப்பையுடன் வீரர்கள். <span class="photo-credit">(படம் - ராஜேஷ் குமார்)</span></div></figure>
${paragraphs(TAMIL)}</article></main>`,
      '',
      'ta',
    );
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.image?.credit).toBe('ராஜேஷ் குமார்');
  });
});

const FINNISH = [
  'Kaupunginvaltuusto hyväksyi maanantaina uuden uimahallin rakentamisen keskustan laidalle.',
  'Hallin on määrä valmistua vuonna 2028, ja sen kustannusarvio on noin kolmekymmentä miljoonaa euroa.',
  'Vanha halli suljetaan, kun uusi avataan, kertoi liikuntapalveluiden johtaja kokouksen jälkeen.',
];

describe("a picture's description box outside a figure", () => {
  it('reads its caption and the labelled credit after it', () => {
    const html = page(
      `<div class="news-detail"><h1>Valtuusto hyväksyi uuden uimahallin</h1>
<div class="news-image"><img src="https://example.fi/halli.jpg" alt=""><em class="img-desc">Havainnekuva uudesta hallista. Kuva: Kaupungin tilapalvelut</em></div>
<div class="news-content">${paragraphs(FINNISH)}</div></div>`,
      '<meta property="og:image" content="https://example.fi/halli.jpg">',
      'fi',
    );
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.image?.caption).toBe('Havainnekuva uudesta hallista.');
    expect(out.image?.credit).toBe('Kaupungin tilapalvelut');
  });
});

const KAZAKH = [
  'Аудандық сот қала әкімдігінің бұрынғы қызметкерін парақорлық үшін бес жылға бас бостандығынан айырды.',
  'Тергеу деректері бойынша, ол құрылыс компаниясынан рұқсат беру үшін ақша талап еткен.',
  'Үкім заңды күшіне енген жоқ, тараптар он бес күн ішінде шағым бере алады.',
];

describe('a role before a name of an initial and a surname', () => {
  it('gives the name alone', () => {
    const html = page(
      `<main><div class="news"><h1>Әкімдіктің бұрынғы қызметкері сотталды</h1>
<div class="news-content">${paragraphs(KAZAKH)}</div>
<p class="news-author">Соттың баспасөз хатшысы А.Серікбаев</p></div></main>`,
      '',
      'kk',
    );
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.byline).toBe('А.Серікбаев');
  });
});

const POLISH = [
  'Miejscowy klub wygrał w niedzielę finał wojewódzkiego pucharu, pokonując faworyta po dogrywce.',
  'Decydującą bramkę zdobył w sto ósmej minucie osiemnastoletni napastnik, debiutujący w pierwszym składzie.',
  'Trener podziękował kibicom, którzy licznie przyjechali na stadion mimo ulewnego deszczu.',
  'Zwycięzca pucharu zagra w sierpniu w rundzie wstępnej rozgrywek krajowych.',
];

// A table of figures between the paragraphs stays text: the article-extraction benchmark's
// ground truth keeps a results or price grid's cells in the article body.
describe('a table of figures between the paragraphs', () => {
  it('keeps its cells in the text, after the paragraphs before it', () => {
    const html = page(
      `<main><article><h1>Puchar dla miejscowego klubu</h1>
${paragraphs(POLISH.slice(0, 2))}
<table class="wynik"><caption>Statystyki meczu</caption><tr><th>Drużyna</th><th>Strzały</th><th>Rzuty rożne</th></tr><tr><td>Gospodarze</td><td>14</td><td>7</td></tr><tr><td>Goście</td><td>9</td><td>3</td></tr></table>
${paragraphs(POLISH.slice(2))}</article></main>`,
      '',
      'pl',
    );
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.body.slice(0, 2)).toEqual(POLISH.slice(0, 2));
    expect(out.body).toContain('Gospodarze');
    expect(out.body.slice(-2)).toEqual(POLISH.slice(2));
  });
});

const SPANISH = [
  'Un supuesto aviso que circula en redes anuncia el cierre de todas las escuelas de la provincia el lunes.',
  'La secretaría de educación lo desmintió en un comunicado y confirmó que las clases siguen con normalidad.',
  'El aviso usa un formato de documento que la dependencia dejó de emplear hace dos años.',
];

describe("a fact check's ClaimReview date", () => {
  it('dates the page when the printed date has no time', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      datePublished: '2026-05-04T09:30:00-05:00',
      itemReviewed: { '@type': 'Claim', datePublished: '2026-05-01' },
    });
    const html = page(
      `<main><article><h1>Es falso que cierren todas las escuelas el lunes</h1>
<div class="meta"><span class="fecha">4 de mayo de 2026</span></div>
${paragraphs(SPANISH)}</article></main>`,
      `<script type="application/ld+json">${ld}</script>`,
      'es',
    );
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.published).toBe('2026-05-04T09:30:00-05:00');
  });

  it('reads an article type of any name ending in "Article"', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'OpinionNewsArticle',
      datePublished: '2026-05-04T09:30:00+02:00',
      author: { '@type': 'Person', name: 'Lucía Ferrer Gil' },
    });
    const html = page(
      `<main><article><h1>Las escuelas necesitan más tiempo</h1>${paragraphs(SPANISH)}</article></main>`,
      `<script type="application/ld+json">${ld}</script>`,
      'es',
    );
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.byline).toBe('Lucía Ferrer Gil');
  });
});

const CROATIAN = [
  'Udruga proizvođača maslinova ulja objavila je da je ovogodišnja berba bila najbolja u posljednjih deset godina.',
  'Prema podacima udruge, otkupljeno je gotovo dvostruko više maslina nego prošle jeseni, a cijene su stabilne.',
  'Proizvođači traže od ministarstva potporu za nastup na sajmovima u inozemstvu.',
];

describe('a Joomla article', () => {
  const html = page(
    `<div class="item-page" itemscope itemtype="https://schema.org/Article">
<nav><ol class="breadcrumb"><li><a href="/">Početna</a></li><li><a href="/vijesti">Vijesti</a></li></ol></nav>
<div class="page-header"><h2 itemprop="headline">Najbolja berba maslina u deset godina</h2></div>
<dl class="article-info"><dd class="category-name">Kategorija: <a href="/vijesti/priopcenja" itemprop="genre">Priopćenja</a></dd></dl>
<div itemprop="articleBody"><p><strong>Udruga traži potporu za izvoz ulja na nova tržišta.</strong></p>${paragraphs(CROATIAN)}</div>
</div>`,
    '<meta name="author" content="Super User">',
    'hr',
    'Najbolja berba maslina u deset godina',
  );
  const out = normaliseHtmlArticle(html, { url: null });

  // A lead set in bold is still the text's first paragraph (issue 12: the lead stays in the body);
  // only a bold paragraph repeating the page's description is its standfirst.
  it('keeps the bold opening sentence in the body', () => {
    expect(out.summary).toBeNull();
    expect(out.body.slice(-4)).toEqual(['Udruga traži potporu za izvoz ulja na nova tržišta.', ...CROATIAN]);
  });

  it('takes the linked genre for the section', () => {
    expect(out.section).toBe('Priopćenja');
  });

  it("names no author for the CMS's first account", () => {
    expect(out.byline).toBeNull();
  });
});
