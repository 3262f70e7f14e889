import { isNetworkName } from '../furniture.js';
import { isFigureRow, sameKey, type Line } from '../features.js';
import {
  SENTENCE_BREAK,
  TITLE_START,
  endsOnQuotedName,
  endsSentence,
  isHeadlineLike,
  printedWidth,
  wordCount,
} from '../lines.js';
import { brokenWords } from '../../../language/word-breaks.js';
import { ANY_SENTENCE_BREAK, SUBHEADING_MAX_WORDS } from './shapes.js';

/**
 * A line of list metadata: 'In "Crime"', 'With 1 comment', '← Older post'. A category's name is a
 * word or three; a short word before a longer quotation is a title quoting someone ('Union "we
 * were never asked"').
 */
export const isListMeta = (l: string): boolean =>
  /^\p{L}{1,4}\s+["“«„]\s?(?:[^"”»“\s]+\s?){1,3}["”»“]$/u.test(l) ||
  /(?<![\p{L}\p{N}])\d+\s+(?:comments?|comentarios?|kommentare?|commentaires?|komentarz\p{L}*|комментари\p{L}*)$/iu.test(
    l,
  ) ||
  /^[←→]|[←→]$/u.test(l);

/** A right arrow and a space opening a line: a pager's link ("→ Next story"), or a list's bullet. */
/** Right arrows a page sets before a line: a pager's link, or a list's bullet. */
const ARROWS = '→⇒➔➜➝➞➤';
const ARROW_OPENING = new RegExp(`^[${ARROWS}]\\s`, 'u');

/**
 * "→ Title" over "→ Title": lines opened by one arrow, two or more in a row, are a list's bulleted
 * titles; a pager prints one link each way ("← Older post", "Newer post →").
 */
export function arrowBulleted(lines: Line[], i: number): boolean {
  const arrow = ARROW_OPENING.exec(lines[i]!.text)?.[0];
  if (arrow === undefined) return false;
  return [lines[i - 1], lines[i + 1]].some((n) => n !== undefined && n.text.startsWith(arrow));
}

/** Buttons of a row of share buttons at least ("Share: Facebook | E-mail | Print"). */
const SHARE_ROW_BUTTONS = 3;

/**
 * A row of share buttons printed on one line, its label in any language, a network among its
 * buttons: the page's controls.
 */
export function isShareRow(l: Line | undefined): boolean {
  if (l?.furniture !== 'drop') return false;
  const parts = l.text.split(/\s*[|·•:]\s*/u);
  return parts.length >= SHARE_ROW_BUTTONS && parts.some((p) => isNetworkName(sameKey(p)));
}

/**
 * Share buttons printed a line each ("Share this", "X", "Facebook", "LINE"): a run of the page's
 * controls from `i` on, as many as a share row's buttons and one more (the bar's label), a
 * network's name among them.
 */
export function isShareColumn(lines: Line[], i: number): boolean {
  const run = lines.slice(i, i + SHARE_ROW_BUTTONS + 1);
  return (
    run.length > SHARE_ROW_BUTTONS &&
    run.every((l) => l.furniture === 'drop') &&
    run.some((l) => isNetworkName(l.key))
  );
}

/** Furniture that closes a list: another list's header, the footer, or the share buttons under it. */
const closesList = (l: Line | undefined): boolean =>
  l?.furniture === 'related' || l?.furniture === 'popular' || l?.furniture === 'footer' || isShareRow(l);

/**
 * A short line inside a list of titles, neither title- nor sentence-shaped, with a title under it:
 * the header of the next list. Languages that write case endings as words of their own (Urdu,
 * Hindi) print a header in five short words: shorter than any title, it is a header too.
 */
export const isOtherListHeader = (l: Line, next: Line | undefined): boolean =>
  ((!l.headline && l.words <= LIST_HEADER_MAX_WORDS) || printedWidth(l.text) <= LIST_HEADER_MAX_CHARS) &&
  !l.prose &&
  !l.terminal &&
  next !== undefined &&
  isTeaser(next);
/**
 * Characters of a list's header at most ("Most read", "Más leídas"); a title is longer. A Chinese
 * or Japanese character counts as two: it is a word or half one.
 */
export const LIST_HEADER_MAX_CHARS = 20;

/**
 * After a list of links, prose resumes with a paragraph: a long line, a line ending a sentence
 * with a full stop, or sentences closing on a question or exclamation mark. A title may hold two
 * sentences ("Bridge shut for repairs. Buses diverted") or end on an abbreviation's dot
 * ("Ferry fares rise by 12 kr."): a short line right before the list's end is still an item.
 */
export function resumesProse(l: Line, next: Line | undefined): boolean {
  const t = l.text;
  if (t.length >= 160) return true;
  if (closesList(next)) return false;
  // A full stop of any script: the Devanagari and Bengali danda, the Arabic and CJK stops.
  return /[.…।۔。።][”’"»)」]?$/u.test(t) || (SENTENCE_BREAK.test(t) && /[!?][”’"»)]?$/u.test(t));
}

/** Parts of a row of links ("Legal · Cookies · Contact"), each a word or three. */
const LINK_ROW_MIN_PARTS = 3;
const LINK_ROW_PART_MAX_WORDS = 3;
/** What stands between two entries of a row of links: a spaced dot or bar. */
const LINK_ROW_SEPARATOR = /\s+[·•|]\s+/u;

/** The parts of a row of short links ("About | Advertise | Terms"), or none. */
export function linkRowParts(text: string): string[] {
  const parts = text.split(LINK_ROW_SEPARATOR);
  const row =
    parts.length >= LINK_ROW_MIN_PARTS &&
    parts.every((p) => wordCount(p) <= LINK_ROW_PART_MAX_WORDS && !endsSentence(p));
  return row ? parts : [];
}

/** Keys of every entry of the page's rows of links (its footer's, its menu's). */
export const linkRowEntries = (lines: Line[]): ReadonlySet<string> =>
  new Set(lines.flatMap((l) => linkRowParts(l.text).map(sameKey)));

/** Characters of an entry of a row of links at most, when its words are counted by the word breaker. */
const LINK_ROW_PART_MAX_CHARS = 32;

/**
 * Keys of the words of the entries of the page's rows of links, the word breaker cutting scripts
 * written without spaces ("Contact advertising" as one run of Thai letters is two words). A dump
 * may glue the rights line to the row's last entry: the short parts are the row's entries.
 */
export function linkRowWords(lines: Line[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const l of lines) {
    const parts = l.text.split(LINK_ROW_SEPARATOR);
    const entries = parts.filter((p) => p.length <= LINK_ROW_PART_MAX_CHARS && !endsSentence(p));
    if (entries.length >= LINK_ROW_MIN_PARTS && entries.length >= parts.length - 1)
      for (const p of entries) for (const w of brokenWords(p)) out.add(sameKey(w));
  }
  return out;
}

/**
 * A word alone between two paragraphs that the page also prints as an entry of a row of its
 * links, in any language: the label of the slot that entry names (an ad slot's "Advertising",
 * linked as "Advertise" in the footer). A subheading is the story's own words, and of more than
 * a word. The same word printed inside an entry ("Contact advertising", "Advertising rates")
 * labels the slot too, over a paragraph or over a subheading and its paragraph: a "read also"
 * label over a title is not one of the page's own links.
 */
export function labelsSiteLink(
  lines: Line[],
  i: number,
  entries: ReadonlySet<string>,
  entryWords: ReadonlySet<string> = new Set(),
): boolean {
  const l = lines[i]!;
  if (l.terminal || lines[i - 1]?.prose !== true) return false;
  if (l.words === 1 && lines[i + 1]?.prose === true && entries.has(sameKey(l.text))) return true;
  // One word of an entry is no longer than an entry: a long line is never broken into words.
  if (l.text.length > LINK_ROW_PART_MAX_CHARS) return false;
  const words = brokenWords(l.text);
  return words.length === 1 && entryWords.has(sameKey(words[0]!)) && textGoesOn(lines, i + 1);
}

/** Line `j` goes on with the text: a paragraph, or a subheading over its paragraph. */
const textGoesOn = (lines: Line[], j: number): boolean => {
  const next = lines[j];
  if (next === undefined || next.noise) return false;
  const heading = !next.terminal && next.words <= SUBHEADING_MAX_WORDS && lines[j + 1]?.prose === true;
  return next.prose || heading;
};

/**
 * A related title under the list's header: shaped like a headline (a button or a rights line of
 * a few words is not), and not a row of short links split by dots or bars.
 */
export function isListItem(l: Line): boolean {
  const parts = l.text.split(LINK_ROW_SEPARATOR);
  const linkRow =
    parts.length >= LINK_ROW_MIN_PARTS && parts.every((p) => wordCount(p) <= LINK_ROW_PART_MAX_WORDS);
  return (l.headline || l.words >= 5) && !linkRow;
}

/**
 * List bullets before a related link's title ("• Title", "– Title", "▸ Title", "» Title", "→ Title"). A
 * guillemet set apart by a space is an arrow; as a quotation mark it touches its word.
 */
export const BULLET = new RegExp(`^(?:[•·◦▪▸►■●*–—»›${ARROWS}-]\\s+|[・･]\\s*)`, 'u');

/** A share bar's network: a word or two, not a sentence ("Mastodon", "Hacker News"). */
export const isNetwork = (l: Line): boolean => l.words <= 2 && !l.prose && !/[.!?:]$/u.test(l.text);

/**
 * A teaser headline: a title of several words, not a sentence (a name in quotes may close it),
 * opening with a capital (or a letter of a script without case, "शहर में …"); not a table's row.
 */
export const isTeaser = (l: Line): boolean =>
  l.headline &&
  !l.prose &&
  (!l.terminal || endsOnQuotedName(l.text)) &&
  l.words >= 5 &&
  TITLE_START.test(l.text.replace(BULLET, '')) &&
  !isFigureRow(l.text) &&
  !l.row;

/** A list's header: a few words, not a sentence, not a title. */
export const LIST_HEADER_MAX_WORDS = 4;

/** A list's header by its shape: a few words, no sentence's end, not prose. */
export const isListHeaderShape = (l: Line): boolean =>
  l.words <= LIST_HEADER_MAX_WORDS && !l.prose && !l.terminal && !l.headline;

/** Words of one tag in a tag row. */
const TAG_MAX_WORDS = 3;

/**
 * A row of tags: a short label, a colon, then two or more short items split by commas, middle
 * dots or bullets, or the script's own comma ("Tags: a, b, c", "Tags: a · b · c").
 */
export function isTagRow(text: string): boolean {
  const m = /^([^:：՝፡፦]{1,30})[:：՝፡፦]\s*(.+)$/u.exec(text);
  if (!m || wordCount(m[1]!) > 2 || /[.!?]$/u.test(m[2]!)) return false;
  // "Tags: #a #b": hashtags need no comma between them.
  const hashtags = m[2]!.split(/\s+/u);
  if (hashtags.length >= 2 && hashtags.every((t) => /^#\p{L}/u.test(t))) return true;
  const tags = m[2]!.split(/\s*[,،、፣፡]\s*|\s+[·•]\s+/u);
  return tags.length >= 2 && tags.every((t) => t.length > 0 && wordCount(t) <= TAG_MAX_WORDS);
}

/** A title ending on an abbreviation's dot ("… in 2026 г.", "… by 12 kr."): still a title. */
const ABBREVIATION_END = /\s\p{L}{1,3}\.$/u;

/**
 * Languages that join words into long ones (Georgian, Kazakh, Finnish) title a story in four:
 * a title of four words as long as five ordinary ones is a teaser too. Not when it mixes Latin
 * letters into another script: four such words name a platform to follow ("… Telegram …").
 */
export const LONG_WORDS_TITLE_CHARS = 32;
export const mixesLatin = (s: string): boolean =>
  /\p{Script=Latin}/u.test(s) && /[^\P{L}\p{Script=Latin}]/u.test(s);
const isLongWordsTeaser = (l: Line): boolean =>
  l.words === 4 &&
  !mixesLatin(l.text) &&
  l.text.length >= LONG_WORDS_TITLE_CHARS &&
  l.headline &&
  !l.prose &&
  !l.terminal &&
  TITLE_START.test(l.text);

/** A teaser, or a teaser's shape but for an abbreviation's dot at its end. */
export const isListedTitle = (l: Line): boolean =>
  isTeaser(l) ||
  isLongWordsTeaser(l) ||
  (ABBREVIATION_END.test(l.text) &&
    l.words >= 5 &&
    !SENTENCE_BREAK.test(l.text) &&
    isHeadlineLike(l.text.slice(0, -1)) &&
    TITLE_START.test(l.text));

/**
 * A title asking a question ("Will the ferry run again this winter?"): one sentence ending on a
 * question mark reads as prose, yet among other titles it is one more. Never a run's first: a
 * comment prompt asks, too.
 */
export const isQuestionTitle = (l: Line): boolean =>
  l.headline &&
  l.words >= 5 &&
  /\?$/u.test(l.text) &&
  !ANY_SENTENCE_BREAK.test(l.text) &&
  TITLE_START.test(l.text);
