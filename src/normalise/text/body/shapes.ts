import { sharedPrefixLength } from '../../../language/word-forms.js';
import type { Line } from '../features.js';

/** Letters, none of them upper or lower case: Devanagari, Bengali, Odia, Arabic, Thai… */
export const isCaseless = (s: string): boolean => /\p{L}/u.test(s) && !/[\p{Lu}\p{Ll}]/u.test(s);

/** Words of the label before an inline link's title ("Read also", "Léigh freisin"). */
export const LINK_LABEL_MAX_WORDS = 3;
/** Words of a subheading at most: a heading, not a sentence of the text. */
export const SUBHEADING_MAX_WORDS = 12;

/** A line of a word or three that is no sentence: a button, a heading of the page's furniture. */
export const isButton = (l: Line): boolean => !l.prose && !l.terminal && l.words <= LINK_LABEL_MAX_WORDS;

/** Words of a call to action's button, and of the heading it repeats. */
export const BUTTON_MAX_WORDS = 3;
export const CALL_HEADING_MAX_WORDS = 14;
/** A heading a button's verb repeats in another form is a call of a few words ("Join our channel"). */
export const CALL_HEADING_MIN_WORDS = 3;
/** Letters a button's verb shares with the heading's at least: a stem ("Join" … "Joining"). */
export const STEM_MIN_LETTERS = 4;

/**
 * A sentence's end inside a line, in any script: a stop and more text after it (after a space,
 * or straight on after a full-width stop, which takes none).
 */
export const ANY_SENTENCE_BREAK = /[.!?…।۔။።։。]\s+\S|[。！？]\S/u;

/** Lines between a sign-up pitch and its button (an e-mail field's prompt, a line of pitch). */
export const PITCH_REACH = 2;
/** A pitch is a sentence, not a paragraph; a field's prompt a few words. */
export const PITCH_MAX_WORDS = 25;
export const FIELD_MAX_WORDS = 6;

export const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{M}'‘’]+/gu) ?? [];
/** A word said again: the same, or the same stem ("Prijavite" … "Prijavi"). */
export const echoesWord = (w: string, said: readonly string[]): boolean =>
  said.some((p) => p === w || (w.length >= STEM_MIN_LETTERS && sharedPrefixLength(p, w) >= STEM_MIN_LETTERS));

/** The pitch's words, from `k` on, repeat the button's in order ("obuna bo'ling" … "obuna bo'lish"). */
export const repeatsAt = (own: readonly string[], said: readonly string[], k: number): boolean =>
  own.every((w, n) => said[k + n] !== undefined && echoesWord(w, [said[k + n]!]));

/** Content words: five letters or more, lower-cased. */
export const contentWords = (s: string): string[] =>
  (s.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 7));
