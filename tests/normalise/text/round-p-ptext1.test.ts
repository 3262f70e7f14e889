import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Round P shapes (ptext1): the line right under the menu (a slogan, a status ticker, an account
 * link) against the headline lower down. Invented pages.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('the headline against a line under the menu', () => {
  it('reads a meta row ending in an abbreviated reading time as a date line (Dutch)', () => {
    const r = dump([
      'Zwembad De Golf – Veendam',
      'Zwemmen | Lessen | Tarieven | Openingstijden | Nieuws | Contact',
      'NU OPEN: 3 van 4 baden | Watertemperatuur 28 °C | Drukte laag',
      '← Terug naar overzicht',
      'Actueel',
      'Nieuwe glijbaan in het recreatiebad: proefdraaien begint, opening op 14 februari',
      '09.01.2026, 10:15 uur · Leestijd 2 min.',
      'Na acht maanden bouwen vervangt de nieuwe glijbaan de oude buisglijbaan uit 1991.',
      'Sinds maandag draait de pomp van de nieuwe glijbaan proef, nog zonder zwemmers erin.',
      'De glijbaan is 86 meter lang en heeft twee lussen die deels buiten het gebouw lopen.',
      'De gemeente betaalt het grootste deel van de kosten, de rest komt uit een fonds voor sport.',
    ]);
    expect(r.title).toBe('Nieuwe glijbaan in het recreatiebad: proefdraaien begint, opening op 14 februari');
    expect(r.section).toBe('Actueel');
  });

  it('takes the headline with a date line under it over a slogan with the section under it (Swedish)', () => {
    const r = dump([
      'SHF — Svenska Hamnarbetares Förbund',
      'Hem | Om oss | Avdelningar | Pressmeddelanden | Kontakt',
      'Bli medlem | Betala avgift | Logga in',
      'Tillsammans är vi starka!',
      'Lokala Nyheter',
      'Hamnarbetare i Luleå avbryter strejken efter att bolaget betalat första delen av skulden',
      'Publicerad 4 mars 2026 kl. 15.10',
      'Avdelningens möte röstade för att återgå till arbetet på måndag men varnar för nya åtgärder i april.',
      'Hamnarbetarna i Luleå återgår till arbetet på måndag efter en strejk som varade i sexton dagar.',
      'Beslutet togs på torsdagen vid ett extra möte där 212 medlemmar deltog i fackets lokaler vid hamnen.',
      'Bolaget har betalat ut löner för tre av de sju månader som arbetarna har väntat på sina pengar.',
    ]);
    expect(r.title).toBe(
      'Hamnarbetare i Luleå avbryter strejken efter att bolaget betalat första delen av skulden',
    );
    expect(r.section).toBe('Lokala Nyheter');
  });

  it('reads "Daga" before a name as a byline (Hausa)', () => {
    const r = dump([
      'KWALEJIN KIMIYYA TA DUTSE — COLLEGE OF SCIENCE DUTSE',
      'Shafin Farko | Game da Mu | Sassa | Labarai | Tuntuɓe Mu',
      'Shiga Shafin Malamai | English',
      'Labaran Kwaleji',
      'Kwalejin Kimiyya ta Dutse ta buɗe sabon ɗakin gwaje-gwaje na ruwa a bakin rafin Hadejia',
      'Ɗakin zai gwada ruwan sha na ƙauyuka fiye da 200 a ƙananan hukumomi uku a kowace shekara',
      'Daga Sani Garba Dambatta, Jami’in Yaɗa Labarai',
      'Talata, 3 ga Fabrairu, 2026',
      'DUTSE — Kwalejin Kimiyya ta Dutse ta buɗe sabon ɗakin gwaje-gwaje na ruwa domin taimaka wa ƙauyukan yankin.',
      'Shugaban kwalejin ya ce ɗakin zai taimaka wajen gano cututtukan da ke yaɗuwa ta hanyar ruwan sha.',
      'Gwamnatin jihar ta ba da gudunmawar kayan aiki da motoci biyu domin ɗaukar samfuran ruwa.',
    ]);
    expect(r.title).toBe(
      'Kwalejin Kimiyya ta Dutse ta buɗe sabon ɗakin gwaje-gwaje na ruwa a bakin rafin Hadejia',
    );
    expect(r.byline).toMatch(/^Sani Garba Dambatta/u);
  });

  it('reads a labelled name among the parts of a date row as the byline (Polish)', () => {
    const r = dump([
      'Kolej Linowa Zieleniec',
      'Narty | Bilety | Kamery | Pogoda | Aktualności | Kontakt',
      'Aktualności',
      'Nowa kolej gondolowa na Zieleńcu: próbne jazdy ruszają, otwarcie 19 grudnia',
      '02.12.2026, 08:45 · Tekst: Marta Kowal · 3 min.',
      'Po czternastu miesiącach budowy nowa kolej zastępuje dwa stare wyciągi orczykowe na stoku.',
      'Od poniedziałku pierwsze wagoniki nowej kolei krążą po linie, na razie jeszcze bez pasażerów.',
      'Kolej ma 62 wagoniki i przewozi 2800 osób na godzinę, a wjazd na szczyt trwa sześć minut.',
    ]);
    expect(r.byline).toBe('Marta Kowal');
  });

  it('drops the medium word before a pipe from a caption in capitals (Italian)', () => {
    const r = dump([
      'Sindacato Lavoratori del Porto',
      'Home | Chi siamo | Sezioni | Comunicati | Contatti',
      'Notizie',
      'I portuali di Ancona sospendono lo sciopero dopo il pagamento della prima rata degli arretrati',
      'Pubblicato il 4 marzo 2026 alle 15:10',
      'FOTO | I lavoratori riuniti in assemblea nel piazzale del porto giovedì. (Credit: Ufficio Stampa/Anna Neri)',
      'I lavoratori del porto di Ancona torneranno al lavoro lunedì, dopo uno sciopero durato sedici giorni.',
      "La decisione è stata presa giovedì in un'assemblea straordinaria a cui hanno partecipato 212 iscritti.",
      "L'azienda ha pagato gli stipendi di tre dei sette mesi che i lavoratori attendevano da tempo.",
    ]);
    expect(r.image?.caption).toBe('I lavoratori riuniti in assemblea nel piazzale del porto giovedì.');
  });
});
