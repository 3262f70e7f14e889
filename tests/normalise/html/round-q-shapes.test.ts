import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round Q page shapes, invented: a CMS's subtitle field in a box of its own after the headline, a
 * caption box printed after the picture's box, a theme's "read more" box named with a layout word,
 * a signature of a name over a role or a role before a name, a hand-made page's headline in an h2
 * with a plain-text trail above it, a label over a list of links set loose in a table cell and a
 * line back to the listing under the text.
 */

const POLISH = [
  'Radni powiatu przyjęli w czwartek plan przebudowy drogi między Lipnem a Skępem, która od lat czeka na remont.',
  'Prace mają się rozpocząć jesienią i potrwać dwa sezony; objazd poprowadzi przez sąsiednie wsie i drogę wojewódzką.',
  'Starosta zapowiedział, że w tym samym czasie powstanie chodnik i ścieżka rowerowa wzdłuż całego odcinka.',
];

const polishPage = (body: string): string =>
  `<!DOCTYPE html><html lang="pl"><head><title>Droga do przebudowy | Powiat</title></head><body><main><article><h1>Droga z Lipna do Skępu do przebudowy</h1>${body}</article></main></body></html>`;

describe("a CMS's subtitle field in a box of its own after the headline", () => {
  const text = `<div class="field field--name-body">${POLISH.map((p) => `<p>${p}</p>`).join('')}</div>`;
  const dek = 'Powiat wyda na inwestycję czternaście milionów złotych, połowę z programu rządowego.';

  it('reads the box as the standfirst and keeps the text whole', () => {
    const out = normaliseHtmlArticle(
      polishPage(
        `<div class="field field--name-field-podtytul"><p>${dek}</p></div><div class="meta">Autor: Jan Nowak</div>${text}`,
      ),
      { url: null },
    );
    expect(out.summary).toBe(dek);
    expect(out.body).toEqual(POLISH);
  });

  it('leaves a builder that boxes every paragraph alike with its first paragraph', () => {
    const rows = POLISH.map((p) => `<div class="text-row"><p>${p}</p></div>`).join('');
    const out = normaliseHtmlArticle(polishPage(rows), { url: null });
    expect(out.summary).toBeNull();
    expect(out.body).toEqual(POLISH);
  });
});

const NORWEGIAN = [
  'Kommunen har vedtatt å bygge en ny gang- og sykkelbru over elva ved Nordbyen skole før neste skoleår.',
  'Brua blir 48 meter lang og skal etter planen stå ferdig i august, opplyser prosjektlederen i kommunen.',
  'Foreldreutvalget har i flere år bedt om en tryggere skolevei for elevene som bor på andre siden av elva.',
];

describe('a caption box printed after the picture box, outside it', () => {
  it('gives the caption and keeps it out of the text', () => {
    const html = `<!DOCTYPE html><html lang="nb"><head><title>Ny bru</title></head><body><article><h1>Ny sykkelbru ved Nordbyen skole</h1><div class="field field--name-field-hovedbilde"><figure><img src="/b/bru.jpg" width="1000" height="600" alt=""></figure></div><div class="field field--name-field-bildetekst">Slik blir den nye brua over elva. <small class="kreditt">Foto: Kari Berg</small></div><div class="field field--name-body">${NORWEGIAN.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.image?.caption).toBe('Slik blir den nye brua over elva.');
    expect(out.image?.credit).toBe('Kari Berg');
    expect(out.body).toEqual(NORWEGIAN);
  });
});

const FINNISH = [
  'Kaupunginhallitus päätti maanantaina, että uimahallin peruskorjaus aloitetaan ensi keväänä suunniteltua aiemmin.',
  'Korjauksen aikana koululaisten uimaopetus siirretään naapurikunnan halliin, jonne järjestetään bussikuljetukset.',
  'Hallin arvioidaan avautuvan uudelleen syksyllä, jolloin käyttöön tulee myös uusi lasten allas ja kuntosali.',
];

describe("a theme's read-more box named with a layout word", () => {
  it('reads its cards as related links', () => {
    const cards = [
      'Uimahallin aukioloajat muuttuvat kesäksi',
      'Kuntosalin laitteet uusitaan syksyllä',
      'Lasten uimakoulu alkaa taas tammikuussa',
    ];
    const html = `<!DOCTYPE html><html lang="fi"><head><title>Uimahalli</title></head><body><main><article><h1>Uimahallin korjaus alkaa keväällä</h1>${FINNISH.map((p) => `<p>${p}</p>`).join('')}</article><aside class="readnext-container"><h3>Sinua voisi kiinnostaa</h3>${cards.map((c, i) => `<article class="card"><a href="/uutiset/${i}/"><h2>${c}</h2></a></article>`).join('')}</aside></main></body></html>`;
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.related).toEqual(cards);
    expect(out.body).toEqual(FINNISH);
  });
});

const HEBREW = [
  'המועצה המקומית הודיעה השבוע כי הספרייה הציבורית תיפתח מחדש בחודש הבא לאחר שיפוץ שנמשך כשנה.',
  'בספרייה החדשה יהיו פינת קריאה לילדים, חדר לימוד שקט ועמדות מחשב לשימוש חופשי של התושבים.',
  'שעות הפתיחה יורחבו גם לערבים, ובימי שישי תפעל הספרייה עד הצהריים לטובת משפחות עם ילדים.',
];

describe('a name over a role closing the text', () => {
  it('reads the name in a right-to-left page, both lines against the left margin', () => {
    const lines = HEBREW.map((p) => `<div class="para"><span>${p}</span></div>`).join('');
    const html = `<!DOCTYPE html><html lang="he" dir="rtl"><head><title>הספרייה</title></head><body><div class="post"><h1>הספרייה הציבורית נפתחת מחדש</h1><div class="content">${lines}<div class="para" style="text-align:left"><span>נועה לוי</span></div><div class="para" style="text-align:left"><span>מנהלת הספרייה</span></div></div></div></body></html>`;
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.byline).toBe('נועה לוי');
    expect(out.body).toEqual(HEBREW);
  });

  it('reads a capitalised name over a role in lower case, both set right', () => {
    const html = polishPage(
      `<div class="text">${POLISH.map((p) => `<p>${p}</p>`).join('')}<p style="text-align: right">Anna Wiśniewska</p><p style="text-align: right">rzeczniczka starostwa</p></div>`,
    );
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.byline).toBe('Anna Wiśniewska');
    expect(out.body).toEqual(POLISH);
  });

  it('leaves two closing lines in the text type alone', () => {
    const html = polishPage(
      `<div class="text">${POLISH.map((p) => `<p>${p}</p>`).join('')}<p>Anna Wiśniewska</p><p>rzeczniczka starostwa</p></div>`,
    );
    expect(normaliseHtmlArticle(html, { url: null }).byline).toBeNull();
  });
});

describe('a role before the name closing the text', () => {
  it('reads the name alone from a bold line set right', () => {
    const html = polishPage(
      `<div class="text">${POLISH.map((p) => `<p>${p}</p>`).join('')}<p align="right"><b>Prezes stowarzyszenia Tomasz Zieliński</b></p></div>`,
    );
    const out = normaliseHtmlArticle(html, { url: null });
    expect(out.byline).toBe('Tomasz Zieliński');
    expect(out.body).toEqual(POLISH);
  });

  it('does not take a source after a short word for a signature', () => {
    const html = polishPage(
      `<div class="text">${POLISH.map((p) => `<p>${p}</p>`).join('')}<p align="right"><b>Na podstawie informacji od Polska Agencja Prasowa</b></p></div>`,
    );
    expect(normaliseHtmlArticle(html, { url: null }).byline).toBeNull();
  });
});

const ESTONIAN = [
  'Laupäeval peetud rahvajooksul osales üle kolmesaja jooksja, kellest noorim oli kuue- ja vanim kaheksakümneaastane.',
  'Pikema distantsi võitis kohalik noormees, kes läbis kümme kilomeetrit kiiremini kui keegi varem sel rajal.',
  'Korraldajad tänasid vabatahtlikke, kes aitasid rajal ja joogipunktides juba varahommikust saadik.',
  'Naiste arvestuses tuli võitjaks eelmise aasta teine, kes parandas oma isiklikku rekordit peaaegu minutiga.',
  'Lastejooksudel said kõik lõpetajad medali ja mahla, parimad ka klubi meened ning spordipoe kinkekaardid.',
  'Raja ääres mängis kohalik puhkpilliorkester ning pealtvaatajaid oli staadionil rohkem kui kunagi varem.',
  'Vallavanem lubas, et järgmisel aastal valgustatakse ka metsarada, et jooksjad saaksid treenida õhtuti.',
  'Tulemused avaldatakse klubi kodulehel esmaspäeval, kui kõik ajavõtu andmed on üle kontrollitud.',
  'Järgmine rahvajooks toimub septembris ning registreerumine algab juba augusti alguses kodulehel.',
];

const handMade = (cell: string): string =>
  `<html><head><title>Valla Spordiklubi - Uudised</title></head><body><table><tr><td colspan="2"><b>Valla Spordiklubi</b></td></tr><tr><td colspan="2"><a href="index.html">Avaleht</a> | <a href="uudised.html">Uudised</a> | <a href="k.html">Kontakt</a></td></tr><tr><td width="200" valign="top"><b>Treeningud</b><br>Esmaspäeviti ja kolmapäeviti kell 18, staadionil<br><br><b>Tulevad võistlused</b><br>Mai 4 – krossijooks<br></td><td valign="top">${cell}</td></tr></table></body></html>`;

describe("a hand-made page's headline in an h2, a plain-text trail above it", () => {
  const story = `<font size="1">Uudised &gt; Jooksmine</font><h2>Rahvajooksul osales rekordarv jooksjaid</h2>${ESTONIAN.map((p) => `<p>${p}</p>`).join('')}`;

  it("reads the h2 as the title and the trail's last entry as the section", () => {
    const out = normaliseHtmlArticle(handMade(story), { url: null });
    expect(out.title).toBe('Rahvajooksul osales rekordarv jooksjaid');
    expect(out.section).toBe('Jooksmine');
    expect(out.body).toEqual(ESTONIAN);
  });

  it('does not take a subheading after the prose for the title', () => {
    const cell = `${ESTONIAN.map((p) => `<p>${p}</p>`).join('')}<h2>Järgmine jooks toimub sügisel</h2><p>${ESTONIAN[0]}</p>`;
    expect(normaliseHtmlArticle(handMade(cell), { url: null }).title).not.toBe(
      'Järgmine jooks toimub sügisel',
    );
  });

  it('reads a label over a list of links as related, and drops the line back to the listing', () => {
    const cell = `${story}<b>Loe ka:</b><ul><li><a href="u1.html">Talvine suusamaraton jääb lumepuudusel ära</a></li><li><a href="u2.html">Klubi noored võitsid maakonna meistrivõistlused</a></li></ul><p><a href="uudised.html">« Tagasi uudistesse</a> | <a href="javascript:print()">Prindi</a></p>`;
    const out = normaliseHtmlArticle(handMade(cell), { url: null });
    expect(out.related).toEqual([
      'Talvine suusamaraton jääb lumepuudusel ära',
      'Klubi noored võitsid maakonna meistrivõistlused',
    ]);
    expect(out.body).toEqual(ESTONIAN);
  });
});

const CZECH = [
  'Městské divadlo po dvou letech oprav znovu otevřelo velký sál, který dostal nové sedačky, osvětlení i akustické panely.',
  'Rekonstrukce stála sedmdesát milionů korun a polovinu nákladů pokryla dotace z krajského programu na obnovu kulturních památek.',
  'První představení po otevření bude v sobotu, vstupenky na celou sezonu jsou v prodeji v pokladně i na internetu.',
];

describe('a credited picture whose caption is its tooltip', () => {
  const page = (img: string): string =>
    `<!DOCTYPE html><html lang="cs"><head><title>Divadlo</title><link rel="canonical" href="https://divadlo.example.cz/zpravy/sal/"><meta property="og:image" content="https://divadlo.example.cz/img/sal.jpg"><meta property="og:title" content="Divadlo znovu otevřelo velký sál"></head><body><div class="news-detail"><h1>Divadlo znovu otevřelo velký sál</h1>${img}<div class="pic-credit">Foto: Jana Malá</div>${CZECH.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;

  it('reads the title and alt written alike as the caption', () => {
    const out = normaliseHtmlArticle(
      page(
        '<img src="/img/sal.jpg" width="800" alt="Velký sál po rekonstrukci" title="Velký sál po rekonstrukci">',
      ),
      { url: null },
    );
    expect(out.image?.caption).toBe('Velký sál po rekonstrukci');
    expect(out.image?.credit).toBe('Jana Malá');
  });

  it('leaves an alternative text alone without a tooltip', () => {
    const out = normaliseHtmlArticle(
      page('<img src="/img/sal.jpg" width="800" alt="Velký sál po rekonstrukci">'),
      {
        url: null,
      },
    );
    expect(out.image?.caption).toBeNull();
  });
});
