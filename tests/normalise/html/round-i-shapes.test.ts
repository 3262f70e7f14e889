import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round I page shapes, invented: an Ethiopic caption's credit and read-on line behind the script's
 * own colon, a caseless byline's one-letter "by", a section named by the markup in the meta line
 * under the headline, category links parted by spaces, a blog's "posted by … on <date>" line, and
 * related boxes set between a content system's text components.
 */

const AMHARIC = [
  'አዲሱ የወንዝ ድልድይ ከሁለት ዓመት ግንባታ በኋላ ዛሬ ለትራፊክ ክፍት ሆኗል፤ ነዋሪዎች ደስታቸውን ገልጸዋል።',
  'የከተማው አስተዳደር እንዳለው ድልድዩ በቀን ከአምስት ሺህ በላይ ተሽከርካሪዎችን ያስተናግዳል።',
  'የግንባታው ወጪ በከተማው በጀትና በክልሉ ድጋፍ መሸፈኑን ኃላፊዎቹ ተናግረዋል።',
];

const WELSH = [
  'Mae’r bont newydd dros yr afon wedi agor i geir a beiciau ar ôl dwy flynedd o waith adeiladu.',
  'Dywedodd y cyngor y bydd y bont yn arbed chwarter awr i bobl sy’n teithio i’r dref bob bore.',
];

const amharicPage = (meta: string, figure: string, readOn: string): string =>
  `<!DOCTYPE html><html lang="am"><head><title>አዲሱ ድልድይ ተከፈተ</title>
<link rel="canonical" href="https://dildiy.example/city/12/new-bridge"></head>
<body><main><article><h1>አዲሱ የወንዝ ድልድይ ለትራፊክ ተከፈተ</h1>
<p class="meta">${meta}</p>
${figure}
<div class="body"><p>${AMHARIC[0]}</p><p>${AMHARIC[1]}</p>${readOn}<p>${AMHARIC[2]}</p></div>
</article></main></body></html>`;

describe('an Ethiopic label colon', () => {
  it("parts a caption's bracketed credit from its words", () => {
    const html = amharicPage(
      '',
      '<figure><img src="/img/bridge.jpg" alt=""><figcaption>የድልድዩ የመክፈቻ ሥነ ሥርዓት። (ፎቶ፡ ሰላም ታደሰ)</figcaption></figure>',
      '',
    );
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.image?.caption).toBe('የድልድዩ የመክፈቻ ሥነ ሥርዓት።');
    expect(out.image?.credit).toBe('ሰላም ታደሰ');
  });

  it('closes the label of a read-on line among the paragraphs', () => {
    const html = amharicPage(
      '',
      '',
      '<p>ተጨማሪ ያንብቡ፡ <a href="https://dildiy.example/city/9/old-bridge">የድሮው ድልድይ ጥገና ተጠናቀቀ</a></p>',
    );
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.related).toEqual(['የድሮው ድልድይ ጥገና ተጠናቀቀ']);
    expect(out.body).toEqual(AMHARIC);
  });
});

describe("a label and a link under the post, apart from the text's paragraphs", () => {
  it("is no read-on line: a feed's subscribe line", () => {
    const html = `<!DOCTYPE html><html lang="cy"><head><title>Pont newydd ar agor</title></head>
<body><div class="post"><h3 class="post-title">Pont newydd ar agor i draffig</h3>
<div class="post-body"><p>${WELSH[0]}</p><p>${WELSH[1]}</p></div>
<div class="post-feeds"><div class="feed-links">Tanysgrifio i: <a href="/feeds/1234/comments/default">Postio sylwadau newydd (Atom)</a></div></div>
</div></body></html>`;
    expect(normaliseHtmlArticle(html, { url: null }).related).toEqual([]);
  });
});

describe('a byline in a script without case', () => {
  it('loses a one-letter "by" set apart before a name of two words', () => {
    const html = amharicPage('<span itemprop="author">በ ሰላም ታደሰ</span>', '', '');
    expect(normaliseHtmlArticle(html, { url: null }).byline).toBe('ሰላም ታደሰ');
  });
});

const SWAHILI = [
  'Wakulima wa kahawa katika wilaya ya milimani wamepokea mbegu mpya zinazostahimili ukame msimu huu.',
  'Afisa wa kilimo alisema mbegu hizo zimejaribiwa kwa miaka mitatu katika mashamba ya majaribio.',
  'Wakulima wanatarajia mavuno kuongezeka kwa karibu robo mwaka ujao ikiwa mvua zitanyesha kama kawaida.',
];

describe('a section in the meta line under the headline', () => {
  it('is read from the element the markup names the section', () => {
    const html = `<!DOCTYPE html><html lang="sw"><head><title>Mbegu mpya kwa wakulima</title></head>
<body><nav><ul><li><a href="/habari/">Habari</a></li><li><a href="/kilimo/">Kilimo</a></li><li><a href="/michezo/">Michezo</a></li></ul></nav>
<main><article><h1>Wakulima wa kahawa wapokea mbegu mpya</h1>
<p class="post-meta"><span class="section">Kilimo</span> · <time datetime="2026-05-04T09:00:00+03:00">4 Mei 2026</time></p>
${SWAHILI.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;
    expect(normaliseHtmlArticle(html, { url: null }).section).toBe('Kilimo');
  });
});

const MALAY = [
  'Majlis daerah meluluskan peruntukan untuk membaiki jeti nelayan yang rosak akibat ribut bulan lalu.',
  'Kerja pembaikan dijangka bermula bulan depan dan siap sebelum musim tengkujuh tiba di pantai timur.',
  'Para nelayan berkata jeti itu penting untuk memunggah hasil tangkapan setiap pagi sebelum ke pasar.',
];

describe('category links parted by spaces above the headline', () => {
  it('give the first, as a blog engine ranks them, for the section', () => {
    const html = `<!DOCTYPE html><html lang="ms"><head><title>Jeti nelayan akan dibaiki selepas ribut</title></head>
<body><div id="content"><div class="entry">
<div class="entry-cats"><a href="/berita/category/ekonomi">Ekonomi</a> <a href="/berita/category/kuala-besut">Kuala Besut</a></div>
<h2 class="entry-title">Jeti nelayan akan dibaiki selepas ribut</h2>
<div class="entry-body">${MALAY.map((p) => `<p>${p}</p>`).join('\n')}</div>
</div></div></body></html>`;
    expect(normaliseHtmlArticle(html, { url: null }).section).toBe('Ekonomi');
  });
});

describe('a posted-by line under the headline', () => {
  it('is no standfirst, in any language: a by-word, a name, a short word and a date', () => {
    const html = `<!DOCTYPE html><html lang="ms"><head><title>Jeti nelayan akan dibaiki selepas ribut</title></head>
<body><div id="content"><div class="entry">
<h2 class="entry-title">Jeti nelayan akan dibaiki selepas ribut</h2>
<p class="entry-meta">Postiwyd gan weinyddwr ar 04/05/2026 am 10:15</p>
<div class="entry-body">${MALAY.map((p) => `<p>${p}</p>`).join('\n')}</div>
</div></div></body></html>`;
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.summary).toBeNull();
    expect(out.body).toEqual(MALAY);
  });
});

const ICELANDIC = [
  'Bæjarstjórnin samþykkti í gær að byggja nýja sundlaug við íþróttahúsið og hefjast framkvæmdir í vor.',
  'Laugin verður tuttugu og fimm metra löng og með sérstakri barnalaug og tveimur heitum pottum.',
  'Kostnaður er áætlaður um níu hundruð milljónir króna og greiðist á þremur árum af bæjarsjóði.',
  'Formaður íþróttanefndar segir að biðlistar í sundkennslu hafi lengst mikið á síðustu árum.',
];

const componentPage = (
  box: string,
): string => `<!DOCTYPE html><html lang="is"><head><title>Ný sundlaug</title></head>
<body><main><div class="article-component"><h1>Bærinn byggir nýja sundlaug</h1>
<div class="image-component"><div class="image-wrapper"><img src="/myndir/sundlaug.jpg" alt=""></div><div class="image-caption">Svona á nýja laugin að líta út.</div></div>
<div class="text-component"><p>${ICELANDIC[0]}</p><p>${ICELANDIC[1]}</p></div>
${box}
<div class="text-component"><p>${ICELANDIC[2]}</p><p>${ICELANDIC[3]}</p></div>
</div></main></body></html>`;

describe('a box set between two text components', () => {
  it('holding a short label and story titles is the related links, whatever the words', () => {
    const out = normaliseHtmlArticle(
      componentPage(`<div class="link-list-component"><h4>Aamma atuaruk</h4><ul>
<li><a href="/frettir/gamla-laugin-lokar">Gamla laugin lokar í haust</a></li>
<li><a href="/frettir/ithrottahus-staekkad">Íþróttahúsið verður stækkað</a></li></ul></div>`),
      { url: null },
    );
    expect(out.related).toEqual(['Gamla laugin lokar í haust', 'Íþróttahúsið verður stækkað']);
    expect(out.body).toEqual(ICELANDIC);
  });

  it('as an inline teaser of one title under its label is a related link', () => {
    const out = normaliseHtmlArticle(
      componentPage(`<div class="teaser"><div class="teaser-inline"><p class="pretitle">Aamma atuaruk</p>
<h3><a href="/frettir/gamla-laugin-lokar">Gamla laugin lokar í haust</a></h3></div></div>`),
      { url: null },
    );
    expect(out.related).toEqual(['Gamla laugin lokar í haust']);
    expect(out.body).toEqual(ICELANDIC);
  });

  it("is not the story's when it lists the site's most read", () => {
    const out = normaliseHtmlArticle(
      componentPage(`<div class="list-component"><h4>Most read</h4><ul>
<li><a href="/frettir/stormur">Stormur gengur yfir landið í nótt</a></li></ul></div>`),
      { url: null },
    );
    expect(out.related).toEqual([]);
  });
});
