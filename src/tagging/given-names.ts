import { faker as cs } from '@faker-js/faker/locale/cs_CZ';
import { faker as da } from '@faker-js/faker/locale/da';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as en } from '@faker-js/faker/locale/en';
import { faker as el } from '@faker-js/faker/locale/el';
import { faker as enAU } from '@faker-js/faker/locale/en_AU';
import { faker as enGB } from '@faker-js/faker/locale/en_GB';
import { faker as enGH } from '@faker-js/faker/locale/en_GH';
import { faker as enIE } from '@faker-js/faker/locale/en_IE';
import { faker as enIN } from '@faker-js/faker/locale/en_IN';
import { faker as enNG } from '@faker-js/faker/locale/en_NG';
import { faker as enZA } from '@faker-js/faker/locale/en_ZA';
import { faker as hy } from '@faker-js/faker/locale/hy';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as fi } from '@faker-js/faker/locale/fi';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as hr } from '@faker-js/faker/locale/hr';
import { faker as hu } from '@faker-js/faker/locale/hu';
import { faker as id } from '@faker-js/faker/locale/id_ID';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as lv } from '@faker-js/faker/locale/lv';
import { faker as mk } from '@faker-js/faker/locale/mk';
import { faker as nb } from '@faker-js/faker/locale/nb_NO';
import { faker as nl } from '@faker-js/faker/locale/nl';
import { faker as nlBE } from '@faker-js/faker/locale/nl_BE';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as ptBR } from '@faker-js/faker/locale/pt_BR';
import { faker as ptPT } from '@faker-js/faker/locale/pt_PT';
import { faker as ro } from '@faker-js/faker/locale/ro';
import { faker as sk } from '@faker-js/faker/locale/sk';
import { faker as sl } from '@faker-js/faker/locale/sl_SI';
import { faker as sr } from '@faker-js/faker/locale/sr_RS_latin';
import { faker as ru } from '@faker-js/faker/locale/ru';
import { faker as sv } from '@faker-js/faker/locale/sv';
import { faker as tr } from '@faker-js/faker/locale/tr';
import { faker as uk } from '@faker-js/faker/locale/uk';
import { faker as afZA } from '@faker-js/faker/locale/af_ZA';
import { faker as az } from '@faker-js/faker/locale/az';
import { faker as deAT } from '@faker-js/faker/locale/de_AT';
import { faker as deCH } from '@faker-js/faker/locale/de_CH';
import { faker as enCA } from '@faker-js/faker/locale/en_CA';
import { faker as esMX } from '@faker-js/faker/locale/es_MX';
import { faker as frBE } from '@faker-js/faker/locale/fr_BE';
import { faker as frCA } from '@faker-js/faker/locale/fr_CA';
import { faker as frCH } from '@faker-js/faker/locale/fr_CH';
import { faker as frLU } from '@faker-js/faker/locale/fr_LU';
import { faker as frSN } from '@faker-js/faker/locale/fr_SN';
import { faker as roMD } from '@faker-js/faker/locale/ro_MD';
import { faker as uzLatin } from '@faker-js/faker/locale/uz_UZ_latin';
import { faker as yoNG } from '@faker-js/faker/locale/yo_NG';
import { faker as zuZA } from '@faker-js/faker/locale/zu_ZA';
import type { Faker } from '@faker-js/faker';
import { stopwordLanguages, type StopwordLanguage } from '../language/stopwords.js';

/** A locale's raw first-name lists, however it splits them (generic, female, male). */
type FirstNames = Record<string, readonly string[] | undefined> | undefined;

/** The fake-data locale whose names each language we read uses (Catalan has none). */
const LOCALES: Partial<Record<StopwordLanguage, readonly Faker[]>> = {
  cs: [cs],
  da: [da],
  de: [de],
  en: [en],
  es: [es],
  fi: [fi],
  fr: [fr],
  hu: [hu],
  it: [it],
  nb: [nb],
  nl: [nl],
  pl: [pl],
  pt: [ptBR, ptPT],
  ro: [ro],
  ru: [ru],
  sv: [sv],
  tr: [tr],
  uk: [uk],
};

/**
 * Given names by language, from the name lists of a fake-data package's locales, lower-cased.
 * compromise's lexicon knows English given names only; these tell "Søren", "Jörgen" or "Hakan"
 * from a role or an ordinary word before them. By language, because one language's given name
 * is another's ordinary word (Finnish "Ville", French "ville").
 */
function buildGivenNames(): ReadonlyMap<StopwordLanguage, ReadonlySet<string>> {
  const out = new Map<StopwordLanguage, ReadonlySet<string>>();
  for (const [language, locales] of Object.entries(LOCALES) as [StopwordLanguage, readonly Faker[]][])
    out.set(language, firstNamesOf(locales));
  return out;
}

/** The first names of some locales, lower-cased: single capitalised words only. */
function firstNamesOf(locales: readonly Faker[]): Set<string> {
  const names = new Set<string>();
  for (const f of locales) {
    const lists = f.rawDefinitions.person?.first_name as FirstNames;
    for (const list of Object.values(lists ?? {}))
      for (const name of list ?? []) if (/^\p{Lu}\p{Ll}+$/u.test(name)) names.add(name.toLowerCase());
  }
  return names;
}

/** Built once, when tagging is first loaded: the calendar words and the gazetteer both read it. */
export const GIVEN_NAMES = buildGivenNames();

/**
 * Locales of languages whose articles we cannot tell by their function words (Croatian, Slovak,
 * Latvian, Greek, Armenian…), and English and Dutch as written outside the US and the
 * Netherlands (Ghana, Nigeria, India, South Africa, Flanders), and the regional locales of the
 * package (Swiss and Austrian German, Senegalese and Belgian French, Zulu, Yoruba, Uzbek…), whose
 * names an article of the region uses whatever its language: their given names are another signal.
 */
const OTHER_LOCALES: readonly Faker[] = [
  afZA,
  az,
  deAT,
  deCH,
  enCA,
  esMX,
  frBE,
  frCA,
  frCH,
  frLU,
  frSN,
  roMD,
  uzLatin,
  yoNG,
  zuZA,
  el,
  enAU,
  enGB,
  enGH,
  enIE,
  enIN,
  enNG,
  enZA,
  hr,
  hy,
  id,
  lv,
  mk,
  nlBE,
  sk,
  sl,
  sr,
];

/** The given names of every language's list in GIVEN_NAMES, in one set (lower case). */
const LISTED_GIVEN_NAMES: ReadonlySet<string> = new Set(
  [...GIVEN_NAMES.values()].flatMap((names) => [...names]),
);

/** A given name of some language's list in GIVEN_NAMES (`word` in lower case). */
export const isListedGivenName = (word: string): boolean => LISTED_GIVEN_NAMES.has(word);

/**
 * Given names of every list, whatever the article's language. Only where a person's name begins
 * after a role word is it asked ("Bæjarstjórinn Anna María Jónsdóttir"): as evidence that a run
 * is a person it would let one language's name ("Ville") stand for another's word ("ville").
 */
const ANY_GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...LISTED_GIVEN_NAMES,
  // A name that is some language's function word ("El", "An") tells nothing where that language is read.
  ...[...firstNamesOf(OTHER_LOCALES)].filter((n) => !stopwordLanguages(n).length),
]);

/** A given name in any list we have (any case). */
export const isAnyGivenName = (word: string): boolean => ANY_GIVEN_NAMES.has(word.toLowerCase());
