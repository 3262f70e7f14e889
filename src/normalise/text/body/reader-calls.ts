import { isStopword } from '../../../language/stopwords.js';
import { wordCount } from '../lines.js';
import { CALL_HEADING_MIN_WORDS, contentWords, STEM_MIN_LETTERS, wordsOf } from './shapes.js';
import { BOX_NOTE_TOLD_SHARE } from './author-box.js';

/** Letters a word and its inflected form share ("merkezi", "merkezine"): its stem, roughly. */
const STEM_LETTERS = 5;
const stemsOf = (t: string): string[] => contentWords(t).map((w) => w.slice(0, STEM_LETTERS));

/**
 * The brand of a masthead of several words, set in capitals ("NORDA weekly"): the site's text
 * names itself by it alone ("NORDA's print issue"), the generic word ("weekly") left out. A word
 * of five letters or more, so it is a stem the test below can read.
 */
const brandsOf = (name: string): string[] => {
  const parts = name.split(/\s+/u);
  return parts.length > 1 ? parts.filter((w) => /^\p{Lu}{5,}$/u.test(w)) : [];
};

/**
 * Drop the request to credit the source when reusing the story ("Quoting this story requires a
 * link to <site>", in any language): one of the last two paragraphs that names the site (its
 * words, inflected or not) and whose other words no other paragraph of the story uses. A
 * paragraph that names the site in the story's own matter ("<site> asked the council …") shares
 * them with the story and stays.
 */
export function dropSourceRequest(body: string[], siteNames: readonly string[], dropped: string[]): string[] {
  const names = siteNames.flatMap((n) => [n, ...brandsOf(n)]);
  const sites = names.map((n) => new Set(stemsOf(n))).filter((s) => s.size > 0);
  if (sites.length === 0 || body.length < 3) return body;
  const isRequest = (p: string, at: number): boolean => {
    const stems = stemsOf(p);
    const site = sites.find((s) => [...s].every((w) => stems.includes(w)));
    if (!site) return false;
    const elsewhere = new Set(body.filter((_, k) => k !== at).flatMap(stemsOf));
    return stems.every((w) => site.has(w) || !elsewhere.has(w));
  };
  const kept = body.filter((p, at) => {
    const request = at >= body.length - 2 && isRequest(p, at);
    if (request) dropped.push(p);
    return !request;
  });
  if (kept.length === body.length) return kept;
  // The controls printed between the text and the request ("Share", "Print" in words no list
  // knows) end the text now: a word or two without a sentence's end.
  while (kept.length > 1 && isBareControl(kept[kept.length - 1]!)) dropped.push(kept.pop()!);
  return kept;
}

/** Words of the page's own call printed over the headline ("Message the desk on Signal") at most. */
const PAGE_CALL_MAX_WORDS = 8;
/** Words of the call the text's last sentence repeats at least. */
const CALL_ECHO_MIN_WORDS = 2;

/**
 * Drop the page's note closing the text (how the story came about, a call to send tips): the
 * last paragraph, whose last sentence opens with the verb of a call the page prints over the
 * headline and repeats another of its words (its menu's "Message the desk on Signal" …
 * "Message us on Signal."), and whose words the story hardly uses. The story's own last paragraph speaks of its matter, in the story's words.
 * The words of the site's name, as its copyright line `rights` prints it, are no call's: a
 * station's slogan and a closing sentence that both open with its name ("Radio Ann FM — voice of
 * the coast" … "Radio Ann FM will report on the flood at one.") share a name, not a call.
 */
export function dropPageCall(
  body: string[],
  above: readonly string[],
  dropped: string[],
  rights: readonly string[] = [],
): string[] {
  const last = body[body.length - 1];
  if (body.length < 3 || last === undefined) return body;
  const said = last.split(/(?<=[.!?…])\s+/u).pop()!;
  const sentence = wordsOf(said);
  const named = new Set(rights.flatMap(wordsOf));
  // The call's verb opens it, and the sentence that repeats it: a name it shares is no call.
  const repeats = (call: string[]): boolean =>
    call[0] === sentence[0] &&
    !named.has(call[0] ?? '') &&
    new Set(sentence.filter((w) => call.includes(w) && !named.has(w))).size >= CALL_ECHO_MIN_WORDS;
  const calls = above.filter(
    (a) => wordCount(a) >= CALL_HEADING_MIN_WORDS && wordCount(a) <= PAGE_CALL_MAX_WORDS,
  );
  const echoed =
    sentence.length > 0 && calls.some((a) => repeats(wordsOf(a).filter((w) => w.length >= STEM_MIN_LETTERS)));
  if (!echoed) return body;
  const words = contentWords(last);
  const told = new Set(body.slice(0, -1).flatMap(contentWords));
  if (words.filter((w) => told.has(w)).length > BOX_NOTE_TOLD_SHARE * words.length) return body;
  dropped.push(last);
  return body.slice(0, -1);
}

/** Words of a call to the reader closing the text at most: a question and a request. */
const READER_CALL_MAX_WORDS = 20;
/**
 * Stems of the words of four letters or more, marks of any script kept in the word; function
 * words of any listed language left out ("pour", "with"): every story uses them, so they say
 * nothing of whether a call speaks of its matter.
 */
const stemsOfWords = (s: string): string[] =>
  (s.toLowerCase().match(/[\p{L}\p{M}]{4,}/gu) ?? [])
    .filter((w) => !isStopword(w))
    .map((w) => [...w].slice(0, STEM_LETTERS).join(''));

/**
 * Share of a reader call's words the story may use too, when it opens on a short question of its
 * own ("Liked it? Support the magazine."): the outlet's name for itself may be a word of the
 * story's matter as well. A longer question, or one quoted, may be the story's last words.
 */
const READER_CALL_TOLD_SHARE = 0.2;
const READER_QUESTION_SHORT_WORDS = 4;

/**
 * Drop a call to the reader closing the text ("Seen a rumour going round? Send it to us.", in any
 * language): the last paragraph, a short question and one request after it, in words the story
 * hardly uses. The story's own last paragraph that asks a question speaks of its matter, in the
 * story's words.
 */
export function dropReaderCall(body: string[], dropped: string[]): string[] {
  const last = body[body.length - 1];
  if (body.length < 3 || last === undefined || wordCount(last) > READER_CALL_MAX_WORDS) return body;
  const sentences = last.split(/(?<=[.!?…।۔。።])\s+/u);
  if (sentences.length !== 2 || !/[?？]["”’»]?$/u.test(sentences[0]!)) return body;
  const told = new Set(body.slice(0, -1).flatMap(stemsOfWords));
  const stems = stemsOfWords(last);
  const question = sentences[0]!;
  const short = wordCount(question) <= READER_QUESTION_SHORT_WORDS && !/["“”«»„‘’'「」:：]/u.test(question);
  const share = short ? READER_CALL_TOLD_SHARE : 0;
  if (stems.filter((w) => told.has(w)).length > share * stems.length) return body;
  dropped.push(last);
  return body.slice(0, -1);
}

/** Words of a control under the text. */
const CONTROL_WORDS = 2;
const isBareControl = (t: string): boolean => wordCount(t) <= CONTROL_WORDS && !/[.!?…:;,]$/u.test(t);
