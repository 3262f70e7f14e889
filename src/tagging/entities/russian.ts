import { stem as snowball } from '../language.js';
import { FUNCTION_WORDS, ORG_OPENERS } from '../words.js';
import { lower, type Token } from './tokens.js';

export const isCyrillic = (w: string): boolean => /\p{Script=Cyrillic}/u.test(w);

/** Russian case endings folded (Snowball) so "Москвы", "Москву" and "Москва" share one key. */
export function stem(word: string): string {
  return isCyrillic(word) ? snowball(word.toLowerCase(), 'ru') : word;
}

/** Surname endings in any case: -ов/-ев/-ин ("Зорина", "Зориной"), -ский/-цкий ("Зарецкого"). */
const SURNAME = /(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|ою|е|ы|ых|ыми)?$|(?:ск|цк)(?:ий|ая|ого|ой|ому|ую|им|ом)$/u;
/** Adjective endings that open names of places and bodies, not of people ("Омский"). */
const ADJECTIVE_OPENER = /(?:[сц]к|н)(?:ий|ый|ая|ое|ой|ого|ому|ую|ым|им)$/u;

/** A given name and a surname: two or three Cyrillic words ending in a surname form. */
export function isRussianPersonName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || !words.every(isCyrillic)) return false;
  const first = (words[0] ?? '').toLowerCase();
  if (ADJECTIVE_OPENER.test(first) || ORG_OPENERS.has(stem(first)) || ORG_OPENERS.has(first)) return false;
  return SURNAME.test((words[words.length - 1] ?? '').toLowerCase());
}

/** "Метеобюро Ольги Зориной": a body's name followed by a person's is split in two. */
export function splitTrailingPerson(words: string[]): string[][] {
  if (words.length < 3) return [words];
  const tail = words.slice(-2);
  return isRussianPersonName(tail) ? [words.slice(0, -2), tail] : [words];
}

const RU_ADJECTIVE = /(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их)$/u;
/** Nouns that such an adjective names a region or body with ("область", "университет"). */
export const RU_BODY_NOUNS =
  /^(област|кра|район|громад|округ|республик|университет|институт|академи|метрополитен|музе|театр|завод|комбинат|центр|совет|дум|суд|банк|администраци|правительств|министерств|полици|больниц|школ|библиотек|обозревател|газет|вестник)/u;
/** Adjectives made from place names, Russian ("Омская", "Пермского") or Ukrainian ("Омському"). */
const RU_PLACE_ADJECTIVE = /[сц]ь?к(ий|ая|ое|ой|ого|ому|им|ую|их|ие|ом|а|у|ої|ій|ім|ою|і)$/u;

/**
 * Russian names of bodies and regions continue in lowercase: "Омская область",
 * "Пермский государственный университет", "Институт химии".
 */
export function extendRussian(tokens: Token[], end: number): number {
  const last = tokens[end];
  if (!last || !isCyrillic(last.text)) return end;
  const lowerWord = (k: number): boolean => {
    const t = tokens[k];
    return (
      !!t &&
      t.word &&
      t.spaced &&
      /^\p{Ll}/u.test(t.text) &&
      isCyrillic(t.text) &&
      !FUNCTION_WORDS.has(t.text)
    );
  };
  let e = end;
  if (RU_PLACE_ADJECTIVE.test(last.text) && lowerWord(e + 1)) {
    while (lowerWord(e + 1) && RU_ADJECTIVE.test(tokens[e + 1]?.text ?? '')) e++;
    const noun = tokens[e + 1]?.text ?? '';
    if (lowerWord(e + 1) && RU_BODY_NOUNS.test(noun)) return e + 1;
    return end;
  }
  if (ORG_OPENERS.has(stem(lower(last.text))) || ORG_OPENERS.has(lower(last.text))) {
    while (lowerWord(e + 1) && e - end < 3) e++;
  }
  return e;
}

/** A Russian institution word in its dictionary form ("Институте" → "Институт"). */
export function nominative(w: string): string {
  if (!isCyrillic(w)) return w;
  const s = stem(lower(w));
  if (!ORG_OPENERS.has(s) || s === lower(w)) return w;
  return w.charAt(0) + s.slice(1);
}

/** Region nouns in the nominative, by their stem, with the gender their adjective takes. */
const REGION_NOUNS: readonly (readonly [RegExp, string, 'm' | 'f'])[] = [
  [/^район(?:а|е|у|ом|і|ах|ам|ов|ы|и)?$/u, 'район', 'm'],
  [/^округ(?:а|е|у|ом|і|ах|ам|ов|и)?$/u, 'округ', 'm'],
  [/^област(?:ь|и|ью|і|ей|ях|ям|ю)$/u, 'область', 'f'],
  [/^громад(?:а|и|і|у|ою|ой|ам|ах)$/u, 'громада', 'f'],
];

/** Ukrainian, told by its letters or its softened "-ськ"/"-цьк" ("Полтавську"). */
const UKRAINIAN = /[іїєґ]|[сц]ьк/u;

/** An adjective before a region noun in the nominative of the noun's gender ("Ленинском" → "Ленинский"). */
function adjectiveNominative(adjective: string, gender: 'm' | 'f'): string | null {
  const ending = UKRAINIAN.test(adjective)
    ? /(ого|ому|ий|им|ім|ої|ій|ою|у|а)$/u
    : /(ого|ому|ый|ий|ой|ым|им|ом|ая|ую|ей)$/u;
  const stemmed = adjective.replace(ending, '');
  if (stemmed === adjective || stemmed.length < 3) return null;
  if (UKRAINIAN.test(adjective)) return stemmed + (gender === 'm' ? 'ий' : 'а');
  if (gender === 'f') return `${stemmed}ая`;
  return stemmed + (/[кгхжшчщ]$/u.test(stemmed) ? 'ий' : 'ый');
}

/**
 * A region named by an adjective and a noun, Russian or Ukrainian, in its dictionary form:
 * "в Ленинском районе" → "Ленинский район", "Полтавську область" → "Полтавська область".
 * Any other name comes back as it is.
 */
export function regionNominative(words: readonly string[]): readonly string[] {
  const [adjective = '', noun = ''] = words;
  if (words.length !== 2 || !isCyrillic(adjective) || !/^\p{Lu}/u.test(adjective)) return words;
  const region = REGION_NOUNS.find(([form]) => form.test(noun));
  // A masculine noun in its dictionary form (nominative, or the accusative, the same) has its
  // adjective in that form too, whatever it ends in: "-ой" is then the stressed ending
  // ("Лесной район"), not an oblique case. A feminine one's accusative differs ("Вербівську область").
  if (!region || (region[2] === 'm' && noun === region[1])) return words;
  const nominativeForm = adjectiveNominative(adjective, region[2]);
  return nominativeForm ? [nominativeForm, region[1]] : words;
}
