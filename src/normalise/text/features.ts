import {
  furnitureKind,
  inlineRelated,
  isBreadcrumb,
  isConsentText,
  isCopyright,
  isFormatLabel,
  isNetworkName,
  keyOf,
  type FurnitureKind,
} from './furniture.js';
import { BY_WORDS, alternation } from '../../language/byline-words.js';
import { NAME_PARTICLES } from '../../language/name-particles.js';
import { EMAIL_WORD } from '../text.js';
import { endsAsOrganisation } from '../../language/organisation-forms.js';
import { ownFunctionWords } from '../../language/stopwords.js';
import { isListedGivenName } from '../../tagging/given-names.js';
import { datesIn, isDateLine, mentionsDate, type DateInfo } from './dates.js';
import {
  NOT_PEOPLE,
  SENTENCE_BREAK,
  endsSentence,
  imageCaptionText,
  imageSourceCredit,
  isHeadlineLike,
  isCaselessName,
  isLabelLike,
  isNameLike,
  isParagraph,
  endsOnQuotedName,
  isRoleLine,
  hasAndWord,
  nameParts,
  namesRole,
  isWireCaption,
  labelledAuthor,
  markedCaption,
  menuRow,
  CRUMBS_MENU,
  outletCredit,
  parseByline,
  REPORTER_PLACE,
  rowParts,
  wordCount,
  type BylineHit,
  type CaptionParts,
} from './lines.js';

/**
 * The general features of one line of a text dump, computed once per line. Every decision about
 * a line (headline, section, byline, standfirst, caption, body, furniture) reads these names, so
 * the rules say what phenomenon they act on rather than which pattern they test.
 */
export interface Line {
  text: string;
  /** Comparison key: case, quotes and white space ignored. */
  key: string;
  /** How many lines of the document have this key (a repeated headline, a nav item printed twice). */
  recurs: number;
  words: number;
  /** Site furniture by function (control, promotion, list header, footer), or null. */
  furniture: FurnitureKind | null;
  /** Furniture of any kind, cookie banners and breadcrumb trails included: never article text. */
  noise: boolean;
  /** A breadcrumb trail ("Home › World › Africa"). */
  breadcrumb: boolean;
  /** A format badge ("Live", "Analysis"). */
  badge: boolean;
  /** A line that only states a date or time ("4 March 2026, 10:15 GMT", "Posted at 09:30"). */
  dateLine: boolean;
  /** Only a date, a time or a relative time, nothing else (the strict form of `dateLine`). */
  timeLine: boolean;
  /** The dates a date line states, labelled ("Published: …", "Updated: …") or not. */
  dates: DateInfo[];
  /** A byline with its prefix ("By Ann Lee", "Von Ann Lee", "Автор: Анна Ли"). */
  byline: BylineHit | null;
  /**
   * An author printed without "By": a name alone ("Ann Lee"), with a role ("Ann Lee, Staff
   * Writer"), or in a row of metadata ("Ann Lee · 5 min read · 4 March 2026"). The name, or null.
   */
  author: string | null;
  /** The line is printed again with a site name ("Headline | Example News"): a page title. */
  echoed: boolean;
  /** Short, no sentence punctuation: a role, a place, a source. */
  roleShaped: boolean;
  /** A credit printed alone ("Image source, Agency", "Photo: Ann Lee"). */
  credit: string | null;
  /** A caption with its credit marked ("… ©  Name/Agency", "Image caption, …", "… Photo: Name"). */
  caption: CaptionParts | null;
  /** A credit line without a marker ("Ann Lee for Example Weekly", "Ann Lee/Agency"), or null. */
  outletCredit: string | null;
  /** A wire caption, ending in the picture desk's licensing link. */
  wireCaption: boolean;
  /** A caption or credit by its explicit marker alone (the strict test used inside the body). */
  markedInBody: CaptionParts | null;
  /** "Image source, X" / "Image caption, X" pairs. */
  imagePair: boolean;
  /** Label-shaped: short, no sentence punctuation (section, nav item, kicker). */
  label: boolean;
  /** Emphatic: all capitals, or wholly in quotes (a kicker over a headline). */
  emphatic: boolean;
  /** Headline-shaped: several words, not a sentence ending in a full stop. */
  headline: boolean;
  /** A paragraph of prose: sentence punctuation with several words, or plainly long. */
  prose: boolean;
  /** Ends like a sentence (full stop, question or exclamation mark, closing quote). */
  terminal: boolean;
  /** The title of an inline related link ("Read more: X", "Lire aussi | X"), or null. */
  related: string | null;
  /** An absolute URL the page states for itself ("Article URL: https://…"), or null. */
  statedUrl: string | null;
  /** "Label: value", the label one or two words of any language ("Dealbh: Ann Lee"), or null. */
  labelled: Labelled | null;
  /**
   * A row of a table or a box printed a line each: one of a run of lines parted into as many
   * cells by the same separator ("Town | Wind | Rain", "Zone – level – from 09:00").
   */
  row: boolean;
  /** The site's copyright or rights line (its footer), found once here for every reader. */
  copyright: boolean;
  /** A blank line stands above it in the dump: it opens a block (set by the dump's reader). */
  gapAbove?: boolean;
}

export interface Labelled {
  label: string;
  value: string;
}

/**
 * A label of one or two words (letters, marks, an apostrophe inside) and a colon of any script
 * (":", "：", Khmer "៖", Ethiopic "፡"), then the value.
 */
const LABELLED = /^(\p{L}[\p{L}\p{M}'’]{1,20}(?:\s\p{L}[\p{L}\p{M}'’]{1,20})?)\s*[:：៖፡]\s*(\S.*)$/u;

export function labelledLine(text: string): Labelled | null {
  const m = LABELLED.exec(text);
  return m ? { label: m[1]!, value: m[2]!.trim() } : null;
}

/** Comparison key for repeated text: case, quotes and white space ignored. */
export const sameKey = (s: string): string =>
  s
    .toLowerCase()
    // Turkish and Azerbaijani case "ı" with "I" and "i" with "İ" (lower case "i" and a dot above).
    .replace(/ı|i\u0307/gu, 'i')
    .replace(/[\u2018\u2019\u201a'`]/g, "'")
    .replace(/[\u201c\u201d\u201e"«»]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/**
 * A row of clock times, each with a word or two: "today, 07:58 • Changed today, 11:14". The words
 * (relative days, labels) differ in every language; the clock time in each part does not.
 */
function isClockRow(l: string): boolean {
  if (l.length > 80) return false;
  return rowParts(l).every(
    (p) => /(?<![\d:.,])\d{1,2}[:.h]\d{2}(?![\d:.,])/u.test(p) && wordCount(p) <= 3 && !/[.!?]$/u.test(p),
  );
}

/**
 * "… · 4 min.", "… | Lesezeit 3 Min.": a count with an abbreviated unit closes a meta row; its
 * point abbreviates, it ends no sentence.
 */
const UNIT_AT_END = /\d\s*\p{L}{1,4}\.$/u;

/** A short line naming a date that is not a sentence ("Harbour Town - 3 MAY 2026 - 10:15 CEST"). */
export const isDateish = (l: string): boolean =>
  isDateLine(l) ||
  isClockRow(l) ||
  (mentionsDate(l) &&
    l.length <= 80 &&
    wordCount(l) <= 14 &&
    (!/[.!?]$/.test(l) || UNIT_AT_END.test(l)) &&
    !/[\p{L}\d]{3}\.\s+\p{Lu}/u.test(l));

/** "Article URL: https://…", "Printed from https://…": a short label and one absolute URL. */
function statedUrl(line: string): string | null {
  if (line.length > 400) return null;
  const urls = line.match(/https?:\/\/[^\s<>"]+/giu) ?? [];
  if (urls.length !== 1) return null;
  const url = urls[0]!.replace(/[.,;)]+$/u, '');
  const label = line.replace(urls[0]!, ' ').trim();
  if (wordCount(label) > 6 || SENTENCE_BREAK.test(label)) return null;
  // A page's own address has a path; a bare domain is the site's name, and a short link's code
  // (a shortener's alias) is not the address the page is kept under.
  return /^https?:\/\/[^/]+\/[^\s]+/u.test(url) && !isShortLink(url) ? url : null;
}

/** Characters of a short link's code at most ("/x4Fq2"); a slug or an article id runs longer or reads. */
const SHORT_CODE_MAX = 10;

/**
 * "https://example.com/x4Fq2": one path segment of a few letters and digits mixed, nothing else
 * (no slug's hyphen, no extension, no query) — a short link's code.
 */
function isShortLink(url: string): boolean {
  const code = /^https?:\/\/[^/?#]+\/([A-Za-z0-9]+)\/?$/u.exec(url)?.[1];
  return code !== undefined && code.length <= SHORT_CODE_MAX && /\d/u.test(code) && /[A-Za-z]/u.test(code);
}

const EMAIL = new RegExp(EMAIL_WORD.source, 'gu');
/** The label before a contact address is a word or two and a colon ("E-mail:", "Kontakt:"). */
const CONTACT_LABEL_MAX_WORDS = 3;

/**
 * A line stating one e-mail address, alone or after a short label ("ann.lee@example.com" under a
 * byline, "E-mail: desk@example.com"): contact furniture, never a standfirst or a paragraph. A
 * name before the address without a colon ("Ann Lee ann.lee@example.com") is a byline.
 */
function isStatedEmail(line: string): boolean {
  if (line.length > 120) return false;
  const found = line.match(EMAIL) ?? [];
  if (found.length !== 1) return false;
  const label = line.replace(found[0]!, ' ').trim();
  return label === '' || (/^[^.!?]+:$/u.test(label) && wordCount(label) <= CONTACT_LABEL_MAX_WORDS);
}

/** All capitals, or wholly in quotes: the style of a kicker over a headline. */
function isEmphatic(t: string): boolean {
  if (t.length > 40) return false;
  const quoted = /^['‘"“«].+['’"”»][!?]?$/u.test(t);
  const capitals = /\p{Lu}{2}/u.test(t) && !/\p{Ll}/u.test(t);
  return quoted || capitals;
}

/** A name-shaped line: an author printed without "By" ("Ann Lee", "ANA MARÍA RUIZ"). */
/** Capitalised words in an author's name; particles ("van der", "de la") come on top. */
const AUTHOR_NAME_WORDS = 4;
const AUTHOR_NAME_PARTICLES = 2;
/** Longer than any name isNameLike accepts: no need to split it. */
const AUTHOR_NAME_MAX_CHARS = 60;

function isAuthorName(t: string): boolean {
  if (t.length > AUTHOR_NAME_MAX_CHARS) return false;
  const words = t.split(' ');
  const particles = words.filter((w) => NAME_PARTICLES.has(w)).length;
  return (
    particles <= AUTHOR_NAME_PARTICLES &&
    isNameLike(t, AUTHOR_NAME_WORDS + particles) &&
    wordCount(t) >= 2 &&
    !isFormatLabel(t) &&
    !NOT_PEOPLE.test(words[0]!) &&
    !endsAsOrganisation(t)
  );
}

/** Words of a role in lower case after a name ("Ann Lee, correspondent"). */
const LOWER_ROLE_MAX_WORDS = 3;
/** Words in lower case, a hyphen inside one ("press-officer", "пресс-секретарь"). */
const LOWER_WORDS = /^\p{Ll}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*(?:\s\p{Ll}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*)*$/u;

/**
 * "Ann Lee, Staff Writer", "ANN LEE | Health reporter", "Ann Lee · Staff Writer": a name and a
 * role, without "By". In a
 * language no list knows: a role of a few words in lower case after the comma (a name is
 * capitalised), or one capitalised word after a bar or a dash, where the reporter writes from
 * ("Ann Lee | Bilbao", "ANN LEE - Millbrook").
 */
function nameWithRole(t: string): string | null {
  const m = /^(.{3,60}?)(\s*[,|]\s*|\s+[-–—·•]\s+)(.{2,60})$/u.exec(t);
  if (!m) return null;
  const name = m[1]!.trim();
  if (!isAuthorName(name)) return null;
  const tail = m[3]!.trim();
  const lowerRole = m[2]!.trim() === ',' && LOWER_WORDS.test(tail) && wordCount(tail) <= LOWER_ROLE_MAX_WORDS;
  // "Ann Lee | Reporter inTown": after a bar, a short phrase with a word in lower case is a role
  // in words no list knows; a second name would be capitalised throughout.
  const barRole =
    m[2]!.trim() === '|' &&
    wordCount(tail) <= LOWER_ROLE_MAX_WORDS &&
    !/\d/u.test(tail) &&
    tail.split(/\s+/u).some((w) => /^\p{Ll}/u.test(w));
  // "Ann Lee, Bern" too: one capitalised word after a name is where she files from (a role in
  // capitals is a word list's business, above).
  return namesRole(tail) || lowerRole || barRole || isTownWord(tail) ? name : null;
}

/** One capitalised word, as a reporter's town after her name is printed ("Bern", "Saint-Malo"). */
const isTownWord = (w: string): boolean => /^\p{Lu}[\p{Ll}\p{M}-]+$/u.test(w);

/**
 * "Ann Lee at Example Park", "Bo Roe in Kyiv": a name, then where the reporter was, after the
 * language's "at" or "in" (the same words a "By" line's place is cut at). The name, or null.
 */
function nameAtPlace(t: string): string | null {
  const m = REPORTER_PLACE.exec(t);
  if (!m || m.index === 0) return null;
  const name = t.slice(0, m.index);
  return isAuthorName(name) ? name : null;
}

/**
 * "Ann Lee · 5 min read · 4 March 2026": one name among dates and controls; the name may carry
 * its label ("4 March 2026 · Words: Ann Lee · 5 min.").
 */
function metaRowAuthor(t: string): string | null {
  if (t.length > 160) return null;
  const parts = rowParts(t);
  if (parts.length < 2) return null;
  const nameOf = (p: string): string | null => (isAuthorName(p) ? p : labelledAuthor(p));
  const names = parts.filter((p) => nameOf(p) !== null);
  const rest = parts.filter((p) => nameOf(p) === null);
  const meta = (p: string): boolean => isDateish(p) || furnitureKind(p) === 'drop';
  // "ANN LEE | Bilbao · 5 March 2026": the part right after the name may be where she files from.
  const at = parts.indexOf(names[0] ?? '');
  const place = (p: string): boolean => parts.indexOf(p) === at + 1 && isTownWord(p);
  return names.length === 1 && rest.every((p) => meta(p) || place(p)) ? nameOf(names[0]!) : null;
}

/** "Ann Lee og Bo Roe Dahl": two or more authors joined by "and", each a full name. */
function joinedAuthors(t: string): string | null {
  if (t.length > 120 || !hasAndWord(t)) return null;
  const parts = nameParts(t);
  return parts.length >= 2 && parts.every(isAuthorName) ? t : null;
}

/**
 * "Oleh AMINAH YUSOF": a word in ordinary case, then a name in capitals. The case changes where
 * the name starts: the word before it is the language's "by", whatever the language.
 */
function capitalsAfterWord(t: string): string | null {
  const m = /^\p{Lu}\p{Ll}+\s+(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3})$/u.exec(t);
  return m ? m[1]! : null;
}

/** What the page's words tell of its language: its function words, its words in lower case. */
interface PageWords {
  functionWords: ReadonlySet<string> | null;
  lowerCase: ReadonlySet<string>;
  /** Words the page prints in lower case more than once: its language's function words among them. */
  lowerRepeats: ReadonlySet<string>;
  /** The language glues short prefixes in lower case to names ("eKwaNdlovu", "ngoMvulo"). */
  gluesPrefixes: boolean;
}

/** A short prefix in lower case glued to a capitalised word: "eKwaNdlovu", "kuMashi". */
const GLUED_WORD = /^\p{Ll}{1,4}\p{Lu}\p{Ll}/u;
/** Words of that shape a page prints at least when its language glues prefixes so. */
const GLUED_WORDS_MIN = 4;

/**
 * A "by" word before a name: no one's given name in any language we have names for, and a
 * function word of the page's own language, or (where no stopword list has the language) a word
 * the page prints in lower case elsewhere ("Minn" is Maltese "by" and "from"; "Maria" stays).
 */
const isByWord = (w: string, page: PageWords): boolean =>
  !isListedGivenName(w) && (page.functionWords?.has(w) === true || page.lowerCase.has(w));

/**
 * A given name as the page's "by" ("Per", a Catalan or Occitan "by" and a Danish name): only when
 * the page prints it in lower case again and again, as its prose does a function word, and a full
 * name of two words or more follows ("Per Ann Lee"); "Per Olsen" stays a name.
 */
const isNamedByWord = (w: string, rest: string, page: PageWords): boolean =>
  isListedGivenName(w) && page.lowerRepeats.has(w) && rest.trim().split(/\s+/u).length >= 2;

/** The words met more than once. */
function repeated(words: readonly string[]): ReadonlySet<string> {
  const seen = new Set<string>();
  const again = new Set<string>();
  for (const w of words) (seen.has(w) ? again : seen).add(w);
  return again;
}

/** The page's words, for telling a "by" word from a given name. */
function pageWords(lines: readonly string[]): PageWords {
  // A word keeps its marks: Indic vowel signs are inside words ("<consonant><vowel sign>").
  const words = lines.join(' ').match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
  return {
    functionWords: ownFunctionWords(words.map((w) => w.toLowerCase())),
    lowerCase: new Set(words.filter((w) => /^\p{Ll}+$/u.test(w))),
    lowerRepeats: repeated(words.filter((w) => /^\p{Ll}+$/u.test(w))),
    gluesPrefixes: words.filter((w) => GLUED_WORD.test(w)).length >= GLUED_WORDS_MIN,
  };
}

/** Words of a desk's signature in the page's own words, at most ("Our Correspondent"). */
const COMMON_SIGNATURE_MAX_WORDS = 3;

/**
 * "By OUR CORRESPONDENT, Town" in a language no role list knows: a signature whose words are the
 * page's common words (a function word of its own language, its "our", and the rest words it
 * prints in lower case elsewhere) names a desk's writer, no one; the line stays a byline without
 * a name. A person's name holds no function word but its particles, and no listed given name.
 */
function isCommonSignature(names: string, page: PageWords): boolean {
  const fw = page.functionWords;
  const words = (names.split(',')[0] ?? '').trim().toLowerCase().split(/\s+/u);
  if (fw === null || words.length < 2 || words.length > COMMON_SIGNATURE_MAX_WORDS) return false;
  const functionWord = (w: string): boolean => fw.has(w) && !NAME_PARTICLES.has(w);
  return (
    words.some(functionWord) &&
    words.every((w) => (functionWord(w) || page.lowerCase.has(w)) && !isListedGivenName(w))
  );
}

/** Words of a role after a "by" word, a name and a comma ("Le Ann Lee, Comhfhreagraí Oideachais"). */
const BY_ROLE_MAX_WORDS = 3;
const BY_LINE_MAX_CHARS = 100;

/**
 * "Le Ann Lee", "Nga Bo Roe, Korrespondent": a function word of the page's own language before
 * a name is its "by", in languages no list of ours knows; a short role may follow after a comma.
 * The name, or null. The page's language's words only: "Per" is a Danish name, an Italian "by".
 */
function ownByWordAuthor(t: string, page: PageWords): string | null {
  if (t.length > BY_LINE_MAX_CHARS) return null;
  const [head = '', role, ...more] = t.split(',');
  const m = /^(\p{Lu}\p{Ll}*)\s+(\S.*)$/u.exec(head.trim());
  if (!m || more.length > 0) return null;
  const by = m[1]!.toLowerCase();
  if (!isByWord(by, page) && !isNamedByWord(by, m[2]!, page)) return null;
  const roleOk = role === undefined || (wordCount(role) <= BY_ROLE_MAX_WORDS && !/\d/u.test(role));
  return roleOk && (isAuthorName(m[2]!) || ownAndJoined(m[2]!, page)) ? m[2]! : null;
}

/** Words of the place after a comma that closes a labelled line of names. */
const LABELLED_PLACE_MAX_WORDS = 2;

/**
 * "<label>: <name> <and> <name>, <town>" in a script without capitals: two names of two to four
 * words joined by one function word of the page's own language (its "and"), perhaps with where
 * they filed from after a comma. The names, or null.
 */
function labelledCaselessAuthors(t: string, page: PageWords): string | null {
  const value = labelledLine(t)?.value;
  if (value === undefined || page.functionWords === null) return null;
  const [names = '', place, ...more] = value.split(/\s*[,،、]\s*/u);
  if (
    more.length > 0 ||
    (place !== undefined && (/\d/u.test(place) || place.split(/\s+/u).length > LABELLED_PLACE_MAX_WORDS))
  )
    return null;
  const words = names.split(/\s+/u);
  const joints = words.flatMap((w, k) => (page.functionWords!.has(w) ? [k] : []));
  if (joints.length !== 1) return null;
  const k = joints[0]!;
  const sides = [words.slice(0, k).join(' '), words.slice(k + 1).join(' ')];
  return sides.every((p) => isCaselessName(p) && !/\p{Lu}/u.test(p)) ? names : null;
}

/** The letters of an "and" in a language no list knows: a short word. */
const OWN_AND_MAX_LETTERS = 4;

/**
 * "Ann Lee ek Bo Roe" after the page's "by": two full names with one short word in lower case
 * between them, a word the page prints in lower case elsewhere, is the language's "and". A name
 * holds no such word but its particles.
 */
function ownAndJoined(t: string, page: PageWords): boolean {
  const words = t.split(/\s+/u);
  const joints = words.flatMap((w, k) =>
    /^\p{Ll}+$/u.test(w) && w.length <= OWN_AND_MAX_LETTERS && !NAME_PARTICLES.has(w) ? [k] : [],
  );
  if (joints.length !== 1 || !page.lowerCase.has(words[joints[0]!]!)) return false;
  const k = joints[0]!;
  return isAuthorName(words.slice(0, k).join(' ')) && isAuthorName(words.slice(k + 1).join(' '));
}

/**
 * "Nā Ann Lee, Kaituhi", "Láti ọwọ́ Bo Roe, Akọ̀ròyìn": a "by" of a short word, or of a word and a
 * word in lower case (an elided one too: "Site n'aka"), before a name and a short role after a comma, in a language no list knows.
 * A name never holds a word in lower case but its particles, nor opens with a two-letter word but
 * a given name; the role after the comma is what makes the line an author's.
 */
const BY_PHRASE = /^(\p{Lu}[\p{Ll}\p{M}]*)(?:\s+(\p{Ll}[\p{Ll}\p{M}'’]*))?\s+(\p{Lu}[^,]*?)\s*,\s*([^,]+)$/u;
/** A role in lower case after the comma may be a word longer ("sports news reporter"). */
const LOWER_BY_ROLE_MAX_WORDS = 4;
const SHORT_BY_LETTERS = 3;

function byPhraseAuthor(t: string): string | null {
  const m = t.length <= BY_LINE_MAX_CHARS ? BY_PHRASE.exec(t) : null;
  if (!m || isListedGivenName(m[1]!.toLowerCase()) || endsSentence(t)) return null;
  const [, head, lower, name, role] = m;
  const by = lower
    ? !NAME_PARTICLES.has(lower) && !REPORTER_PLACE.test(` ${lower} `)
    : head!.replace(/\p{M}/gu, '').length <= SHORT_BY_LETTERS;
  const roleWords = wordCount(role!);
  const lowerRole = /^\p{Ll}/u.test(role!.trim()) && roleWords <= LOWER_BY_ROLE_MAX_WORDS;
  const roleOk = (roleWords <= BY_ROLE_MAX_WORDS || lowerRole) && !/\d/u.test(role!);
  return by && roleOk && isAuthorName(name!) ? name! : null;
}

/**
 * "oprac. Ann Lee", "red. Bo Roe": an abbreviated label in lower case with its dot before a name
 * ("compiled by", "edited by"); a name never opens in lower case.
 */
function abbreviatedLabelAuthor(t: string): string | null {
  const m = /^\p{Ll}{2,8}\.\s+(\p{Lu}.*)$/u.exec(t);
  return m && isAuthorName(m[1]!) ? m[1]! : null;
}

/**
 * "FOR IMMEDIATE RELEASE", "OF THE YEAR": a line in capitals that holds a function word of the
 * page's language (a name's particles aside) is a phrase, not a name.
 */
const holdsFunctionWord = (t: string, page: PageWords): boolean =>
  t.split(/\s+/u).some((w) => {
    const lower = w.toLowerCase();
    return !NAME_PARTICLES.has(lower) && page.functionWords?.has(lower) === true;
  });

/**
 * "Reporter: Ann Lee | Editor: Bo Roe": a row of labelled names, the author's the one whose label
 * is not the editor's, the source's or the picture's (whatever the language's word for it).
 */
function labelledRowAuthor(t: string): string | null {
  if (t.length > 160) return null;
  const parts = rowParts(t);
  if (parts.length < 2 || !parts.every((p) => /^\p{L}[\p{L}\p{M}]{2,19}\s*[:：]\s*\S/u.test(p))) return null;
  const authors = parts.map(labelledAuthor).filter((a) => a !== null);
  return authors.length === 1 ? authors[0]! : null;
}

/**
 * "vum Ann Lee": a short word in lower case before a name, alone on its line, is the page's "by"
 * in a language no list of ours knows — a name never opens in lower case. Not "in"/"at" before a
 * place ("in New Bay"). A name's own particle opens a surname printed alone ("van Dijk"); before
 * a given name and a surname ("de Ann Lee") it is the language's "by" (its "of") instead.
 */
function lowerWordAuthor(t: string): string | null {
  const m = /^(\p{Ll}{2,6})\s+(\p{Lu}.*)$/u.exec(t);
  if (!m || REPORTER_PLACE.test(` ${t}`)) return null;
  const fullName = /^\p{Lu}\S*(?:\s\p{Lu}\S*)+$/u.test(m[2]!);
  if (NAME_PARTICLES.has(m[1]!) && !fullName) return null;
  return isAuthorName(m[2]!) ? m[2]! : null;
}

/**
 * A short word in lower case, a modifier letter allowed before or inside it: the okina of
 * Polynesian languages ("ʻe", Tongan "by") is a letter, but of no case.
 */
const SHORT_LOWER_WORD = '\\p{Lm}?\\p{Ll}[\\p{Ll}\\p{Lm}]{0,3}';
/** A capitalised verb, its "by" and the name's start (see participleAuthor). */
const VERB_SHORT_BY = new RegExp(
  `^\\p{Lu}[\\p{Ll}\\p{Lm}\\p{M}]+\\s+${SHORT_LOWER_WORD}\\s+(\\p{Lu}.*)$`,
  'u',
);

/**
 * "Written by Ann Lee | Press officer", "Posted by Ann Lee on 4 May 2026" in a language no list
 * knows: a capitalised word (the verb), a short word in lower case (its "by"), then a name,
 * closed by a short role after a bar, a comma or a spaced dash ("… Ann Lee – City desk"), or by
 * another short lower-case word and a date.
 * A name never opens a line with a verb and a lower-case word; the closing part keeps a title
 * ("Protest by Ann Lee") out. The name, or null.
 */
function participleAuthor(t: string): string | null {
  if (t.length > BY_LINE_MAX_CHARS) return null;
  const m = VERB_SHORT_BY.exec(t);
  if (!m) return null;
  const rest = m[1]!;
  const role = /^(.+?)(?:\s*[|,]\s*|\s+[–—-]\s+)([^|,\d–—]{2,40})$/u.exec(rest);
  if (role && wordCount(role[2]!) <= BY_ROLE_MAX_WORDS && isAuthorName(role[1]!)) return role[1]!;
  const dated = /^(.+?)\s+\p{Ll}{1,4}\s+(\S.*)$/u.exec(rest);
  return dated && isAuthorName(dated[1]!) && isDateLine(dated[2]!) ? dated[1]! : null;
}

/**
 * "Soratr'i Ann Lee": a capitalised word whose end is a clitic elided onto it (an apostrophe and
 * a few small letters: "of", "by") before a name of two words or more is a "by" phrase;
 * a name's own apostrophe comes before a capital ("O'Neil", "D'Souza"), not before a clitic.
 */
const CLITIC_BY = /^\p{Lu}[\p{Ll}\p{M}]+['’]\p{Ll}{1,3}\s+(\p{Lu}.*)$/u;
function cliticByAuthor(t: string): string | null {
  const m = t.length <= BY_LINE_MAX_CHARS ? CLITIC_BY.exec(t) : null;
  return m && isAuthorName(m[1]!) ? m[1]! : null;
}

/**
 * "Б.Оюунчимэг", "J.Roe": an initial or two with their dots glued to a surname, as Mongolian,
 * Kazakh and Russian papers sign; one word, but a name's shape.
 */
const INITIALLED_NAME = /^(?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;
const initialledName = (t: string): string | null => (INITIALLED_NAME.test(t) ? t : null);

/**
 * "NguAnn Lee": where the page's language glues prefixes to names, a prefix glued to the line's
 * first name is its "by" (the capital inside the word is where the name starts).
 */
const GLUED_BY = /^\p{Lu}\p{Ll}{1,3}(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;

/**
 * "Ann Lee, press officer | ann.lee@example.com": an e-mail address closing a line after a bar, a
 * dot or a comma is the writer's contact; the name and role are read without it.
 */
const CONTACT_TAIL = new RegExp(`\\s*[|·•,]\\s*${EMAIL_WORD.source.replace('(?:^|\\s)', '')}$`, 'u');
/** Longer than any address and its bar: the pattern is tried on the line's end only, in linear time. */
const CONTACT_REACH = 160;
function withoutContact(t: string): string {
  if (!t.includes('@')) return t;
  const head = t.slice(0, Math.max(0, t.length - CONTACT_REACH));
  return head + t.slice(head.length).replace(CONTACT_TAIL, '') || t;
}

function authorOf(line: string, page: PageWords): string | null {
  const t = withoutContact(page.gluesPrefixes ? line.replace(GLUED_BY, '') : line);
  const capitals =
    capitalsAfterWord(t) ??
    ownByWordAuthor(t, page) ??
    byPhraseAuthor(t) ??
    abbreviatedLabelAuthor(t) ??
    lowerWordAuthor(t) ??
    participleAuthor(t) ??
    cliticByAuthor(t) ??
    initialledName(t);
  if (capitals) return capitals;
  if (isAuthorName(t)) return holdsFunctionWord(t, page) ? null : t;
  return (
    joinedAuthors(t) ??
    nameWithRole(t) ??
    metaRowAuthor(t) ??
    labelledAuthor(t) ??
    labelledCaselessAuthors(t, page) ??
    nameAtPlace(t) ??
    labelledRowAuthor(t)
  );
}

/** Words of a status badge after its lamp. */
const LAMP_BADGE_MAX_WORDS = 3;

/**
 * "● LIVE", "🔴 Direkt": a symbol (a dot, a lamp, an emoji) before a word or three is a status
 * badge lit on the page, in whatever language its word is: a control, never the section.
 */
const isLampBadge = (t: string): boolean =>
  /^\p{So}\uFE0F?\s*\p{L}/u.test(t) && wordCount(t.replace(/^\p{So}\uFE0F?/u, '')) <= LAMP_BADGE_MAX_WORDS;

/** Keys of the parts of lines cut at a title separator: "Headline | Site", "Site – Headline". */
function echoKeys(lines: string[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) {
    if (l.length > 300) continue;
    for (const part of l.split(/\s+[|–—-]\s+/u)) if (part !== l) out.add(sameKey(part));
  }
  return out;
}

/** The features of one line, given how often its key recurs in the document. */
function describe(text: string, recurs: number, page: PageWords): Line {
  const copyright = isCopyright(text);
  const furniture = furnitureKind(text, keyOf(text), copyright);
  const breadcrumb = isBreadcrumb(text);
  const url = statedUrl(text);
  const source = imageSourceCredit(text);
  const marked = markedCaption(text, true);
  const captionText = imageCaptionText(text);
  const dateLine = isDateish(text);
  const credit = source ?? (marked && marked.caption === null ? marked.credit : null);
  const author = credit === null ? authorOf(text, page) : null;
  const byline = parseByline(text);
  const signsNoOne = [author, byline?.names].some((n) => n != null && isCommonSignature(n, page));
  return {
    text,
    key: sameKey(text),
    recurs,
    words: wordCount(text),
    furniture,
    noise: furniture !== null || breadcrumb || isConsentText(text) || url !== null || isStatedEmail(text),
    breadcrumb,
    badge: isFormatLabel(text) || isLampBadge(text),
    dateLine,
    timeLine: isDateLine(text),
    dates: dateLine ? datesIn(text) : [],
    byline: signsNoOne ? { names: null, credit: byline?.credit ?? false } : byline,
    author: signsNoOne ? null : author,
    echoed: false,
    roleShaped: isRoleLine(text),
    credit,
    caption: captionText ? { caption: captionText, credit: null } : marked?.caption ? marked : null,
    outletCredit: outletCredit(text),
    wireCaption: isWireCaption(text),
    markedInBody: markedCaption(text, false),
    imagePair: source !== null || captionText !== null,
    label: isLabelLike(text),
    emphatic: isEmphatic(text),
    headline: isHeadlineLike(text),
    prose: isParagraph(text) && !isQuotedNameTitle(text),
    terminal: endsSentence(text),
    related: inlineRelated(text),
    statedUrl: url,
    labelled: labelledLine(text),
    row: false,
    copyright,
  };
}

/** Characters of a title at most; a line as long is a paragraph, however it ends. */
const TITLE_MAX_CHARS = 160;

/**
 * A title ending on a name in quotes ("Guide to the «Three Lakes» badge"): its closing mark reads
 * as a sentence's end, yet it is no paragraph.
 */
const isQuotedNameTitle = (text: string): boolean =>
  text.length < TITLE_MAX_CHARS && endsOnQuotedName(text) && isHeadlineLike(text);

/** Words in capitals only ("XNA", "AP"): an agency's or outlet's code, or a place's abbreviation. */
const CODE = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;

/**
 * "Ann Lee, XNA": a reporter's name and a short code in capitals, as agencies sign. A place and
 * its state ("Millbrook, KY") has the same shape: the code must be the page's own, printed on
 * another line too (its credits, its rights line).
 */
function agencySigned(t: string, codes: ReadonlyMap<string, number>): string | null {
  const m = /^(.{3,60}?)\s*,\s*(\p{Lu}{2,6})$/u.exec(t.trim());
  return m && isAuthorName(m[1]!) && (codes.get(m[2]!) ?? 0) >= 2 ? m[1]! : null;
}

/** How many lines print each capitals-only word. */
function codeCounts(lines: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines)
    for (const c of new Set(l.match(CODE) ?? [])) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/**
 * "Label words, value": a short label in sentence case, a comma, then the value, the shape of the
 * rows a broadcaster prints in every language it serves ("Photo origin, Agency").
 */
const COMMA_ROW = /^(\p{L}[\p{L}\p{M}'’]*(?:\s[\p{Ll}\p{Lo}][\p{L}\p{M}'’]*){0,3}),\s+(\S.*)$/u;
/** A credit row's value is a name, a few words at most. */
const ROW_CREDIT_MAX_WORDS = 5;

const commaRow = (t: string): { label: string; value: string } | null => {
  const m = COMMA_ROW.exec(t.trim());
  return m ? { label: m[1]!, value: m[2]! } : null;
};

/**
 * A credit row over a caption row in words no list knows: two labels of two words or more, the
 * first giving a short name, the second a caption of several words ("Photo origin, Agency" over
 * "Photo text, Nurses at work"). A sentence opening "In the end, …" has no such short row above.
 */
function labelledImagePair(upper: string, lower: string): { credit: string; caption: string } | null {
  const a = commaRow(upper);
  const b = commaRow(lower);
  if (!a || !b || a.label === b.label || wordCount(a.label) < 2 || wordCount(b.label) < 2) return null;
  if (wordCount(a.value) > ROW_CREDIT_MAX_WORDS || endsSentence(a.value) || wordCount(b.value) < 3)
    return null;
  return { credit: a.value, caption: b.value };
}

/** Mark credit and caption rows found as a pair by their shape (`labelledImagePair`). */
function markImagePairs(lines: string[], out: Line[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i]!.imagePair || out[i + 1]!.imagePair) continue;
    const pair = labelledImagePair(lines[i]!, lines[i + 1]!);
    if (!pair) continue;
    Object.assign(out[i]!, { credit: pair.credit, author: null, imagePair: true, prose: false });
    Object.assign(out[i + 1]!, {
      caption: { caption: pair.caption, credit: null },
      imagePair: true,
      prose: false,
    });
  }
}

/**
 * "Writer, Ann Lee" over "Reporting from, Town": a row giving a name, over another row of the
 * same shape, is the author's row of such a block.
 */
function markAuthorRows(lines: string[], out: Line[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const row = commaRow(lines[i]!);
    if (!row || out[i]!.imagePair || out[i + 1]!.imagePair || !commaRow(lines[i + 1]!)) continue;
    if (isAuthorName(row.value) && !isAuthorName(row.label)) out[i]!.author = row.value;
  }
}

/**
 * "<Written> by Ann Lee" over a date line: a capitalised word (the verb, in words no list knows)
 * and a listed "by" before a name, with nothing after it. Alone the shape is a title's too ("Protest
 * by Ann Lee"); between a longer line (the headline or its standfirst) and the date line it stands
 * where the author's line does — a short headline has a label or the menu above it instead.
 */
const VERB_BY_NAME = new RegExp(
  `^\\p{Lu}[\\p{Ll}\\p{M}]+\\s+(?:${alternation(BY_WORDS.filter((w) => /^\p{Ll}+$/u.test(w)))})\\s+(\\p{Lu}.{2,58})$`,
  'u',
);

/** Words of the headline or standfirst over an author's line at least. */
const TITLE_ABOVE_MIN_WORDS = 5;

function markDatedBylines(lines: string[], out: Line[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const l = out[i]!;
    const above = out[i - 1];
    const underTitle = above !== undefined && !above.noise && above.words >= TITLE_ABOVE_MIN_WORDS;
    if (l.author !== null || l.byline !== null || !out[i + 1]!.dateLine || !underTitle) continue;
    const name = VERB_BY_NAME.exec(lines[i]!)?.[1];
    if (name !== undefined && isAuthorName(name)) l.author = name;
  }
}

/**
 * "© 2026 Ann Lee" under a newsletter's post, "Ann Lee" alone between its headline (or standfirst)
 * and the date line: the writer holds the rights to her own letter, and her name stands where the
 * author's line does. A site's name in the copyright line stands in its masthead, at the page's
 * top, over the menu, not under a line of five words or more.
 */
function markRightsHolders(out: Line[], names: ReadonlyMap<Line, string>): void {
  for (let i = 1; i + 1 < out.length; i++) {
    const name = names.get(out[i]!);
    const above = out[i - 1]!;
    if (name === undefined || name !== out[i]!.text || !out[i + 1]!.dateLine) continue;
    if (!above.noise && above.words >= TITLE_ABOVE_MIN_WORDS && !above.prose) out[i]!.author = name;
  }
}

/** A share bar's buttons named in the page's language: a word or three, a few characters. */
const BAR_BUTTON_MAX_WORDS = 4;
const BAR_BUTTON_MAX_CHARS = 24;
/** Buttons in words no list knows before a bar's first known control, and after its last. */
const BAR_LEAD = 1;
const BAR_TAIL = 2;

/**
 * A button's shape: short (words set apart by spaces: a script without them is one), no figure,
 * no sentence's end, no byline, credit or date. Before the bar, nobody's name either: the
 * author's line is printed there; after it, a button's words may look like one ("URLをコピー").
 */
const buttonShaped = (l: Line, before = false): boolean =>
  l.text.split(/\s+/u).length <= BAR_BUTTON_MAX_WORDS &&
  l.text.length <= BAR_BUTTON_MAX_CHARS &&
  !/\p{N}/u.test(l.text) &&
  !l.terminal &&
  !l.prose &&
  (!before || l.author === null) &&
  l.byline === null &&
  l.credit === null &&
  !l.dateLine;

/**
 * "Share this article", X, LINE, Facebook, "Copy URL", "Bookmark": a share bar printed one button
 * a line, its networks among buttons named in the page's language ("この記事をシェア"). Known
 * controls, a network among them, with at most one unknown button between two; then the short
 * lines right before and after it are its buttons too, controls in any language.
 */
function markShareBars(out: Line[]): void {
  const known = (l: Line | undefined): boolean =>
    l !== undefined && l.furniture === 'drop' && buttonShaped(l);
  for (let i = 0; i < out.length; i++) {
    if (!known(out[i])) continue;
    let end = i;
    let networks = isNetworkName(out[i]!.key) ? 1 : 0;
    let controls = 1;
    for (let step = barStep(out, end, known); step > 0; step = barStep(out, end, known)) {
      end += step;
      controls += 1;
      if (isNetworkName(out[end]!.key)) networks += 1;
    }
    if (controls >= 2 && networks >= 1) {
      let start = i;
      while (start > 0 && i - start < BAR_LEAD && buttonShaped(out[start - 1]!, true)) start--;
      let last = end;
      while (last + 1 < out.length && last - end < BAR_TAIL && buttonShaped(out[last + 1]!)) last++;
      for (let k = start; k <= last; k++) if (!out[k]!.noise) setControl(out[k]!);
    }
    i = end;
  }
}

/** Lines from a bar's control at `end` to its next known one (one unknown button between), or 0. */
function barStep(out: Line[], end: number, known: (l: Line | undefined) => boolean): number {
  if (known(out[end + 1])) return 1;
  const between = out[end + 1];
  return between !== undefined && buttonShaped(between) && known(out[end + 2]) ? 2 : 0;
}

function setControl(l: Line): void {
  Object.assign(l, { furniture: 'drop', noise: true, headline: false, label: false, related: null });
}

/** Describe every line of a dump. */
export function describeLines(lines: string[]): Line[] {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const k = sameKey(l);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const echoes = echoKeys(lines);
  const page = pageWords(lines);
  const codes = codeCounts(lines);
  const out = lines.map((l) => describe(l, counts.get(sameKey(l)) ?? 1, page));
  const rights = out.filter((l) => l.text.length <= 300 && l.copyright).map((l) => l.key);
  const rightsNames = new Map<Line, string>();
  const menu = menuRowEntries(lines);
  out.forEach((line) => {
    const l = line.text;
    line.echoed = echoes.has(line.key);
    if (line.author === null && line.credit === null) line.author = agencySigned(l, codes);
    // A name the copyright line prints is the site's ("© 2026 Example Post"), not an author's.
    if (line.author !== null && rights.some((r) => r.includes(sameKey(line.author!)))) {
      rightsNames.set(line, line.author);
      line.author = null;
    }
    if (!line.breadcrumb && isMenuTrail(l, counts, menu)) {
      line.breadcrumb = true;
      line.noise = true;
    }
  });
  markRightsHolders(out, rightsNames);
  markPictureRights(out);
  markImagePairs(lines, out);
  markAuthorRows(lines, out);
  markDatedBylines(lines, out);
  markCountLines(out);
  markCounterRows(out);
  markShareBars(out);
  markRepeatedTeasers(out, counts);
  markTableHeads(out);
  markParallelRows(out);
  markDrawnBoxes(out);
  return out;
}

/** Words of a picture's "© Ann Lee / Agency" line at most; lines the story resumes within under it. */
const PICTURE_RIGHTS_MAX_WORDS = 6;
const PICTURE_RIGHTS_REACH = 2;

/**
 * "© Ann Lee / Agency" under a caption-shaped line, the story's paragraphs going on under it: the
 * picture's credit, not the site's rights line, which states a year or a notice and closes the page.
 */
function markPictureRights(out: Line[]): void {
  out.forEach((l, i) => {
    if (l.furniture !== 'footer' || l.credit === null || !/^©/u.test(l.text) || /\p{N}/u.test(l.text)) return;
    const above = out[i - 1];
    const captioned = above !== undefined && !above.noise && !above.prose && above.words >= 3;
    const resumes = out.slice(i + 1, i + 1 + PICTURE_RIGHTS_REACH).some((n) => n.prose && !n.noise);
    if (!captioned || !resumes || l.words > PICTURE_RIGHTS_MAX_WORDS) return;
    l.furniture = null;
    l.noise = false;
  });
}

/** A rule drawn with box-drawing characters ("━━━━━━", "┌──────", "└──────"): a box's edge. */
const BOX_RULE = /^[\u2500-\u257f]{3,}$/u;
/** A line printed inside a box's side border ("│ Claim: …"). */
const BOX_SIDE = /^[│┃║]/u;
/** Lines a drawn box holds at most between its rules: a card, not a stretch of the story. */
const BOX_MAX_LINES = 8;

/**
 * A box drawn in the text with box-drawing characters (a recipe card between two rules, a
 * claim-and-verdict box with a side border): set apart from the story as a sidebar is, so its
 * rules, its sides and the lines between two rules are furniture.
 */
function markDrawnBoxes(out: Line[]): void {
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!;
    if (BOX_SIDE.test(l.text)) setControl(l);
    if (!BOX_RULE.test(l.text)) continue;
    setControl(l);
    const close = out.findIndex((o, j) => j > i && j <= i + BOX_MAX_LINES + 1 && BOX_RULE.test(o.text));
    if (close < 0) continue;
    for (let k = i + 1; k <= close; k++) setControl(out[k]!);
    i = close;
  }
}

/** Cells of a row at least: two parts are a title and its tail ("Town – council agrees …"). */
const ROW_MIN_CELLS = 3;
/** Rows of a run at least. */
const RUN_MIN_ROWS = 2;
/** Separators a row's cells are parted by: a bar, a spaced dash, a middle dot. */
const CELL_SEPARATORS = [/\s+\|\s+/u, /\s+[–—-]\s+/u, /\s+·\s+/u];

/** The row's shape: its separator's index and its count of cells, or null. */
function rowShape(l: Line): string | null {
  if (l.prose || l.terminal) return null;
  const k = CELL_SEPARATORS.findIndex((sep) => l.text.split(sep).length >= ROW_MIN_CELLS);
  return k < 0 ? null : `${k}:${l.text.split(CELL_SEPARATORS[k]!).length}`;
}

/**
 * Rows of a table or a box, printed a line each: two lines or more in a row, each parted by the
 * same separator into as many cells, three or more ("Town | Wind | Rain" over "Ayr | 40 | 8").
 * A title has one separator at most; titles in a list have no common count of parts.
 */
function markParallelRows(out: Line[]): void {
  const shapes = out.map(rowShape);
  for (let i = 0; i < out.length;) {
    let j = i + 1;
    while (shapes[i] !== null && j < out.length && shapes[j] === shapes[i]) j++;
    if (j - i >= RUN_MIN_ROWS) for (let k = i; k < j; k++) out[k]!.row = true;
    i = j;
  }
}

/** The cells of a table's row printed on one line, parted by bars ("Year | Tonnes | Value"). */
const tableCells = (text: string): string[] => text.split(/\s+\|\s+/u);

/** A cell holding a figure only, in any script's digits ("12.5", "2024-25", "٣٤٪"). */
const FIGURE_CELL = /^[-–+]?\p{Nd}[\p{Nd}.,:/%‰–-]*$/u;

/**
 * A table's row in a text dump: two cells or more parted by bars, the last a figure — data, not
 * a menu, a trail or a teaser ("2024 | 31.4 | 84.1").
 */
export function isFigureRow(text: string): boolean {
  const cells = tableCells(text);
  return cells.length >= 2 && FIGURE_CELL.test(cells[cells.length - 1]!.trim());
}

/**
 * A row of bars over rows of figures with as many cells is the table's head ("Year | Tonnes |
 * Value" over "2024 | 31.4 | 84.1"), not a menu's links or a trail: the story's own text.
 */
function markTableHeads(out: Line[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const [head, row] = [out[i]!, out[i + 1]!];
    if (!head.breadcrumb || head.furniture !== null || isFigureRow(head.text) || !isFigureRow(row.text))
      continue;
    if (tableCells(head.text).length !== tableCells(row.text).length) continue;
    Object.assign(head, { breadcrumb: false, noise: false });
  }
}

/** Words in a relative-time line at most ("<unit> 3 <words> ago" in a language of no list). */
const COUNT_LINE_MAX_WORDS = 7;

/**
 * A short line of lower-case words around a single small count, nothing else: the shape of a
 * relative time in any language ("3 hours ago", "il y a 3 heures", "<unit> <particle> 3 <ago>").
 */
function countShaped(l: Line): boolean {
  // "<published> 3 <units> · <updated> 40 <units>": a row of relative times, each part one.
  return rowParts(l.text).every(countShapedPart);
}

function countShapedPart(text: string): boolean {
  const tokens = text.split(/\s+/u);
  if (tokens.length < 3 || tokens.length > COUNT_LINE_MAX_WORDS) return false;
  if (tokens.filter((t) => /^\d{1,2}$/u.test(t)).length !== 1) return false;
  return tokens.every(
    (t, k) => /^\d{1,2}$/u.test(t) || (k === 0 ? /^\p{L}[\p{Ll}\p{M}]*$/u : /^[\p{Ll}\p{M}]+$/u).test(t),
  );
}

/** A count and a word or two in lower case after it ("386 views", "4 min read" in any language). */
const COUNTER_PART = /^\p{N}[\p{N}.,\s]*\s\p{Ll}[\p{L}\p{M}]*(?:\s\p{Ll}[\p{L}\p{M}]*)?$/u;

/**
 * "386 views · 4 min read" in words no list knows: a row of two counts or more, each a number and
 * a word or two in lower case, is the page's counters (views, reading time, comments), not text.
 */
function markCounterRows(out: Line[]): void {
  for (const l of out) {
    const parts = rowParts(l.text);
    if (l.noise || l.dateLine || parts.length < 2 || !parts.every((p) => COUNTER_PART.test(p))) continue;
    l.furniture = 'drop';
    l.noise = true;
    l.headline = false;
  }
}

/** Short lines of metadata that may stand between a standfirst and its relative time. */
const META_BETWEEN = 2;

/**
 * A relative time in a language whose time units no list (CLDR included) names: a count-shaped
 * line in the header's metadata, where pages print when: after the headline and its standfirst,
 * with at most a couple of short lines (a byline of no known prefix) between. A
 * headline with a count in it ("3 held after raid") stands above its standfirst, not under it.
 */
function markCountLines(out: Line[]): void {
  const content = out.map((l, i) => i).filter((i) => !out[i]!.noise);
  content.forEach((i, k) => {
    const l = out[i]!;
    if (l.dateLine || l.prose || !countShaped(l)) return;
    let j = k - 1;
    while (j >= 0 && k - 1 - j < META_BETWEEN && out[content[j]!]!.label && !out[content[j]!]!.prose) j--;
    const standfirst = j >= 0 ? out[content[j]!] : undefined;
    const title = j >= 1 ? out[content[j - 1]!] : undefined;
    if (standfirst?.prose !== true || standfirst.caption !== null || title?.headline !== true || title.prose)
      return;
    l.dateLine = true;
    l.timeLine = true;
    l.headline = false;
  });
}

/** Words in a teaser's title at least: a credit or an author's name after a label is shorter. */
const TEASER_MIN_WORDS = 4;

/**
 * "Read also: <title>" printed twice or more with other titles, in words no list knows: a label
 * the page prints before several different headlines is its teaser label. The values are titles (not
 * sentences, not names), the line neither a credit nor a byline; a speaker's lines in an
 * interview end like sentences. A label the page also prints alone is a place or section its
 * headlines open with ("Town : council agrees …"), not a call to read.
 */
function markRepeatedTeasers(out: Line[], printed: ReadonlyMap<string, number>): void {
  const teaser = (l: Line): boolean =>
    l.labelled !== null &&
    !printed.has(sameKey(l.labelled.label)) &&
    !l.related &&
    !l.noise &&
    l.credit === null &&
    l.byline === null &&
    !l.dateLine &&
    wordCount(l.labelled.value) >= TEASER_MIN_WORDS &&
    !endsSentence(l.labelled.value);
  // Titles by label, each once: a headline printed twice under its place label is one headline.
  const uses = new Map<string, Set<string>>();
  for (const l of out.filter(teaser)) {
    const titles = uses.get(l.labelled!.label) ?? new Set<string>();
    uses.set(l.labelled!.label, titles.add(l.key));
  }
  for (const l of out) if (teaser(l) && uses.get(l.labelled!.label)!.size >= 2) l.related = l.labelled!.value;
}

/**
 * The entries of the page's menu rows ("Home | News | Sport | Contact"), as printed: a trail under
 * them opens at one of them, though the page never prints that entry as a line of its own. A
 * trail's crumbs are the menu's links, printed alike; a label set in capitals ("NEWS / TOWN")
 * is a kicker styled for show, printed whole.
 */
function menuRowEntries(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) {
    if (l.length > 300) continue;
    for (const p of menuRow(l, CRUMBS_MENU) ?? []) out.add(p.trim());
  }
  return out;
}

/**
 * "Home / News" in words no list knows: a short trail split by "/" or "|" whose every crumb the
 * page also prints as a line of its own or as an entry of a menu row (its menu's entries). A trail in "›" or "»" is known
 * by its separator already.
 */
function isMenuTrail(text: string, counts: ReadonlyMap<string, number>, menu: ReadonlySet<string>): boolean {
  if (text.length > 100) return false;
  const parts = text.split(/\s+[/|]\s+/u);
  const inMenu = (p: string): boolean => (counts.get(sameKey(p)) ?? 0) >= 1 || menu.has(p.trim());
  // A menu's entry may hold a figure ("Festival 2026"); a crumb the menu does not print may not.
  const crumb = (p: string): boolean =>
    wordCount(p) <= 4 && !/[.!?:]/u.test(p) && (!/\p{N}/u.test(p) || inMenu(p));
  if (parts.length < 2 || !parts.every(crumb)) return false;
  // "Menu entry / Subsection": the trail opens at a section the menu prints, and what follows
  // it is a sub-section the menu need not list, a name as sections are named (a capital first).
  const sub = (p: string): boolean =>
    wordCount(p) <= 2 && /^[\p{Lu}\p{Lo}]/u.test(p) && furnitureKind(p) === null;
  return (
    parts.every(inMenu) ||
    (inMenu(parts[0]!) && furnitureKind(parts[0]!) === null && parts.slice(1).every(sub))
  );
}
