import { sameKey, type Line } from '../features.js';
import { wordCount } from '../lines.js';
import { BULLET, isListHeaderShape, isTagRow, isTeaser, LIST_HEADER_MAX_WORDS } from './lists.js';
import { contentWords } from './shapes.js';

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
export function storyEnd(kept: Line[], at: ReadonlyMap<Line, number>): number {
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
export function dropReadAlso(body: string[], related: readonly string[], dropped: string[]): string[] {
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
export function dropRepeatedTitles(body: string[], related: readonly string[], dropped: string[]): string[] {
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
export const introducesList = (l: Line | undefined): boolean => l !== undefined && /:$/.test(l.text);

/**
 * Drop what reads as page furniture among the kept lines: a label followed by two or more teaser
 * headlines (a "what to read next" box without a known header), and after the last paragraph of
 * prose, the run of lines that are not prose (score lines, widget headers, teaser titles) unless
 * a line ending in a colon introduced them as a list.
 */
export function dropTeasers(kept: Line[], at: ReadonlyMap<Line, number>, dropped: string[]): string[] {
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
export function teaserBoxes(kept: Line[], at: ReadonlyMap<Line, number>): string[] {
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
