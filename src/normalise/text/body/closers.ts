import type { Line } from '../features.js';
import { wordCount } from '../lines.js';
import { PITCH_MAX_WORDS } from './shapes.js';
import { LIST_HEADER_MAX_WORDS } from './lists.js';

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
export function headsComments(lines: Line[], i: number): boolean {
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
export function closesRelatedList(lines: Line[], i: number): boolean {
  const [l, next] = [lines[i]!, lines[i + 1]];
  if (holdsControlOrPhone(l.text)) return true;
  return l.labelled !== null && next?.labelled != null && pagerLabels(l.labelled.label, next.labelled.label);
}

/**
 * A line that ends a related list once it has titles: a header ending in a colon ("Supported
 * by:", in any language), which introduces another block; no title ends so.
 */
export const endsRelatedList = (l: Line): boolean =>
  !l.prose && /[:：]$/u.test(l.text) && wordCount(l.text.replace(/\s*[:：]$/u, '')) <= LIST_HEADER_MAX_WORDS;

/** Titles a list holds at least before a blank line may end it. */
const TIGHT_LIST_MIN_ITEMS = 2;

/**
 * A related list's titles printed a line each with no blank line between them, the way a page's
 * link list is dumped: the first blank line under them closes the list, and the lines after it
 * (a sign-up box, the site's address, a comment form's heading) are another block's.
 */
export const closesTightList = (lines: Line[], i: number, items: number): boolean =>
  closesTightRun(lines, i - items, i, (_above, l) => l.gapAbove === true);

/**
 * "Read also" over one title with no blank line between them, then a blank line and a line over
 * a paragraph: the insert linked that one story, and the text resumes with a subheading.
 */
export const closesInsert = (lines: Line[], i: number, items: number): boolean =>
  items === 1 &&
  lines[i]!.gapAbove === true &&
  lines[i - 1]?.gapAbove === false &&
  lines[i - 2]?.furniture === 'related' &&
  lines[i - 2]?.gapAbove === true &&
  lines[i + 1]?.prose === true;

/**
 * The run of kept lines from `i` ends before `k`: at least two titles stand above `k` with no
 * blank line between them, and one stands above `k`, the way a page's link list is dumped; a
 * dump that puts a blank line between all its lines says nothing so.
 */
export function closesTightRun(
  kept: Line[],
  i: number,
  k: number,
  gap: (a: Line, b: Line) => boolean,
): boolean {
  if (k - i < TIGHT_LIST_MIN_ITEMS || !gap(kept[k - 1]!, kept[k]!)) return false;
  for (let m = i + 1; m < k; m++) if (gap(kept[m - 1]!, kept[m]!)) return false;
  return true;
}
