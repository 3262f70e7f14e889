import nlp from 'compromise';

/**
 * compromise's English lexicon, word (lower case) → its tag or tags ("paris" → "City"): the one
 * copy every reader of it asks, the gazetteer, the word tables and the topic vocabulary alike.
 */
export const LEXICON: Readonly<Record<string, string | string[]>> = (
  nlp.model() as { one: { lexicon: Record<string, string | string[]> } }
).one.lexicon;
