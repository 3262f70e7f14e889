import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round S, HTML: page builders not seen before. Invented pages: a caption printed next to its
 * picture outside any figure, its credit in small type after it or before it; a lightbox's file
 * information, which is no caption.
 */

const read = (html: string) => normaliseHtmlArticle(html, { url: 'https://exemple.test/blog/un-article' });
const page = (lang: string, head: string, body: string): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>x</title></head><body><div class="contenu">${head}${body}</div></body></html>`;
const paras = (ps: string[]): string => ps.map((p) => `<p>${p}</p>`).join('');

const FR = [
  'Le club de voile de la baie a inauguré samedi son nouveau ponton, construit en six mois par les bénévoles avec du bois de la région.',
  'Le ponton peut accueillir vingt dériveurs et deux bateaux de sécurité, ce qui permettra au club de doubler le nombre de stages cet été.',
  'La mairie a financé la moitié des travaux, le reste venant des cotisations et d’une souscription lancée l’hiver dernier.',
];

describe('a caption in an unclassed box beside the picture, the credit line in the next box', () => {
  const html = page(
    'fr',
    '<h1>Le club de voile inaugure son nouveau ponton</h1>',
    `<div><div class="bloc-image"><a><img src="/images/ponton.jpg" alt=""></a><div style="font-size:90%">Les bénévoles posent les dernières planches du ponton.</div></div></div><div style="text-align:center"><small>Photo : Archives du Club Nautique</small></div>${paras(FR)}`,
  );
  const r = read(html);

  it('reads the caption, the credit and the picture', () => {
    expect(r.image).toEqual({
      url: 'https://exemple.test/images/ponton.jpg',
      caption: 'Les bénévoles posent les dernières planches du ponton.',
      credit: 'Archives du Club Nautique',
    });
  });

  it('keeps both out of the body', () => {
    expect(r.body).toEqual(FR);
  });
});

describe('a caption box holding the caption and a source line of its own', () => {
  it('reads the picture box as captioned', () => {
    const html = page(
      'fr',
      '<h1>Le club de voile inaugure son nouveau ponton</h1>',
      `<div class="visuel"><img src="/images/ponton.jpg" alt=""><div class="visuel-texte"><p>Le nouveau ponton vu depuis la digue.</p><span>Source : Mairie de Port-Bleu</span></div></div>${paras(FR)}`,
    );
    expect(read(html).image).toEqual({
      url: 'https://exemple.test/images/ponton.jpg',
      caption: 'Le nouveau ponton vu depuis la digue.',
      credit: 'Mairie de Port-Bleu',
    });
  });
});

describe('a lightbox picture: its file name and size, then the caption paragraph', () => {
  const PL = [
    'W sobotę członkowie stowarzyszenia posprzątali brzeg jeziora od przystani do plaży miejskiej, zbierając ponad sto worków śmieci.',
    'Akcję wsparła gmina, która dostarczyła rękawice i worki, a po sprzątaniu odebrała odpady specjalną śmieciarką.',
    'Kolejne sprzątanie zaplanowano na wrzesień, tym razem wokół lasu za szkołą podstawową.',
  ];
  const html = page(
    'pl',
    '<h1>Sprzątanie brzegu jeziora zakończone sukcesem</h1>',
    `<p>${PL[0]}</p><p><div class="lightbox-wrapper"><a class="lightbox" href="/uploads/mapa-jeziora.jpeg"><img src="/uploads/mapa-jeziora_690x388.jpeg" width="690" height="388" alt="mapa-jeziora"><div class="meta"><span class="filename">mapa-jeziora</span><span class="informations">1280×720 305 KB</span></div></a></div></p><p><em>Strefy sprzątania: plaża, przystań i las nad brzegiem.</em> <small>Mapa: współtwórcy projektu mapowego</small></p>${paras(PL.slice(1))}`,
  );
  const r = read(html);

  it('takes the paragraph, not the file information, as the caption, with its lower-case credit', () => {
    expect(r.image?.caption).toBe('Strefy sprzątania: plaża, przystań i las nad brzegiem.');
    expect(r.image?.credit).toBe('współtwórcy projektu mapowego');
  });

  it('lists no file name among the related links', () => {
    expect(r.related).not.toContain('mapa-jeziora1280×720 305 KB');
  });
});

describe('a credit set apart before the caption, a dash between them', () => {
  it('reads the name as the credit and the words after the dash as the caption', () => {
    const PT = [
      'A associação de moradores concluiu na semana passada a recuperação do chafariz da praça, parado desde os anos noventa.',
      'As obras foram pagas pela câmara municipal e duraram cinco meses, com a ajuda de dois canteiros da região.',
      'A inauguração está marcada para domingo de manhã, com a banda filarmónica e as crianças da escola.',
    ];
    const html = page(
      'pt',
      '<h1>O chafariz da praça volta a correr</h1>',
      `<table><tr><td><img src="/fotos/chafariz.jpg" width="560" height="360" alt=""><br><font size="1"><b>Foto © Joaquim Sardinha</b> – O chafariz depois da recuperação, visto da rua de cima.</font></td></tr></table>${paras(PT)}`,
    );
    expect(read(html).image).toEqual({
      url: 'https://exemple.test/fotos/chafariz.jpg',
      caption: 'O chafariz depois da recuperação, visto da rua de cima.',
      credit: 'Joaquim Sardinha',
    });
  });
});

describe('a closing line: the writer, a comma and a role or outlet, set apart under the text', () => {
  const DE = [
    'Der Imkerverein lädt im Juli wieder zu seinem Kurs für Anfänger ein, der an drei Samstagen am Lehrbienenstand stattfindet.',
    'Die Teilnehmer lernen, wie man die Völker für den Winter vorbereitet und die Varroamilbe behandelt.',
    'Vereinsmitglieder zahlen keine Gebühr, alle anderen einen kleinen Beitrag für die Unterlagen.',
  ];
  const html = (line: string, align = ' style="text-align:right"'): string =>
    page(
      'de',
      '<h1>Imkerkurs für Anfänger im Juli</h1>',
      `${paras(DE)}<div class="absatz"${align}><em>${line}</em></div>`,
    );

  it('signs the text with the name, after a "by" and before the role', () => {
    const r = read(html('Geschrieben von Anna Schmidt, Kassenwartin des Vereins'));
    expect(r.byline).toBe('Anna Schmidt');
    expect(r.body).toEqual(DE);
  });

  it('signs it after a dash, before the outlet', () => {
    expect(read(html('— Anna Schmidt, für das Vereinsblatt')).byline).toBe('Anna Schmidt');
  });

  it('takes no place and its region for a writer', () => {
    expect(read(html('Obere Mühle, Unterfranken')).byline).toBeNull();
  });
});

describe('the writer beside the date in one header element, no by-word a list knows', () => {
  const PL = [
    'Biblioteka gminna otrzymała w tym roku ponad sto nowych książek dla dzieci w ramach programu wspierania czytelnictwa.',
    'Książki można wypożyczać od poniedziałku do piątku, a w soboty biblioteka zaprasza na głośne czytanie.',
    'Dyrektorka biblioteki zapowiedziała, że jesienią ruszy też klub książki dla dorosłych.',
  ];
  const header = (line: string): string =>
    `<div><h1>Sto nowych książek w bibliotece</h1><p>${line}</p></div>`;

  it('reads the name before a comma and the date on the same line', () => {
    const r = read(page('pl', header('Katarzyna Wiśniewska, 12 maja 2025, 18:30'), paras(PL)));
    expect(r.byline).toBe('Katarzyna Wiśniewska');
  });

  it('reads a labelled name over a date line', () => {
    const r = read(
      page('pl', header('Tekścik: Katarzyna Wiśniewska<br>Dodano: 12.05.2025, 18:30'), paras(PL)),
    );
    expect(r.byline).toBe('Katarzyna Wiśniewska');
  });

  it('takes no weekday of two words before the date for a name', () => {
    expect(read(page('vi', header('Thứ Năm, 14/05/2026, 09:00'), paras(PL))).byline).toBeNull();
  });
});

describe('a section printed behind its own label word', () => {
  const SV = [
    'Hembygdsföreningen öppnar sin sommarutställning om traktens gamla sågverk på midsommardagen i bygdegården.',
    'Utställningen visar verktyg, fotografier och ritningar som medlemmarna har samlat under de senaste tio åren.',
    'Entrén är fri och kaffe serveras i trädgården varje söndag under sommaren.',
  ];
  const r = read(
    page(
      'sv',
      '<div><p><span>Avdelning: Evenemang</span></p><h1>Sommarutställning om det gamla sågverket</h1></div>',
      paras(SV),
    ),
  );

  it('names the section without the label, and keeps the label line out of the body', () => {
    expect(r.section).toBe('Evenemang');
    expect(r.body).toEqual(SV);
  });
});

describe('a trail in a list whose last entry, unlinked, is the index the story is filed under', () => {
  it('names that entry as the section', () => {
    const NL = [
      'Het waterschap sluit de kleine sluis bij de haven vanaf maandag voor vier weken om de deuren te vervangen.',
      'De pleziervaart wordt in die tijd door de grote sluis geschut; de wachttijden kunnen oplopen tot een uur.',
      'De nieuwe deuren zijn in een werf in de regio gebouwd en worden met een drijvende bok geplaatst.',
    ];
    const html = page(
      'nl',
      '<div id="navBreadcrumbs"><p>U bent hier:</p><ol><li><a href="/nl/start/start_node.html">Start</a></li><li><a href="/nl/service/service_node.html">Service</a></li><li><a href="/nl/service/pers/pers_node.html">Pers</a></li><li><strong>Persberichten</strong></li></ol></div>',
      `<main><div class="artikel"><p class="bovenregel">Persbericht 12/2026</p><h1>Kleine sluis vier weken dicht voor nieuwe deuren</h1>${paras(NL)}</div></main>`,
    );
    expect(read(html).section).toBe('Persberichten');
  });
});
