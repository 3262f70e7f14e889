/**
 * The page as metadata reads it, and the small helpers more than one reading uses.
 */
import { classOf, type DocScan, type DomElement, roleWords, scanFirst } from '../dom.js';

/**
 * The page as metadata reads it: its elements scanned once (see DocScan; the page does not change
 * while its metadata is read) and its meta tags by key.
 */
export interface MetaPage extends DocScan {
  /** The first non-empty content of each meta tag by property, name or itemprop, lower-cased keys. */
  metas: Map<string, string>;
}

export const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Class words with camel-case names split as well ("authorByline" → author, byline): templates
 * that name their boxes in camel case.
 */
export function camelWords(el: DomElement): string[] {
  const words = roleWords(el);
  const raw = `${classOf(el)} ${el.getAttribute('id') ?? ''}`;
  // Without a capital the split gives roleWords' own class and id words again: read on every
  // element of the article, the split was most of the byline search.
  if (words.length === 0 || !/\p{Lu}/u.test(raw)) return words;
  const split = raw.split(/[\s_\-:]+|(?<=\p{Ll})(?=\p{Lu})/u).map((w) => w.toLowerCase());
  return [...words, ...split.filter((w) => w !== '')];
}

/** The element that holds the article text when the markup says so: `<article>`, else `<main>`. */
export const articleScope = (page: MetaPage): DomElement | null =>
  scanFirst(page, 'article') ?? scanFirst(page, 'main');

const WIDE_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** A text's length with a Chinese, Japanese or Korean character counted twice: one says a word's worth. */
export function proseWidth(t: string): number {
  return t.length + (t.match(WIDE_CHARS)?.length ?? 0);
}
