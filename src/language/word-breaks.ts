/**
 * ICU's dictionary word breaker (Node's Intl.Segmenter): it splits the scripts written without
 * spaces between words (Thai, Lao, Khmer, Burmese, Chinese, Japanese) into words. Immutable, so
 * one instance serves every caller.
 */
const WORD_BREAKER = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Every segment of `text` as the word breaker cuts it: words, spaces and punctuation. */
export const wordSegments = (text: string): Intl.SegmentData[] => [...WORD_BREAKER.segment(text)];

/** The words of `text` as the word breaker cuts it. */
export const brokenWords = (text: string): string[] =>
  wordSegments(text)
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);
