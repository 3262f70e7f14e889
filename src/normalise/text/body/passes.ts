import { sameKey, type Line } from '../features.js';
import { SENTENCE_BREAK, printedWidth, wordCount } from '../lines.js';
import type { State } from './state.js';
import { isCaseless } from './shapes.js';
import { LIST_HEADER_MAX_CHARS, LONG_WORDS_TITLE_CHARS } from './lists.js';

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
export function dropLiveSignOff(lines: Line[], s: State, dropped: string[]): void {
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
export function withoutLoneLabel(kept: Line[], dropped: string[]): Line[] {
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
export function withoutClosingLinks(related: string[], lines: Line[]): string[] {
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
export function dropPaywallCount(lines: Line[], s: State, dropped: string[]): void {
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
