/**
 * ICU's dictionary word breaker (Node's Intl.Segmenter): it splits the scripts written without
 * spaces between words (Thai, Lao, Khmer, Burmese, Chinese, Japanese) into words. Immutable, so
 * one instance serves every caller.
 */
const WORD_BREAKER = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Every segment of `text` as the word breaker cuts it: words, spaces and punctuation. */
export const wordSegments = (text: string): Intl.SegmentData[] => [...WORD_BREAKER.segment(text)];

/**
 * Longest stretch handed to the word breaker at once: each segment V8 returns carries its own copy
 * of the whole input, so breaking one long line costs its length squared (a 180,000-character
 * line ran out of memory). A word never spans white space, and a word of more letters than this
 * is no word a caller looks for.
 */
const RUN_MAX_CHARS = 256;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Where a stretch from `start` ends: at its last white space, else between two code points. */
function runEnd(text: string, start: number): number {
  const end = start + RUN_MAX_CHARS;
  if (end >= text.length) return text.length;
  for (let k = end; k > start; k -= 1) if (/\s/u.test(text[k]!)) return k;
  return isHighSurrogate(text.charCodeAt(end - 1)) ? end - 1 : end;
}

/** `text` in stretches of at most RUN_MAX_CHARS, cut at white space where it has any. */
function breakerRuns(text: string): string[] {
  const out: string[] = [];
  for (let start = 0; start < text.length;) {
    const end = runEnd(text, start);
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/** The words of `text` as the word breaker cuts it. */
export const brokenWords = (text: string): string[] =>
  breakerRuns(text).flatMap((run) =>
    wordSegments(run)
      .filter((s) => s.isWordLike)
      .map((s) => s.segment),
  );
