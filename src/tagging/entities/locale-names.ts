import { sharedPrefixLength } from '../../language/word-forms.js';
import type { Faker } from '@faker-js/faker';
import { faker as ar } from '@faker-js/faker/locale/ar';
import { faker as bn } from '@faker-js/faker/locale/bn_BD';
import { faker as fa } from '@faker-js/faker/locale/fa';
import { faker as he } from '@faker-js/faker/locale/he';
import { faker as ja } from '@faker-js/faker/locale/ja';
import { faker as ka } from '@faker-js/faker/locale/ka_GE';
import { faker as ko } from '@faker-js/faker/locale/ko';
import { faker as ne } from '@faker-js/faker/locale/ne';
import { faker as th } from '@faker-js/faker/locale/th';
import { faker as ur } from '@faker-js/faker/locale/ur';
import { faker as zh } from '@faker-js/faker/locale/zh_CN';
import { faker as zhTW } from '@faker-js/faker/locale/zh_TW';
import countries from 'i18n-iso-countries';
import * as sw from 'stopword';
import { CLDR_LANGUAGES } from '../../language/cldr-languages.js';

/**
 * Places and persons of scripts without capitals, from the fake-data package's locales: their
 * city, province and given-name lists are written in the script itself ("ქუთაისი", "খুলনা",
 * "พิษณุโลก"); and countries and continents as every language CLDR writes in such a script
 * calls them (Intl.DisplayNames). A place is found as a word of its own or that word with a case
 * ending glued on ("ქუთაისში", "খুলনায়"); in scripts written without spaces (Thai, Chinese) inside a longer
 * run. A person is a listed given name and the word after it.
 */

type Raw = Record<string, readonly string[]> | readonly string[] | undefined;
const flat = (raw: Raw): readonly string[] => (Array.isArray(raw) ? raw : Object.values(raw ?? {}).flat());

interface Script {
  letters: RegExp;
  locales: readonly Faker[];
  /** Written without spaces between words: names are found inside runs. */
  unspaced: boolean;
  /** Function words of its languages (the `stopword` package), which no surname is. */
  stopwords: readonly string[];
  /** Its given names are also ordinary words ("امید", hope): persons are left to other cues. */
  noPersons?: boolean;
  /** Does not glue case endings to names, so only the whole word is a name. */
  uninflected?: boolean;
  /** Writes a syllable per character (Ethiopic): its names are half as long in characters. */
  syllabic?: boolean;
}

const SCRIPTS: readonly Script[] = [
  { letters: /\p{Script=Bengali}/u, locales: [bn], unspaced: false, stopwords: sw.ben },
  { letters: /\p{Script=Georgian}/u, locales: [ka], unspaced: false, stopwords: [] },
  {
    letters: /\p{Script=Arabic}/u,
    locales: [fa, ur, ar],
    unspaced: false,
    stopwords: [...sw.ara, ...sw.fas, ...sw.urd],
    noPersons: true,
    uninflected: true,
  },
  {
    letters: /\p{Script=Hebrew}/u,
    locales: [he],
    unspaced: false,
    stopwords: sw.heb,
    noPersons: true,
    uninflected: true,
  },
  { letters: /\p{Script=Devanagari}/u, locales: [ne], unspaced: false, stopwords: sw.hin, noPersons: true },
  { letters: /\p{Script=Thai}/u, locales: [th], unspaced: true, stopwords: sw.tha },
  {
    letters: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
    locales: [ja],
    unspaced: true,
    stopwords: sw.jpn,
    noPersons: true,
  },
  { letters: /\p{Script=Han}/u, locales: [zh, zhTW], unspaced: true, stopwords: sw.zho },
  { letters: /\p{Script=Hangul}/u, locales: [ko], unspaced: false, stopwords: sw.kor, noPersons: true },
  ...[
    'Gurmukhi Gujarati Oriya Tamil Telugu Kannada Malayalam Sinhala Ethiopic Thaana',
    'Khmer Lao Myanmar Tibetan',
  ].flatMap((names, unspaced) =>
    names.split(' ').map((name): Script => ({
      letters: new RegExp(`\\p{Script=${name}}`, 'u'),
      locales: [],
      unspaced: unspaced === 1,
      stopwords: [],
      noPersons: true,
      syllabic: name === 'Ethiopic',
    })),
  ),
];

/** UN M.49 codes of the continents, which Intl.DisplayNames names like countries. */
const CONTINENTS = ['002', '009', '019', '142', '150'];

/** The continents as a language calls them (Intl.DisplayNames: "Europa", "Afrika" in German), lower case. */
export function continentNames(lang: string): ReadonlySet<string> {
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  return new Set(CONTINENTS.flatMap((c) => names.of(c)?.toLowerCase() ?? []));
}

/**
 * Every country's and continent's name in each CLDR language, by the script it is written in
 * (the one of the first listed script its name of Japan is written in).
 */
function territoryNames(): ReadonlyMap<Script, readonly string[]> {
  const codes = [...Object.keys(countries.getAlpha2Codes()), ...CONTINENTS];
  const out = new Map<Script, string[]>();
  for (const lang of CLDR_LANGUAGES) {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    const probe = names.of('JP') ?? '';
    const script = SCRIPTS.find((s) => s.letters.test(probe));
    if (script) out.set(script, [...(out.get(script) ?? []), ...codes.flatMap((c) => names.of(c) ?? [])]);
  }
  return out;
}

/** Letters of a word in these scripts, with their vowel signs and the zero-width (non-)joiner. */
const WORD = /[\p{L}\p{M}\u200c\u200d]+/gu;

/** A case ending glued to a place name is short: a letter or two, with its signs. */
const MAX_ENDING = 4;
/** Shortest country or continent name looked for. */
const MIN_TERRITORY = 5;
/** The same in a script that writes a syllable per character ("ኤርትራ", Eritrea). */
const MIN_SYLLABIC_TERRITORY = 3;
/** Shorter names are too often a word or a syllable of one. */
const MIN_NAME = 3;

interface Lists {
  places: readonly string[];
  given: ReadonlySet<string>;
}

/** A script's place and given names (those of its locales that are written in it). */
function listsOf(script: Script, territories: ReadonlyMap<Script, readonly string[]>): Lists {
  const inScript = (n: string): boolean => script.letters.test(n);
  const places = new Set<string>();
  const given = new Set<string>();
  for (const f of script.locales) {
    const { location, person } = f.rawDefinitions;
    for (const n of [...flat(location?.city_name as Raw), ...flat(location?.state as Raw)])
      if (inScript(n) && n.trim().length >= MIN_NAME) places.add(n.trim());
    for (const n of flat(person?.first_name as Raw)) if (inScript(n) && !n.includes(' ')) given.add(n);
  }
  // Short ones are too often a word as well ("பெரு", Peru, is "big"); inside the runs of a
  // script without spaces even more so.
  if (!script.unspaced)
    for (const n of territories.get(script) ?? [])
      if (n.length >= (script.syllabic ? MIN_SYLLABIC_TERRITORY : MIN_TERRITORY)) places.add(n);
  // Longer names first, so "اسلام آباد" is found before a shorter name inside it.
  return { places: [...places].sort((a, b) => b.length - a.length), given };
}

/** Each script's lists, read once: the packages' lists do not change while the program runs. */
const LISTS: ReadonlyMap<Script, Lists> = (() => {
  const territories = territoryNames();
  return new Map(SCRIPTS.map((s) => [s, listsOf(s, territories)]));
})();

/** The script of a text among those with lists, if any. */
const scriptOf = (text: string): Script | undefined => SCRIPTS.find((s) => s.letters.test(text));

export interface LocaleNames {
  people: string[];
  places: string[];
}

/** Places and persons a text names, when it is written in a script listed above; else none. */
export function localeNames(text: string): LocaleNames {
  const script = scriptOf(text);
  const out: LocaleNames = { people: [], places: [] };
  if (!script) return out;
  const { places, given } = LISTS.get(script) ?? { places: [], given: new Set<string>() };
  const stopwords = new Set(script.stopwords);
  const add = (list: string[], n: string): void => {
    if (!list.includes(n)) list.push(n);
  };
  if (script.unspaced) {
    for (const p of places) if (p.length >= MIN_NAME + 1 && text.includes(p)) add(out.places, p);
    // "นายประเสริฐ วงศ์ทอง": a given name ends a run (a title may be glued before it).
    const words = text.match(WORD) ?? [];
    words.forEach((w, i) => {
      const next = words[i + 1];
      const name = [...given].find((g) => g.length >= MIN_NAME && w.endsWith(g));
      if (name && next && !stopwords.has(next)) add(out.people, `${name} ${next}`);
    });
    return out;
  }
  const words = text.match(WORD) ?? [];
  const people = new Map<string, string[]>();
  words.forEach((w, i) => {
    for (const p of places) {
      const parts = p.split(/\s+/);
      const run = words.slice(i, i + parts.length);
      const lastPart = parts[parts.length - 1] ?? '';
      const lastWord = run[run.length - 1] ?? '';
      const fits =
        run.length === parts.length &&
        parts.slice(0, -1).every((x, k) => x === run[k]) &&
        (script.uninflected ? lastWord === lastPart : caseForm(lastWord, lastPart));
      if (fits) {
        add(out.places, p);
        break;
      }
    }
    const next = words[i + 1];
    if (!script.noPersons && given.has(w) && next && !stopwords.has(next) && !given.has(next)) {
      const forms = people.get(w) ?? [];
      forms.push(next);
      people.set(w, forms);
    }
  });
  // One person's surname in several cases ("ჩხეიძე", "ჩხეიძის"): the shortest form stands for all.
  for (const [g, forms] of people) {
    const groups: string[][] = [];
    for (const f of forms) {
      const same = groups.find((x) => sharedStem(x[0] ?? '', f));
      if (same) same.push(f);
      else groups.push([f]);
    }
    for (const x of groups) add(out.people, `${g} ${[...x].sort((a, b) => a.length - b.length)[0] ?? ''}`);
  }
  return out;
}

/**
 * A word is a name in some case: the name itself, or with an ending glued on ("ქუთაისში" of
 * "ქუთაისი"), which may take the place of the name's last vowel.
 */
export function caseForm(word: string, name: string): boolean {
  if (word === name) return true;
  const stem = word.startsWith(name) ? name : name.length >= 5 ? name.slice(0, -1) : null;
  return (
    !!stem && word.startsWith(stem) && word.length > stem.length && word.length - stem.length <= MAX_ENDING
  );
}

/** Two case forms of one word: all but a short ending in common. */
function sharedStem(a: string, b: string): boolean {
  const n = sharedPrefixLength(a, b);
  return n >= 3 && a.length - n <= MAX_ENDING && b.length - n <= MAX_ENDING;
}
