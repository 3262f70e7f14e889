import type { Line } from '../features.js';
import { wordCount } from '../lines.js';
import { ANY_SENTENCE_BREAK, isButton } from './shapes.js';

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
export function headBox(lines: Line[], start: number): number[] {
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
