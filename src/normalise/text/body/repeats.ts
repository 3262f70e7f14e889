import { sameKey } from '../features.js';
import { wordCount } from '../lines.js';

/** A pull quote's key: without surrounding quotes and final punctuation. */
// The lookbehind lets a trailing run be tried from its first character only: without it, a long
// run of quotes or spaces inside a line is rescanned from each of its characters (quadratic).
const quoteKey = (s: string): string => sameKey(s).replace(/^["'\s]+|(?<!["'\s.,!?…])["'\s.,!?…]+$/g, '');

/** Words only: a pull quote drops the paragraph's punctuation and its "she says". */
const wordsKey = (s: string): string =>
  sameKey(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A pull quote's sentences, each as words only. */
const sentencesOf = (s: string): string[] =>
  s
    .split(/(?<=[.!?…])["”’»]?\s+/u)
    .map(wordsKey)
    .filter(Boolean);

/**
 * A pull quote is excerpted sentences: it ends like one, or holds two. One phrase without a stop
 * ("'Not again'" over the paragraph quoting it) is a subheading and stays.
 */
const isExcerpt = (s: string, sentences: string[]): boolean =>
  sentences.length >= 2 || /[.!?…]["”’»']?$/u.test(s.trim()) || isQuotedClause(s);

/** A quoted clause this long is a pull quote even without its stop; a crosshead is a few words. */
const PULL_QUOTE_MIN_WORDS = 8;
const isQuotedClause = (s: string): boolean =>
  /^["“«„'‘].+["”»“'’]$/u.test(s.trim()) && wordCount(s) >= PULL_QUOTE_MIN_WORDS;

/** Words of a quoted phrase that may stand as a pull quote: fewer is a label. */
const PULL_PHRASE_MIN_WORDS = 3;

/** A quotation inside a paragraph: the words between a pair of quotation marks. */
const QUOTATION = /["“«„‘]([^"“”«»„‘’]+)["”»“’]/gu;

/**
 * A quoted phrase without a stop that another paragraph prints as a whole quotation of its own,
 * the same words between its marks ("«…», she says"): a pull quote. A subheading takes a few words
 * out of a longer quotation under it ('Lucky' over "… I was lucky, I know."), or heads the
 * paragraph right under it, which quotes it.
 */
function isPulledPhrase(i: number, body: readonly string[], plain: readonly string[]): boolean {
  const p = body[i]!;
  if (!/^["“«„'‘].+["”»“'’]$/u.test(p.trim()) || wordCount(p) < PULL_PHRASE_MIN_WORDS) return false;
  return body.some(
    (o, j) => j !== i && j !== i + 1 && [...o.matchAll(QUOTATION)].some((q) => wordsKey(q[1]!) === plain[i]!),
  );
}

/** Every sentence of `p` is in the longer paragraph `o`, whatever stands between them. */
const excerptOf = (p: string[], o: string): boolean => p.every((x) => o.includes(x));

/** Drop pull quotes (a line repeating part of a nearby paragraph) and exact repeats. */
export function dropRepeats(body: string[], summary: string | null, dropped: string[]): string[] {
  const keys = body.map(quoteKey);
  const plain = body.map(wordsKey);
  const seen = new Set<string>(summary ? [quoteKey(summary)] : []);
  const out: string[] = [];
  body.forEach((p, i) => {
    const k = keys[i]!;
    // Pull quotes stand near the paragraph they repeat: look a few paragraphs either side.
    const lo = Math.max(0, i - 8);
    const near = plain.slice(lo, i + 9).filter((_, j) => lo + j !== i);
    const parts = sentencesOf(p);
    const inOther =
      k.length >= 20 &&
      isExcerpt(p, parts) &&
      near.some((o) => o.length > plain[i]!.length && excerptOf(parts, o));
    if (seen.has(k) || inOther || isPulledPhrase(i, body, plain)) dropped.push(p);
    else out.push(p);
    seen.add(k);
  });
  return out;
}
