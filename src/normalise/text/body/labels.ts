import type { Line } from '../features.js';
import { TITLE_START, endsSentence, isHeadlineLike, wordCount } from '../lines.js';
import { labelledSignature } from './signatures.js';
import { isButton, isCaseless, LINK_LABEL_MAX_WORDS, SUBHEADING_MAX_WORDS } from './shapes.js';

/**
 * An inline link in words no list knows, between two paragraphs: a label of a word or three, a
 * colon (the full-width one, or Ethiopic's "፦"), and a headline-shaped title with no sentence's
 * end ("Léigh freisin: <title>"); or a label of one word and a spaced dash before the title. A
 * paragraph ends like a sentence. The title, or null.
 */
export function labelledTitle(lines: Line[], i: number, outsideList: boolean): string | null {
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
export function labelOverTitle(lines: Line[], i: number): string | null {
  const [label, title, after] = [lines[i]!, lines[i + 1], lines[i + 2]];
  if (!title || lines[i - 1]?.prose !== true || after?.prose !== true) return null;
  const isLabel = label.label && !label.prose && !label.terminal && label.words <= LINK_LABEL_MAX_WORDS;
  const titled = !title.prose && TITLE_START.test(title.text) && !endsSentence(title.text) && title.headline;
  // A link with a label of its own ("Read also: X") under a subheading is the text's own link.
  const own = title.related === null;
  return isLabel && titled && own && !title.noise && !title.dateLine ? title.text : null;
}
