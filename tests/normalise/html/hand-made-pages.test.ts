import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';
import { datesIn } from '../../../src/normalise/text/dates.js';

/**
 * A hand-written page laid out in tables and font tags (invented, Portuguese): no heading, no
 * article element, no metadata but the <title> tag.
 */

const PROSE = [
  'Depois de dois anos fechada, a ponte velha sobre o ribeiro voltou a receber peões e bicicletas na manhã de segunda-feira, com a presença dos moradores da rua de baixo.',
  'As obras, pagas pela junta e por uma campanha de vizinhos, trocaram as tábuas podres e reforçaram os dois pilares de pedra que a cheia de inverno tinha abalado.',
  'O engenheiro que acompanhou o trabalho explicou que a ponte aguenta agora o dobro do peso e que a iluminação nova fica acesa até à meia-noite.',
  'A associação pede aos moradores que não prendam bicicletas ao corrimão e que avisem a junta de qualquer tábua solta que encontrem.',
];

const page = (
  opts: { trail?: boolean; signature?: boolean; list?: boolean; tools?: boolean } = {},
): string => `
<html><head><title>Jornal do Bairro - Notícias - A ponte velha reabre</title></head>
<body><table width="780"><tr><td width="170" valign="top"><font size="2"><p><a href="index.htm">Início</a><br><a href="noticias.htm">Notícias</a></p></font></td>
<td valign="top"><font face="Georgia" size="3">
${opts.trail === false ? '' : '<p><font size="1"><a href="index.htm">Início</a> &raquo; <a href="noticias.htm">Notícias</a> &raquo; Obras</font></p>'}
<p><font color="#800000" size="2"><b>OBRAS</b></font></p>
<p><font size="5"><b>A ponte velha reabre depois de dois anos de obras</b></font></p>
<p><i>Os vizinhos voltam a atravessar o ribeiro a pé: a junta e a associação pagaram as obras a meias.</i></p>
<p><font size="1" color="#666666">Publicado: terça-feira, 9 de junho de 2026, 18:45 (BRT)</font></p>
${PROSE.map((p) => `<p>${p}</p>`).join('\n')}
${opts.signature === false ? '' : '<p align="right"><i>&mdash; Joana Ferreira, para o Jornal do Bairro</i></p>'}
<hr>
${
  opts.list === false
    ? ''
    : `<p><font size="2"><b>Outras da rua de baixo</b></font></p>
<ul><li><font size="2"><a href="n/feira.htm">A feira de sábado muda de rua em julho</a></font></li>
<li><font size="2"><a href="n/escola.htm">Escola municipal ganha nova biblioteca infantil</a></font></li></ul>`
}
${
  opts.tools === false
    ? ''
    : '<p><font size="1"><a href="javascript:window.print()">Imprimir esta página</a> | <a href="mailto:?subject=ponte">Enviar a um amigo</a> | <a href="#">Voltar ao topo</a></font></p>'
}
</font></td></tr></table></body></html>`;

const run = (html: string): ReturnType<typeof normaliseHtmlArticle> =>
  normaliseHtmlArticle(html, { url: null });

describe('a hand-written table page', () => {
  it("takes the bold paragraph in a large font that opens with the <title> tag's title for the headline", () => {
    const r = run(page());
    expect(r.title).toBe('A ponte velha reabre depois de dois anos de obras');
    expect(r.published).toBe('2026-06-09T18:45:00-03:00');
    expect(r.summary).toBe(
      'Os vizinhos voltam a atravessar o ribeiro a pé: a junta e a associação pagaram as obras a meias.',
    );
  });

  it('spells a kicker in capitals as the trail above it does', () => {
    expect(run(page()).section).toBe('Obras');
    expect(run(page({ trail: false })).section).toBe('OBRAS');
  });

  it("reads a list of titles under a bold label among the text's paragraphs as related links", () => {
    const r = run(page());
    expect(r.related).toEqual([
      'A feira de sábado muda de rua em julho',
      'Escola municipal ganha nova biblioteca infantil',
    ]);
    expect(r.byline).toBe('Joana Ferreira');
    expect(r.body).toEqual(PROSE);
  });

  it('drops a row of links that lead to no page (print, e-mail, back to top)', () => {
    const r = run(page({ list: false, signature: false }));
    expect(r.body).toEqual(PROSE);
  });
});

describe("a zone named by its country's adjective", () => {
  it("reads the adjective of a country of one zone beside the word for time (Slovak, a season's word between)", () => {
    expect(datesIn('Zverejnené 12. mája 2026, 18:30 podľa slovenského času')[0]?.instant).toBe(
      '2026-05-12T18:30:00+02:00',
    );
    expect(datesIn('12. januára 2026, 18:30 slovenského zimného času')[0]?.instant).toBe(
      '2026-01-12T18:30:00+01:00',
    );
  });
});

describe('a date line with an elided connector', () => {
  it('reads a day, a connector whose apostrophe opens it, a month and a year (Sicilian)', () => {
    expect(datesIn("Pubblicatu: 3 'i jugnu 2026, ure 09:15 (CEST)")[0]?.instant).toBe(
      '2026-06-03T09:15:00+02:00',
    );
  });
});

describe("a page builder's date line in the record after the headline", () => {
  const TEXT =
    'La cooperativa de Colonia Valdense inauguró el sábado su nueva planta de secado de granos, que permitirá a los socios guardar la cosecha de otoño sin pagar depósitos en la capital.';
  const record = (inner: string): string =>
    `<div class="rec"><div class="blk"><div class="container"><div class="col">${inner}</div></div></div></div>`;
  const builderPage = (dateLine: string): string => `<html><head><title>Nueva planta de secado</title>
<meta property="og:title" content="La cooperativa abre su planta de secado de granos"></head><body><div id="records">
${record('<div class="uptitle">Noticias</div><h1 class="title">La cooperativa abre su planta de secado de granos</h1>')}
${record(`<div class="text" style="color:#888">${dateLine}</div>`)}
${record(`<div class="text">${TEXT}<br><br>${TEXT}</div>`)}
</div></body></html>`;

  it("reads the date from a line under the writer's, broken by <br>, in the next record", () => {
    const r = run(
      builderPage('Texto: Lucía Pereyra<br>Publicado: 14 de marzo de 2026, 10:20 hora de Uruguay'),
    );
    expect(r.published).toBe('2026-03-14T10:20:00-03:00');
  });
});

describe('a site builder that boxes every block alike', () => {
  const row = (inner: string): string => `<div class="blk row">${inner}</div>`;
  const TEXT = [
    'Bydd y llyfrgell yn y pentref ar agor bob nos Iau o fis Medi ymlaen, ar ôl i grŵp o wirfoddolwyr gytuno i gadw’r drysau ar agor tan wyth o’r gloch.',
    'Dywedodd y cyngor cymuned fod y gwresogi newydd wedi ei dalu gan grant bach, ac y bydd te a choffi ar gael i bawb sy’n galw heibio.',
  ];
  const html = `<html><head><title>Llyfrgell y pentref</title></head><body><div role="main"><div class="col">
${row('<h1 class="t">Llyfrgell y pentref ar agor gyda’r nos</h1>')}
${row('<p class="x sub">Gwirfoddolwyr fydd yn cadw’r drysau ar agor bob nos Iau o fis Medi, meddai’r cyngor cymuned.</p>')}
${row('<p class="x"><span style="color:#777">Elin Puw, 3 Medi 2026</span></p>')}
${row(TEXT.map((t) => `<p class="x">${t}</p>`).join(''))}
</div></div></body></html>`;

  it("reads the paragraph after the headline whose class sets it apart from the next box's as the standfirst", () => {
    const r = run(html);
    expect(r.summary).toBe(
      'Gwirfoddolwyr fydd yn cadw’r drysau ar agor bob nos Iau o fis Medi, meddai’r cyngor cymuned.',
    );
    expect(r.body).toEqual(TEXT);
  });
});

describe("a builder's text rows spaced each its own way", () => {
  const P = [
    'Tartu ülikooli kohvik avas esmaspäeval uue terrassi, kus on ruumi kuuekümnele külastajale ja kust avaneb vaade jõele ning vanale kivisillale.',
    'Terrass ehitati talve jooksul ning selle katuse all saab istuda ka vihmase ilmaga, lubas kohviku juhataja avamisel kogunenud külalistele.',
    'Suve lõpuni on terrass avatud iga päev kella kaheksast hommikul kümneni õhtul.',
  ];
  const rec = (pad: string, inner: string): string =>
    `<div class="rec rec_pt_${pad}"><div class="box"><div class="wrap"><div class="col">${inner}</div></div></div></div>`;
  const html = `<html><head><title>Kohvik avas terrassi</title><meta property="og:title" content="Ülikooli kohvik avas jõeäärse terrassi"></head><body><div id="all">
${rec('0', '<nav><a href="/">Avaleht</a> <a href="/uudised">Uudised</a> <a href="/kontakt">Kontakt</a></nav>')}
${rec('60', '<h1 class="title">Ülikooli kohvik avas jõeäärse terrassi</h1>')}
${rec('15', `<div class="text">${P[0]}<br><br>${P[1]}</div>`)}
${rec('30', '<div class="data" style="display:none">Kohad;Enne;Pärast</div><div class="table"><table></table></div>')}
${rec('0', `<div class="text">${P[2]}</div>`)}
${rec('45', '<div class="text">© 2026 Kohvik OÜ · Ülikooli 1, Tartu</div>')}
</div></body></html>`;

  it('joins the text rows of one kind whose spacing words differ, past an empty widget row', () => {
    expect(run(html).body).toEqual(P);
  });
});

describe("a forum post's counter", () => {
  const P = [
    'Dragi vecini, sâmbătă dimineață curățăm malul lacului de lângă parc și avem nevoie de cât mai multe mâini, saci și mănuși.',
    'Ne strângem la ora nouă lângă debarcader, iar după-amiază ne așteaptă o ciorbă caldă la cantina școlii din cartier.',
  ];
  const html = `<html><head><title>Curățăm malul lacului - Anunțuri - Vecinii de la lac</title></head><body>
<div id="main" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/curatenie/31">Curățăm malul lacului sâmbătă dimineață</a></h1></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><div id="post_1" class="topic-body">
<div class="post-meta"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/ilinca_m"><span itemprop="name">ilinca_m</span></a></span>
<span class="infos"><time itemprop="datePublished" datetime="2026-04-02T08:10:00Z">2 aprilie 2026</time></span></div>
<div class="post" itemprop="text">${P.map((p) => `<p>${p}</p>`).join('')}</div>
<div itemprop="interactionStatistic"><meta itemprop="userInteractionCount" content="12"><span class="likes">12 aprecieri</span></div>
</div></div></div></body></html>`;

  it("drops the likes under the post, marked with schema.org's interaction count", () => {
    expect(run(html).body).toEqual(P);
  });
});
