import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';
import { datesIn } from '../../../src/normalise/text/dates.js';

/**
 * Round R, HTML: a time followed by a bracket that names its zone in words and gives its
 * abbreviation too, apart by a comma or a slash. Invented date lines and page.
 */

const instant = (line: string): string | null => datesIn(line)[0]?.instant ?? null;

describe('a bracket after a time holding a zone named in words and its abbreviation', () => {
  it('reads the abbreviation part as it would read it alone', () => {
    expect(instant('Veröffentlicht: 3. März 2026, 09:15 (Stadtzeit Linz, MEZ)')).toBe(
      '2026-03-03T09:15:00+01:00',
    );
    expect(instant('12 marzo 2026, 10:00 (ora di Roma / CET)')).toBe('2026-03-12T10:00:00+01:00');
    expect(instant('14 May 2025, 16:20 (Lagos time, WAT)')).toBe('2025-05-14T16:20:00+01:00');
  });

  it('leaves a bracket of agency names alone', () => {
    expect(instant('14 May 2025, 16:20 (Reuters, AFP)')).toBeNull();
  });

  it('dates a page by such a line printed in an element named for the date', () => {
    const prose = [
      'Die Gemeinde hat am Montag den neuen Radweg entlang des Flusses eröffnet, der die beiden Ortsteile auf einer Länge von vier Kilometern verbindet.',
      'Der Bau dauerte acht Monate und wurde zu einem großen Teil aus Mitteln des Landes bezahlt, wie die Bürgermeisterin bei der Eröffnung sagte.',
      'Im Sommer sollen entlang der Strecke noch Bänke und eine Radservicestation aufgestellt werden.',
    ];
    const html = `<!DOCTYPE html><html lang="de"><head></head><body><article><h1>Neuer Radweg am Fluss eröffnet</h1><p class="date">Veröffentlicht: 3. März 2026, 09:15 (Stadtzeit Linz, MEZ)</p>${prose.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(normaliseHtmlArticle(html, { url: null }).published).toBe('2026-03-03T09:15:00+01:00');
  });
});

describe('a date line among the blocks right after the headline, in an element no list names', () => {
  const prose = [
    'Kunnanvaltuusto päätti maanantaina kokouksessaan, että kirjaston uusi siipi rakennetaan ensi kesänä vanhan koulun pihalle.',
    'Hankkeen hinnaksi on arvioitu kaksi miljoonaa euroa, josta valtio maksaa noin kolmanneksen, kertoi kunnanjohtaja kokouksen jälkeen.',
    'Rakennustyöt alkavat toukokuussa, ja uusi siipi on tarkoitus avata yleisölle seuraavan vuoden alussa.',
  ];
  const page = (dateLine: string): string =>
    `<!DOCTYPE html><html lang="fi"><head></head><body><div id="sisalto"><h1>Kirjaston uusi siipi rakennetaan kesällä</h1><p class="kirjoittaja">Teksti: Liisa Virtanen</p><p class="julkaistu">${dateLine}</p>${prose.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;

  it('dates the page when the line states a day, a time and a zone', () => {
    expect(
      normaliseHtmlArticle(page('Julkaistu: tiistai 3. maaliskuuta 2026 – 9:15 EET'), { url: null })
        .published,
    ).toBe('2026-03-03T09:15:00+02:00');
  });

  it('leaves the date open when the line gives no zone', () => {
    expect(
      normaliseHtmlArticle(page('Julkaistu: tiistai 3. maaliskuuta 2026 – 9:15'), { url: null }).published,
    ).toBeNull();
  });
});

describe('a by-word, a name in bold and the place after a comma', () => {
  const prose = [
    'Die Feuerwehr wurde am Sonntagabend zu einem Brand in einer Lagerhalle am Stadtrand gerufen, verletzt wurde niemand.',
    'Nach Angaben der Einsatzleitung war das Feuer nach zwei Stunden unter Kontrolle, die Halle ist jedoch nicht mehr zu benutzen.',
    'Die Polizei hat die Ermittlungen zur Brandursache aufgenommen und bittet Zeugen, sich zu melden.',
  ];
  const page = (byline: string): string =>
    `<!DOCTYPE html><html lang="de"><head></head><body><div id="inhalt"><div id="beitrag"><h1>Lagerhalle am Stadtrand ausgebrannt</h1><p class="zeile">${byline}</p>${prose.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;

  it('takes the bold name and leaves the place', () => {
    expect(normaliseHtmlArticle(page('Von <b>Martina Huber</b>, Kleinhollbach'), { url: null }).byline).toBe(
      'Martina Huber',
    );
  });
});

describe('two names in bold after the by-word', () => {
  it('keeps both', () => {
    const prose = [
      'Gradska knjižnica u ponedjeljak je otvorila novi dječji odjel s više od tri tisuće slikovnica i prostorom za radionice.',
      'Odjel je uređen sredstvima grada i ministarstva, a radit će svakim danom osim nedjelje od osam do osam sati.',
      'Ravnateljica je najavila da će već sljedeći tjedan početi prve radionice čitanja za predškolsku djecu.',
    ];
    const html = `<!DOCTYPE html><html lang="hr"><head></head><body><div id="sadrzaj"><div id="clanak"><h1>Knjižnica otvorila dječji odjel</h1><p class="autor">Piše <b>Ana Horvat</b>, <b>Ivo Babić</b></p>${prose.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    expect(normaliseHtmlArticle(html, { url: null }).byline).not.toBe('Ana Horvat');
  });
});

describe('a box of bare text right after the headline', () => {
  const prose = [
    'Vallavalitsus kinnitas teisipäeval, et uus lasteaed ehitatakse vana meierei kõrvale ja see avatakse järgmise aasta sügisel.',
    'Ehitus maksab umbes kolm miljonit eurot, millest poole katab riik, ütles vallavanem pärast istungit ajakirjanikele.',
    'Lasteaeda mahub kuus rühma ning selle juurde rajatakse ka uus mänguväljak ja parkla.',
  ];
  const standfirst =
    'Uues majas on ruumi ligi sajale lapsele ning järjekord lasteaiakohtadele peaks kaduma juba enne talve.';
  const page = (after: string): string =>
    `<!DOCTYPE html><html lang="et"><head></head><body><div id="sisu"><h1>Vallas ehitatakse uus lasteaed</h1>${after}</div></body></html>`;

  it('is the standfirst when a byline line follows it', () => {
    const html = page(
      `<div class="luhidalt">${standfirst}</div><p class="kirjutaja">Autor: Mari Tamm</p>${prose.map((p) => `<p>${p}</p>`).join('')}`,
    );
    const got = normaliseHtmlArticle(html, { url: null });
    expect(got.summary).toBe(standfirst);
    expect(got.body).toEqual(prose);
  });

  it('is not a line of a label and a date', () => {
    const html = page(
      `<div class="kuupaev">Avaldatud: 4. mai 2026, vaatamisi 412</div><p class="kirjutaja">Autor: Mari Tamm</p>${prose.map((p) => `<p>${p}</p>`).join('')}`,
    );
    expect(normaliseHtmlArticle(html, { url: null }).summary).toBeNull();
  });

  it('is the lead paragraph when the whole text is set in such boxes', () => {
    const html = page([standfirst, ...prose].map((p) => `<div>${p}</div>`).join(''));
    expect(normaliseHtmlArticle(html, { url: null }).summary).toBeNull();
  });
});
