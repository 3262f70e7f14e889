import { sharedPrefixLength } from '../../../language/word-forms.js';
import { advertLabel, isNewsletterPromo, spelledLikeAdvertLabel } from '../furniture.js';
import type { Line } from '../features.js';
import { printedWidth } from '../lines.js';
import { ANY_SENTENCE_BREAK, STEM_MIN_LETTERS } from './shapes.js';

/** Lines of a sign-up box's pitch between its heading and the text it interrupts. */
const PROMO_BOX_REACH = 2;
/** Paragraphs after a sign-up box that show the text goes on. */
const RESUMED_PARAGRAPHS = 2;

/**
 * A newsletter's sign-up heading usually closes the text; but one boxed inside it is followed,
 * past a line of pitch or so, by paragraphs of the story again. Then it is a box, not the end.
 */
export function promoInText(lines: Line[], i: number): boolean {
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
export function announcesAdvert(lines: Line[], i: number): boolean {
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
export function labelsAdSlot(lines: Line[], i: number): boolean {
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
export function feedbackPoll(lines: Line[], i: number): number[] {
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
export function pollClosingList(lines: Line[], i: number): number[] {
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
export function labelsControls(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  if (!/[:：]$/u.test(l.text) || l.words > CONTROL_LABEL_MAX_WORDS || l.prose || l.furniture) return false;
  const under = lines.slice(i + 1, i + 1 + LABELLED_CONTROLS);
  return under.length === LABELLED_CONTROLS && under.every((n) => n.furniture === 'drop' && n.words <= 2);
}
