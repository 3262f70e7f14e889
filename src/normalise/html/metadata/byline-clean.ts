/**
 * A byline's text cut down to the names: labels, roles, places, outlets and emails dropped.
 */
import { alternation, BY_WORDS, WORK_BY, WRITER_NOUNS } from '../../../language/byline-words.js';
import { LABEL_COLONS } from '../../../language/colons.js';
import { NAME_PARTICLES } from '../../../language/name-particles.js';
import { declaredStopwords, isStopword } from '../../../language/stopwords.js';
import { isAnyGivenName } from '../../../tagging/given-names.js';
import { collapseWhitespace } from '../../text.js';
import {
  hasAndWord,
  isCaselessName,
  isNameLike,
  nameParts,
  namesRole,
  NOT_PEOPLE,
} from '../../text/lines.js';
import { type DomElement, textOf } from '../dom.js';
import { BYLINE_PREFIX } from './labels.js';
import { letters, type MetaPage } from './page.js';

/**
 * "By" in scripts and languages the prefix above cannot spell: Chinese "作者：" or "記者：" (the
 * reporter, in either script; with a full-width colon and no space), Thai "โดย", Romanian "de"
 * (lower case only: "De" opens Dutch and Flemish surnames).
 */
export const BYLINE_PREFIX_MORE = /^(?:(?:作者|撰文|文字|記者|记者)\s*[:：]\s*|โดย\s+|de\s+(?=\p{Lu}))/u;

/** "Name, Role", "Name | Role" or "Name - Role": the name alone, when the part after the separator names a role. */
function withoutRole(t: string): string {
  const m = /\s*(?:,|\s[|–—·-]\s)/.exec(t);
  if (!m || m.index === 0) return t;
  const name = t.slice(0, m.index);
  const tail = t.slice(m.index + m[0].length);
  return (namesRole(tail) ||
    namesWriterNoun(tail) ||
    namesOffice(name, tail) ||
    namesDeskInLowerCase(name, tail)) &&
    !namesRole(name)
    ? name
    : t;
}

/** Words of a desk or role written in lower case after a name at most ("press office", "staff"). */
const LOWER_DESK_MAX_WORDS = 3;

/**
 * "Ann Lee, press office", "Ana Ruiz, redacción": after a full name, a part whose every word is
 * in lower case, in a script that writes names with a capital, is the writer's desk or role in
 * words no role list knows; a second writer's name would open with a capital.
 */
function namesDeskInLowerCase(name: string, tail: string): boolean {
  const bare = withoutLabel(name);
  const words = tail.trim().split(/\s+/u);
  return (
    isNameLike(bare, 4) &&
    bare.trim().split(/\s+/u).length >= 2 &&
    words.length <= LOWER_DESK_MAX_WORDS &&
    words.every((w) => /^\p{Ll}[\p{Ll}\p{M}'’-]*$/u.test(w)) &&
    !words.some(hasAndWord)
  );
}

/**
 * "Press officer A.Lee", "Хэвлэлийн ажилтан Б.Ann": a name written as an initial joined to the
 * surname by a dot (as Mongolian and Kazakh pages sign), after words of which one is in lower
 * case: those words are the writer's role, no part of a name.
 */
const ROLE_THEN_INITIAL_NAME =
  /^(\p{L}[\p{L}\p{M}'’-]*(?:\s+\p{L}[\p{L}\p{M}'’-]*){0,4})\s+(\p{Lu}\.\s?\p{Lu}[\p{Ll}\p{M}'’-]+)$/u;

function withoutRoleBefore(t: string): string {
  const m = ROLE_THEN_INITIAL_NAME.exec(t);
  return m && m[1]!.split(/\s+/u).some((w) => /^\p{Ll}/u.test(w)) ? m[2]! : t;
}

/** Letters a language may add to a noun's end (a possessive, a case): "kirjoittaja" + "n". */
const NOUN_ENDING_MAX_LETTERS = 2;

/**
 * "Urheilun Kirjoittajan": a part whose last word is a writer's noun of the byline-word table, with
 * at most an ending of its language, names the writer's role, not a second name.
 */
export function namesWriterNoun(tail: string): boolean {
  const last = tail.trim().split(/\s+/u).pop()?.toLowerCase() ?? '';
  return WRITER_NOUNS.some((w) => last.startsWith(w) && last.length - w.length <= NOUN_ENDING_MAX_LETTERS);
}

/**
 * "Ann Lee, Office of Public Affairs", "Ann Lee, Servizio di Stampa": after a full name, a
 * capitalised phrase joined by a word in lower case that opens with no given name is the
 * writer's office or desk in words no role list knows; a second writer's name ("Bo de Vries")
 * opens with a given name.
 */
function namesOffice(name: string, tail: string): boolean {
  // "Ann Lee, of the Press Office", "Ann Lee, da Secretaria de Imprensa": short words in lower
  // case before the office's name join it to the writer (of, from, the); its words follow.
  const words = tail.trim().split(/\s+/u);
  let joined = false;
  for (let i = 0; i < MAX_OFFICE_JOINERS && isJoiner(words[0]); i++, joined = true) words.shift();
  // The box's label ("Text: Ann Lee, …") is only dropped later, after the role.
  const bare = withoutLabel(name);
  return (
    isNameLike(bare, 4) &&
    bare.trim().split(/\s+/u).length >= 2 &&
    words.length >= (joined ? 2 : 3) &&
    words.length <= 6 &&
    !/\p{Nd}/u.test(tail) &&
    /^\p{Lu}/u.test(words[0]!) &&
    !isAnyGivenName(words[0]!) &&
    (joined || words.slice(1, -1).some((w) => /^\p{Ll}+$/u.test(w))) &&
    /^\p{Lu}/u.test(words[words.length - 1]!)
  );
}

/** Words that join an office's name to the writer's at most: a preposition and an article. */
const MAX_OFFICE_JOINERS = 2;

/** A word of one to four letters in lower case, not an "and": a preposition or an article ("of", "da", "the"). */
const isJoiner = (w: string | undefined): boolean =>
  w !== undefined && /^\p{Ll}{1,4}$/u.test(w) && !hasAndWord(w);

const EMAIL = /\s*\S+@\S+\.\p{L}{2,}\s*/gu;
/**
 * "… · Photographs by X", "…, additional reporting by X": a credit for other work than the words.
 * After the medium's word, "de" is the Romance "by" ("Fotografia de X"), not a surname's particle.
 */
const OTHER_CREDIT = new RegExp(
  `\\s*(?:[|•·,;–—-]|\\band\\b)\\s*(?:photo(?:graph)?s|pictures|illustrations?|graphics|video|additional reporting|reporting|editing|edited|fotos?|fotograf\\p{L}*|bilder)\\s+(?:${alternation(BY_WORDS)}|de)\\s+.*$`,
  'iu',
);
const withoutOtherCredit = (t: string): string => t.replace(OTHER_CREDIT, '');

/**
 * "Ann Lee - examplenews", "Ann Lee | Example News": a byline that ends in the site's own name
 * (its host's name or og:site_name) keeps the names before the separator.
 */
export function withoutOwnOutlet(byline: string, url: string | null, siteName: string | null): string {
  const m = /^(.+?)\s+[-–—|/·]\s+([^-–—|/·]+)$/u.exec(byline);
  if (!m) return byline;
  let host = '';
  try {
    host = url ? (new URL(url).hostname.replace(/^www\./, '').split('.')[0] ?? '') : '';
  } catch {
    host = '';
  }
  const outlet = letters(m[2]!);
  const own = [letters(host), letters(siteName ?? '')].filter((x) => x.length >= 4);
  const same = outlet.length >= 4 && own.some((o) => o.includes(outlet) || outlet.includes(o));
  return same ? m[1]!.trim() : byline;
}

/**
 * "ብ Ann Lee" in a script without case: a word of one letter (with its marks) before a name of two
 * to four words is the language's "by", set apart; no word of a name is a lone letter there, an
 * initial carries its dot.
 */
const LONE_LETTER_BEFORE_NAME = /^\p{Lo}\p{M}*\s+(\p{Lo}[\p{Lo}\p{M}]*(?:\s+\p{Lo}[\p{Lo}\p{M}]*){1,3})$/u;

/** A word, or a word and a word in lower case, before a name of two to four words. */
const WORDS_BEFORE_NAME =
  /^(\p{Lu}[\p{Ll}\p{M}]*)(?:\s+(\p{Ll}[\p{Ll}\p{M}]*))?\s+(\p{Lu}\S*(?:\s+\S+){1,3})$/u;

/** A word in lower case before a name of two to four capitalised words. */
const LOWER_WORD_BEFORE_NAME =
  /^(\p{Ll}[\p{Ll}\p{M}]*)\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})$/u;

/**
 * "Ein Beitrag von Ann Lee", "A report by Ann Lee": one to three words, then a "by" of the
 * byline-word table in lower case, then the names.
 */
const LEAD_IN_BEFORE_BY = new RegExp(
  `^((?:\\S+\\s+){1,3}?)(?:${alternation([...BY_WORDS, ...WORK_BY])})\\s+(.+)$`,
  'u',
);

/**
 * The phrase a box prints before its "by" ("A contribution by", "Un articolo di") is no part of
 * the names: it opens with a function word of the page's language and holds no given name, where
 * a name whose particle is a "by" ("Hilma af Klint", "Ann von Berg") opens with its given name.
 */
function withoutLeadIn(byline: string, language: string | null): string {
  const m = LEAD_IN_BEFORE_BY.exec(byline);
  if (!m) return byline;
  const lead = m[1]!.trim().split(/\s+/u);
  const opensAsPhrase =
    isStopword(lead[0]!, language) || declaredStopwords(language)?.has(lead[0]!.toLowerCase());
  return opensAsPhrase && !lead.some(isAnyGivenName) && readsAsNames(m[2]!) ? m[2]! : byline;
}

/** A byline's first word, and the rest. */
const FIRST_WORD = /^(\p{L}+)\s+(.+)$/u;

/**
 * "Vum Ann Lee", "Miktub minn Bo Roe": the author's box keeps the page's "by" in a language no
 * list knows. A name holds no word in lower case but its particles, so a lower-case word before
 * the name ends the "by"; a lone word before it is one when the page's paragraphs print it in
 * lower case ("vum" in "… vum Fonds …") and it is no given name.
 */
export function withoutByWords(byline: string, page: MetaPage, language: string | null): string {
  const led = withoutLeadIn(byline, language);
  if (led !== byline) return led;
  const fn = FIRST_WORD.exec(byline);
  // "Oleh Ann Lee": a first word the page's language lists among its function words is its
  // "by", though it may be a given name in another language.
  if (fn && declaredStopwords(language)?.has(fn[1]!.toLowerCase()) && readsAsNames(fn[2]!)) return fn[2]!;
  const lone = LONE_LETTER_BEFORE_NAME.exec(byline);
  if (lone) return lone[1]!;
  // "eftir Ann Lee": a lone word in lower case before a capitalised name is the "by" as the
  // page sets it, in whatever language, unless it is a particle of the name ("van Gogh").
  const lowerBy = LOWER_WORD_BEFORE_NAME.exec(byline);
  if (lowerBy && !NAME_PARTICLES.has(lowerBy[1]!) && !hasAndWord(lowerBy[1]!) && isNameLike(lowerBy[2]!, 4))
    return lowerBy[2]!;
  const m = WORDS_BEFORE_NAME.exec(byline);
  if (!m || isAnyGivenName(m[1]!) || !isNameLike(m[3]!, 4)) return byline;
  if (m[2]) return NAME_PARTICLES.has(m[2]) ? byline : m[3]!;
  const word = m[1]!.toLowerCase();
  const lower = (p: DomElement): boolean => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(textOf(p));
  return (page.byTag.get('p') ?? []).some(lower) ? m[3]! : byline;
}

/**
 * "<name>, <role>" in a script without case: no capital tells a role from a second name, but the
 * page's structured data names its authors. The comma parts that name all of them, and after
 * them parts it names not, are the names and the role ("Ann Lee, senior reporter" where the data
 * names Ann Lee alone).
 */
export function withoutUnlistedParts(byline: string, ldAuthors: readonly string[]): string {
  const parts = byline.split(/\s*,\s*/u);
  if (parts.length < 2 || ldAuthors.length === 0 || /[\p{Lu}\p{Ll}]/u.test(byline)) return byline;
  const listed = new Set(ldAuthors.map(letters));
  const names = parts.slice(0, listed.size);
  const rest = parts.slice(listed.size);
  return names.every((p) => listed.has(letters(p))) &&
    new Set(names.map(letters)).size === listed.size &&
    rest.every((p) => !listed.has(letters(p)))
    ? names.join(', ')
    : byline;
}

/** Names only, as printed: prefix and role dropped. */
export function cleanByline(s: string): string | null {
  let t = collapseWhitespace(s.replace(/\u00a0/g, ' '));
  t = t
    .replace(BYLINE_PREFIX, '')
    .replace(BYLINE_PREFIX_MORE, '')
    .replace(/\s*[|•·—–-]\s*$/, '');
  t = withoutPlace(withoutRole(withoutRoleBefore(withoutOtherCredit(t.replace(EMAIL, ' ').trim()))));
  t = withoutLabel(t.replace(/^(?:автор|author)\s*:\s*/i, ''));
  if (/\p{Nd}/u.test(t)) t = beforeDigits(t);
  if (!t || t.length > 100 || NOT_PEOPLE.test(t) || onlyRole(t) || ACCOUNT_NAME.test(t)) return null;
  return t;
}

/** A name of two to four words, a short word in lower case, and one word in capitals. */
const NAME_THEN_PLACE = /^(\p{Lu}\S*(?:\s\S+){1,3})\s(\p{Ll}{1,3})\s(\p{Lu}[\p{L}\p{M}'’-]*)$/u;

/**
 * "Ann Lee in Kampala", "Ann Lee à Lyon": where the reporter filed from, after the name. The short
 * word is the "in" of the page's language unless it is an "and" or a name's particle ("Ann de
 * Vries"); a second name of one word after an "and" is left alone.
 */
function withoutPlace(t: string): string {
  const m = NAME_THEN_PLACE.exec(t);
  if (!m || hasAndWord(m[2]!) || NAME_PARTICLES.has(m[2]!) || !isNameLike(m[1]!, 4)) return t;
  return m[1]!;
}

/**
 * "site_admin", "jdoe": a CMS account's login, one word in lower case (underscores, dots and
 * digits allowed), that the template prints where a name goes; no person's name is written so.
 */
const ACCOUNT_NAME = /^(?=.*\p{Ll})[\p{Ll}\p{Nd}_.-]+$/u;

/** A word (and a short one in lower case) and any script's colon ("፦"), before what follows. */
export const WORD_LABEL = new RegExp(
  `^\\p{L}[\\p{L}\\p{M}]*(?:\\s\\p{Ll}[\\p{L}\\p{M}'’]{1,9})?\\s*[${LABEL_COLONS}]\\s*(.+)$`,
  'u',
);

/**
 * "Аўтар: Ann Lee", "Tekstas: Ann Lee": one word and a colon before a name is the box's label, in
 * whatever language, when what follows it reads as a name; or a word and a short one in lower
 * case after it ("the writer" of languages that put the article after the noun).
 */
function withoutLabel(t: string): string {
  const m = WORD_LABEL.exec(t);
  const name = m?.[1];
  return name !== undefined && readsAsNames(name) ? name : t;
}

/**
 * "Ann Lee kaj Bo Roe": two names of two words or more each, joined by a short word in lower
 * case, the "and" of a language no list holds (a name's particle, "de", "van", is no joiner).
 */
const UNKNOWN_JOINER = /^(\S+(?:\s\S+)+?)\s(\p{Ll}{1,5})\s(\S+(?:\s\S+)+)$/u;

/** Names, each a name, joined by commas and a known or unknown "and". */
function readsAsNames(s: string): boolean {
  if (nameParts(s).every((n) => isNameLike(n) || isCaselessName(n))) return true;
  const m = UNKNOWN_JOINER.exec(s);
  return m !== null && !NAME_PARTICLES.has(m[2]!) && isNameLike(m[1]!) && isNameLike(m[3]!);
}

/**
 * Names hold no digits: a byline box's text that runs into a date or a time ("Ann Lee · March 2
 * 2026 - 2:45pm") keeps what comes before the separator ahead of the first digit, else nothing.
 */
function beforeDigits(t: string): string {
  // Any script's digits: a Bengali or Persian date is no part of a name either.
  const head = t.slice(0, t.search(/\p{Nd}/u));
  const cut = head.search(/\s*(?:[,|•·–—]|\s-\s)[^,|•·–—]*$/u);
  return cut > 0 ? head.slice(0, cut).trim() : '';
}

/** "Staff writer", "Senior Reporter", "News desk": a role and no name, which is no byline. */
function onlyRole(t: string): boolean {
  return namesRole(t) && t.split(/\s+/).every((w) => namesRole(w) || /^(?:and|&|of|the)$/i.test(w));
}
