import { CLOCK_ONLY } from '../../language/clock.js';
import { sharedPrefixLength } from '../../language/word-forms.js';
import { foldMarks } from '../../language/fold.js';
import { isStopword } from '../../language/stopwords.js';
import type { ImageRef } from '../../model/item.js';
import type { FurnitureKind } from './furniture.js';
import {
  advertLabel,
  isAdvertLabel,
  isConsentText,
  isNetworkName,
  isNewsletterPromo,
  namesNewsletter,
  opensShareBar,
  spelledLikeAdvertLabel,
} from './furniture.js';
import { isFigureRow, sameKey, type Line } from './features.js';
import { asciiDigits } from '../text.js';
import { datesIn, isDateLine, mentionsDate, stampLines, type DateInfo } from './dates.js';
import {
  SENTENCE_BREAK,
  TITLE_START,
  bracketedSignature,
  dashedSignature,
  endsOnQuotedName,
  endsSentence,
  isHeadlineLike,
  isCaselessName,
  isNameLike,
  nameParts,
  outletCreditName,
  printedWidth,
  wordCount,
} from './lines.js';

/**
 * The article body: the lines after the header block, read in order. A line is, by the first
 * phenomenon it shows: the headline again; a list header (related, most-read, or the footer: what
 * follows is not article text); furniture (a control, a byline or date line, list metadata); an
 * inline related link; a photo caption or credit; an item of the list being read; anything after
 * the footer; else article text. Then the text is tidied as a whole: a teaser list under its own
 * header and the run of non-prose lines after the last paragraph (score tables, widget labels)
 * are dropped, and so are pull quotes and a signature repeating the byline.
 */

export interface Body {
  body: string[];
  related: string[];
  /** Labelled date lines met in the body ("Originally published: …" under the text). */
  dates: DateInfo[];
  /** A byline found in the body ("By Ann Lee" under a live blog post). */
  byline: string | null;
  /** A marked caption under the first paragraph: the lead photo, printed after the text began. */
  image: ImageRef | null;
}

/**
 * Body text read from one dump: twice the default cap on kept content (500,000 characters,
 * FEEDWRIGHT_MAX_CONTENT_CHARS), so stopping here loses nothing a default setup would keep.
 */
const MAX_BODY_CHARS = 1_000_000;

/**
 * A line of list metadata: 'In "Crime"', 'With 1 comment', '← Older post'. A category's name is a
 * word or three; a short word before a longer quotation is a title quoting someone ('Union "we
 * were never asked"').
 */
const isListMeta = (l: string): boolean =>
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
function arrowBulleted(lines: Line[], i: number): boolean {
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
function isShareRow(l: Line | undefined): boolean {
  if (l?.furniture !== 'drop') return false;
  const parts = l.text.split(/\s*[|·•:]\s*/u);
  return parts.length >= SHARE_ROW_BUTTONS && parts.some((p) => isNetworkName(sameKey(p)));
}

/**
 * Share buttons printed a line each ("Share this", "X", "Facebook", "LINE"): a run of the page's
 * controls from `i` on, as many as a share row's buttons and one more (the bar's label), a
 * network's name among them.
 */
function isShareColumn(lines: Line[], i: number): boolean {
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
const isOtherListHeader = (l: Line, next: Line | undefined): boolean =>
  ((!l.headline && l.words <= LIST_HEADER_MAX_WORDS) || printedWidth(l.text) <= LIST_HEADER_MAX_CHARS) &&
  !l.prose &&
  !l.terminal &&
  next !== undefined &&
  isTeaser(next);
/**
 * Characters of a list's header at most ("Most read", "Más leídas"); a title is longer. A Chinese
 * or Japanese character counts as two: it is a word or half one.
 */
const LIST_HEADER_MAX_CHARS = 20;

/**
 * After a list of links, prose resumes with a paragraph: a long line, a line ending a sentence
 * with a full stop, or sentences closing on a question or exclamation mark. A title may hold two
 * sentences ("Bridge shut for repairs. Buses diverted") or end on an abbreviation's dot
 * ("Ferry fares rise by 12 kr."): a short line right before the list's end is still an item.
 */
function resumesProse(l: Line, next: Line | undefined): boolean {
  const t = l.text;
  if (t.length >= 160) return true;
  if (closesList(next)) return false;
  // A full stop of any script: the Devanagari and Bengali danda, the Arabic and CJK stops.
  return /[.…।۔。።][”’"»)」]?$/u.test(t) || (SENTENCE_BREAK.test(t) && /[!?][”’"»)]?$/u.test(t));
}

interface State extends Body {
  list: FurnitureKind | null;
  /** A related list's header was read: the related links are known without guessing by shape. */
  listed: boolean;
  /** Titles read under the related header being read. */
  listItems: number;
  footer: boolean;
  /** A signature block closed the text (`signatureUnderLabel`). */
  signed: boolean;
  /** A tag row was read: the text has ended, but short lines after it may be a related list. */
  tagged: boolean;
  /** A share bar is being read: its short lines are the networks it offers. */
  shareBar: boolean;
  /** Index in `lines` of each body paragraph (to tell adjacent lines). */
  at: number[];
  /** Lines of an embedded box (an advertiser's, a media player's), found ahead of reading them. */
  boxed: Set<number>;
  /** The header's byline: a credit line naming its author is a signature, not a photo credit. */
  author: string | null;
  /** The key of the name the header credits for the pictures ("Photos: Ann Lee"), or null. */
  photographer: string | null;
  /** Keys of the entries of the page's rows of links (`linkRowEntries`). */
  linkEntries: ReadonlySet<string>;
  /** The words of the labels over the inline links read so far ("<Read> <also>"), folded. */
  labelWords: string[];
}

/** Parts of a row of links ("Legal · Cookies · Contact"), each a word or three. */
const LINK_ROW_MIN_PARTS = 3;
const LINK_ROW_PART_MAX_WORDS = 3;

/** The parts of a row of short links ("About | Advertise | Terms"), or none. */
function linkRowParts(text: string): string[] {
  const parts = text.split(/\s+[·•|]\s+/u);
  const row =
    parts.length >= LINK_ROW_MIN_PARTS &&
    parts.every((p) => wordCount(p) <= LINK_ROW_PART_MAX_WORDS && !endsSentence(p));
  return row ? parts : [];
}

/** Keys of every entry of the page's rows of links (its footer's, its menu's). */
const linkRowEntries = (lines: Line[]): ReadonlySet<string> =>
  new Set(lines.flatMap((l) => linkRowParts(l.text).map(sameKey)));

/**
 * A word alone between two paragraphs that the page also prints as an entry of a row of its
 * links, in any language: the label of the slot that entry names (an ad slot's "Advertising",
 * linked as "Advertise" in the footer). A subheading is the story's own words, and of more than
 * a word.
 */
function labelsSiteLink(lines: Line[], i: number, entries: ReadonlySet<string>): boolean {
  const l = lines[i]!;
  return (
    l.words === 1 &&
    !l.terminal &&
    lines[i - 1]?.prose === true &&
    lines[i + 1]?.prose === true &&
    entries.has(sameKey(l.text))
  );
}

/**
 * A related title under the list's header: shaped like a headline (a button or a rights line of
 * a few words is not), and not a row of short links split by dots or bars.
 */
function isListItem(l: Line): boolean {
  const parts = l.text.split(/\s+[·•|]\s+/u);
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
const isNetwork = (l: Line): boolean => l.words <= 2 && !l.prose && !/[.!?:]$/u.test(l.text);

/**
 * The lines of an advertiser's box under an advertisement label: the run of lines that are not
 * prose (nor the site's own inline link) before the next paragraph (teaser title, "Brought to you by …"). One line alone may be the
 * story's own subheading, so a box is two lines or more, or one shaped as an offer.
 */
function advertBox(lines: Line[], i: number): number[] {
  const out: number[] = [];
  // The site's own inline link ("Read also: …") is not the advertiser's: the box ends before it,
  // and before the page's own closing rows (tags, the related list's header, the footer). A list
  // of titles under a header in words no list knows right under the label: the slot is empty in
  // the dump, and the list is the page's.
  if (headsList(lines, i + 1)) return [];
  for (
    let j = i + 1;
    j < lines.length && !lines[j]!.prose && !lines[j]!.related && !closesText(lines[j]!);
    j++
  )
    if (!lines[j]!.noise) out.push(j);
  return out.length >= 2 || (out.length === 1 && isPromoOffer(lines[out[0]!]!)) ? out : [];
}

/** Words of the call closing an offer after a spaced dash ("… – get it free") at most. */
const OFFER_CALL_MAX_WORDS = 3;

/**
 * The advertiser's one line under the label: longer than a subheading, or closed by a call of a
 * few words after a spaced dash ("Report: the state of small ports – get it free"). The
 * story's subheading is a few words and calls for nothing.
 */
function isPromoOffer(l: Line): boolean {
  const call = /\s[–—-]\s+([^–—-]+)$/u.exec(l.text)?.[1];
  const called = call !== undefined && wordCount(call) <= OFFER_CALL_MAX_WORDS && !/\p{N}/u.test(call);
  return !l.terminal && (l.words > SUBHEADING_MAX_WORDS || called);
}

/** A list's header with two titles under it. */
const headsList = (lines: Line[], j: number): boolean =>
  j < lines.length &&
  isOtherListHeader(lines[j]!, lines[j + 1]) &&
  lines[j + 2] !== undefined &&
  isListedTitle(lines[j + 2]!);

/** A row the page closes its text with: the tags, a list's header, the footer. */
const closesText = (l: Line): boolean =>
  l.furniture === 'related' || l.furniture === 'popular' || l.furniture === 'footer' || isTagRow(l.text);

/** Lines a media player leaves in a dump before its duration: a control, the clip's title. */
const PLAYER_LINES = 2;

/**
 * An embedded video or audio player: a clock reading alone, once in the text (a live blog stamps
 * every post; a story shows one player's duration), with the player's control and the clip's
 * title just above it, between paragraphs. Their indices.
 */
function mediaPlayer(lines: Line[], start: number): Set<number> {
  const clocks: number[] = [];
  for (let i = start; i < lines.length; i++) if (CLOCK_ONLY.test(lines[i]!.text)) clocks.push(i);
  if (clocks.length !== 1) return new Set();
  const at = clocks[0]!;
  const box = [at];
  for (let j = at - 1; j >= start && box.length <= PLAYER_LINES; j--) {
    const l = lines[j]!;
    if (l.prose) break;
    if (l.words > 10 || l.furniture === 'related' || l.furniture === 'footer') return new Set();
    box.push(j);
  }
  const before = lines[at - box.length];
  const after = lines[at + 1];
  return box.length > 1 && before?.prose === true && after?.prose === true ? new Set(box) : new Set();
}

/** Links of a pager besides its page numbers ("« Previous", "Next »") at most, and their words. */
const PAGER_LINKS_MAX = 2;
const PAGER_LINK_MAX_WORDS = 3;

/**
 * The number of pages a pager row offers ("« Previous | 1 | 2 | Next »" in any language): its
 * parts are the page numbers from one on, in order, and a link or two of a few words without a
 * sentence's end. 0 for any other line.
 */
function pagerPages(text: string): number {
  const parts = text
    .replace(/^[«‹<]\s*|\s*[»›>]$/gu, '')
    .split(/\s*[|·•]\s*/u)
    .filter(Boolean);
  const numbers = parts.filter((p) => /^\d{1,2}$/u.test(p)).map(Number);
  const links = parts.filter((p) => !/^\d{1,2}$/u.test(p));
  const counted = numbers.length >= 2 && numbers.every((n, k) => n === k + 1);
  const linked = links.every((p) => wordCount(p) <= PAGER_LINK_MAX_WORDS && !/[.!?:]$/u.test(p));
  return counted && linked && links.length <= PAGER_LINKS_MAX ? numbers.length : 0;
}

/** "Page 1 of 2" in any language: a word, the page, a short word or a slash, the pages. */
const PAGE_COUNT = /^\p{L}+\s+(\d{1,2})\s*(?:\p{Ll}{1,4}|\/)\s*(\d{1,2})$/u;

/**
 * A story printed over several pages: its pager rows, and its counters ("Page 1 of 2") when a row
 * offers as many pages as they count. Both stand between the pages' paragraphs. Their indices.
 */
function pageControls(lines: Line[], start: number): Set<number> {
  const out = new Set<number>();
  const offered = new Set<number>();
  for (let i = start; i < lines.length; i++) {
    const pages = pagerPages(lines[i]!.text);
    if (pages === 0) continue;
    offered.add(pages);
    out.add(i);
  }
  if (offered.size === 0) return out;
  for (let i = start; i < lines.length; i++) {
    const m = PAGE_COUNT.exec(lines[i]!.text);
    if (m && +m[1]! <= +m[2]! && offered.has(+m[2]!)) out.add(i);
  }
  return out;
}

/** Letters, none of them upper or lower case: Devanagari, Bengali, Odia, Arabic, Thai… */
const isCaseless = (s: string): boolean => /\p{L}/u.test(s) && !/[\p{Lu}\p{Ll}]/u.test(s);

/** A list's bullet that no quotation opens with (a dash opens a quote in many languages). */
const TITLE_BULLET = /^[•◦▪▸►■●]\s+\S/u;
/** Words of the header over a bulleted list of links at most ("Related notes:"). */
const BULLETED_HEADER_MAX_WORDS = 4;
/** Bulleted titles under such a header at least. */
const BULLETED_TITLES_MIN = 2;

/**
 * A header of a few words ending in a colon, in words no list knows, over two bulleted lines or
 * more that are titles (no sentence's end): the related links of the page, printed in the text
 * or under it. A list the story makes is introduced by a sentence, or lists sentences.
 */
function headsBulletedTitles(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  if (
    !/[:：]$/u.test(l.text) ||
    l.prose ||
    l.words > BULLETED_HEADER_MAX_WORDS ||
    SENTENCE_BREAK.test(l.text)
  )
    return false;
  let n = 0;
  for (let j = i + 1; j < lines.length && TITLE_BULLET.test(lines[j]!.text); j++) {
    const t = lines[j]!.text;
    if (endsSentence(t) || wordCount(t) < 3) return false;
    n++;
  }
  return n >= BULLETED_TITLES_MIN;
}

/** Words of the label before an inline link's title ("Read also", "Léigh freisin"). */
const LINK_LABEL_MAX_WORDS = 3;

/**
 * An inline link in words no list knows, between two paragraphs: a label of a word or three, a
 * colon (the full-width one, or Ethiopic's "፦"), and a headline-shaped title with no sentence's
 * end ("Léigh freisin: <title>"); or a label of one word and a spaced dash before the title. A
 * paragraph ends like a sentence. The title, or null.
 */
function labelledTitle(lines: Line[], i: number, outsideList: boolean): string | null {
  const l = lines[i]!;
  const [before, after] = [lines[i - 1], lines[i + 1]];
  const inText = before?.prose === true && (after?.prose === true || textResumes(lines, i));
  // Under a list's header, such a line is the list's first title: the list reads it.
  if (l.prose || (!inText && !(outsideList && amongControls(before, after)))) return null;
  // "<Author>: <name>, <role>" over the page's furniture signs the text; a title names no one.
  if (l.text.includes(',') && labelledSignature(l, after, lines[i + 2]) !== null) return null;
  // "<Label> - <title>": a label of one word and a spaced dash serve as the colon does.
  const m =
    /^([^:：፦]{1,30})(?::\s+|[：፦]\s*)(.+)$/u.exec(l.text) ??
    /^([^\s:：፦]{1,30})\s[-–—]\s(\S.+)$/u.exec(l.text);
  if (!m || wordCount(m[1]!) > LINK_LABEL_MAX_WORDS) return null;
  const title = m[2]!;
  const shaped = isHeadlineLike(title) || (isCaseless(title) && wordCount(title) >= CASELESS_TITLE_MIN_WORDS);
  const long = inText || wordCount(title) >= TAIL_LINK_MIN_WORDS;
  return TITLE_START.test(title) && !endsSentence(title) && shaped && long ? title : null;
}

/** Lines of furniture (an ad slot's label, a control) an inline link may stand over its paragraph past. */
const FURNITURE_GAP = 1;
/** Words of a subheading at most: a heading, not a sentence of the text. */
const SUBHEADING_MAX_WORDS = 12;

/**
 * The text goes on under line `i`, past an ad slot's label or a control: a paragraph, or a
 * subheading over its paragraph.
 */
function textResumes(lines: Line[], i: number): boolean {
  let j = i + 1;
  while (j <= i + FURNITURE_GAP && lines[j]?.noise === true) j++;
  const next = lines[j];
  if (next === undefined || next.noise) return false;
  const heading = !next.terminal && next.words <= SUBHEADING_MAX_WORDS && lines[j + 1]?.prose === true;
  return next.prose || heading;
}

/** Words of an inline link's title among the page's controls at least: a credit's name is fewer. */
const TAIL_LINK_MIN_WORDS = 4;

/**
 * The same link under the text, among its controls: a button of a word or three over it (the
 * share bar's last), furniture, another such line or the page's end under it (the comments'
 * heading).
 */
const amongControls = (before: Line | undefined, after: Line | undefined): boolean =>
  before !== undefined && isButton(before) && (after === undefined || after.noise || isButton(after));

/** A line of a word or three that is no sentence: a button, a heading of the page's furniture. */
const isButton = (l: Line): boolean => !l.prose && !l.terminal && l.words <= LINK_LABEL_MAX_WORDS;

/**
 * A title of three or four words has a lower-case content word where a label has none; a
 * script without capitals has neither, so three words after the link's label make a title.
 */
const CASELESS_TITLE_MIN_WORDS = 3;

/**
 * The same inline link with its label on a line of its own ("Read also", then the title), in
 * words no list knows: between two paragraphs, a label of a word or three and a headline-shaped
 * title, neither ending like a sentence. A subheading is one line over its paragraph, not two.
 * The title, or null.
 */
function labelOverTitle(lines: Line[], i: number): string | null {
  const [label, title, after] = [lines[i]!, lines[i + 1], lines[i + 2]];
  if (!title || lines[i - 1]?.prose !== true || after?.prose !== true) return null;
  const isLabel = label.label && !label.prose && !label.terminal && label.words <= LINK_LABEL_MAX_WORDS;
  const titled = !title.prose && TITLE_START.test(title.text) && !endsSentence(title.text) && title.headline;
  // A link with a label of its own ("Read also: X") under a subheading is the text's own link.
  const own = title.related === null;
  return isLabel && titled && own && !title.noise && !title.dateLine ? title.text : null;
}

/** Words of a call to action's button, and of the heading it repeats. */
const BUTTON_MAX_WORDS = 3;
const CALL_HEADING_MAX_WORDS = 14;
/** A heading a button's verb repeats in another form is a call of a few words ("Join our channel"). */
const CALL_HEADING_MIN_WORDS = 3;
/** Letters a button's verb shares with the heading's at least: a stem ("Join" … "Joining"). */
const STEM_MIN_LETTERS = 4;

/**
 * The button repeats the heading's first words, or its one word is the heading's first verb in
 * another form ("Subscribe to our channel…" … "Subscribing"): the stem is half the shorter word.
 */
function repeatsHeading(head: Line, button: Line): boolean {
  if (button.words > BUTTON_MAX_WORDS || button.key.length < 3) return false;
  if (head.key.startsWith(`${button.key} `)) return true;
  const verb = head.key.split(' ')[0]!;
  // A label printed twice ("Advertisement" … "Advertisement") frames what is between: no box.
  if (button.key.includes(' ') || head.words < CALL_HEADING_MIN_WORDS) return false;
  // "Report: Ann Lee" opens on a label, not on a verb: a list's header sharing its stem is no button.
  if (/[:：៖፡]$/u.test(verb)) return false;
  const stem = sharedPrefixLength(verb, button.key);
  return stem >= STEM_MIN_LETTERS && 2 * stem >= Math.min(verb.length, button.key.length);
}

/**
 * A sign-up box in words no list knows: a short heading, a line of pitch or none, and a button
 * that repeats the heading's first words ("Sign up to our letter" … "Sign up"). A paragraph never
 * ends on its own first words. Their indices, or none.
 */
function callToAction(lines: Line[], i: number): number[] {
  const head = lines[i]!;
  if (head.words > PITCH_MAX_WORDS) return [];
  const heading = head.words <= CALL_HEADING_MAX_WORDS && !head.terminal;
  // A pitch of one sentence, with only a field's prompt or two between it and its button.
  let pitch = head.terminal && !ANY_SENTENCE_BREAK.test(head.text);
  for (let j = i + 1; j <= i + 1 + PITCH_REACH && j < lines.length; j++) {
    const button = lines[j]!;
    const repeats = heading && j <= i + 2 && repeatsHeading(head, button);
    const echoes = pitch && echoesPitch(head, button, lines[j + 1]) && !storyNames(lines, i, button);
    if (repeats || echoes) return Array.from({ length: j - i + 1 }, (_, k) => i + k);
    if (button.text.length >= 160) return [];
    pitch &&= button.words <= FIELD_MAX_WORDS && !button.prose;
  }
  return [];
}

/** Words of a sign-up box's heading and of its button at most. */
const BOX_HEADING_MIN_WORDS = 2;
const BOX_HEADING_MAX_WORDS = 4;
const BOX_BUTTON_MAX_WORDS = 2;

/**
 * A sign-up box set between two paragraphs, in words no list knows: a heading of a few words, a
 * pitch of one sentence shorter than the paragraphs around the box, and a button of a word or two
 * shorter than the heading ("Weekly letter", "Get the news in your inbox every Friday.", "Sign me
 * up"), none with a figure. A subheading of one word over a sentence of the story, before the
 * next one, is the text's. The box's indices, or none.
 */
function interruptingBox(lines: Line[], i: number): number[] {
  const [head, pitch, button] = [lines[i], lines[i + 1], lines[i + 2]];
  const [before, after] = [lines[i - 1], lines[i + 3]];
  if (!head || !pitch || !button || before?.prose !== true || after?.prose !== true) return [];
  const bare = (l: Line): boolean => !l.terminal && !l.prose && !/\p{N}/u.test(l.text);
  const box =
    bare(head) &&
    head.words >= BOX_HEADING_MIN_WORDS &&
    head.words <= BOX_HEADING_MAX_WORDS &&
    pitch.terminal &&
    pitch.text.length < Math.min(before.text.length, after.text.length) &&
    pitch.words <= PITCH_MAX_WORDS &&
    !ANY_SENTENCE_BREAK.test(pitch.text) &&
    bare(button) &&
    button.words <= BOX_BUTTON_MAX_WORDS &&
    button.text.length < head.text.length;
  return box ? [i, i + 1, i + 2] : [];
}

/** A sentence's end inside a line, in any script: a stop and more text after it. */
const ANY_SENTENCE_BREAK = /[.!?…।۔。።]\s+\S/u;

/** Lines between a sign-up pitch and its button (an e-mail field's prompt, a line of pitch). */
const PITCH_REACH = 2;
/** A pitch is a sentence, not a paragraph; a field's prompt a few words. */
const PITCH_MAX_WORDS = 25;
const FIELD_MAX_WORDS = 6;

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{M}'‘’]+/gu) ?? [];
/** A word said again: the same, or the same stem ("Prijavite" … "Prijavi"). */
const echoesWord = (w: string, said: readonly string[]): boolean =>
  said.some((p) => p === w || (w.length >= STEM_MIN_LETTERS && sharedPrefixLength(p, w) >= STEM_MIN_LETTERS));

/** The pitch's words, from `k` on, repeat the button's in order ("obuna bo'ling" … "obuna bo'lish"). */
const repeatsAt = (own: readonly string[], said: readonly string[], k: number): boolean =>
  own.every((w, n) => said[k + n] !== undefined && echoesWord(w, [said[k + n]!]));

/**
 * A button under a pitch of one sentence ("Join our channel, news first!" … "Join now"; "Sign up
 * for our free letter." … "Sign me up"): its words of three letters or more, a long one among
 * them, repeat a run of the pitch's words in order (its verb, in another form perhaps), or its
 * opening word when the button has one such word. Not when
 * the paragraph after it takes the button's words up: a subheading over the text it introduces.
 */
function echoesPitch(pitch: Line, button: Line, next: Line | undefined): boolean {
  if (button.words > BUTTON_MAX_WORDS || button.terminal || button.prose) return false;
  const long = (w: string): boolean => w.length >= 3;
  const own = wordsOf(button.text).filter(long);
  const said = wordsOf(pitch.text).filter(long);
  if (!own.some((w) => w.length >= STEM_MIN_LETTERS)) return false;
  // One word must be the pitch's opening verb: a single word of the last paragraph repeated under
  // it is as often a tag or a subheading.
  const repeated = own.length === 1 ? repeatsAt(own, said, 0) : said.some((_, k) => repeatsAt(own, said, k));
  if (!repeated) return false;
  const after = next?.prose ? wordsOf(next.text) : [];
  return !own.some((w) => w.length >= STEM_MIN_LETTERS && echoesWord(w, after));
}

/**
 * "Harbour Police remind drivers to …" over "Press contact" and "Harbour Police": a line that
 * repeats the last paragraph's words, all of which the story's paragraphs above use too, names
 * what the story is about (a body's name heading its contact box), not a button; a button's verb
 * ("Join", "Sign up") is the box's, not the story's.
 */
function storyNames(lines: Line[], pitch: number, button: Line): boolean {
  const own = wordsOf(button.text).filter((w) => w.length >= STEM_MIN_LETTERS);
  const told = lines
    .slice(0, pitch)
    .filter((l) => l.prose && !l.noise)
    .flatMap((l) => wordsOf(l.text));
  return own.length > 0 && own.every((w) => echoesWord(w, told));
}

/** Words of a control's pitch at most: a sentence or two. */
const CONTROL_PITCH_MAX_WORDS = 30;
/** Words of the control that its pitch repeats in a run, at least. */
const CONTROL_ECHO_MIN_WORDS = 2;

/** A line's words of three letters or more that are no function word of any listed language. */
const boxWordsOf = (t: string): string[] => wordsOf(t).filter((w) => w.length >= 3 && !isStopword(w));

/**
 * "Follow us on Example News" (a control of the page), "Get the day's news on your phone. Follow
 * us on Example News and turn the alerts on.", "Follow": a sentence or two under a control,
 * repeating a run of its words, with a button under it, is the control's pitch, the box's and not
 * the story's. The box's indices, or none.
 */
function controlPitch(lines: Line[], i: number): number[] {
  const [control, pitch, button] = [lines[i]!, lines[i + 1], lines[i + 2]];
  if (control.furniture !== 'drop' || !pitch || !button || pitch.noise || button.noise) return [];
  if (!pitch.terminal || pitch.words > CONTROL_PITCH_MAX_WORDS || !isButton(button)) return [];
  const [own, said] = [boxWordsOf(control.text), boxWordsOf(pitch.text)];
  const runs = own
    .slice(0, own.length - CONTROL_ECHO_MIN_WORDS + 1)
    .map((_, k) => own.slice(k, k + CONTROL_ECHO_MIN_WORDS));
  return runs.some((run) => said.some((_, k) => repeatsAt(run, said, k))) ? [i, i + 1, i + 2] : [];
}

/** Lines of a sign-up box's heading (its label, the letter's name) over its pitch at most. */
const SIGN_UP_HEADING_LINES = 2;
/** Words of a sign-up box's heading line, and of its button, at most. */
const SIGN_UP_HEADING_MAX_WORDS = 3;
const SIGN_UP_BUTTON_MAX_WORDS = 2;

/** A short line over a sign-up box's pitch: a label or the letter's name, no sentence. */
const isSignUpHeading = (l: Line | undefined): boolean =>
  l !== undefined && l.words <= SIGN_UP_HEADING_MAX_WORDS && !l.prose && !/[.!?…]$/u.test(l.text);

/** A pitch of one sentence ("Get the morning's news in your inbox."). */
const isPitch = (l: Line | undefined): boolean =>
  l !== undefined && l.terminal && l.words <= PITCH_MAX_WORDS && !ANY_SENTENCE_BREAK.test(l.text);

/**
 * A field's prompt under a pitch ("Your e-mail address" under "… in your inbox."): a few words,
 * no sentence nor list, asking for what the pitch names (a word of four letters or more of it
 * again) and the story never speaks of. Tags under a last paragraph repeat the story's words.
 */
function asksForPitched(lines: Line[], p: number): boolean {
  const [pitch, field] = [lines[p]!, lines[p + 1]];
  if (field === undefined || field.terminal || field.prose || field.words > FIELD_MAX_WORDS) return false;
  if (/[,;:：|]/u.test(field.text)) return false;
  const asked = wordsOf(field.text);
  const said = wordsOf(pitch.text).filter((w) => w.length >= STEM_MIN_LETTERS && echoesWord(w, asked));
  // The story's words are read only for a field that repeats the pitch: a rare line.
  if (said.length === 0) return false;
  const told = lines.filter((l, k) => l.prose && k !== p).flatMap((l) => wordsOf(l.text));
  return said.some((w) => !echoesWord(w, told));
}

/**
 * A newsletter's sign-up box in words no list knows, starting at `i`: a heading of a line or two
 * or none, a pitch of one sentence, a field's prompt, and a button of a word or two ("LETTER",
 * "The town's news in your inbox each morning.", "Your inbox address", "Join"); or, without the
 * field, under a heading that names a newsletter. A story's one-sentence paragraph under a
 * subheading is followed by more text, not by a field asking for what it said, and a subheading
 * names no newsletter. The box's indices, or none.
 */
function signUpBox(lines: Line[], i: number): number[] {
  for (let p = i; p <= i + SIGN_UP_HEADING_LINES; p++) {
    if (p > i && !isSignUpHeading(lines[p - 1])) return [];
    const pitch = lines[p];
    if (!isPitch(pitch)) continue;
    const asks = asksForPitched(lines, p);
    const button = lines[p + (asks ? 2 : 1)];
    const pressed =
      button !== undefined &&
      button.words <= SIGN_UP_BUTTON_MAX_WORDS &&
      !button.prose &&
      !/[\p{N}.!?…:：]/u.test(button.text);
    const named = lines.slice(i, p).some((l) => namesNewsletter(l.text));
    if (pressed && (asks || named))
      return Array.from({ length: p + (asks ? 2 : 1) - i + 1 }, (_, k) => i + k);
  }
  return [];
}

/** Words of a paywall box's heading at least and at most, and lines it holds under the heading. */
const PAYWALL_HEAD_MIN_WORDS = 2;
const PAYWALL_HEAD_MAX_WORDS = 6;
const PAYWALL_REACH = 4;
/** Words of the login question closing the box ("Already a member? Log in") at most. */
const LOGIN_LINE_MAX_WORDS = 8;

/** A heading in capitals of a few words, no sentence ("FOR MEMBERS ONLY"). */
const isCapitalsLine = (l: Line): boolean =>
  !l.prose &&
  !l.terminal &&
  l.words >= PAYWALL_HEAD_MIN_WORDS &&
  l.words <= PAYWALL_HEAD_MAX_WORDS &&
  /\p{Lu}/u.test(l.text) &&
  !/\p{Ll}/u.test(l.text);

/** A short question, a button perhaps after it ("Already a member? Log in"). */
const isLoginQuestion = (l: Line | undefined): boolean =>
  l !== undefined &&
  l.words <= LOGIN_LINE_MAX_WORDS &&
  /[?？]/u.test(l.text) &&
  !ANY_SENTENCE_BREAK.test(l.text.replace(/[?？]\s/u, ''));

/**
 * A paywall box set inside the text, in words no list knows: a heading in capitals, a pitch of
 * one sentence stating a figure (the price), buttons of a few words perhaps, and a short question
 * closing it ("MEMBERS ONLY", "Read on from 3 a month.", "Join", "Already a member? Log in"), the
 * story going on under it. A subheading in capitals is followed by the story's paragraphs, not by
 * a price and a question. The box's indices, or none.
 */
function paywallBox(lines: Line[], i: number): number[] {
  if (!isCapitalsLine(lines[i]!) || lines[i - 1]?.prose !== true) return [];
  let priced = false;
  for (let j = i + 1; j <= i + PAYWALL_REACH && j < lines.length; j++) {
    const l = lines[j]!;
    if (priced && isLoginQuestion(l) && lines[j + 1]?.prose === true)
      return Array.from({ length: j - i + 1 }, (_, k) => i + k);
    if (isPitch(l) && /\p{N}/u.test(l.text)) priced = true;
    else if (l.prose || l.words > BUTTON_MAX_WORDS) return [];
  }
  return [];
}

/** An input field's placeholder ("Type your address…"): a few words closing on an ellipsis. */
const isPlaceholder = (l: Line | undefined): boolean =>
  l !== undefined && l.words <= FIELD_MAX_WORDS && !l.prose && /(?:…|\.\.\.)$/u.test(l.text);

/**
 * A sign-up box in words no list knows, its pitch at `i`: a pitch of a sentence or two, an input
 * field's placeholder, and a button of a word or two that the page prints elsewhere too (its
 * masthead's "Subscribe"). A story's line closing on an ellipsis is not followed by a control the
 * page repeats. The box's indices, or none.
 */
function placeholderBox(lines: Line[], i: number): number[] {
  const [pitch, field, button] = [lines[i]!, lines[i + 1], lines[i + 2]];
  if (!pitch.terminal || pitch.words > PITCH_MAX_WORDS || !isPlaceholder(field) || button === undefined)
    return [];
  const pressed =
    button.recurs >= 2 &&
    button.words <= SIGN_UP_BUTTON_MAX_WORDS &&
    !button.prose &&
    !/[\p{N}\p{P}]$/u.test(button.text);
  return pressed ? [i, i + 1, i + 2] : [];
}

/** Words of a box's label and of the line that closes it. */
const FRAME_LABEL_MAX_WORDS = 3;
const FRAME_END_MAX_WORDS = 6;
/** Lines a framed box may hold between its label and its end. */
const FRAME_REACH = 6;

/**
 * A box the page frames with a label and an end line that repeats the label's last word
 * ("Further information" … "End of further information"), as screen-reader text marks where
 * it stops. The two frame lines' indices; what is between is paragraphs, and stays.
 */
function boxFrame(lines: Line[], i: number): number[] {
  const head = lines[i]!;
  if (head.words > FRAME_LABEL_MAX_WORDS || head.prose || head.terminal || !head.label) return [];
  const last = head.key.split(' ').pop()!;
  for (let j = i + 1; j <= i + FRAME_REACH && j < lines.length; j++) {
    const end = lines[j]!;
    const closes = j > i + 1 && end.key.length > head.key.length && end.key.endsWith(` ${last}`);
    if (closes && end.words <= FRAME_END_MAX_WORDS && !end.prose && !end.terminal) return [i, j];
    // The box holds text; two list headers ("More news" … "Most read news") hold titles.
    if (!end.prose) return [];
  }
  return [];
}

/** Lines of a sign-up box's pitch between its heading and the text it interrupts. */
const PROMO_BOX_REACH = 2;
/** Paragraphs after a sign-up box that show the text goes on. */
const RESUMED_PARAGRAPHS = 2;

/**
 * A newsletter's sign-up heading usually closes the text; but one boxed inside it is followed,
 * past a line of pitch or so, by paragraphs of the story again. Then it is a box, not the end.
 */
function promoInText(lines: Line[], i: number): boolean {
  if (!isNewsletterPromo(lines[i]!.text) || lines[i - 1]?.prose !== true) return false;
  let j = i + 1;
  while (j <= i + PROMO_BOX_REACH && lines[j]?.noise === true) j++;
  const after = lines.slice(j, j + RESUMED_PARAGRAPHS);
  return after.length === RESUMED_PARAGRAPHS && after.every((n) => n.prose && !n.noise);
}

/** Words of an ad slot's notice ("The story continues below the advertisement") at most. */
const AD_NOTICE_MAX_WORDS = 8;

/**
 * A line beside an advertisement label that names the advertisement in the label's own word or a
 * form of it ("Die Geschichte geht nach der Anzeige weiter" … "Anzeige"): the ad slot's notice, in
 * any language the label list knows. A sentence of the story ends like one.
 */
function announcesAdvert(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  if (l.words < 2 || l.words > AD_NOTICE_MAX_WORDS || /[.!?…]$/u.test(l.text)) return false;
  const words = l.key.split(' ');
  return [lines[i - 1], lines[i + 1]].some((n) => {
    const label = n && advertLabel(n.text);
    if (!label || label.includes(' ')) return false;
    const least = Math.max(STEM_MIN_LETTERS, label.length - 2);
    return words.some((w) => sharedPrefixLength(w, label) >= least);
  });
}

/**
 * A word alone between two paragraphs, spelled like an ad label in a language no list knows: the
 * ad slot's label. A heading is followed by its paragraph but rarely sits in one's place like this.
 */
function labelsAdSlot(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  return (
    l.words === 1 &&
    lines[i - 1]?.prose === true &&
    lines[i + 1]?.prose === true &&
    spelledLikeAdvertLabel(l.key)
  );
}

/** Words of a poll's question at most ("Was this page helpful?"), and of each of its answers. */
const POLL_QUESTION_MAX_WORDS = 10;
const POLL_ANSWER_MAX_WORDS = 2;

/**
 * A feedback poll: a short question alone on its line, then two answer buttons or more ("Yes",
 * "No") of a word or two without punctuation. A question the text asks is answered by a
 * paragraph, not by buttons. The poll's lines, or none.
 */
function feedbackPoll(lines: Line[], i: number): number[] {
  const q = lines[i]!;
  if (q.words > POLL_QUESTION_MAX_WORDS || !/[?？؟;]$/u.test(q.text) || ANY_SENTENCE_BREAK.test(q.text))
    return [];
  let j = i + 1;
  const isAnswer = (l: Line | undefined): boolean =>
    l !== undefined && l.words <= POLL_ANSWER_MAX_WORDS && !l.prose && !/[\p{P}]$/u.test(l.text);
  while (isAnswer(lines[j])) j++;
  return j - i - 1 >= 2 ? Array.from({ length: j - i }, (_, k) => i + k) : [];
}

/** Printed width of a poll's answer button at most, a Chinese or Japanese character counting two. */
const POLL_BUTTON_MAX_CHARS = 20;
/**
 * Words of a poll's answer under a list at least: an answer is a phrase ("Not helpful"), where the
 * page's controls in words no list knows ("Share", "Comments") are one word each.
 */
const POLL_BUTTON_MIN_WORDS = 2;

/**
 * A feedback prompt closing a list of titles ("Tell us what you think of this article"): a line
 * with two answer buttons or more under it, short phrases without punctuation that no list knows,
 * and another list's header right after them. A title of the list is followed by another title or
 * by the list's end, not by buttons. The prompt's lines, or none.
 */
function pollClosingList(lines: Line[], i: number): number[] {
  const q = lines[i]!;
  if (q.words > POLL_QUESTION_MAX_WORDS || q.prose || q.furniture) return [];
  const isButton = (l: Line | undefined): boolean =>
    l !== undefined &&
    !l.noise &&
    !l.prose &&
    !/[\p{P}]$/u.test(l.text) &&
    l.words >= POLL_BUTTON_MIN_WORDS &&
    printedWidth(l.text) <= POLL_BUTTON_MAX_CHARS;
  let j = i + 1;
  while (isButton(lines[j])) j++;
  // Another list's header: the page's closing links (its terms, its privacy) end the page instead.
  const ends = lines[j]?.furniture === 'related' || lines[j]?.furniture === 'popular';
  return j - i - 1 >= 2 && ends ? Array.from({ length: j - i }, (_, k) => i + k) : [];
}

/** Words of a control row's label ("Share:") at most. */
const CONTROL_LABEL_MAX_WORDS = 3;
/** Control lines under a label that make it their row's label. */
const LABELLED_CONTROLS = 2;

/**
 * "<Share>:" in words no list knows, over a row of controls printed a line each (the networks,
 * "Copy link"): a word or three ending in a colon, with two controls of a word or two under it.
 * A sentence that introduces a list is longer, and its items are the story's words, not controls.
 */
function labelsControls(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  if (!/[:：]$/u.test(l.text) || l.words > CONTROL_LABEL_MAX_WORDS || l.prose || l.furniture) return false;
  const under = lines.slice(i + 1, i + 1 + LABELLED_CONTROLS);
  return under.length === LABELLED_CONTROLS && under.every((n) => n.furniture === 'drop' && n.words <= 2);
}

/** "Comments 3", "3 comments", "3 <comments> <here>": a word or two and a count, in words no list knows. */
const COUNTED_HEAD = /^(?:\p{L}+(?:\s+\p{L}+)?\s+[(（]?\d+[)）]?|\d+(?:\s+\p{L}+){1,2})$/u;
/** "Ann L.: What a loss.": a reader's name of a few capitalised words, a colon, the comment. */
const SIGNED_COMMENT =
  /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}\s*[:：]\s+\S+(?:\s+\S+){2}/u;
/** A reader's account name: one word of letters, figures, dots, underscores and hyphens. */
const HANDLE = /^[\p{L}\p{N}_.-]{3,30}$/u;
/** Comments under a counted header that show a section of them, at least. */
const HANDLED_COMMENTS_MIN = 2;
/** Lines between two readers' names at most: the comment, and its time and reply button. */
const COMMENT_LINES_MAX = 3;

/**
 * "ann_lee88" over "What a loss." (over "2 h · Reply"), twice or more: readers' account names of
 * one word, each over a comment of a line or two and perhaps its stamp, none a paragraph's length.
 */
function handledComments(lines: Line[], from: number): boolean {
  let names = 0;
  let j = from;
  while (names < HANDLED_COMMENTS_MIN && j < lines.length && HANDLE.test(lines[j]!.text)) {
    const said = lines.slice(j + 1, j + 1 + COMMENT_LINES_MAX);
    const next = said.findIndex((n) => HANDLE.test(n.text));
    const comment = said.slice(0, next < 0 ? said.length : next);
    if (comment.length === 0 || comment.some((n) => n.words > PITCH_MAX_WORDS)) return false;
    names += 1;
    j += 1 + (next < 0 ? said.length : next);
  }
  return names >= HANDLED_COMMENTS_MIN;
}

/**
 * A comment section in words no list knows: its counted header ("Comments 3") right over a
 * reader's signed comment ("Ann L.: …"), or over readers' account names each over a comment.
 * The story is over there.
 */
function headsComments(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  if (l.prose || l.terminal || !COUNTED_HEAD.test(l.text)) return false;
  const k = lines.findIndex((n, j) => j > i && !n.noise);
  return k > i && (SIGNED_COMMENT.test(lines[k]!.text) || handledComments(lines, k));
}

/**
 * "… [Accept]", "<Sign up> [e-mail] <Send>": a button or a form's field, which a dump prints in
 * brackets after words of the form's own. A title links to a story, it holds no control.
 */
const FORM_CONTROL = /\S\s*[[［][^\]］]{1,30}[\]］]/u;

/**
 * A telephone number: an area code in brackets or opening with 0 (a country's code before it or
 * not), then groups of digits, eight digits or more in all ("0800 770 1950", "(021) 555 0199").
 * A title may hold a figure; a number to call is a contact block's.
 */
const PHONE = /(?:\+\d{1,3}\s?)?(?:\(\d{2,5}\)|(?<!\d)0\d{1,4})(?:[\s-]\d{2,5}){1,3}(?![\d.,])/u;
const PHONE_MIN_DIGITS = 8;
const holdsPhone = (t: string): boolean => {
  const m = PHONE.exec(t);
  return m !== null && (m[0].match(/\d/gu)?.length ?? 0) >= PHONE_MIN_DIGITS;
};

/** A form's control or a number to call: a line of the page's, never a story's title. */
export const holdsControlOrPhone = (t: string): boolean => FORM_CONTROL.test(t) || holdsPhone(t);

/**
 * Two labels of a pager ("Previous post:" over "Next post:", "<previous one>：" over "<next
 * one>："): different, yet they share a word, or, written without spaces, all letters but one.
 */
function pagerLabels(a: string, b: string): boolean {
  if (a === b || wordCount(a) !== wordCount(b)) return false;
  if (/\s/u.test(a)) return a.split(/\s+/u).some((w) => b.split(/\s+/u).includes(w));
  const [x, y] = [[...a], [...b]];
  return x.length === y.length && x.length >= 2 && x.filter((c, k) => c !== y[k]).length === 1;
}

/**
 * What ends a related list once it has titles, in words no list knows: a form or a button (a
 * cookie notice, a newsletter's box), a contact line with a number to call, or a pager's two
 * labelled links (the previous and the next story).
 */
function closesRelatedList(lines: Line[], i: number): boolean {
  const [l, next] = [lines[i]!, lines[i + 1]];
  if (holdsControlOrPhone(l.text)) return true;
  return l.labelled !== null && next?.labelled != null && pagerLabels(l.labelled.label, next.labelled.label);
}

/**
 * A line that ends a related list once it has titles: a header ending in a colon ("Supported
 * by:", in any language), which introduces another block; no title ends so.
 */
const endsRelatedList = (l: Line): boolean =>
  !l.prose && /[:：]$/u.test(l.text) && wordCount(l.text.replace(/\s*[:：]$/u, '')) <= LIST_HEADER_MAX_WORDS;

/** Titles a list holds at least before a blank line may end it. */
const TIGHT_LIST_MIN_ITEMS = 2;

/**
 * A related list's titles printed a line each with no blank line between them, the way a page's
 * link list is dumped: the first blank line under them closes the list, and the lines after it
 * (a sign-up box, the site's address, a comment form's heading) are another block's.
 */
const closesTightList = (lines: Line[], i: number, items: number): boolean =>
  closesTightRun(lines, i - items, i, (_above, l) => l.gapAbove === true);

/**
 * "Read also" over one title with no blank line between them, then a blank line and a line over
 * a paragraph: the insert linked that one story, and the text resumes with a subheading.
 */
const closesInsert = (lines: Line[], i: number, items: number): boolean =>
  items === 1 &&
  lines[i]!.gapAbove === true &&
  lines[i - 1]?.gapAbove === false &&
  lines[i - 2]?.furniture === 'related' &&
  lines[i - 2]?.gapAbove === true &&
  lines[i + 1]?.prose === true;

function readLine(lines: Line[], i: number, s: State, titleKey: string, dropped: string[]): void {
  const l = lines[i]!;
  if (!s.footer && headsComments(lines, i)) {
    s.list = null;
    s.footer = true;
    return void dropped.push(l.text);
  }
  if (s.list === 'related' && s.listItems > 0 && closesRelatedList(lines, i)) {
    s.list = null;
    s.footer = true;
  }
  if (announcesAdvert(lines, i)) s.boxed.add(i);
  if (labelsAdSlot(lines, i) || labelsSiteLink(lines, i, s.linkEntries)) s.boxed.add(i);
  if (!s.list && !s.footer && (noteOnTranscript(lines, i) || labelsTranscript(lines, i))) s.boxed.add(i);
  const kind = l.furniture === 'footer' && promoInText(lines, i) ? 'drop' : l.furniture;
  // A question inside a list of titles is one more title, not a poll, unless buttons close the list.
  const poll = s.list
    ? s.list === 'related' && s.listItems > 0
      ? pollClosingList(lines, i)
      : []
    : feedbackPoll(lines, i);
  const boxes = [
    ...callToAction(lines, i),
    ...boxFrame(lines, i),
    ...poll,
    ...signUpBox(lines, i),
    ...placeholderBox(lines, i),
    ...controlPitch(lines, i),
  ];
  for (const j of [...boxes, ...interruptingBox(lines, i), ...paywallBox(lines, i)]) s.boxed.add(j);
  if (l.key === titleKey || s.boxed.has(i) || labelsControls(lines, i)) return void dropped.push(l.text);
  if (isAdvertLabel(l.text)) for (const j of advertBox(lines, i)) s.boxed.add(j);
  if (s.shareBar && !kind && isNetwork(l)) return void dropped.push(l.text);
  // The share buttons under the related list close the article: what follows (the shop's or the
  // comments' prompts) is the page's.
  if (s.list === 'related' && s.listItems > 0 && (isShareRow(l) || isShareColumn(lines, i))) {
    s.list = null;
    s.footer = true;
    return void dropped.push(l.text);
  }
  s.shareBar = kind === 'drop' && (opensShareBar(l.text) || s.shareBar);
  // A tag row ends the text, yet the related list printed under it, under a header in words no
  // list knows, is still to be read by its shape: the row alone is dropped.
  if (kind === 'footer' && !s.list && !s.footer && isTagRow(l.text)) {
    s.tagged = true;
    return void dropped.push(l.text);
  }
  if (kind === 'related' || kind === 'popular' || kind === 'footer') {
    s.list = kind === 'footer' ? null : kind;
    s.listItems = 0;
    if (kind !== 'related') s.footer = true;
    return void dropped.push(l.text);
  }
  if (!kind) signOff(lines, i, s, dropped);
  const by = kind ? null : l.byline;
  const labelledDate = l.dates.some((d) => d.label !== null);
  if (labelledDate) s.dates.push(...l.dates);
  // "<Posted>: …" over "<Edited>: …" in words no list knows: the pair's earlier is the first-published.
  else if (!kind) s.dates.push(...(stampLines(l, lines[i + 1]) ?? []));
  if (
    kind ||
    by ||
    l.timeLine ||
    labelledDate ||
    l.breadcrumb ||
    isConsentText(l.text, 3) ||
    (isListMeta(l.text) && !arrowBulleted(lines, i))
  ) {
    if (by?.names && !s.byline) takeBylineRow(l, by.names, s);
    if (by?.credit) s.footer = true;
    return void dropped.push(l.text);
  }
  if (l.related) {
    s.labelWords.push(...labelWordsOf(l.text, l.related));
    return void s.related.push(l.related);
  }
  if (!s.list && !s.footer && headsBulletedTitles(lines, i)) {
    s.list = 'related';
    s.listItems = 0;
    return void dropped.push(l.text);
  }
  const linked = labelledTitle(lines, i, s.list === null);
  if (linked) {
    s.labelWords.push(...labelWordsOf(l.text, linked));
    return void s.related.push(linked);
  }
  const under = s.footer || s.list ? null : labelOverTitle(lines, i);
  if (under) {
    s.related.push(under);
    s.boxed.add(i + 1);
    return void dropped.push(l.text);
  }
  if (l.imagePair || l.markedInBody || isPhotoCredit(l, s)) return dropCaption(lines, i, s, dropped);
  if (
    s.list === 'related' &&
    s.listItems > 0 &&
    (isOtherListHeader(l, lines[i + 1]) || headsMostRead(l, lines[i + 1], s.labelWords))
  ) {
    // Another list's header, in words no list knows ("most read"): the related list has ended.
    s.list = null;
    s.footer = true;
    return void dropped.push(l.text);
  }
  // Under a most-read list, a header in words no list knows over titles opens the page's related
  // list, when none came before ("Most read", three titles, "You may also like", two titles).
  if (s.list === 'popular' && s.related.length === 0 && lines[i - 1]?.furniture !== 'popular') {
    if (isOtherListHeader(l, lines[i + 1])) {
      s.list = 'related';
      s.listItems = 0;
      return void dropped.push(l.text);
    }
  }
  if (s.list === 'related' && s.listItems > 0 && endsRelatedList(l)) {
    s.list = null;
    s.footer = true;
    return void dropped.push(l.text);
  }
  if (s.list === 'related' && closesTightList(lines, i, s.listItems)) {
    // The blank line under a run of titles printed without one between them: the list is over.
    s.list = null;
    if (!resumesProse(l, lines[i + 1])) s.footer = true;
  }
  if (s.list === 'related' && closesInsert(lines, i, s.listItems)) s.list = null;
  if (s.list) {
    if (!resumesProse(l, lines[i + 1])) {
      if (s.list === 'related' && l.words >= 2 && isListItem(l)) {
        s.related.push(l.text.replace(BULLET, ''));
        s.listItems += 1;
        // Two titles under a header are a list; one is an inline link with a label of its own.
        s.listed ||= s.listItems >= 2;
      } else dropped.push(l.text);
      return;
    }
    s.list = null;
  }
  // Under a signature block, a short header over titles opens the page's list of links.
  if (s.signed && !s.list && isOtherListHeader(l, lines[i + 1])) {
    s.list = 'related';
    s.listItems = 0;
    return void dropped.push(l.text);
  }
  if (s.footer || (s.tagged && l.prose)) return void dropped.push(l.text);
  const signer = s.at[s.at.length - 1] === i - 1 ? signatureUnderLabel(lines, i) : null;
  if (signer) {
    // The signature block closes the text: its name, role and contacts are not the story's.
    s.byline ??= signer;
    s.footer = true;
    s.signed = true;
    s.boxed.add(i + 1);
    return void dropped.push(l.text);
  }
  // "(Ann Lee)" right under a paragraph: the reporter signs the text, as some papers print it.
  const signed =
    s.at[s.at.length - 1] === i - 1 && lines[i - 1]!.prose
      ? (bracketedSignature(l.text) ??
        (BULLET.test(lines[i + 1]?.text ?? '') ? null : dashedSignature(l.text)) ??
        labelledSignature(l, lines[i + 1], lines[i + 2]) ??
        roleSignature(l, lines[i + 1], lines[i + 2]) ??
        wordsThenNameSignature(l, lines[i + 1], lines[i + 2]))
      : bareSignature(lines, i, s.at[s.at.length - 1]);
  if (signed) {
    s.byline ??= signed;
    return void dropped.push(l.text);
  }
  s.body.push(l.text);
  s.at.push(i);
}

/** Words of the name in a labelled signature; the place after its comma is one or two. */
const SIGNATURE_NAME_MIN_WORDS = 2;
const SIGNATURE_NAME_MAX_WORDS = 4;
const SIGNATURE_PLACE_MAX_WORDS = 2;

/** Words of a role after a signature's comma, in a script without capitals ("<media officer>"). */
const SIGNATURE_ROLE_MAX_WORDS = 3;

/** A title's abbreviation before a name: a few letters and a dot ("Dr.", "Prof.", "डॉ."). */
const TITLE_ABBREVIATION = /^[\p{L}\p{M}]{1,5}\.\s+/u;

/** One to `max` words of a script without capitals, letters and marks only. */
const isCaselessWords = (s: string, max: number): boolean =>
  wordCount(s) <= max && /^[\p{Lo}\p{M}]+(?:\s[\p{Lo}\p{M}]+)*$/u.test(s.trim());

/** A signature's label may take three short words ("Name of reporter: …"), a colon of any script. */
const SIGNATURE_LABEL = /^\p{L}[\p{L}\p{M}'’]{1,20}(?:\s\p{L}[\p{L}\p{M}'’]{1,20}){0,2}\s*[:：៖፡]\s*(\S.*)$/u;

/**
 * What may follow a signature: the page's end, its furniture, another "label: value" row that
 * is no paragraph (the story's tags, its category) before the furniture starts, or the short
 * header of a list of titles in words no list knows (`after` is the line under `next`).
 */
const signatureCloses = (next: Line | undefined, after?: Line): boolean =>
  next === undefined ||
  next.noise ||
  next.furniture !== null ||
  (next.labelled !== null && !next.prose) ||
  (after !== undefined && isOtherListHeader(next, after));

/**
 * "Reported by: Ann Lee, Townsville" in words no list knows, closing the text: a label of a word
 * or two, a person's name and perhaps the place filed from, right under the last paragraph and
 * over the page's furniture (or its end). The reporter signing the story; the name, or null.
 */
function labelledSignature(l: Line, next: Line | undefined, after: Line | undefined): string | null {
  const value = l.labelled?.value ?? SIGNATURE_LABEL.exec(l.text)?.[1];
  if (value === undefined || !signatureCloses(next, after)) return null;
  const [name = '', place, ...more] = value.split(/\s*,\s*/u);
  const words = name.split(/\s+/u).length;
  // In a script without capitals the label and the place under the text vouch for the name, which
  // may open with a title's abbreviation ("Dr.", "<Dr.> <name>" in its own script).
  const caseless = isCaselessName(name.replace(TITLE_ABBREVIATION, ''));
  const nameShaped = isNameLike(name) || caseless;
  // After the comma, the place filed from or, where no capitals tell the two apart, the role.
  const placeOk =
    place === undefined ||
    (isNameLike(place) && wordCount(place) <= SIGNATURE_PLACE_MAX_WORDS) ||
    (caseless && isCaselessWords(place, SIGNATURE_ROLE_MAX_WORDS));
  const named = words >= SIGNATURE_NAME_MIN_WORDS && words <= SIGNATURE_NAME_MAX_WORDS && nameShaped;
  return named && placeOk && more.length === 0 ? name : null;
}

/**
 * "Ann Lee, press officer | ann.lee@example.com" right under the last paragraph and over the
 * page's furniture (or its end): a name with the writer's role or contact, no sentence of its own,
 * is the writer signing the text. The name, or null.
 */
function roleSignature(l: Line, next: Line | undefined, after: Line | undefined): string | null {
  if (l.author === null || l.author === l.text || l.prose || l.terminal) return null;
  const words = wordCount(l.author);
  const named = words >= SIGNATURE_NAME_MIN_WORDS && words <= SIGNATURE_NAME_MAX_WORDS;
  return named && signatureCloses(next, after) ? l.author : null;
}

/** Words of a "written by" in words no list knows, before the name of a closing signature. */
const SIGNATURE_BY_MAX_WORDS = 4;

/**
 * "Written by Ann Lee, the parish's press officer" closing the text, in words no list knows: a few
 * words in lower case (the first may open with a capital), then a name of capitalised words, then
 * a comma and a role in lower case. The words before the name are the language's "written by";
 * under the last paragraph the line is the writer signing. The name, or null.
 */
function wordsThenNameSignature(l: Line, next: Line | undefined, after: Line | undefined): string | null {
  const m = /^([^,]+?),\s*(\p{Ll}[^,.!?\d]*)$/u.exec(l.text);
  if (!m || l.terminal || !signatureCloses(next, after)) return null;
  const words = m[1]!.split(/\s+/u);
  for (let k = 1; k <= SIGNATURE_BY_MAX_WORDS && k < words.length; k++) {
    const by = words.slice(0, k);
    if (!by.every((w, n) => (n === 0 ? /^\p{L}\p{Ll}*$/u : /^\p{Ll}+$/u).test(w))) return null;
    const name = words.slice(k);
    const named =
      name.length >= SIGNATURE_NAME_MIN_WORDS &&
      name.length <= SIGNATURE_NAME_MAX_WORDS &&
      name.every((w) => /^\p{Lu}/u.test(w));
    if (named && isNameLike(name.join(' '))) return name.join(' ');
  }
  return null;
}

/** Words of a signature block's label at most ("Information prepared by:"). */
const SIGNATURE_HEAD_MAX_WORDS = 3;

/**
 * "Prepared by:" alone under the last paragraph, in words no list knows, and a person's name
 * on the next line, then no paragraph (the signer's role, contacts, the page's furniture): a
 * press office's signature block. The name, or null.
 */
function signatureUnderLabel(lines: Line[], i: number): string | null {
  const [l, name, after] = [lines[i]!, lines[i + 1], lines[i + 2]];
  if (!lines[i - 1]?.prose || l.prose || !/[:：]$/u.test(l.text) || l.words > SIGNATURE_HEAD_MAX_WORDS)
    return null;
  if (!name || name.prose || name.noise || after?.prose === true) return null;
  const words = name.words;
  const named = name.author === name.text || isNameLike(name.text) || isCaselessName(name.text);
  return named && words >= SIGNATURE_NAME_MIN_WORDS && words <= SIGNATURE_NAME_MAX_WORDS ? name.text : null;
}

/** Words of a name signing the text alone. */
const BARE_SIGNATURE_MIN_WORDS = 2;
const BARE_SIGNATURE_MAX_WORDS = 4;

/**
 * "Ann Lee" alone under the last paragraph (furniture such as an ad label between them or not)
 * and over the page's furniture or its end: the reporter signs the text with a bare name. The
 * name, or null. `last` is the index of the last line kept in the body.
 */
function bareSignature(lines: Line[], i: number, last: number | undefined): string | null {
  const l = lines[i]!;
  if (l.author === null || l.author !== l.text || last === undefined || !lines[last]!.prose) return null;
  if (l.words < BARE_SIGNATURE_MIN_WORDS || l.words > BARE_SIGNATURE_MAX_WORDS) return null;
  if (!lines.slice(last + 1, i).every((x) => x.noise)) return null;
  return signatureCloses(lines[i + 1]) ? l.author : null;
}

/**
 * A date line, bare or after a label in words no list knows and a colon ("Posted: 14/03/2026
 * 08:30" in any language).
 */
const dateAlone = (l: Line): boolean => l.timeLine || (l.labelled !== null && isDateLine(l.labelled.value));

/**
 * "By Ann Lee | 14 March 2026 - 18:40 (GMT-3) | 1,204 reads": the author's row under the text
 * gives the byline, and the dates it prints beside the name count as the page's, as a sign-off's
 * and as the header's byline row's do.
 */
function takeBylineRow(l: Line, names: string, s: State): void {
  s.byline = names;
  if (mentionsDate(l.text)) s.dates.push(...datesIn(l.text));
}

/**
 * A sign-off under the text: the author's name alone on a line, then a date line, straight after
 * a paragraph ("Ann Lee" / "14/03/2026 08:30"), as pages that print both under the story do. The
 * name is the byline and the date counts as the page's; the name leaves the body.
 */
function signOff(lines: Line[], i: number, s: State, dropped: string[]): void {
  const l = lines[i]!;
  const name = lines[i - 1];
  if (l.dates.length === 0 || !dateAlone(l) || !name?.author || name.furniture || !lines[i - 2]?.prose)
    return;
  if (s.at[s.at.length - 1] === i - 1) {
    s.at.pop();
    dropped.push(s.body.pop()!);
  }
  s.byline ??= name.author;
  s.dates.push(...l.dates);
}

/**
 * An unmarked credit line ("Ann Lee for Example Weekly") naming someone other than the author, or
 * the name alone that the header credits for the pictures: printed again under each photo's
 * caption, it is that photo's credit.
 */
const isPhotoCredit = (l: Line, s: State): boolean =>
  (l.outletCredit !== null && !(s.author ?? '').includes(outletCreditName(l.outletCredit))) ||
  (s.photographer !== null && l.key === s.photographer);

/** Paragraphs a lead photo may stand under: pages that open with the dateline paragraph. */
const LEAD_CAPTION_AFTER = 1;

/**
 * No paragraph before the page's furniture after a photo's credit: the picture printed under the
 * text's last paragraph, as some dumps place it, is the story's as much as one over the first.
 */
function nothingOfStoryAfter(rest: Line[]): boolean {
  const next = rest.find((l) => l.prose || l.noise);
  return next === undefined || next.noise;
}

/** A caption or credit line; a credit alone also takes the caption printed just before it. */
function dropCaption(lines: Line[], i: number, s: State, dropped: string[]): void {
  const l = lines[i]!;
  const marked = l.markedInBody;
  if (s.body.length <= LEAD_CAPTION_AFTER && s.image === null && marked?.caption)
    s.image = { url: null, caption: marked.caption, credit: marked.credit };
  const prev = s.body[s.body.length - 1];
  const creditOnly =
    (l.markedInBody !== null && l.markedInBody.caption === null) || (!l.markedInBody && !l.imagePair);
  if (creditOnly && prev !== undefined && prev.length <= 200 && s.at[s.at.length - 1] === i - 1) {
    s.at.pop();
    dropped.push(s.body.pop()!);
    // A caption and its credit line right under the first paragraph: the lead photo's.
    const credit = l.markedInBody?.credit ?? null;
    const lead = s.body.length <= LEAD_CAPTION_AFTER || nothingOfStoryAfter(lines.slice(i + 1));
    if (credit !== null && s.image === null && lead) s.image = { url: null, caption: prev, credit };
  }
  dropped.push(l.text);
}

/** Lines of a box's heading over its rows (its name, a verdict's badge) at most. */
const BOX_HEAD_LINES = 2;
/** Words of a box's heading line, and of a row's label, at most. */
const BOX_HEAD_MAX_WORDS = 4;
const ROW_LABEL_MAX_WORDS = 5;
/** A labelled row states one sentence, shorter than a paragraph. */
const ROW_SENTENCE_MAX_WORDS = 25;

/** A heading in capitals ("RATING", "AT A GLANCE"): a box's, not the story's words. */
const isCapitalsHeading = (l: Line | undefined): boolean =>
  l !== undefined &&
  !l.prose &&
  !l.terminal &&
  l.words <= BOX_HEAD_MAX_WORDS &&
  /\p{Lu}/u.test(l.text) &&
  !/\p{Ll}/u.test(l.text);

/** "The claim: …": a label of a few words, a colon, one sentence. The label, or null. */
export function rowLabel(l: Line): string | null {
  const m = /^([^:：]{2,60})[:：]\s+(\S.*)$/u.exec(l.text);
  if (!m || wordCount(m[1]!) > ROW_LABEL_MAX_WORDS || /[.!?…]/u.test(m[1]!)) return null;
  const one = !ANY_SENTENCE_BREAK.test(m[2]!) && wordCount(m[2]!) <= ROW_SENTENCE_MAX_WORDS;
  return one ? m[1]! : null;
}

/**
 * A box that opens the text under a heading in capitals (a fact check's rating, the alerts in
 * force): two rows or more of one shape (a table's cells, or "label: one sentence" each), a
 * control of a few words perhaps ("Show all"), then the story's first paragraph, with no label.
 * The story begins with its paragraph; the box sums it up or points elsewhere. The indices of the
 * rows and the control, or none.
 */
function headBox(lines: Line[], start: number): number[] {
  let r = start;
  while (r < start + BOX_HEAD_LINES && isCapitalsHeading(lines[r])) r++;
  const headed = [1, 2].some((k) => r - k >= 0 && isCapitalsHeading(lines[r - k]));
  if (!headed) return [];
  const labelled = (l: Line | undefined): boolean => l !== undefined && rowLabel(l) !== null;
  const shaped = lines[r]?.row === true ? (l: Line | undefined) => l?.row === true : labelled;
  let j = r;
  while (j < lines.length && shaped(lines[j])) j++;
  if (j - r < 2) return [];
  const rows = Array.from({ length: j - r }, (_, k) => r + k);
  const control = lines[j] !== undefined && isButton(lines[j]!) && lines[j + 1]?.prose === true;
  const next = lines[control ? j + 1 : j];
  if (next === undefined || !next.prose || labelled(next)) return [];
  return control ? [...rows, j] : rows;
}

/** Lines of a transcript under its note at least, and the note's words at most. */
const TRANSCRIPT_MIN_TURNS = 3;
const TEXT_NOTE_MAX_WORDS = 12;

/** "ANN LEE: …", "Ann Lee: …": a speaker's name of a word or three, a colon, what was said. */
const SPEAKER = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})\s*[:：]\s+\S/u;

/** The speakers of the turns from `from` on, one line each, read forward (`step` 1) or back (-1). */
function turnsFrom(lines: Line[], from: number, step: 1 | -1): string[] {
  const speakers: string[] = [];
  for (let j = from; j >= 0 && j < lines.length; j += step) {
    const m = SPEAKER.exec(lines[j]!.text);
    if (!m) break;
    speakers.push(sameKey(m[1]!));
  }
  return speakers;
}

/** Three turns or more, two of them by the same speaker: a transcript, not a list of labels. */
const isTranscript = (speakers: string[]): boolean =>
  speakers.length >= TRANSCRIPT_MIN_TURNS && new Set(speakers).size < speakers.length;

/** One short sentence that names no one (no capital after its first word). */
const isTextNote = (l: Line): boolean =>
  l.terminal &&
  l.words <= TEXT_NOTE_MAX_WORDS &&
  !ANY_SENTENCE_BREAK.test(l.text) &&
  !/\s\p{Lu}/u.test(l.text);

/**
 * A note on the text itself at a transcript's edge ("The talk has been shortened.", "Machine
 * made; errors are possible."): a short sentence that names no one, between the introduction and
 * the first of the turns, or right under the last one, over the page's furniture or its end. The
 * introduction names who speaks; a closing paragraph goes on in prose; the note speaks of the
 * text.
 */
function noteOnTranscript(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  if (!isTextNote(l)) return false;
  const over = lines[i - 1]?.prose === true && isTranscript(turnsFrom(lines, i + 1, 1));
  const closes = lines[i + 1] === undefined || !lines[i + 1]!.prose;
  return over || (closes && isTranscript(turnsFrom(lines, i - 1, -1)));
}

/**
 * A transcript's label: one word alone over its first turn, under a paragraph, that the note on
 * the transcript names ("Transcript" … "This transcript is machine made."). A subheading of
 * the story is not named by a note on the text.
 */
function labelsTranscript(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  if (l.words !== 1 || l.terminal || lines[i - 1]?.prose !== true) return false;
  const turns = turnsFrom(lines, i + 1, 1);
  if (!isTranscript(turns)) return false;
  const edges = [lines[i + turns.length + 1], lines[i - 1]].filter((n) => n !== undefined && isTextNote(n));
  const word = wordsOf(l.text)[0] ?? '';
  return word.length >= STEM_MIN_LETTERS && edges.some((n) => echoesWord(word, wordsOf(n!.text)));
}

/**
 * Letters of a shared stem at least ("pānuihia", read!, and "pānuitia", read, share "pānui"): a
 * shorter one is a word's ending or a small word's ("also", "more").
 */
const READ_STEM_LETTERS = 4;
/** Words of a most-read list's header at most ("<The news> <most> <read>"). */
const READ_HEADER_MAX_WORDS = 6;

/**
 * The words of the label a line prints over its inline link ("<Read> <also>: <title>", in any
 * language), folded, when the line is the label and the title; else none.
 */
function labelWordsOf(text: string, title: string): string[] {
  if (text === title || !text.endsWith(title)) return [];
  const label = text.slice(0, -title.length).replace(/[\s:：፦–—-]+$/u, '');
  if (label === '' || wordCount(label) > LINK_LABEL_MAX_WORDS) return [];
  return foldedContentWords(label).filter((w) => /\p{L}/u.test(w));
}

/** The words of `t` that are no function word, marks folded: what a label's and a header's words compare by. */
const foldedContentWords = (t: string): string[] =>
  t
    .split(/\s+/u)
    .filter((w) => !isStopword(w))
    .map(foldMarks);

/**
 * "<Most> <read>" over titles, in words no list knows: a short header holding another form of a
 * word of the label of the page's inline links ("<Read> <also>: …"; a shared stem, not the same
 * word) names the same verb, the readers' reading: it heads the site's most-read list, not the
 * story's links. The same word again is the label's "also" or "more" in a title.
 */
function headsMostRead(l: Line, next: Line | undefined, labelWords: readonly string[]): boolean {
  if (labelWords.length === 0 || l.prose || l.terminal || l.words > READ_HEADER_MAX_WORDS) return false;
  // Over a title (however short: a most-read list's may be a few words), not over text.
  if (next === undefined || next.prose || next.terminal) return false;
  return foldedContentWords(l.text).some((w) =>
    labelWords.some((v) => w !== v && sharedPrefixLength(w, v) >= READ_STEM_LETTERS),
  );
}

/** Walk the lines from `start`: keep prose, collect related links, drop furniture. */
export function readBody(
  lines: Line[],
  start: number,
  titleKey: string,
  dropped: string[],
  author: string | null = null,
  photographer: string | null = null,
): Body {
  const s: State = {
    body: [],
    related: [],
    dates: [],
    byline: null,
    list: null,
    listed: false,
    listItems: 0,
    footer: false,
    signed: false,
    tagged: false,
    shareBar: false,
    at: [],
    boxed: new Set([...mediaPlayer(lines, start), ...pageControls(lines, start), ...headBox(lines, start)]),
    author,
    photographer: photographer === null ? null : sameKey(photographer),
    image: null,
    linkEntries: linkRowEntries(lines),
    labelWords: [],
  };
  let chars = 0;
  for (let i = start; i < lines.length && chars < MAX_BODY_CHARS; i++) {
    const before = s.body.length;
    readLine(lines, i, s, titleKey, dropped);
    if (s.body.length > before) chars += lines[i]!.text.length;
  }
  dropPaywallCount(lines, s, dropped);
  dropLiveSignOff(lines, s, dropped);
  const keptLines = s.at.map((i) => lines[i]!);
  const at = new Map(s.at.map((i) => [lines[i]!, i]));
  const boxed = teaserBoxes(keptLines, at);
  // Inline links alone ("Read also: X" in the text) leave the list under the text to find by shape;
  // a teaser box inside the text is the page's related list, and a list under the text is another.
  const found = boxed.length > 0 ? boxed : tailTeasers(keptLines, at, lines, s.labelWords);
  const listed = s.listed ? s.related : [...s.related, ...found];
  const related = withoutClosingLinks(listed, lines);
  const kept = dropRepeatedTitles(
    dropReadAlso(dropTeasers(withoutLoneLabel(keptLines, dropped), at, dropped), related, dropped),
    related,
    dropped,
  );
  return { body: kept, related, dates: s.dates, byline: s.byline, image: s.image };
}

/** Entries of a live page at least, each closed by the same control. */
const LIVE_ENTRIES_MIN = 3;
/** A clock time alone on its line ("17:25", "9.05"): a live entry's stamp. */
const CLOCK_STAMP = /^\d{1,2}[:.]\d{2}$/u;

/**
 * A live page's closing notice ("Coverage has ended. Back tomorrow at eight."): where the text's
 * paragraphs are entries stamped with a clock time alone, each closed by one control printed
 * under every one of them (its share button), a paragraph after the last entry's control and no
 * stamp of its own is the page speaking, not an entry.
 */
function dropLiveSignOff(lines: Line[], s: State, dropped: string[]): void {
  const closers = new Map<string, number[]>();
  for (const i of s.at) {
    const next = lines[i + 1];
    if (next?.furniture === 'drop') closers.set(next.key, [...(closers.get(next.key) ?? []), i + 1]);
  }
  const closes = [...closers.values()].find((at) => at.length >= LIVE_ENTRIES_MIN);
  const stamps = s.at.filter((i) => CLOCK_STAMP.test(lines[i - 1]?.text ?? '')).length;
  if (!closes || stamps < LIVE_ENTRIES_MIN) return;
  const last = closes[closes.length - 1]!;
  const stamped = (k: number): boolean => lines.slice(last, k).some((l) => CLOCK_STAMP.test(l.text));
  const keep = s.at.map((i) => i < last || stamped(i));
  s.body.forEach((t, k) => {
    if (!keep[k]) dropped.push(t);
  });
  s.body = s.body.filter((_, k) => keep[k]);
  s.at = s.at.filter((_, k) => keep[k]);
}

/** Words of an advertisement's label in the text ("Advertisement", "Anzeige") at most. */
const AD_LABEL_MAX_WORDS = 2;

/** One word in capitals ("PROMO"): capitals hide a word's case, as a caseless script has none. */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}\p{M}]+$/u;

/**
 * An ad slot's label left in the text, in a script without capitals or as one word in capitals
 * (a label no list knows): a word or two alone between
 * two paragraphs, not ending like a sentence. A subheading has that shape too, but a story that
 * has subheadings has more than one (and a recipe's head lists, not paragraphs); the same label
 * printed between several pairs of paragraphs is the slot's, however many.
 */
function withoutLoneLabel(kept: Line[], dropped: string[]): Line[] {
  const lone = kept.filter(
    (l, i) =>
      i > 0 &&
      l.words <= AD_LABEL_MAX_WORDS &&
      !l.terminal &&
      !l.prose &&
      (isCaseless(l.text) || CAPITALS_WORD.test(l.text)) &&
      kept[i - 1]!.prose &&
      kept[i + 1]?.prose === true,
  );
  const keys = new Set(lone.map((l) => l.key));
  if (lone.length === 0 || keys.size > 1) return kept;
  for (const l of lone) dropped.push(l.text);
  return kept.filter((l) => !lone.includes(l));
}

/** Words of a closing link at most ("Contact us", "Cookie settings"); a teaser title is longer. */
const CLOSING_LINK_MAX_WORDS = 3;
/** A closing link in a language whose words are syllables ("Chính sách bảo mật"): short in letters. */
const CLOSING_LINK_MAX_CHARS = 20;
const CLOSING_LINK_SYLLABLES = 4;

/**
 * A line of the page's closing links: the footer's furniture, a row of links joined by bars (two
 * are enough here, "Contact | Site map"), or a link of a few words without a sentence's end.
 */
function isClosingLink(l: Line): boolean {
  if (l.furniture === 'footer' || l.noise) return true;
  if (l.prose || l.terminal) return false;
  // Languages that join words into long ones title a story in three (LONG_WORDS_TITLE_CHARS).
  const short = l.words <= CLOSING_LINK_MAX_WORDS && l.text.length < LONG_WORDS_TITLE_CHARS;
  const syllables = l.words <= CLOSING_LINK_SYLLABLES && l.text.length <= CLOSING_LINK_MAX_CHARS;
  const row = l.text.split(/\s*[｜|]\s*|\s+[·•]\s+/u);
  const shortPart = (p: string): boolean =>
    wordCount(p) <= CLOSING_LINK_MAX_WORDS || printedWidth(p) <= LIST_HEADER_MAX_CHARS;
  return short || syllables || (row.length >= 2 && row.every(shortPart));
}

/**
 * The page's closing links (privacy, terms, contact, the imprint) printed right after a related
 * list with no header between them: the run of short link lines that reaches the page's end is the
 * footer, not more titles. A title of the list is longer than any of them.
 */
function withoutClosingLinks(related: string[], lines: Line[]): string[] {
  let k = lines.length;
  while (k > 0 && isClosingLink(lines[k - 1]!)) k--;
  const closing = new Set(lines.slice(k).map((l) => l.key));
  const titles = related.filter((r) => !closing.has(sameKey(r)));
  return titles.length > 0 ? titles : related;
}

/** Words of a paywall's count of what is left ("60% of this article remains to be read"). */
const PAYWALL_COUNT_MAX_WORDS = 15;
/** Lines of the paywall's box read under its count. */
const PAYWALL_BOX_LINES = 2;

/**
 * A paywall cuts the text with a count of what is left ("You have 60% of this article left to
 * read") over its sign-in and subscribe controls: the last kept line, one short sentence with a
 * percentage, with furniture and no prose under it (the box's lines, kept for now, are not prose),
 * is that count, not the story's last paragraph.
 */
function dropPaywallCount(lines: Line[], s: State, dropped: string[]): void {
  let k = s.at.length - 1;
  while (k >= 0 && !lines[s.at[k]!]!.prose) k--;
  if (k < 0) return;
  const at = s.at[k]!;
  const l = lines[at]!;
  const percentages = l.text.match(/\p{N}\s?%/gu)?.length ?? 0;
  const count = l.words <= PAYWALL_COUNT_MAX_WORDS && percentages === 1 && !SENTENCE_BREAK.test(l.text);
  // The controls right under it; a line of the box may be in words no list knows.
  const box = lines.slice(at + 1, at + 1 + PAYWALL_BOX_LINES);
  // A wire story's credit line under its last paragraph is no paywall.
  if (!count || !box.some((x) => x.noise) || box.some((x) => x.prose || x.byline)) return;
  s.at.splice(k, 1);
  dropped.push(...s.body.splice(k, 1));
}

/**
 * A teaser headline: a title of several words, not a sentence (a name in quotes may close it),
 * opening with a capital (or a letter of a script without case, "शहर में …"); not a table's row.
 */
const isTeaser = (l: Line): boolean =>
  l.headline &&
  !l.prose &&
  (!l.terminal || endsOnQuotedName(l.text)) &&
  l.words >= 5 &&
  TITLE_START.test(l.text.replace(BULLET, '')) &&
  !isFigureRow(l.text) &&
  !l.row;

/** A list's header: a few words, not a sentence, not a title. */
const LIST_HEADER_MAX_WORDS = 4;

/** A list's header by its shape: a few words, no sentence's end, not prose. */
const isListHeaderShape = (l: Line): boolean =>
  l.words <= LIST_HEADER_MAX_WORDS && !l.prose && !l.terminal && !l.headline;

/** Words of one tag in a tag row. */
const TAG_MAX_WORDS = 3;

/**
 * A row of tags: a short label, a colon, then two or more short items split by commas, middle
 * dots or bullets, or the script's own comma ("Tags: a, b, c", "Tags: a · b · c").
 */
function isTagRow(text: string): boolean {
  const m = /^([^:：՝፡፦]{1,30})[:：՝፡፦]\s*(.+)$/u.exec(text);
  if (!m || wordCount(m[1]!) > 2 || /[.!?]$/u.test(m[2]!)) return false;
  // "Tags: #a #b": hashtags need no comma between them.
  const hashtags = m[2]!.split(/\s+/u);
  if (hashtags.length >= 2 && hashtags.every((t) => /^#\p{L}/u.test(t))) return true;
  const tags = m[2]!.split(/\s*[,،、፣፡]\s*|\s+[·•]\s+/u);
  return tags.length >= 2 && tags.every((t) => t.length > 0 && wordCount(t) <= TAG_MAX_WORDS);
}

/**
 * The related list by its shape, when no header in a language we know named it: after the last
 * paragraph (and a tag row), the first run of two or more teaser titles, under a short header
 * line or none. A
 * second header ends it (what follows is another list: most read, latest).
 */
function tailTeasers(
  kept: Line[],
  at: ReadonlyMap<Line, number>,
  lines: Line[],
  labelWords: readonly string[] = [],
): string[] {
  const last = storyEnd(kept, at);
  if (last < 0 || introducesList(kept[last])) return [];
  // Between the text and the list: a tag row, a list header, a newsletter box's pitch and
  // button, a comment prompt, in words no list knows. Runs of fewer than two titles are passed.
  for (let i = last + 1; i < kept.length && i <= last + TAIL_REACH;) {
    const titles: string[] = [];
    let j = i;
    // A second list's header ends the run, though titled like a title.
    const header = (k: number): boolean =>
      k > i && (isOtherListHeader(kept[k]!, kept[k + 1]) || headsMostRead(kept[k]!, kept[k + 1], labelWords));
    // A widget the body took out (a poll, a box) parts two lists, as a header does.
    const parted = (k: number): boolean => k > i && partedByWidget(lines, at, kept[k - 1]!, kept[k]!);
    // A blank line under titles printed without one between them closes the list.
    const gapped = (k: number): boolean => closesTightRun(kept, i, k, (a, b) => gapBetween(lines, at, a, b));
    for (
      ;
      j < kept.length &&
      (isListedTitle(kept[j]!) ||
        ((j > i || headsQuestionTitle(kept, j)) && isQuestionTitle(kept[j]!)) ||
        (j === i && shortFirstTitle(kept, j, last))) &&
      !isTagRow(kept[j]!.text) &&
      !header(j) &&
      !parted(j) &&
      !gapped(j);
      j++
    )
      titles.push(kept[j]!.text.replace(BULLET, ''));
    if (closedByButton(kept, j, at, lines)) {
      i = j + 1;
      continue;
    }
    // Lines that mostly open with a number are a timeline or a table ("12' Goal: Ann Lee"), not titles.
    const numbered = titles.filter((t) => /^\p{N}/u.test(t)).length;
    if (titles.length >= 2 && numbered * 2 > titles.length) return [];
    // "1. Title", "2. Title" under a header: a ranking, the site's list of its most read, not the
    // story's links; a list under it may still be.
    // The site's most-read list, under its header: passed, as a ranking is.
    if (isRanking(titles) || headsMostRead(kept[i]!, kept[i + 1], labelWords)) {
      i = Math.max(j, i + 1);
      continue;
    }
    if (titles.length >= 2)
      return headedLikeNext(kept, i, j, last, labelWords) ||
        headsBullets(kept, i, j) ||
        headsBlock(kept, i, j, closedByGap(lines, at, kept, j))
        ? titles.slice(1)
        : titles;
    // One title under a header that follows the story's last paragraph, and nothing but furniture
    // after it: a related list of one ("Read also", then the title, then the footer's controls).
    const onlyFurniture = kept.slice(j).every((k) => !k.prose && !isListedTitle(k));
    if (titles.length === 1 && i === last + 2 && onlyFurniture && isListHeaderShape(kept[last + 1]!))
      return titles;
    i = Math.max(j, i + 1);
  }
  return [];
}

/** A blank line stands between two kept lines (above the second or a line taken out before it). */
function gapBetween(lines: Line[], at: ReadonlyMap<Line, number>, a: Line, b: Line): boolean {
  const [from, to] = [at.get(a) ?? 0, at.get(b) ?? 0];
  return lines.slice(from + 1, to + 1).some((l) => l.gapAbove === true);
}

/**
 * The run of kept lines from `i` ends before `k`: at least two titles stand above `k` with no
 * blank line between them, and one stands above `k`, the way a page's link list is dumped; a
 * dump that puts a blank line between all its lines says nothing so.
 */
function closesTightRun(kept: Line[], i: number, k: number, gap: (a: Line, b: Line) => boolean): boolean {
  if (k - i < TIGHT_LIST_MIN_ITEMS || !gap(kept[k - 1]!, kept[k]!)) return false;
  for (let m = i + 1; m < k; m++) if (gap(kept[m - 1]!, kept[m]!)) return false;
  return true;
}

/**
 * A widget the body took out between two kept lines parts two lists: more page lines than a
 * title's stamp or bullet (a poll, a box), or a row of links (the share bar under a list).
 */
function partedByWidget(lines: Line[], at: ReadonlyMap<Line, number>, a: Line, b: Line): boolean {
  const [from, to] = [at.get(a) ?? 0, at.get(b) ?? 0];
  if (to - from > WIDGET_GAP) return true;
  return lines.slice(from + 1, to).some((l) => l.noise && linkRowParts(l.text).length > 0);
}

/**
 * A run of title-shaped lines closed by a form's button: one word alone, in words no list knows
 * ("Subscribe" in any language), with the page's furniture or its end under it. The lines are the form's pitch ("Our best reads every
 * Friday"), not titles: a list of links ends on its last link or on the next list's header.
 */
function closedByButton(kept: Line[], j: number, at: ReadonlyMap<Line, number>, lines: Line[]): boolean {
  const last = kept[j - 1];
  const b = last === undefined ? undefined : at.get(last);
  const button = b === undefined ? undefined : lines[b + 1];
  // A control the page is known to print (share, print) stands under any list; a form's is its own.
  const bare = button !== undefined && button.words === 1 && !button.terminal && button.furniture === null;
  if (!bare || /[\p{N}\p{P}]/u.test(button.text)) return false;
  const under = lines[b! + 2];
  return under === undefined || under.furniture !== null;
}

/**
 * A question as a list's first title: under a list header's shape, with a title under it ("More
 * on this", "Why do tides turn twice a day?", "…"). A comment prompt is answered by comments,
 * not followed by titles.
 */
const headsQuestionTitle = (kept: Line[], j: number): boolean =>
  j > 0 &&
  isListHeaderShape(kept[j - 1]!) &&
  !/[:：]$/u.test(kept[j - 1]!.text) &&
  kept[j + 1] !== undefined &&
  isListedTitle(kept[j + 1]!);

/** A title ranked by its number ("1. Title", "2) Title"). */
const RANKED = /^\p{N}{1,2}[.)]\s+\S/u;

/**
 * A run of titles half or more of which are ranked, counting from one ("1. …", "2. …"), its
 * header perhaps among them: the site's ranking (most read, most shared), in words no list knows.
 */
function isRanking(titles: readonly string[]): boolean {
  const ranked = titles.filter((t) => RANKED.test(t));
  return ranked.length > 0 && /^1[.)]/u.test(asciiDigits(ranked[0]!)) && ranked.length * 2 >= titles.length;
}

/** Words of a short title at least ("Winter water bills"): a button or a label has fewer. */
const SHORT_TITLE_MIN_WORDS = 3;

/**
 * A list's first title, shorter than a teaser's ("Winter water bills"), right under the list's
 * header (a few words, no label's colon) and over a title of teaser shape: alone it would read as a
 * label, but the header above and the title below make it the list's first item. Only a header
 * that opens the page's matter under the story (straight after its last paragraph or its tag row):
 * further down, a short line under a few words is a form's button or a topic's name.
 */
function shortFirstTitle(kept: Line[], j: number, last: number): boolean {
  const l = kept[j]!;
  const header = kept[j - 1];
  const next = kept[j + 1];
  const opensTail = j - 1 === last + 1 || (j >= 2 && isTagRow(kept[j - 2]!.text));
  return (
    opensTail &&
    header !== undefined &&
    next !== undefined &&
    isListHeaderShape(header) &&
    !/[:：]/u.test(header.text) &&
    l.headline &&
    !l.prose &&
    !l.terminal &&
    l.words >= SHORT_TITLE_MIN_WORDS &&
    !mixesLatin(l.text) &&
    TITLE_START.test(l.text) &&
    isListedTitle(next)
  );
}

/**
 * A page that heads its second list heads its first: a run of titles straight after the text (or
 * its tag row) that another list's header ends opens on its own header, though a title's length
 * ("You might be interested in this" in five words).
 */
function headedLikeNext(
  kept: Line[],
  i: number,
  j: number,
  last: number,
  labelWords: readonly string[],
): boolean {
  const bare = i === last + 1 || isTagRow(kept[i - 1]!.text);
  const next = (): boolean =>
    isOtherListHeader(kept[j]!, kept[j + 1]) || headsMostRead(kept[j]!, kept[j + 1], labelWords);
  return bare && j - i >= 3 && j < kept.length && next();
}

/**
 * A run's first line without a bullet over two titles or more each with one ("<Other news>",
 * "→ Title", "→ Title"): the list's header, in words no list knows.
 */
const headsBullets = (kept: Line[], i: number, j: number): boolean =>
  j - i > BULLETED_TITLES_MIN &&
  !BULLET.test(kept[i]!.text) &&
  kept.slice(i + 1, j).every((l) => BULLET.test(l.text));

/** Titles under a block's header at least, and how much shorter than the shortest the header is. */
const BLOCK_TITLES_MIN = 3;
const BLOCK_HEADER_MAX_WORDS = 6;
const BLOCK_HEADER_SHARE = 0.75;

/** A blank line follows the run of kept lines ending before `j` (the next kept line, or the page's). */
function closedByGap(lines: Line[], at: ReadonlyMap<Line, number>, kept: Line[], j: number): boolean {
  const after = j < kept.length ? (at.get(kept[j]!) ?? 0) : lines.length - 1;
  return lines.slice((at.get(kept[j - 1]!) ?? 0) + 1, after + 1).some((l) => l.gapAbove === true);
}

/**
 * A block of lines printed without a blank line between them and closed by one, its first line
 * much shorter than each of the three or more under it and no sentence: the block's header ("Other
 * news from the diocese" in words no list knows), the titles under it the list.
 */
function headsBlock(kept: Line[], i: number, j: number, closed: boolean): boolean {
  if (j - i - 1 < BLOCK_TITLES_MIN || !closed) return false;
  const head = kept[i]!;
  const shortest = Math.min(...kept.slice(i + 1, j).map((l) => printedWidth(l.text)));
  return (
    head.words <= BLOCK_HEADER_MAX_WORDS &&
    !endsSentence(head.text) &&
    printedWidth(head.text) <= BLOCK_HEADER_SHARE * shortest
  );
}

/** Page lines between two titles of one list at most (a time or a bullet line under each). */
const WIDGET_GAP = 2;

/** How many lines after the last paragraph the related list may start. */
const TAIL_REACH = 10;

/** A title ending on an abbreviation's dot ("… in 2026 г.", "… by 12 kr."): still a title. */
const ABBREVIATION_END = /\s\p{L}{1,3}\.$/u;

/**
 * Languages that join words into long ones (Georgian, Kazakh, Finnish) title a story in four:
 * a title of four words as long as five ordinary ones is a teaser too. Not when it mixes Latin
 * letters into another script: four such words name a platform to follow ("… Telegram …").
 */
const LONG_WORDS_TITLE_CHARS = 32;
const mixesLatin = (s: string): boolean => /\p{Script=Latin}/u.test(s) && /[^\P{L}\p{Script=Latin}]/u.test(s);
const isLongWordsTeaser = (l: Line): boolean =>
  l.words === 4 &&
  !mixesLatin(l.text) &&
  l.text.length >= LONG_WORDS_TITLE_CHARS &&
  l.headline &&
  !l.prose &&
  !l.terminal &&
  TITLE_START.test(l.text);

/** A teaser, or a teaser's shape but for an abbreviation's dot at its end. */
const isListedTitle = (l: Line): boolean =>
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
const isQuestionTitle = (l: Line): boolean =>
  l.headline &&
  l.words >= 5 &&
  /\?$/u.test(l.text) &&
  !ANY_SENTENCE_BREAK.test(l.text) &&
  TITLE_START.test(l.text);

/** Lines of other furniture that part the story's last paragraph from a short sentence after it. */
const ORPHAN_GAP = 3;
/** The same, counted on the page: furniture the body already dropped (share bar, lists, imprint). */
const ORPHAN_PAGE_GAP = 8;
/** An orphan sentence is short: a newsletter's pitch, a rights line, a title ending on a dot. */
const ORPHAN_MAX_CHARS = 160;

/**
 * The index of the story's last paragraph among the kept lines. A short sentence standing after
 * several lines of furniture the lists did not know (a newsletter box, a most-read list, a rights
 * line in another language), or under a tag row, is not the story's: the story ended at the
 * paragraph before them.
 */
function storyEnd(kept: Line[], at: ReadonlyMap<Line, number>): number {
  let last = kept.length - 1;
  while (last >= 0 && !kept[last]!.prose) last--;
  const pageGap = (a: number, b: number): number => (at.get(kept[b]!) ?? b) - (at.get(kept[a]!) ?? a);
  for (;;) {
    let prev = last - 1;
    while (prev >= 0 && !kept[prev]!.prose) prev--;
    // A tag row closes the text: a short sentence under it is a teaser's ("… rise again?").
    const tagged = kept.slice(prev + 1, last).some((k) => isTagRow(k.text));
    const apart = last - prev > ORPHAN_GAP || (prev >= 0 && pageGap(prev, last) > ORPHAN_PAGE_GAP) || tagged;
    const orphan = last >= 0 && prev >= 0 && kept[last]!.text.length < ORPHAN_MAX_CHARS && apart;
    if (!orphan) return ownTableEnd(kept, last);
    last = prev;
  }
}

/** Rows of a table under the story at least (two teams' scores, two candidates' votes). */
const TABLE_MIN_ROWS = 2;
/** A table's row names the story's people and teams: this share of its words at least. */
const TABLE_OWN_SHARE = 0.6;

/**
 * A table's row: a name, then figures, not a sentence ("Reds 246 for eight (Ann Lee 78)"). Rows
 * that open with a figure ("23' Goal: Ann Lee") are a timeline's stamped entries, a widget's.
 */
const isTableRow = (l: Line): boolean => /^\p{L}.*\p{N}/u.test(l.text) && !l.prose && !l.terminal && !l.noise;

/**
 * The story's own table under its last paragraph: under a short heading or none, two rows or more
 * each holding a figure, in the story's own names ("RESULTS", then "Reds 2 (Ann Lee 14)", "Blues 1
 * (Bo Kim 80)"). Such rows are the story's results, not teasers: the story ends at the table's
 * last row. Teasers under a story are other stories, in other words.
 */
function ownTableEnd(kept: Line[], last: number): number {
  if (last < 0) return last;
  let i = last + 1;
  const head = kept[i];
  if (head !== undefined && isListHeaderShape(head) && !head.noise && !isTableRow(head)) i++;
  let j = i;
  while (j < kept.length && isTableRow(kept[j]!)) j++;
  if (j - i < TABLE_MIN_ROWS) return last;
  return ownShare(kept.slice(i, j), storyWords(kept)) >= TABLE_OWN_SHARE ? j - 1 : last;
}

/**
 * An inline "read also" link by its shape: a short label and a colon before a title the page
 * lists again among its related links ("SOMA PIA: <title>"); the label's words are not needed.
 */
function dropReadAlso(body: string[], related: readonly string[], dropped: string[]): string[] {
  if (related.length === 0) return body;
  const titles = new Set(related.map(sameKey));
  return body.filter((p) => {
    // Armenian and Ethiopic print colons of their own.
    const m = /^([^:՝፡፦]{1,40})[:՝፡፦]\s+(.+)$/u.exec(p);
    const link = m !== null && wordCount(m[1]!) <= LIST_HEADER_MAX_WORDS && titles.has(sameKey(m[2]!));
    if (link) dropped.push(p);
    return !link;
  });
}

/**
 * A related title printed in the text as well, under a label of its own line ("Read also" in
 * words no list knows, then the title): a teaser, not the story. The page lists it again with
 * its related links.
 */
function dropRepeatedTitles(body: string[], related: readonly string[], dropped: string[]): string[] {
  if (related.length === 0) return body;
  const titles = new Set(related.map(sameKey));
  const out: string[] = [];
  for (const p of body) {
    if (!titles.has(sameKey(p))) {
      out.push(p);
      continue;
    }
    const label = out[out.length - 1];
    if (label !== undefined && wordCount(label) <= LIST_HEADER_MAX_WORDS && !/[.!?…:;]$/u.test(label))
      dropped.push(out.pop()!);
    dropped.push(p);
  }
  return out;
}

/** Introduces a list: the items that follow belong to the text. */
const introducesList = (l: Line | undefined): boolean => l !== undefined && /:$/.test(l.text);

/**
 * Drop what reads as page furniture among the kept lines: a label followed by two or more teaser
 * headlines (a "what to read next" box without a known header), and after the last paragraph of
 * prose, the run of lines that are not prose (score lines, widget headers, teaser titles) unless
 * a line ending in a colon introduced them as a list.
 */
function dropTeasers(kept: Line[], at: ReadonlyMap<Line, number>, dropped: string[]): string[] {
  const out: Line[] = [];
  const story = storyWords(kept);
  for (let i = 0; i < kept.length; i++) {
    const run = teaserRun(kept, i, story);
    if (run > 0) {
      for (const l of kept.slice(i, i + run)) dropped.push(l.text);
      i += run - 1;
    } else out.push(kept[i]!);
  }
  const lastProse = storyEnd(out, at);
  const tailStart = lastProse + 1;
  const listed = introducesList(out[lastProse]);
  if (!listed && lastProse >= 0) for (const l of out.splice(tailStart)) dropped.push(l.text);
  return out.map((l) => l.text);
}

/**
 * A badge between a teaser box's header and its titles: a format label, or a word the page's menu
 * prints too ("Plus" over a subscriber's story).
 */
const isBoxBadge = (l: Line): boolean => l.badge || (l.label && l.words === 1 && l.recurs > 1);

/** Length of a teaser list starting at `i` (its label, badges and titles), or 0. */
function teaserRun(kept: Line[], i: number, story: ReadonlySet<string>): number {
  const head = kept[i]!;
  if (!head.label || head.terminal || introducesList(kept[i - 1])) return 0;
  let from = i + 1;
  while (from < kept.length && isBoxBadge(kept[from]!)) from++;
  let n = 0;
  while (from + n < kept.length && isTeaser(kept[from + n]!)) n++;
  if (n < 2) return 0;
  // Teasers are other stories: a list in the story's own words ("What we know: …") is the story.
  const titles = kept.slice(from, from + n);
  return ownShare(titles, story) < OWN_WORDS_SHARE ? from - i + n : 0;
}

/**
 * The titles of teaser boxes inside the text: a short header, two teaser titles or more, then the
 * story's prose again. Such a box is the page's "more on this" list, in whatever words its header
 * is written.
 */
function teaserBoxes(kept: Line[], at: ReadonlyMap<Line, number>): string[] {
  const story = storyWords(kept);
  const end = storyEnd(kept, at);
  const titles: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const run = teaserRun(kept, i, story);
    if (run === 0) continue;
    if (i + run <= end && kept[i + run]?.prose)
      for (const l of kept.slice(i + 1, i + run)) if (isTeaser(l)) titles.push(l.text.replace(BULLET, ''));
    i += run - 1;
  }
  return titles;
}

/** A list sharing at least this part of its words with the story's prose belongs to the story. */
const OWN_WORDS_SHARE = 0.4;

/** Content words: five letters or more, lower-cased. */
const contentWords = (s: string): string[] =>
  (s.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 7));

/** The content words of the prose paragraphs (cut to a stem-like prefix). */
function storyWords(kept: Line[]): Set<string> {
  const out = new Set<string>();
  for (const l of kept) if (l.prose) for (const w of contentWords(l.text)) out.add(w);
  return out;
}

/** The share of the lines' content words that occur in the story. */
function ownShare(lines: Line[], story: ReadonlySet<string>): number {
  const words = lines.flatMap((l) => contentWords(l.text));
  if (words.length === 0) return 0;
  return words.filter((w) => story.has(w)).length / words.length;
}

/** A pull quote's key: without surrounding quotes and final punctuation. */
// The lookbehind lets a trailing run be tried from its first character only: without it, a long
// run of quotes or spaces inside a line is rescanned from each of its characters (quadratic).
const quoteKey = (s: string): string => sameKey(s).replace(/^["'\s]+|(?<!["'\s.,!?…])["'\s.,!?…]+$/g, '');

/** Words only: a pull quote drops the paragraph's punctuation and its "she says". */
const wordsKey = (s: string): string =>
  sameKey(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A pull quote's sentences, each as words only. */
const sentencesOf = (s: string): string[] =>
  s
    .split(/(?<=[.!?…])["”’»]?\s+/u)
    .map(wordsKey)
    .filter(Boolean);

/**
 * A pull quote is excerpted sentences: it ends like one, or holds two. One phrase without a stop
 * ("'Not again'" over the paragraph quoting it) is a subheading and stays.
 */
const isExcerpt = (s: string, sentences: string[]): boolean =>
  sentences.length >= 2 || /[.!?…]["”’»']?$/u.test(s.trim()) || isQuotedClause(s);

/** A quoted clause this long is a pull quote even without its stop; a crosshead is a few words. */
const PULL_QUOTE_MIN_WORDS = 8;
const isQuotedClause = (s: string): boolean =>
  /^["“«„'‘].+["”»“'’]$/u.test(s.trim()) && wordCount(s) >= PULL_QUOTE_MIN_WORDS;

/** Words of a quoted phrase that may stand as a pull quote: fewer is a label. */
const PULL_PHRASE_MIN_WORDS = 3;

/** A quotation inside a paragraph: the words between a pair of quotation marks. */
const QUOTATION = /["“«„‘]([^"“”«»„‘’]+)["”»“’]/gu;

/**
 * A quoted phrase without a stop that another paragraph prints as a whole quotation of its own,
 * the same words between its marks ("«…», she says"): a pull quote. A subheading takes a few words
 * out of a longer quotation under it ('Lucky' over "… I was lucky, I know."), or heads the
 * paragraph right under it, which quotes it.
 */
function isPulledPhrase(i: number, body: readonly string[], plain: readonly string[]): boolean {
  const p = body[i]!;
  if (!/^["“«„'‘].+["”»“'’]$/u.test(p.trim()) || wordCount(p) < PULL_PHRASE_MIN_WORDS) return false;
  return body.some(
    (o, j) => j !== i && j !== i + 1 && [...o.matchAll(QUOTATION)].some((q) => wordsKey(q[1]!) === plain[i]!),
  );
}

/** Every sentence of `p` is in the longer paragraph `o`, whatever stands between them. */
const excerptOf = (p: string[], o: string): boolean => p.every((x) => o.includes(x));

/** Drop pull quotes (a line repeating part of a nearby paragraph) and exact repeats. */
export function dropRepeats(body: string[], summary: string | null, dropped: string[]): string[] {
  const keys = body.map(quoteKey);
  const plain = body.map(wordsKey);
  const seen = new Set<string>(summary ? [quoteKey(summary)] : []);
  const out: string[] = [];
  body.forEach((p, i) => {
    const k = keys[i]!;
    // Pull quotes stand near the paragraph they repeat: look a few paragraphs either side.
    const lo = Math.max(0, i - 8);
    const near = plain.slice(lo, i + 9).filter((_, j) => lo + j !== i);
    const parts = sentencesOf(p);
    const inOther =
      k.length >= 20 &&
      isExcerpt(p, parts) &&
      near.some((o) => o.length > plain[i]!.length && excerptOf(parts, o));
    if (seen.has(k) || inOther || isPulledPhrase(i, body, plain)) dropped.push(p);
    else out.push(p);
    seen.add(k);
  });
  return out;
}

/** An author box is a few sentences at most. */
const AUTHOR_BOX_MAX_WORDS = 40;

/**
 * Drop a signature repeating the byline ("Ann Lee (Lisbon, correspondent)") and an author box
 * closing the text ("Ann Lee covers transport for the paper. Write to her at …"): a story never
 * ends on a paragraph that opens with its own reporter's full name.
 */
export function dropSignature(body: string[], byline: string | null, dropped: string[]): string[] {
  if (byline === null) return body;
  // With several authors, the box is one author's ("Ann Lee covers …" under "Ann Lee and Bo Roe").
  const authors = [byline, ...nameParts(byline)];
  const box = boxOverNotes(body, authors);
  if (box < 0) return dropBox(body, authors, dropped);
  const notes = body.slice(box + 1);
  const kept = dropBox(body.slice(0, box + 1), authors, dropped);
  // The notes go with the box they stand under, and stay when the box does.
  if (kept[kept.length - 1] !== body[box]) dropped.push(...notes);
  else kept.push(...notes);
  return kept;
}

/** Notes under an author box at most (a disclaimer, a link to the author's page, an errata prompt). */
const BOX_NOTES_MAX = 2;
/** Paragraphs of story over an author box at least. */
const STORY_OVER_BOX_MIN = 2;

/**
 * The index of a paragraph opening with the author's name that only notes follow (one or two:
 * "The views here are the author's own", "More by her", "Spotted a mistake? Tell us."), or -1.
 */
function boxOverNotes(body: string[], authors: string[]): number {
  const n = body.length;
  for (let k = n - 2; k >= Math.max(STORY_OVER_BOX_MIN, n - 1 - BOX_NOTES_MAX); k--) {
    if (!authors.some((a) => body[k]!.startsWith(a))) continue;
    const story = body.slice(0, k);
    return body.slice(k + 1).every((p) => isNoteUnderBox(p, story)) ? k : -1;
  }
  return -1;
}

/** dropSignature of a text whose last paragraph is the box, if it has one. */
function dropBox(body: string[], authors: string[], dropped: string[]): string[] {
  const kept = body.filter((p, i) => {
    const who = authors.find((a) => p.startsWith(a));
    if (who === undefined) return true;
    const signature = wordCount(p) <= 8 && !/[.!?]$/.test(p);
    const authorBox = i === body.length - 1 && who.includes(' ') && wordCount(p) <= AUTHOR_BOX_MAX_WORDS;
    if (signature || authorBox) dropped.push(p);
    return !(signature || authorBox);
  });
  // The author box's heading ("About the author", "Über die Autorin") goes with the box.
  const boxGone = kept.length < body.length && body[body.length - 1] !== kept[kept.length - 1];
  const heading = kept[kept.length - 1];
  if (boxGone && heading !== undefined && isBoxHeading(heading)) dropped.push(kept.pop()!);
  else if (
    boxGone &&
    heading !== undefined &&
    isNoteToBox(heading, body[body.length - 1]!, kept.slice(0, -1))
  )
    dropped.push(kept.pop()!);
  return kept;
}

/** Words of a link under the author box ("More from the author"). */
const BOX_LINK_MAX_WORDS = 3;
/** Content words of a note the story may use too (a "not", a "this"), at most this share. */
const BOX_NOTE_TOLD_SHARE = 1 / 3;

/**
 * A note under the author box ("The views expressed here are the author's alone", "Found an
 * error? Let us know."): a sentence or two, short, in words the story hardly uses; or a link of
 * a few words the story never uses. The story's own last sentence speaks of its matter.
 */
function isNoteUnderBox(p: string, story: string[]): boolean {
  if (wordCount(p) > BOX_NOTE_MAX_WORDS) return false;
  const link = wordCount(p) <= BOX_LINK_MAX_WORDS && !/\p{P}$/u.test(p);
  if (!link && !/[.!?]$/u.test(p)) return false;
  const words = contentWords(p);
  const told = new Set(story.flatMap(contentWords));
  const toldWords = words.filter((w) => told.has(w)).length;
  if (link) return words.length >= 1 && toldWords === 0;
  return words.length >= 2 && toldWords <= BOX_NOTE_TOLD_SHARE * words.length;
}

/** Words of a note printed over an author box. */
const BOX_NOTE_MAX_WORDS = 12;

/**
 * A note over the author box ("The author writes in a personal capacity", "The author writes in
 * the old spelling"): one short sentence that shares a word with the box ("writes") and none with
 * the story. The story's own last sentence, short as it may be, speaks of its matter.
 */
function isNoteToBox(p: string, box: string, story: string[]): boolean {
  if (wordCount(p) > BOX_NOTE_MAX_WORDS || !/[.!]$/u.test(p) || /[.!?…]\s/u.test(p) || story.length < 2)
    return false;
  const words = contentWords(p);
  const told = new Set(story.flatMap(contentWords));
  const boxWords = new Set(contentWords(box));
  return words.length >= 2 && words.every((w) => !told.has(w)) && words.some((w) => boxWords.has(w));
}

/** A box's heading: a few words, not a sentence. */
const isBoxHeading = (p: string): boolean => wordCount(p) <= 4 && !/[.!?:…"”»]$/u.test(p.trim());

/** Letters a word and its inflected form share ("merkezi", "merkezine"): its stem, roughly. */
const STEM_LETTERS = 5;
const stemsOf = (t: string): string[] => contentWords(t).map((w) => w.slice(0, STEM_LETTERS));

/**
 * The brand of a masthead of several words, set in capitals ("NORDA weekly"): the site's text
 * names itself by it alone ("NORDA's print issue"), the generic word ("weekly") left out. A word
 * of five letters or more, so it is a stem the test below can read.
 */
const brandsOf = (name: string): string[] => {
  const parts = name.split(/\s+/u);
  return parts.length > 1 ? parts.filter((w) => /^\p{Lu}{5,}$/u.test(w)) : [];
};

/**
 * Drop the request to credit the source when reusing the story ("Quoting this story requires a
 * link to <site>", in any language): one of the last two paragraphs that names the site (its
 * words, inflected or not) and whose other words no other paragraph of the story uses. A
 * paragraph that names the site in the story's own matter ("<site> asked the council …") shares
 * them with the story and stays.
 */
export function dropSourceRequest(body: string[], siteNames: readonly string[], dropped: string[]): string[] {
  const names = siteNames.flatMap((n) => [n, ...brandsOf(n)]);
  const sites = names.map((n) => new Set(stemsOf(n))).filter((s) => s.size > 0);
  if (sites.length === 0 || body.length < 3) return body;
  const isRequest = (p: string, at: number): boolean => {
    const stems = stemsOf(p);
    const site = sites.find((s) => [...s].every((w) => stems.includes(w)));
    if (!site) return false;
    const elsewhere = new Set(body.filter((_, k) => k !== at).flatMap(stemsOf));
    return stems.every((w) => site.has(w) || !elsewhere.has(w));
  };
  const kept = body.filter((p, at) => {
    const request = at >= body.length - 2 && isRequest(p, at);
    if (request) dropped.push(p);
    return !request;
  });
  if (kept.length === body.length) return kept;
  // The controls printed between the text and the request ("Share", "Print" in words no list
  // knows) end the text now: a word or two without a sentence's end.
  while (kept.length > 1 && isBareControl(kept[kept.length - 1]!)) dropped.push(kept.pop()!);
  return kept;
}

/** Words of the page's own call printed over the headline ("Message the desk on Signal") at most. */
const PAGE_CALL_MAX_WORDS = 8;
/** Words of the call the text's last sentence repeats at least. */
const CALL_ECHO_MIN_WORDS = 2;

/**
 * Drop the page's note closing the text (how the story came about, a call to send tips): the
 * last paragraph, whose last sentence opens with the verb of a call the page prints over the
 * headline and repeats another of its words (its menu's "Message the desk on Signal" …
 * "Message us on Signal."), and whose words the story hardly uses. The story's own last paragraph speaks of its matter, in the story's words.
 * The words of the site's name, as its copyright line `rights` prints it, are no call's: a
 * station's slogan and a closing sentence that both open with its name ("Radio Ann FM — voice of
 * the coast" … "Radio Ann FM will report on the flood at one.") share a name, not a call.
 */
export function dropPageCall(
  body: string[],
  above: readonly string[],
  dropped: string[],
  rights: readonly string[] = [],
): string[] {
  const last = body[body.length - 1];
  if (body.length < 3 || last === undefined) return body;
  const said = last.split(/(?<=[.!?…])\s+/u).pop()!;
  const sentence = wordsOf(said);
  const named = new Set(rights.flatMap(wordsOf));
  // The call's verb opens it, and the sentence that repeats it: a name it shares is no call.
  const repeats = (call: string[]): boolean =>
    call[0] === sentence[0] &&
    !named.has(call[0] ?? '') &&
    new Set(sentence.filter((w) => call.includes(w) && !named.has(w))).size >= CALL_ECHO_MIN_WORDS;
  const calls = above.filter(
    (a) => wordCount(a) >= CALL_HEADING_MIN_WORDS && wordCount(a) <= PAGE_CALL_MAX_WORDS,
  );
  const echoed =
    sentence.length > 0 && calls.some((a) => repeats(wordsOf(a).filter((w) => w.length >= STEM_MIN_LETTERS)));
  if (!echoed) return body;
  const words = contentWords(last);
  const told = new Set(body.slice(0, -1).flatMap(contentWords));
  if (words.filter((w) => told.has(w)).length > BOX_NOTE_TOLD_SHARE * words.length) return body;
  dropped.push(last);
  return body.slice(0, -1);
}

/** Words of a call to the reader closing the text at most: a question and a request. */
const READER_CALL_MAX_WORDS = 20;
/**
 * Stems of the words of four letters or more, marks of any script kept in the word; function
 * words of any listed language left out ("pour", "with"): every story uses them, so they say
 * nothing of whether a call speaks of its matter.
 */
const stemsOfWords = (s: string): string[] =>
  (s.toLowerCase().match(/[\p{L}\p{M}]{4,}/gu) ?? [])
    .filter((w) => !isStopword(w))
    .map((w) => [...w].slice(0, STEM_LETTERS).join(''));

/**
 * Share of a reader call's words the story may use too, when it opens on a short question of its
 * own ("Liked it? Support the magazine."): the outlet's name for itself may be a word of the
 * story's matter as well. A longer question, or one quoted, may be the story's last words.
 */
const READER_CALL_TOLD_SHARE = 0.2;
const READER_QUESTION_SHORT_WORDS = 4;

/**
 * Drop a call to the reader closing the text ("Seen a rumour going round? Send it to us.", in any
 * language): the last paragraph, a short question and one request after it, in words the story
 * hardly uses. The story's own last paragraph that asks a question speaks of its matter, in the
 * story's words.
 */
export function dropReaderCall(body: string[], dropped: string[]): string[] {
  const last = body[body.length - 1];
  if (body.length < 3 || last === undefined || wordCount(last) > READER_CALL_MAX_WORDS) return body;
  const sentences = last.split(/(?<=[.!?…।۔。።])\s+/u);
  if (sentences.length !== 2 || !/[?？]["”’»]?$/u.test(sentences[0]!)) return body;
  const told = new Set(body.slice(0, -1).flatMap(stemsOfWords));
  const stems = stemsOfWords(last);
  const question = sentences[0]!;
  const short = wordCount(question) <= READER_QUESTION_SHORT_WORDS && !/["“”«»„‘’'「」:：]/u.test(question);
  const share = short ? READER_CALL_TOLD_SHARE : 0;
  if (stems.filter((w) => told.has(w)).length > share * stems.length) return body;
  dropped.push(last);
  return body.slice(0, -1);
}

/** Words of a control under the text. */
const CONTROL_WORDS = 2;
const isBareControl = (t: string): boolean => wordCount(t) <= CONTROL_WORDS && !/[.!?…:;,]$/u.test(t);
