import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round T, HTML: builders and CMSs not seen before. Invented pages: an author box whose link is a
 * call ("all posts"), not the name; a CMS's "submitted by" line naming the account; a taxonomy field
 * ahead of the text; a blog's label row of tags; a field of story references after the text; a
 * page builder's posts grid under a heading of its own after the text.
 */

const read = (html: string) => normaliseHtmlArticle(html, { url: 'https://przyklad.test/wpis/artykul' });
const paras = (ps: string[]): string => ps.map((p) => `<p>${p}</p>`).join('');

const CS = [
  'Obecní knihovna v Dolní Lhotě otevřela v pondělí novou čítárnu pro děti, kterou dobrovolníci vybavili za necelé tři měsíce.',
  'Čítárna má dvacet míst a knihy pro všechny věkové skupiny, od leporel pro nejmenší až po detektivky pro starší školáky.',
  'Provoz na první rok zaplatí obec, knihovna ale hledá další sponzory a dobrovolníky na odpolední čtení.',
];

describe('an author box: the name in its heading, its link a call to the writer’s other posts', () => {
  const html = `<!DOCTYPE html><html lang="cs"><head><title>x</title></head><body><div class="clanek">
    <h1>Knihovna v Dolní Lhotě otevřela čítárnu pro děti</h1>${paras(CS)}
    <div class="author-card"><img src="/foto/petra.jpg" alt=""><div class="author-card__text">
      <h5 class="author-card__title">Petra Dvořáková</h5><p>Píše o dění v obci a okolí.</p>
      <a class="author-card__more" href="/autor/petra">Všechny články</a></div></div>
    </div></body></html>`;
  it('reads the name from the box, not the link’s call', () => {
    expect(read(html).byline).toBe('Petra Dvořáková');
  });
});

const CY = [
  'Agorodd y llyfrgell gymunedol ei drysau eto ddydd Llun ar ôl chwe mis o waith adnewyddu gan wirfoddolwyr y pentref.',
  'Mae gan yr ystafell newydd le i ugain o blant, a bydd sesiynau stori bob prynhawn Sadwrn drwy gydol yr haf.',
  'Talodd y cyngor cymuned am hanner y gwaith, a daeth y gweddill o ocsiwn a gynhaliwyd yn neuadd y pentref.',
];

const drupalPage = (
  node: string,
): string => `<!DOCTYPE html><html lang="cy"><head><title>x</title></head><body>
  <div id="navigation"><ul class="links"><li><a href="/">Hafan</a></li><li><a href="/newyddion">Newyddion</a></li></ul></div>
  <div class="breadcrumb"><a href="/">Hafan</a> » <a href="/newyddion">Newyddion</a></div>
  <div id="content"><h1 class="title" id="page-title">Llyfrgell y pentref yn ailagor ar ôl y gwaith</h1>
  <div class="region region-content"><div class="node node-article">${node}</div></div></div></body></html>`;

const BODY_FIELD = `<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even">${paras(CY)}</div></div></div>`;

describe('a CMS’s "submitted" line naming the account in a span of its own', () => {
  const html = drupalPage(
    `<div class="submitted"><span>Cyhoeddwyd gan <span class="username">Rhys Llewelyn</span> ar 3 Mawrth 2026</span></div>${BODY_FIELD}`,
  );
  it('reads the account’s name as the byline', () => {
    expect(read(html).byline).toBe('Rhys Llewelyn');
  });
});

describe('a taxonomy field of one term between the headline and the text', () => {
  const html = drupalPage(
    `<div class="content"><div class="field field-name-field-adran field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Adran:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/adran/diwylliant">Diwylliant</a></div></div></div>${BODY_FIELD}</div>`,
  );
  it('reads the term as the section, before the trail’s entry', () => {
    expect(read(html).section).toBe('Diwylliant');
  });
});

describe('a field of story references after the text, under a label in words no list knows', () => {
  const html = drupalPage(
    `<div class="content">${BODY_FIELD}<div class="field field-name-field-erthyglau field-type-node-reference field-label-above"><div class="field-label">Erthyglau cysylltiedig:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/newyddion/ffair-haf">Ffair haf y pentref yn codi arian i’r ysgol</a></div><div class="field-item odd"><a href="/newyddion/clwb-darllen">Clwb darllen newydd i oedolion yn y llyfrgell</a></div></div></div></div>`,
  );
  const r = read(html);
  it('reads the referenced stories as related links', () => {
    expect(r.related).toEqual([
      'Ffair haf y pentref yn codi arian i’r ysgol',
      'Clwb darllen newydd i oedolion yn y llyfrgell',
    ]);
  });
  it('keeps the text whole', () => {
    expect(r.body).toEqual(CY);
  });
});

describe('a blog post’s label row: links the markup calls tags, one of them also in the menu', () => {
  const EU = [
    'Herriko liburutegiak haurrentzako irakurketa gela berria ireki du astelehenean, boluntarioek hiru hilabetean prestatu ondoren.',
    'Gelak hogei leku ditu eta adin guztietako liburuak, txikienentzako ipuinetatik hasi eta nerabeentzako eleberrietaraino.',
  ];
  const html = `<!DOCTYPE html><html lang="eu"><head><title>Liburutegiak irakurketa gela berria ireki du</title></head><body>
    <div class="tabs"><ul><li><a href="/">Hasiera</a></li><li><a href="/search/label/Kultura">Kultura</a></li><li><a href="/search/label/Kirolak">Kirolak</a></li></ul></div>
    <div class="post hentry"><h3 class="post-title entry-title">Liburutegiak irakurketa gela berria ireki du</h3>
    <div class="post-header"></div><div class="post-body entry-content">${paras(EU)}</div>
    <div class="post-footer"><span class="post-labels">Etiketak: <a href="/search/label/Kultura" rel="tag">Kultura</a>, <a href="/search/label/Haurrak" rel="tag">Haurrak</a></span></div>
    </div></body></html>`;
  it('takes no section from the tags', () => {
    expect(read(html).section).toBeNull();
  });
});

describe('a page builder’s posts grid under a heading in a box of its own, after the text', () => {
  const SK = [
    'Mestská knižnica otvorila v pondelok novú čitáreň pre deti, ktorú dobrovoľníci zariadili za necelé tri mesiace.',
    'Čitáreň má dvadsať miest a knihy pre všetky vekové skupiny, od leporel pre najmenších až po detektívky pre školákov.',
    'Prevádzku na prvý rok zaplatí mesto, knižnica však hľadá ďalších sponzorov a dobrovoľníkov na popoludňajšie čítanie.',
  ];
  const card = (href: string, title: string): string =>
    `<div class="grid-item"><div class="thumb"><a href="${href}"><img src="/img${href}.jpg" alt=""></a></div><h4 class="item-title"><a href="${href}">${title}</a></h4><span class="item-date">2. 3. 2026</span></div>`;
  const html = `<!DOCTYPE html><html lang="sk"><head><title>x</title></head><body><div class="builder-page">
    <div class="row"><div class="module module-title"><h1>Knižnica otvorila čitáreň pre deti</h1></div></div>
    <div class="row"><div class="module module-text">${paras(SK)}</div></div>
    <div class="row"><div class="module module-heading"><h3>Podobné príspevky</h3></div></div>
    <div class="row"><div class="module module-posts">${card('/jarmok', 'Jarmok na námestí prilákal tisíce návštevníkov')}${card('/skola', 'Základná škola dostane novú telocvičňu do jesene')}</div></div>
    </div></body></html>`;
  const r = read(html);
  it('reads the cards as related links', () => {
    expect(r.related).toEqual([
      'Jarmok na námestí prilákal tisíce návštevníkov',
      'Základná škola dostane novú telocvičňu do jesene',
    ]);
  });
  it('keeps the text whole', () => {
    expect(r.body).toEqual(SK);
  });
});

describe('a picture in a lightbox between paragraphs, then a read-on line before a subheading', () => {
  const HR = [
    'Udruga biciklista u subotu organizira proljetno čišćenje obale jezera, a okupljanje je u devet sati kod mosta.',
    'Prošle godine skupljeno je više od stotinu vreća otpada, pa je ove godine dogovoren i odvoz odmah nakon akcije.',
    'Nakon čišćenja sudionike čeka ručak kod lučice, a djeca mlađa od dvanaest godina dolaze samo uz odrasle.',
  ];
  const html = `<!DOCTYPE html><html lang="hr"><head><title>x</title></head><body><div class="objava">
    <h1>Proljetno čišćenje obale jezera u subotu</h1><p>${HR[0]}</p>
    <div class="lightbox-wrapper"><a class="lightbox" href="https://forum.primjer.test/uploads/original/karta-obale.jpeg"><img src="https://forum.primjer.test/uploads/optimized/karta-obale_690.jpeg" alt=""><div class="meta"><span class="filename">karta-obale</span><span class="informations">1600×900 318 KB</span></div></a></div>
    <p>${HR[1]}</p><p>Vidi i: <a href="/t/jesensko-ciscenje-2025/812">Rezultati jesenskog čišćenja obale 2025</a></p>
    <h2>Nakon akcije</h2><p>${HR[2]}</p></div></body></html>`;
  const r = read(html);
  it('reads the read-on line as related, not the picture’s file information', () => {
    expect(r.related).toEqual(['Rezultati jesenskog čišćenja obale 2025']);
  });
  it('keeps the read-on line out of the body', () => {
    expect(r.body).toEqual([HR[0], HR[1], 'Nakon akcije', HR[2]]);
  });
});

describe('a site builder’s cards after the text: each link a picture and a title, no heading in it', () => {
  const RO = [
    'Căminul cultural din sat a găzduit sâmbătă prima ediție a târgului de meșteșuguri, cu peste treizeci de expozanți din județ.',
    'Vizitatorii au putut încerca olăritul și țesutul la război, iar copiii au pictat ouă sub îndrumarea unei învățătoare pensionare.',
  ];
  const card = (href: string, title: string): string =>
    `<div class="c7x"><a href="${href}"><img src="/poze${href}.jpg"><p><span>${title}</span></p></a></div>`;
  const html = `<!DOCTYPE html><html lang="ro"><head><title>x</title></head><body><div role="main"><section>
    <div class="w1"><h1><span>Târg de meșteșuguri la căminul cultural</span></h1></div>
    <div class="w1">${paras(RO)}</div>
    <div class="w1"><h2><span>Alte vești</span></h2></div>
    <div class="g2">${card('/biblioteca', 'Biblioteca a primit o sută de cărți noi')}${card('/corul', 'Corul satului caută voci noi pentru toamnă')}</div>
    </section></div></body></html>`;
  it('reads the cards as related links', () => {
    expect(read(html).related).toEqual([
      'Biblioteca a primit o sută de cărți noi',
      'Corul satului caută voci noi pentru toamnă',
    ]);
  });
});
