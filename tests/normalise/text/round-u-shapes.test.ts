import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/** Shapes of round U, in invented text. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('a headline whose last word is a "by" word of another language', () => {
  it('is the headline when a standfirst, not a name, stands under it', () => {
    const item = dump([
      'Balita Bulacan',
      'Balita',
      'Lalawigan',
      'Palakasan',
      'Negosyo',
      'Ang bulletin na ito ay nasa Tagalog. May bersyong Ingles kapag hiniling.',
      'Lalawigan',
      'Bagong tulay sa Malolos, bukas na',
      'Matapos ang dalawang taon ng paggawa, dumadaan na ang mga sasakyan sa bagong tulay ng bayan.',
      'Isinulat ni Rosario Dimaculangan',
      'Marso 3, 2026',
      'Binuksan noong Lunes ang tulay na nag-uugnay sa dalawang barangay ng Malolos, ayon sa pamahalaang bayan.',
      'Sinabi ng alkalde na mas mabilis na ngayon ang biyahe ng mga magsasaka papunta sa palengke tuwing umaga.',
    ]);
    expect(item.title).toBe('Bagong tulay sa Malolos, bukas na');
    expect(item.summary).toBe(
      'Matapos ang dalawang taon ng paggawa, dumadaan na ang mga sasakyan sa bagong tulay ng bayan.',
    );
  });
});

describe("a station's closing sentence that opens with its name, as its slogan over the headline does", () => {
  it('stays the last paragraph: the name it shares with the slogan is no call to the reader', () => {
    const body = [
      'Mombasa, 4 Aprili 2026 – Mvua kubwa iliyonyesha usiku kucha imesababisha mafuriko katika mitaa ya Kisauni na Likoni.',
      'Wakazi wa Kisauni walisema maji yaliingia ndani ya nyumba zao kabla ya saa tisa usiku, na wengi walikimbilia shule ya jirani.',
      'Idara ya hali ya hewa imetabiri mvua zaidi hadi mwisho wa wiki, na imewataka wavuvi kutoingia baharini.',
      'Redio Pwani Yetu itaendelea kukuletea habari za mafuriko kila siku saa saba na saa kumi na tatu.',
    ];
    const item = dump([
      'REDIO PWANI YETU 91.2 FM',
      'Redio ya Mombasa – Sauti ya Pwani Yetu',
      'Nyumbani | Habari | Michezo | Dini | Vipindi',
      'Habari',
      'Mafuriko yakumba mitaa ya Kisauni baada ya mvua kubwa',
      'Imeandikwa na Halima Mwachupa',
      'Jumamosi 4 Aprili 2026, 19:10 EAT',
      ...body,
      'Habari nyingine',
      'Soko la samaki lafunguliwa upya Likoni',
      'Wanafunzi wa Kilifi washinda mashindano ya sayansi',
      '© 2026 Redio Pwani Yetu. Haki zote zimehifadhiwa.',
    ]);
    expect(item.body).toEqual(body);
  });
});

describe("a blog's links to the previous and next post, marked by guillemets or arrows", () => {
  it('are no related stories, while an inline "read also" link is', () => {
    const item = dump([
      'Klubben',
      'Nyheter',
      'Lopp',
      'Kontakt',
      'Lopp',
      'Klubbmästerskapet i slalom avgjort i snöstorm',
      'Publicerad 2 mars 2026 av Sven Lindqvist',
      'Trots snöstormen genomfördes klubbmästerskapet i slalom på lördagen i Åre med fyrtio startande.',
      'Läs också: Ny pist öppnar i Duved till helgen',
      'Läs också: Klubben får utmärkelsen «Årets förening»',
      'Segrade gjorde Elin Berg som var snabbast i båda åken, före Maja Holm och Ida Strand.',
      'Nästa tävling är distriktsfinalen i Järvsö den tjugonde mars, anmälan sker via kansliet.',
      'Kategorier: Lopp, Slalom',
      'Etiketter: Åre, klubbmästerskap',
      '« Träningsläger i Idre blev en succé',
      'Skidbytardagen lockade hundratals »',
      'Senaste inläggen',
      'Vallakurs för nybörjare i februari',
      'Årsmötet flyttas till april',
      '© 2026 Klubben',
    ]);
    expect(item.related).toEqual([
      'Ny pist öppnar i Duved till helgen',
      'Klubben får utmärkelsen «Årets förening»',
    ]);
  });
});

describe('a caption over a credit of a label no list knows, a name and an outlet after a slash', () => {
  it('is the lead picture, credited to both', () => {
    const body = [
      'DEBRECEN – A városi közgyűlés csütörtökön megszavazta a belvárosi parkolási díjak emelését, amely áprilistól lép életbe.',
      'A polgármester szerint a bevételt a tömegközlekedés fejlesztésére fordítják, elsősorban új buszokra.',
      'Az ellenzéki képviselők szerint a döntés a belvárosi kereskedőket sújtja, akik már most is kevesebb vásárlóról számolnak be.',
    ];
    const item = dump([
      'Hajdúsági Hírek',
      'Főoldal',
      'Belföld',
      'Gazdaság',
      'Sport',
      'Főoldal › Gazdaság',
      'Gazdaság',
      'Drágul a parkolás Debrecen belvárosában áprilistól',
      'A közgyűlés döntése szerint egy óra parkolás négyszáz forintba kerül majd a belső zónában.',
      'Írta: Szabó Eszter',
      '2026. március 5., 14:20',
      'Autók parkolnak a Piac utcán csütörtök délelőtt.',
      'Fénykép: Tóth Gergely / Hajdúsági Hírek',
      ...body,
    ]);
    expect(item.image).toEqual({
      url: null,
      caption: 'Autók parkolnak a Piac utcán csütörtök délelőtt.',
      credit: 'Tóth Gergely / Hajdúsági Hírek',
    });
    expect(item.body).toEqual(body);
  });
});

describe('a reading time in words no list knows between the date and the picture', () => {
  it("is furniture (a number beside CLDR's word for minutes), not the caption", () => {
    const body = [
      'CAERNARFON – Mae cyngor y dref wedi cytuno i agor llyfrgell newydd yn hen adeilad y farchnad erbyn yr haf.',
      'Dywedodd arweinydd y cyngor y bydd y llyfrgell ar agor saith diwrnod yr wythnos, gyda chaffi bach i ymwelwyr.',
    ];
    const item = dump([
      'Newyddion y Fro',
      'Hafan',
      'Newyddion',
      'Chwaraeon',
      'Busnes',
      'Newyddion',
      'Llyfrgell newydd i ganol tref Caernarfon',
      'Bydd yr hen farchnad yn gartref i lyfrgell a chanolfan gymunedol erbyn mis Gorffennaf eleni.',
      'Gan Gwenllian Parry',
      '5 Mawrth 2026, 14:20',
      "5 munud i'w ddarllen",
      'Yr hen farchnad ar Stryd y Castell, lle bydd y llyfrgell newydd.',
      'Llun: Dafydd Roberts',
      ...body,
    ]);
    expect(item.image?.caption).toBe('Yr hen farchnad ar Stryd y Castell, lle bydd y llyfrgell newydd.');
    expect(item.body).toEqual(body);
  });
});

describe("the institution's name under the related list, as its masthead and its footer print it", () => {
  it('is no related title', () => {
    const name = 'Assessorato ai Trasporti della Regione Esempia';
    const titles = [
      'Al via i lavori di elettrificazione della tratta interna per il trasporto regionale',
      'Abbonamenti scontati per gli studenti universitari della Regione Esempia',
    ];
    const item = dump([
      'Vai al contenuto',
      'Regione Esempia',
      name,
      'Home',
      'Assessorato',
      'Notizie',
      'Contatti',
      'Home / Notizie / Nuovi treni regionali sulla linea della costa',
      'Nuovi treni regionali sulla linea della costa',
      'Dodici convogli elettrici entreranno in servizio da maggio sulla tratta tra Porto Lieto e Valfonda, sostituendo i mezzi diesel.',
      '4 marzo 2026',
      "Porto Lieto, 4 marzo 2026 – L'assessore ai trasporti ha presentato oggi i dodici nuovi treni elettrici che serviranno la linea della costa.",
      'I convogli hanno trecento posti a sedere, prese di ricarica e spazi per le biciclette, e ridurranno i tempi di viaggio di dieci minuti.',
      'Notizie correlate',
      ...titles,
      'Vedi tutte le notizie',
      name,
      'Via del Porto 12, Porto Lieto, Italia',
      'Centralino: +39 010 555 1234',
      'Privacy',
      'Mappa del sito',
      `${name} – Regione Esempia`,
    ]);
    expect(item.related.slice(0, 2)).toEqual(titles);
    expect(item.related).not.toContain(name);
  });
});

describe("the club's desk signing the posted line, and a closing text-and-photos credit", () => {
  it('takes the author the closing line names, not the desk of the site', () => {
    const item = dump([
      'Roeivereniging Zeewolk',
      'Home',
      'Vereniging',
      'Wedstrijden',
      'Nieuws',
      'Contact',
      'Nieuws',
      'Twee keer goud voor onze junioren op de Westeinderregatta',
      'Geplaatst op 3 maart 2026 | 18:40 door Redactie Roeivereniging Zeewolk',
      'Op de Westeinderplassen wonnen onze junioren zaterdag twee finales en haalden ze nog drie keer zilver.',
      'De dubbelvier meisjes won met ruim een bootlengte voorsprong, ondanks de harde zijwind op het laatste stuk.',
      'Coach Pieter Hoekstra was trots: de ploeg had de hele winter op de ergometer getraind voor deze eerste regatta.',
      'Tekst: Anouk Veldhuis / Foto’s: Bram Kuipers',
      'Deel dit bericht',
      '© 2026 Roeivereniging Zeewolk. Alle rechten voorbehouden.',
    ]);
    expect(item.byline).toBe('Anouk Veldhuis');
  });
});

describe("a page's feedback question over its answer buttons, after the related list", () => {
  it('is no related title', () => {
    const titles = ['Nowy rozkład jazdy autobusów od kwietnia', 'Bezpłatny kompost dla mieszkańców w maju'];
    const item = dump([
      'Urząd Miasta Przykładowo',
      'Mieszkańcy',
      'Środowisko',
      'Aktualności',
      'Środowisko',
      'Odbiór odpadów bio co tydzień także jesienią',
      'Opublikowano 12 lutego 2026',
      'Rada miasta zdecydowała w poniedziałek, że brązowe pojemniki będą opróżniane co tydzień aż do połowy grudnia.',
      'Dotychczas od listopada odpady bio odbierano tylko co dwa tygodnie, na co skarżyło się wielu mieszkańców.',
      'Zmiana będzie kosztować miasto około dwustu tysięcy złotych rocznie, częściowo pokrytych z dotacji.',
      'Powiązane wiadomości',
      ...titles,
      'Czy ta strona była pomocna?',
      'Tak   Nie',
      'Zapisz się do newslettera',
      '© 2026 Urząd Miasta Przykładowo',
    ]);
    expect(item.related).toEqual(titles);
  });
});

describe("a menu entry printed again under the trail's crumb and over the headline", () => {
  it('is the section, not the crumb that heads the list page', () => {
    const item = dump([
      'Eksempel kommune',
      'Helse og omsorg',
      'Miljø',
      'Politikk',
      'Nyheter',
      'Hjem > Nyheter > Pressemeldinger',
      'Pressemeldinger',
      'Miljø',
      'Henting av matavfall hver uke også om vinteren',
      'Publisert 12. februar 2026',
      'Kommunestyret vedtok mandag at matavfallet skal hentes hver uke hele året, ikke bare om sommeren.',
      'Endringen koster kommunen rundt to hundre tusen kroner i året og gjelder fra første april.',
    ]);
    expect(item.section).toBe('Miljø');
  });
});
