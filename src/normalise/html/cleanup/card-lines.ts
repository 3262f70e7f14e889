import {
  classOf,
  first,
  HEADING_LEVELS,
  shortTextOf,
  tagOf,
  textOf,
  type DomElement,
  type PageElements,
} from '../dom.js';
import type { Furniture } from './furniture.js';
import { LABEL_COLONS } from '../../../language/colons.js';
import { HOUR_WORDS } from '../../../language/clock.js';
import { MINUTE_WORDS } from '../../../language/time-units.js';
import { asciiDigits } from '../../text.js';

/**
 * Lines set in the text that are not the text: a card's (a recipe's, a how-to's) row of times and
 * its name repeating the headline's opening, and a label line the template sets apart from the
 * paragraphs ("Watch: …" over a player, "Original title: …").
 */

/** CLDR's words for minutes and hours (Intl), a trailing full stop dropped; one-letter hours ("h") left out. */
const DURATION_UNITS: ReadonlySet<string> = new Set([
  ...MINUTE_WORDS,
  ...HOUR_WORDS.map((w) => w.replace(/\.$/u, '')).filter((w) => [...w].length > 1 && !/\s/u.test(w)),
]);

/** Characters of a times row at most: a few labels, numbers and units. */
const TIMES_ROW_MAX_CHARS = 120;
/** Words a times row may hold per duration besides it: a label, and a count with its noun ("4 servings"). */
const WORDS_PER_DURATION = 4;

/**
 * "Prep 25 min Bake 40 min Serves 12": a short row of two durations or more (a number beside a
 * language's word for minutes or hours, CLDR's unit names), each under a label, and no sentence —
 * a card's facts. A step of the method names one time within a sentence.
 */
export function isTimesRow(text: string): boolean {
  if (text.length > TIMES_ROW_MAX_CHARS || /[.!?…。！？]$/u.test(text)) return false;
  const words = asciiDigits(text)
    .toLowerCase()
    .split(/[\s|·•/]+/u)
    .filter((w) => w !== '');
  let durations = 0;
  for (let i = 0; i + 1 < words.length; i++) {
    if (/^\d{1,3}$/u.test(words[i]!) && DURATION_UNITS.has(words[i + 1]!.replace(/\.$/u, ''))) durations++;
  }
  if (durations < 2 || words.length > durations * WORDS_PER_DURATION + 2) return false;
  return words.every((w) => /^(?:\d{1,3}|[\p{L}\p{M}][\p{L}\p{M}.:'’-]*)$/u.test(w));
}

/** What may follow a name opening a headline: a comma, colon, semicolon, dash or bar, or a bracket. */
const LEAD_END = /^\s*[,:;|(（，：]|^\s+[-–—]\s/u;

/**
 * "Cherry poppy-seed pie" as a heading in the text under "Cherry poppy-seed pie, as Grandma baked
 * it": a card's name repeating the headline's opening phrase, up to its comma or dash.
 */
export function repeatsHeadlineLead(text: string, headline: string | null): boolean {
  if (!headline || text.length < 2 || text.length >= headline.length) return false;
  return headline.startsWith(text) && LEAD_END.test(headline.slice(text.length));
}

/**
 * "Label: a title": a word or two and a colon, then a phrase of two words or more (or six
 * characters of a script without spaces) that ends in no sentence's mark.
 */
const LABEL_LINE = new RegExp(
  `^[\\p{L}\\p{M}]+(?:\\s[\\p{L}\\p{M}]+)?\\s*[${LABEL_COLONS}]\\s*(\\S.*)$`,
  'u',
);
/** Characters of such a line at most. */
const LABEL_LINE_MAX_CHARS = 100;
/** Paragraphs of one make a text box must hold for a line to stand apart from them. */
const TEXT_PARAGRAPHS = 3;

/** An element's make: its tag and class ("p", "p.lead", "div.player"). */
const makeOf = (el: DomElement): string => `${tagOf(el)}.${classOf(el)}`;

/** Tags of a text box's children that are its text's own parts whatever their make. */
const TEXT_PARTS: ReadonlySet<string> = new Set([
  ...HEADING_LEVELS,
  'ul',
  'ol',
  'table',
  'blockquote',
  'pre',
]);

/** What parts a box's text into lines or blocks: a box holding one is no single line. */
const LINE_BREAKS = 'p, br, li, h1, h2, h3, h4, h5, h6, table, blockquote';

/** A line wholly in bold: a subheading of the text set as a paragraph. */
const isBoldLine = (el: DomElement, text: string): boolean => {
  const bold = first(el, 'strong, b');
  return bold !== null && textOf(bold) === text;
};

/** Is `text` a label line: "Label: a title", short, ending in no sentence's mark? */
function isLabelLine(text: string): boolean {
  if (text.length > LABEL_LINE_MAX_CHARS || /[.!?…。！？]$/u.test(text)) return false;
  const value = LABEL_LINE.exec(text)?.[1];
  return value !== undefined && (/\s\S/u.test(value) || [...value].length >= 6);
}

/**
 * "Watch: Council debates the plan" in a player's box, "Original title: …" in a paragraph of a
 * class of its own: a label line among the text's paragraphs, all of one make, that the template
 * sets apart (another tag or class) — naming another piece (a video, the story's first headline),
 * not the text. A make the box prints more than once, or a line wholly in bold, is a subheading.
 * Read before Readability, which strips the classes. Takes them out of the page.
 */
export function removeSetApartLabelLines(page: PageElements, f: Furniture): void {
  const boxes = new Set<DomElement>();
  for (const p of page.named('p')) if (p.parentElement) boxes.add(p.parentElement);
  let removed = false;
  for (const box of boxes) {
    const kids = Array.from(box.children);
    const makes = new Map<string, number>();
    for (const c of kids) makes.set(makeOf(c), (makes.get(makeOf(c)) ?? 0) + 1);
    const text = [...makes].find(([make, n]) => make.startsWith('p.') && n >= TEXT_PARAGRAPHS)?.[0];
    if (text === undefined) continue;
    for (const c of kids) {
      // A make the box repeats is a part of the text's own (its subheadings), not a note.
      if (makes.get(makeOf(c)) !== 1 || TEXT_PARTS.has(tagOf(c))) continue;
      // The bounded read first: a box of the text may be large.
      const t = shortTextOf(c, LABEL_LINE_MAX_CHARS);
      if (!t || !isLabelLine(t) || first(c, LINE_BREAKS) !== null || isBoldLine(c, t)) continue;
      f.dropped.push(t);
      c.remove();
      removed = true;
    }
  }
  if (removed) page.changed();
}
