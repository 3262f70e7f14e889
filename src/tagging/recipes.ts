import type { TopicSlug } from './labels.js';

/**
 * A recipe's ingredient list, told by its shape in any language: a run of short lines that each
 * open with an amount ("200 g flour", "2,5 dl cream", "½ tsp salt", "3 eggs"). News seldom prints
 * several amounts in a row, one to a line; a recipe always does.
 */

/** An amount opening a line: a numeral (with a decimal or fraction part) or a fraction sign, then a word. */
const AMOUNT = /^(?:\p{Nd}+(?:[.,/]\p{Nd}+)?|\p{No})\s*\p{L}/u;
/** A list number ("1.", "2)") opens a ranking or a step, not an amount. */
const LIST_NUMBER = /^\p{Nd}+[.)]\s/u;
/** A line ending in a figure is a result or a table row ("Harbour Town 2"), not an ingredient. */
const ENDS_IN_FIGURE = /\p{N}\s*$/u;
/** Words an ingredient line holds at most: an amount, a unit, a food and a short note. */
const MOST_WORDS = 8;
/** Ingredient lines in a row that make a list: fewer occur in news ("3 dead", "12 injured"). */
const LEAST_RUN = 4;

/** IPTC files food and drink under lifestyle and leisure. */
export const RECIPE_TOPIC: TopicSlug = 'lifestyle-and-leisure';

/** Whether a paragraph reads as one ingredient: a short line opening with an amount. */
export function isIngredientLine(paragraph: string): boolean {
  const line = paragraph.trim();
  return (
    AMOUNT.test(line) &&
    !LIST_NUMBER.test(line) &&
    !ENDS_IN_FIGURE.test(line) &&
    line.split(/\s+/u).length <= MOST_WORDS
  );
}

/** Whether paragraphs hold an ingredient list: LEAST_RUN ingredient lines in a row. */
export function hasIngredientList(paragraphs: readonly string[]): boolean {
  let run = 0;
  for (const p of paragraphs) {
    run = isIngredientLine(p) ? run + 1 : 0;
    if (run >= LEAST_RUN) return true;
  }
  return false;
}
