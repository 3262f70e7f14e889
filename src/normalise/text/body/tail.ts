import type { Line } from '../features.js';
import { asciiDigits } from '../../text.js';
import { TITLE_START, endsSentence, printedWidth } from '../lines.js';
import { introducesList, storyEnd } from './teasers.js';
import {
  BULLET,
  isListedTitle,
  isListHeaderShape,
  isOtherListHeader,
  isQuestionTitle,
  isTagRow,
  linkRowParts,
  mixesLatin,
} from './lists.js';
import { headsMostRead } from './most-read.js';
import { closesTightRun } from './closers.js';
import { BULLETED_TITLES_MIN } from './widgets.js';

/**
 * The related list by its shape, when no header in a language we know named it: after the last
 * paragraph (and a tag row), the first run of two or more teaser titles, under a short header
 * line or none. A
 * second header ends it (what follows is another list: most read, latest).
 */
export function tailTeasers(
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
