import { CLOCK_ONLY } from '../../../language/clock.js';
import type { Line } from '../features.js';
import { SENTENCE_BREAK, endsSentence, wordCount } from '../lines.js';
import { SUBHEADING_MAX_WORDS } from './shapes.js';
import { isListedTitle, isOtherListHeader, isTagRow } from './lists.js';

/**
 * The lines of an advertiser's box under an advertisement label: the run of lines that are not
 * prose (nor the site's own inline link) before the next paragraph (teaser title, "Brought to you by …"). One line alone may be the
 * story's own subheading, so a box is two lines or more, or one shaped as an offer.
 */
export function advertBox(lines: Line[], i: number): number[] {
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
export function mediaPlayer(lines: Line[], start: number): Set<number> {
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
export function pageControls(lines: Line[], start: number): Set<number> {
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

/** A list's bullet that no quotation opens with (a dash opens a quote in many languages). */
const TITLE_BULLET = /^[•◦▪▸►■●]\s+\S/u;
/** Words of the header over a bulleted list of links at most ("Related notes:"). */
const BULLETED_HEADER_MAX_WORDS = 4;
/** Bulleted titles under such a header at least. */
export const BULLETED_TITLES_MIN = 2;

/**
 * A header of a few words ending in a colon, in words no list knows, over two bulleted lines or
 * more that are titles (no sentence's end): the related links of the page, printed in the text
 * or under it. A list the story makes is introduced by a sentence, or lists sentences.
 */
export function headsBulletedTitles(lines: Line[], i: number): boolean {
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
