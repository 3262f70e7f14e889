import { monthNames, monthNamesIn, unreadLanguages } from '../language/months.js';
import { NAME_PARTICLES } from '../language/name-particles.js';
import { weekdayNames, weekdayNamesIn } from '../language/weekdays.js';
import { LEXICON } from '../language/lexicon.js';
import { STOPWORD_LANGUAGES, stopwordsOf } from '../language/stopwords.js';
import countries from 'i18n-iso-countries';
import { UNAMBIGUOUS_ZONES } from '../language/zones.js';
import { isListedGivenName } from './given-names.js';

/**
 * Closed word lists the entity finder needs: function words of several languages (so a
 * capitalised sentence opener is not taken for a name), titles, and the head words that say
 * what kind of name a capitalised run is. Language knowledge, not names.
 */

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Words the `stopword` package's lists lack but that open sentences as often as its words do:
 * adverbs, prepositions, pronouns, verbs of saying, honorifics; and the core of Italian, whose
 * whole list holds contractions that open names elsewhere ("Col du X" is a mountain pass).
 */
const OPENERS = set(`
its it's she us whom whose when why nor yet off onto upon within without above against along among
around behind below beneath beside beyond during except inside near throughout toward towards until
unlike via every few none not one own just even already once again ever always often sometimes
perhaps maybe however although though unless whether whereas meanwhile instead otherwise indeed yes
mr mrs ms does shall may let says say according
unos unas sino quienes cuales según segun ante tras fue fueron han había estos esa esos esas aquel
tambien hay otra otros otras todo toda todos todas cada
donc car elles quoi dont sous chez vers pendant depuis selon
fur uber
ha si gli di per tra fra che chi non è
ко эта та те её ещё также здесь всё весь вся
`);

/**
 * Function words and other openers in English, Spanish, French, German, Italian, Portuguese and
 * Russian, so a capitalised sentence opener is not taken for a name: the package's lists and the
 * openers above.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...stopwordsOf(['en', 'es', 'fr', 'de', 'pt', 'ru']),
  ...OPENERS,
]);

/** Lowercase words that may join capitalised words inside one name. */
export const CONNECTORS: ReadonlySet<string> = new Set([
  ...NAME_PARTICLES,
  ...set(`of for and the las los y e d el para upon under & и имени en`),
]);

/** Connectors that join only when the whole name ends in an institution word. */
export const WEAK_CONNECTORS = set('and y e und et и en');

/** Titles and roles stripped from the front of a name ("Judge", "Dr", "Deputy Mayor"). */
export const TITLES = set(`
mr mrs ms miss mx dr doctor prof professor sir dame lord lady rev reverend revd fr father sister brother
judge justice insp inspector det detective constable sgt sergeant supt superintendent chief officer
cllr councillor councilor councilmember councilman councilwoman cr alderman mayor deputy president vice prime minister secretary chancellor
governor senator sen rep representative congressman congresswoman king queen prince princess pope
bishop archbishop cardinal imam rabbi pastor general gen colonel major maj captain capt lieutenant
lt admiral commander sheriff ambassador spokesman spokeswoman spokesperson coach manager striker
chairman chairwoman chair ceo cfo founder director executive head leader premier prosecutor
councillors opposition former ex late
señor señora sr sra don doña presidente presidenta alcalde alcaldesa ministro ministra consejero
consejera concejal concejala portavoz director directora doctor doctora
monsieur madame herr frau maire adjoint adjointe préfet député députée
burgemeester wethouder voorzitter directeur sindaco assessore prefetto presidente
prefeito prefeita vereador vereadora burmistrz prezydent wojewoda
господин госпожа президент министр мэр губернатор глава директор ректор
kepala ketua pengerusi ông bà
`);

/**
 * Endings of German role nouns, which compound freely ("Feuerwehrsprecher", "Betriebsratschefin",
 * "Gewerkschaftssekretär"): such a word in front of a name is a role, not part of the name.
 */
export const GERMAN_ROLE_ENDINGS =
  /(?:sprecher|chef|leiter|sekretär|präsident|minister|direktor|vorsitzende|berater|experte|beauftragte|meister|kommissar|vorstand|mitglied)(?:in|innen|r|n)?$/u;

/**
 * German articles and the prepositions that contain one ("zum" = "zu dem"): "der Konzern X",
 * "zum schwedischen Konzern X" put a noun in apposition before the name X.
 */
export const GERMAN_ARTICLES = set(
  'der die das den dem des ein eine einen einem einer eines zum zur vom beim im am ins',
);

/** Words that close an organisation's name. */
export const ORG_HEADS = set(`
council police university universities college school academy court courts ministry department agency
diocese archdiocese
authority office bank church trust fund foundation association union federation institute
institution society party government commission committee service services group company co corp
corporation inc ltd plc llc gmbh ag sa labs lab partners capital securities holdings airlines airways
energy bureau directorate forum club network hospital hospitals board exchange assembly parliament
senate congress army navy force forces guard operators organisation organization alliance league
centre center observatory cooperative co-op bahn media press times post news journal herald tribune
analytics studios records pharma motors industries industry brigade regiment council's nhs
operator workers metro railway railways united athletic rovers wanderers rangers albion fc
`);

/** Words that open an organisation's name in Romance languages and Russian. */
export const ORG_OPENERS = set(`
ministerio ministère ministero agencia agence consorcio dirección direccion unidad ayuntamiento
universidad université università instituto institut asociación asociacion federación federacion
partido banco tribunal guardia policía policia cruz generalitat junta diputación diputacion
comisión comision servicio fundación fundacion confederación confederacion sindicato centro
waterschap inspectie
juzgado club municipalidad secretaría secretaria consejo colegio sociedad cámara camara corte comité
comite plataforma associação associacao prefeitura câmara agenzia associazione consorzio
association conseil direction collège lycée syndicat consiliul spitalul primăria primaria
agentschap vereniging stichting ministerie raad dienst
sąd urząd komenda stowarzyszenie dyrekcja fundacja ministerstwo stacja zarząd spółdzielnia
badan dinas persatuan kementerian dewan komisi lembaga pemerintah
министерство институт университет комплекс департамент управление мэрия правительство служба
`);

/** Head words of institutions named after their place: "Kelby District Council" is not "Kelby". */
export const LOCATIVE_HEADS = set(`
council police court courts university college school government authority district county borough
province region hospital hospitals library station airport observatory parliament assembly
ministry office trust museum port harbour harbor
comune regione provincia gemeente provincie kommune fylke fylkeskommune gmina powiat obec kraj
`);

/**
 * Institution nouns that languages writing names in sentence case put after the place or owner
 * they belong to, in lowercase ("Tartu linnavalitsus", "Gävle kommun", "Liberecký kraj"): city,
 * municipality, council, union, institute, centre, museum, university, ministry, directorate,
 * hospital, office, administration, society (Finnish, Estonian, Lithuanian, Latvian, Czech,
 * Slovak, Slovene, Croatian, Serbian, Bulgarian, Scandinavian languages), in the nominative.
 */
export const SENTENCE_CASE_HEADS = set(`
kaupunki kunta liitto laitos keskus museo yliopisto seurakunta virasto lautakunta valtuusto ministeriö
linnavalitsus vallavalitsus volikogu selts ülikool haigla ministeerium muuseum
savivaldybė ministerija direkcija universitetas ligoninė taryba sąjunga bendrija
pašvaldība dome ministrija universitāte slimnīca
kraj nemocnice ministerstvo úřad úrad univerzita radnice nemocnica
občina zavod ministrstvo bolnišnica univerza uprava županija općina opština bolnica ministarstvo
управа општина министерство болница община агенция дирекция
kommun kommune kommunestyre kommuna landsting vegvesen universitet sykehus sjukhus
`);

/** Words that make a capitalised run a place. */
export const PLACE_HEADS = set(`
river lake mount mountains mountain valley island islands glacier pass province region county bay
sea ocean peninsula gulf coast desert canal alps hills district oblast krai strait channel
río rio sierra lago monte isla provincia comarca
`);

/**
 * Words that make a capitalised run an event, a venue or an open space (not entities here);
 * streets are told by the geocoder's street words (streetHead, ways.ts).
 */
export const EXCLUDED_HEADS = set(`
marathon festival tour cup trophy championship championships olympics olympic games storm cyclone hurricane
typhoon tornado parade fair feria expo summit conference awards award prize prix week day eve grand
square trail terrace gardens stadium arena theatre theater station airport terminal hall line bridge act
estadio hauptbahnhof hbf centraal площадь
`);

/**
 * Event, street and qualification words that also open a name ("Storm X", "Calle X", "Gare de X",
 * "Diploma of X").
 */
export const EXCLUDED_OPENERS = set(`
storm cyclone hurricane typhoon tour feria festival calle avenida plaza paseo camino rue gare operation
bachelor diploma certificate
`);

/** Words that mark the next capitalised word as a place ("in Kelby", "near Tarnow"). */
export const PLACE_PREPOSITIONS = set(
  'in from near at to outside across around towards toward en desde hacia cerca à dans près nach bei aus в во под из около xã huyện tỉnh thôn phường quận',
);

/**
 * Words for an administrative division written in front of its name ("Kabupaten X", "Desa X"
 * in Indonesian): the name is a place, and the division word is not part of it.
 */
export const DIVISION_OPENERS = set('desa kecamatan kabupaten kelurahan kampung provinsi dusun');

/**
 * Place prepositions that mean something else in other languages ("a", "i", "v", "w"): they mark
 * a place only in an article of their own language.
 */
const PLACE_PREPOSITIONS_OF: Partial<Record<string, ReadonlySet<string>>> = {
  it: set('a da presso verso'),
  nb: set('i på fra til ved mot'),
  da: set('i på fra til ved mod'),
  sv: set('i på från till vid mot'),
  nl: set('naar bij uit nabij'),
  pl: set('w we z ze do pod koło'),
  cs: set('v ve z ze do u pod'),
  pt: set('em para perto'),
  ro: set('din în lângă'),
  de: set('zwischen über ab'),
};

/** Whether the stopword lists read `language`. */
const isReadLanguage = (language: string): boolean =>
  (STOPWORD_LANGUAGES as readonly string[]).includes(language);

/** Whether `word` (lowercase) marks a place after it in an article in `language`. */
export const isPlacePreposition = (word: string, language: string | null): boolean =>
  PLACE_PREPOSITIONS.has(word) || (!!language && !!PLACE_PREPOSITIONS_OF[language]?.has(word));

/** Zone abbreviations that spell ordinary words ("West Bank", "Art Basel"): names, not times. */
const WORDLIKE_ZONES = set('west art cat eat');

/**
 * Calendar forms CLDR does not print: English abbreviation variants, Russian weekdays in the
 * accusative ("в среду"), feasts, and "day".
 */
const CALENDAR_EXTRAS = set(`tues thur thurs sept среду пятницу субботу christmas easter ramadan день дня`);

/**
 * Long month and weekday names, standalone and in a date ("Απριλίου", "Πέμπτη"), of the given
 * languages beyond those we read: an article in any of them capitalises its dates, which are
 * never names. Only names of five letters or more that no lexicon or given-name list knows:
 * "Liepa" or "Petek" name people too, "Augusta" a city.
 */
function otherCalendars(languages: readonly string[]): string[] {
  const fold = (w: string): string => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return [...monthNamesIn(languages, 'long'), ...weekdayNamesIn(languages, 'long')]
    .map((w) => w.toLowerCase())
    .filter((w) => /^\p{L}[\p{L}\p{M}]{4,}$/u.test(w) && !(fold(w) in LEXICON) && !isListedGivenName(w));
}

/**
 * Months, weekdays and time zones of the languages we read and those the country-name package
 * writes: long names, English abbreviations ("Jan", "Thu"; other languages' are ordinary words:
 * "mar", "do"), zone names of three letters or more. Their case forms are read too (below).
 */
const MAIN_CALENDAR: readonly string[] = [
  ...monthNames({ width: 'long' }),
  ...monthNames({ languages: ['en'] }),
  ...weekdayNames({ width: 'long' }),
  ...weekdayNames({ languages: ['en'] }),
  ...Object.keys(UNAMBIGUOUS_ZONES)
    .map((z) => z.toLowerCase())
    .filter((z) => z.length >= 3 && !WORDLIKE_ZONES.has(z)),
  ...CALENDAR_EXTRAS,
  ...otherCalendars(countries.getSupportedLanguages().filter((l) => !isReadLanguage(l))),
];

/**
 * Months and weekdays (never entities): those above, and the long names of every other language
 * CLDR knows (Filipino, Malagasy, Shona), a page in any of which capitalises its dates. Those only
 * as written: stems of two hundred languages' names would match ordinary words ("labo…").
 */
export const CALENDAR: ReadonlySet<string> = new Set([
  ...MAIN_CALENDAR,
  ...otherCalendars(unreadLanguages()),
]);

/** A word without its accents: a case ending may move one ("απριλίου", "απρίλιο"). */
function unaccented(w: string): string {
  return w.normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * Stems of the longer calendar words: the word less one or two letters, four at least left,
 * where a case ending goes ("πέμπτης" of "πέμπτη", "απρίλιο" of "απρίλιος").
 */
const CALENDAR_STEMS: ReadonlySet<string> = new Set(
  MAIN_CALENDAR.map(unaccented)
    .filter((w) => [...w].length >= 5)
    .flatMap((w) => [0, 1, 2].map((cut) => [...w].slice(0, [...w].length - cut).join('')))
    .filter((stem) => [...stem].length >= 4),
);

/** A month's or a weekday's name in some case form, in any language CLDR knows. */
export function isCalendarForm(word: string): boolean {
  const letters = [...unaccented(word.toLowerCase())];
  return [1, 2].some(
    (cut) => letters.length - cut >= 4 && CALENDAR_STEMS.has(letters.slice(0, -cut).join('')),
  );
}

/** The calendar's names of five letters or more, their accents and tone marks left off. */
const CALENDAR_UNMARKED: ReadonlySet<string> = new Set(
  [...CALENDAR].filter((w) => [...w].length >= 5).map(unaccented),
);

/**
 * A month's or a weekday's name spelt with marks its CLDR form leaves off, or without those it
 * has: a language written with tone marks prints them or drops them at will ("Àìkú", "Aiku").
 */
export function isCalendarSpelling(word: string): boolean {
  const l = word.toLowerCase();
  return !CALENDAR.has(l) && [...l].length >= 5 && CALENDAR_UNMARKED.has(unaccented(l));
}

/** Nationality adjectives the NLP lexicon lacks. */
export const DEMONYMS = set(`
british english irish spanish swedish polish finnish danish turkish kurdish azerbaijani azeri soviet
nordic scandinavian himalayan arab arabic persian slovenian slovakian catalan basque galician flemish
balkan baltic caucasian siberian cypriot maltese yemeni uzbek tajik kyrgyz tatar chechen bavarian
andalusian sicilian tibetan uyghur kenyan somali icelandic luxembourgish montenegrin moldovan
latin hispanic european
`);
