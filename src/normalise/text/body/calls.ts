import { sharedPrefixLength } from '../../../language/word-forms.js';
import { isStopword } from '../../../language/stopwords.js';
import { namesNewsletter } from '../furniture.js';
import type { Line } from '../features.js';
import {
  ANY_SENTENCE_BREAK,
  BUTTON_MAX_WORDS,
  CALL_HEADING_MAX_WORDS,
  CALL_HEADING_MIN_WORDS,
  echoesWord,
  FIELD_MAX_WORDS,
  isButton,
  PITCH_MAX_WORDS,
  PITCH_REACH,
  repeatsAt,
  STEM_MIN_LETTERS,
  wordsOf,
} from './shapes.js';

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
export function callToAction(lines: Line[], i: number): number[] {
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
export function interruptingBox(lines: Line[], i: number): number[] {
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
export function controlPitch(lines: Line[], i: number): number[] {
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
export function signUpBox(lines: Line[], i: number): number[] {
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
export function paywallBox(lines: Line[], i: number): number[] {
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
export function placeholderBox(lines: Line[], i: number): number[] {
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
export function boxFrame(lines: Line[], i: number): number[] {
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
