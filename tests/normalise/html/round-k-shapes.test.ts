import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round K page shapes, invented: a credit given "courtesy of" its owner, a credit box after a
 * figure's caption in full-width brackets, a bold date line after the text, the writer's bio box
 * and their other stories, a donation appeal set between the paragraphs, a field line under a
 * headline in a table, a message board inside a form around the whole page, a related-named list
 * in the sidebar, a callout card between the paragraphs.
 */

const SWAHILI = [
  'Halmashauri ya mji imeanza ujenzi wa soko jipya la samaki karibu na bandari ya zamani, mradi unaotarajiwa kukamilika mwezi Oktoba.',
  'Wavuvi wamesema soko hilo litapunguza hasara ya samaki kuharibika kabla ya kufika kwa wanunuzi kutoka mikoa ya jirani.',
  'Mhandisi wa mradi amesema vibanda sitini vitajengwa pamoja na chumba cha kuhifadhia barafu na maji safi.',
];

describe('a credit given "courtesy of" its owner, in a caption box of its own', () => {
  it('names the giver', () => {
    const html = `<!DOCTYPE html><html lang="sw"><head><title>Soko jipya la samaki</title></head>
<body><main><div class="story">
<h1 class="story-title">Ujenzi wa soko jipya la samaki waanza bandarini</h1>
<div class="lead-photo"><img src="https://img.pwani-leo.example/soko.jpg" alt="">
<div class="photo-caption-box"><div class="photo-caption"><p>Mafundi wakiweka msingi wa soko jipya la samaki.</p></div>
<div class="photo-byline">Courtesy of Halmashauri ya Mji wa Pwani</div></div></div>
<div class="story-body"><p>${SWAHILI[0]}</p><p>${SWAHILI[1]}</p><p>${SWAHILI[2]}</p></div>
</div></main></body></html>`;
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.image?.caption).toBe('Mafundi wakiweka msingi wa soko jipya la samaki.');
    expect(out.image?.credit).toBe('Halmashauri ya Mji wa Pwani');
  });
});

const CHINESE = [
  '东湖区政府今天宣布，湖滨公园的改造工程将于下月动工，预计明年春节前完工，总投资约一亿二千万元。',
  '改造后的公园将新增两条跑道、一座儿童游乐场和三处休息亭，原有的古树将全部保留。',
  '施工期间，公园北门将暂时关闭，市民可从南门和东门进入。',
];

describe('a credit box after the figure caption, in full-width brackets', () => {
  it('gives the credit without its brackets', () => {
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><title>湖滨公园改造下月动工</title></head>
<body><main><article>
<h1>湖滨公园改造下月动工 明年春节前完工</h1>
<figure class="lead-media"><img src="https://img.donghu-ribao.example/park.jpg" alt="">
<div class="media-text"><figcaption class="media-caption">湖滨公园北门附近的老亭子＝资料照片</figcaption>
<div class="media-credit">（东湖日报）</div></div></figure>
<div class="article-body"><p>${CHINESE[0]}</p><p>${CHINESE[1]}</p><p>${CHINESE[2]}</p></div>
</article></main></body></html>`;
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.image?.caption).toBe('湖滨公园北门附近的老亭子＝资料照片');
    expect(out.image?.credit).toBe('东湖日报');
  });
});

const CZECH = [
  'Obec od dubna nabízí příspěvek na výměnu starých oken v rodinných domech, na program vyčlenila osm set tisíc korun.',
  'Žádosti přijímá obecní úřad do konce června, rozhoduje pořadí, v jakém dorazí, a na jeden dům připadá nejvýše dvacet tisíc.',
  'Starostka připomněla, že k žádosti je třeba přiložit fakturu a fotografii oken před výměnou i po ní.',
];

describe('a date line set in bold after the text of a builder page', () => {
  it('is not the standfirst', () => {
    const html = `<!DOCTYPE html><html lang="cs"><head><title>Příspěvek na okna</title></head>
<body><div class="page"><div class="row"><div class="cell">
<div class="post-head"><p class="post-date">01.04.2026</p><h1 class="post-title">Obec přispěje na výměnu starých oken v rodinných domech</h1></div>
<div class="pic-block"><img src="https://obec-lhotka.example/okna.jpg" alt=""></div>
<div class="text-block"><p>${CZECH[0]}</p><p>${CZECH[1]}</p><p>${CZECH[2]}</p></div>
<div class="text-block"><p><strong>Publikováno dne: 01.04.2026 09:30</strong></p></div>
</div></div></div></body></html>`;
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.summary).toBeNull();
  });
});

const ITALIAN = [
  'Il consiglio comunale ha approvato il progetto della nuova pista ciclabile lungo il fiume, lunga quattro chilometri e finanziata dalla regione.',
  'I lavori partiranno a settembre e dureranno circa un anno; durante il cantiere il sentiero resterà chiuso ai pedoni.',
  'L’assessore ai trasporti ha spiegato che la pista collegherà la stazione con il quartiere delle scuole.',
  'Le associazioni dei ciclisti hanno chiesto che il tracciato sia illuminato anche nelle ore serali.',
];

/** A blog theme's post: the byline in the header, the writer's bio box and their latest under the text. */
const blogPost = (
  extra: string,
): string => `<!DOCTYPE html><html lang="it"><head><title>Nuova pista ciclabile</title></head>
<body><main><article class="post type-post">
<header class="entry-header"><h1 class="entry-title">Approvata la pista ciclabile lungo il fiume</h1>
<div class="entry-meta"><span class="byline">di <span class="author vcard"><a class="url fn n" href="/author/giulia-ferraresi/">Giulia Ferraresi</a></span></span></div></header>
<div class="entry-content"><p>${ITALIAN[0]}</p><p>${ITALIAN[1]}</p>${extra}<p>${ITALIAN[2]}</p><p>${ITALIAN[3]}</p></div>
<div class="writer-bio"><h2><a href="/author/giulia-ferraresi/">Giulia Ferraresi</a></h2>
<p>Giulia scrive di urbanistica e trasporti per il giornale dal 2019.</p>
<a class="author-link" href="/author/giulia-ferraresi/">Tutti gli articoli di Giulia Ferraresi</a></div>
<div class="writer-latest"><h3>Altri articoli di Giulia Ferraresi</h3><ul>
<li><a href="/2026/03/01/mercato/">Il mercato coperto riapre dopo i lavori di restauro</a></li>
<li><a href="/2026/03/02/scuole/">Due nuove aule per la scuola elementare del centro</a></li>
</ul></div>
</article></main></body></html>`;

describe("a writer's bio box and list of their stories under the text", () => {
  it('takes the byline from the header, not the bio box link', () => {
    const out = normaliseHtmlArticle(blogPost(''), { url: 'https://eco-del-fiume.example/pista/' });
    expect(out.byline).toBe('Giulia Ferraresi');
  });

  it("gives the writer's other stories as no related links", () => {
    const out = normaliseHtmlArticle(blogPost(''), { url: 'https://eco-del-fiume.example/pista/' });
    expect(out.related).toEqual([]);
    expect(out.body).toEqual(ITALIAN);
  });
});

describe('a donation appeal set between the paragraphs', () => {
  it('is no related link', () => {
    const appeal =
      '<div class="inline-donate"><p>Il giornalismo locale ha un costo. <a href="/sostieni/">Sostieni il giornale oggi stesso</a></p></div>';
    const out = normaliseHtmlArticle(blogPost(appeal), { url: 'https://eco-del-fiume.example/pista/' });
    expect(out.related).toEqual([]);
    expect(out.body).toEqual(ITALIAN);
  });
});

const HUNGARIAN = [
  'A város sportcsarnokában szombaton rendezik meg a megyei ifjúsági kosárlabda-bajnokság döntőjét, amelyre nyolc csapat jutott be.',
  'A szervezők szerint a belépés ingyenes, a mérkőzések reggel kilenc órakor kezdődnek, az eredményhirdetés délután négykor lesz.',
  'A győztes csapat tavasszal az országos elődöntőben folytathatja a szereplést.',
];

describe('a field line under a headline set in a table cell', () => {
  const page = (
    menu: string,
  ): string => `<!DOCTYPE html><html><head><title>Kosárlabda-döntő szombaton</title></head>
<body><div id="top"><ul class="menu">${menu}</ul></div>
<div id="main"><table class="entry" width="100%">
<tr><td class="entry-title"><h1>Szombaton rendezik a megyei ifjúsági kosárlabda-döntőt</h1></td></tr>
<tr><td class="entry-details">Kategória: <a href="/hirek/sport/1-0-7">Sport</a> | Beküldte: <a href="javascript:;">szerk</a> | 2026.03.04, 10:15</td></tr>
<tr><td class="entry-text"><p>${HUNGARIAN[0]}</p><p>${HUNGARIAN[1]}</p><p>${HUNGARIAN[2]}</p></td></tr>
</table></div></body></html>`;

  it("gives the labelled link that names one of the menu's sections as the section", () => {
    const menu = ['Főoldal', 'Hírek', 'Sport', 'Kultúra', 'Kapcsolat']
      .map((m) => `<li><a href="/${m}">${m}</a></li>`)
      .join('');
    expect(normaliseHtmlArticle(page(menu), { url: null }).section).toBe('Sport');
  });

  it('takes no labelled link the menu does not list', () => {
    const menu = ['Főoldal', 'Hírek', 'Kultúra', 'Kapcsolat']
      .map((m) => `<li><a href="/${m}">${m}</a></li>`)
      .join('');
    expect(normaliseHtmlArticle(page(menu), { url: null }).section).toBeNull();
  });
});

const DUTCH = [
  'De gemeente opent in mei een nieuwe fietsenstalling onder het stationsplein, met plaats voor tweeduizend fietsen en een bewaakte balie.',
  'De eerste vierentwintig uur is stallen gratis; daarna betalen reizigers een euro per dag, zoals in de andere stallingen van de stad.',
  'Volgens de wethouder verdwijnen de rekken op het plein zodra de stalling open is, zodat er ruimte komt voor bomen en bankjes.',
];

describe('a message board without a form of its own, inside a form around the whole page', () => {
  it('leaves the body with its messages and its writing box', () => {
    const html = `<!DOCTYPE html><html lang="nl"><head><title>Nieuwe fietsenstalling</title></head>
<body><form method="post" action="/nieuws/fietsenstalling" id="pageform">
<main><h1>Nieuwe fietsenstalling onder het stationsplein opent in mei</h1>
<p>${DUTCH[0]}</p><p>${DUTCH[1]}</p><p>${DUTCH[2]}</p>
<div class="ReactionBoard"><h3>Uw mening (1)</h3>
<div class="BoardItem"><div class="Poster">Kees V.</div><div class="ItemText">Eindelijk, dat werd tijd.</div></div>
<div class="BoardWrite"><h4>Schrijf een reactie</h4><label>Naam</label><input type="text" name="naam" /><label>Bericht</label><textarea name="bericht"></textarea><input type="submit" value="Plaatsen" /></div>
</div></main></form></body></html>`;
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.body).toEqual(DUTCH);
  });
});

const WELSH = [
  'Bydd y llyfrgell yn y dref yn agor ar ddydd Sul am y tro cyntaf o fis Ebrill ymlaen, ar ôl i’r cyngor gytuno i ymestyn yr oriau.',
  'Dywedodd y cynghorydd fod teuluoedd wedi gofyn am gael defnyddio’r ystafell blant ar y penwythnos ers blynyddoedd.',
  'Bydd gwirfoddolwyr yn helpu’r staff ar y Sul, a bydd y caffi bach yn y cyntedd ar agor hefyd.',
];

describe('a list its class names related in the sidebar column', () => {
  it("is the site's list, not the story's related links", () => {
    const html = `<!DOCTYPE html><html lang="cy"><head><title>Llyfrgell ar agor ar y Sul</title></head>
<body class="page has-sidebar"><div class="columns">
<div id="content" class="column main-col"><h1>Llyfrgell y dref i agor ar ddydd Sul o fis Ebrill</h1>
<div class="entry"><p>${WELSH[0]}</p><p>${WELSH[1]}</p><p>${WELSH[2]}</p></div>
<div class="related-pages"><h4>Straeon eraill</h4><ul>
<li><a href="/newyddion/pwll-nofio-newydd">Pwll nofio newydd yn agor yn yr haf</a></li>
<li><a href="/newyddion/marchnad-ffermwyr">Marchnad ffermwyr yn symud i’r sgwâr</a></li></ul></div></div>
<div id="sidebar" class="column side-col"><div class="side-box"><h4>Tudalennau poblogaidd</h4>
<ul class="related-pages menu"><li><a href="/hanes/castell-y-dref">Hanes castell y dref a’i furiau</a></li>
<li><a href="/newyddion/bws-nos-sadwrn">Bws nos Sadwrn yn ôl ar y ffordd</a></li></ul></div></div>
</div></body></html>`;
    const out = normaliseHtmlArticle(html, { url: 'https://papur-bro.example/newyddion/llyfrgell-sul' });
    expect(out.related).toEqual([
      'Pwll nofio newydd yn agor yn yr haf',
      'Marchnad ffermwyr yn symud i’r sgwâr',
    ]);
  });
});

const PORTUGUESE = [
  'A câmara municipal aprovou ontem o orçamento para a requalificação do mercado da vila, uma obra esperada há mais de uma década.',
  'As bancas provisórias vão ficar instaladas no largo da igreja durante os oito meses de obras, segundo o vereador responsável.',
  'Os comerciantes pediram que a mudança aconteça depois das festas de agosto, para não perderem a época alta.',
];

describe('a callout card between the paragraphs', () => {
  it('leaves the body: an icon and a line to the reader', () => {
    const html = `<!DOCTYPE html><html lang="pt"><head><title>Mercado da vila</title></head>
<body><main><article><h1>Câmara aprova obras no mercado da vila</h1>
<div class="post-body"><p>${PORTUGUESE[0]}</p><p>${PORTUGUESE[1]}</p>
<div class="note-box"><div class="note-icon">🎧</div><div class="note-line">Ouça o debate da assembleia municipal no nosso podcast de sexta-feira.</div></div>
<p>${PORTUGUESE[2]}</p></div></article></main></body></html>`;
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.body).toEqual(PORTUGUESE);
  });
});
