import type { NormalisedItem } from '../model/item.js';
import { STOPWORDS, WEEKDAYS } from './stopwords.js';

/** FNV-1a, 32 bits: a fast, stable hash of a word. Fingerprints keep hashes, not strings: compact. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Distinct hashes of some strings, sorted, for fast merge-style set comparisons. */
export function hashSet(strings: readonly string[]): Uint32Array {
  const sorted = new Uint32Array(strings.length);
  strings.forEach((s, i) => (sorted[i] = hash32(s)));
  sorted.sort();
  // Drop repeats in place: the array is sorted, so equal hashes are neighbours.
  let n = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] ?? 0;
  return sorted.subarray(0, n).slice();
}

/**
 * What near-duplicate detection knows about one article: its vocabulary split into words the text
 * also uses in lower case ("common" words: what happened) and words it only ever capitalises (names:
 * who and where), the numbers it states, the weekdays its headline names, and its date.
 */
export interface Fingerprint {
  /** Every content word (stemmed lightly), as sorted 32-bit hashes: the MinHash input. */
  words: Uint32Array;
  /** Content words the text writes in lower case at least once: the event's vocabulary. */
  common: Uint32Array;
  /** Numbers as written, without thousands separators (dates, scores, counts, times), hashed. */
  numbers: Uint32Array;
  /** Weekdays named in the headline (index 0–6). */
  headlineDays: Set<number>;
  /** Publication instant in ms, or null. */
  date: number | null;
}

/** Scripts written without spaces: compared by character pairs instead of words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}]/u;

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Strip a possessive or elided tail: "bridge's" → "bridge" (no regex: this runs per word). */
function dropApostrophe(w: string): string {
  const i = Math.max(w.indexOf("'"), w.indexOf('’'));
  return i > 0 ? w.slice(0, i) : w;
}

/** A light, language-neutral stem: possessive and a plural `s` go, so "bridge's"/"bridges" match. */
function stem(word: string): string {
  const w = dropApostrophe(word);
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** Character pairs of an unspaced run, so Chinese or Japanese text still has comparable units. */
function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => `${chars[i]}${c}`);
}

interface Token {
  stem: string;
  lower: boolean;
}

/** Content tokens of a text: no function words, no numbers, no one- or two-letter words. */
export function contentTokens(text: string): Token[] {
  const out: Token[] = [];
  // match() with a global pattern yields plain strings: much cheaper than matchAll's match objects.
  for (const raw of text.normalize('NFKC').match(WORD) ?? []) {
    const first = raw.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39) continue; // numbers are compared separately
    // Only text beyond the Latin/Greek/Cyrillic blocks can be an unspaced script.
    if (first >= 0x2e80 && UNSPACED.test(raw)) {
      for (const b of bigrams(raw)) out.push({ stem: b, lower: true });
      continue;
    }
    const lowered = raw.toLowerCase();
    if (lowered.length < 3 || STOPWORDS.has(lowered) || STOPWORDS.has(dropApostrophe(lowered))) continue;
    out.push({ stem: stem(lowered), lower: raw === lowered });
  }
  return out;
}

const NUMBER = /\p{N}+(?:[,.\u202f\u00a0]\p{N}+)*/gu;
const SEPARATOR = /[,\u202f\u00a0]/u;
const THOUSANDS = /[,\u202f\u00a0](?=\p{N}{3}(?!\p{N}))/gu;

/** Numbers in a text, normalised: "1,400" and "1400" are one number; "3.2" stays a decimal. */
export function numbersIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const n of text.match(NUMBER) ?? []) {
    // Most numbers have no separator: skip the second pattern for them.
    out.add(n.length > 3 && SEPARATOR.test(n) ? n.replace(THOUSANDS, '') : n);
  }
  return out;
}

/** Weekdays a headline names, in any of the listed languages. */
function weekdaysIn(text: string): Set<number> {
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const days = new Set<number>();
  WEEKDAYS.forEach((names, i) => {
    for (const n of names) if (words.has(n)) days.add(i);
  });
  return days;
}

/** The text an item's fingerprint is built from: headline and body (else the summary). */
export function storyText(
  item: NormalisedItem,
  furniture: ReadonlySet<string> = new Set(),
): { headline: string; body: string } {
  // Without furniture there is nothing to key: the common case, and the stored-item case.
  const paragraphs = furniture.size ? item.body.filter((p) => !furniture.has(paragraphKey(p))) : item.body;
  const body = paragraphs.length ? paragraphs.join('\n') : (item.summary ?? '');
  return { headline: item.title ?? '', body };
}

/** A paragraph reduced to its words, for spotting the same paragraph in several items. */
export const paragraphKey = (p: string): string =>
  p
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Paragraphs that recur in several items of one document: the source's boilerplate ("About the
 * company…", press contacts, subscription pleas). They say who published, not what happened.
 */
export function repeatedParagraphs(items: NormalisedItem[]): Set<string> {
  const count = new Map<string, number>();
  for (const item of items) {
    for (const key of new Set(item.body.map(paragraphKey))) {
      if (key) count.set(key, (count.get(key) ?? 0) + 1);
    }
  }
  return new Set([...count].filter(([, n]) => n >= 2).map(([k]) => k));
}

/** An item's publication instant in ms (else its update), or null: the fingerprint's date. */
export function storyDate(item: Pick<NormalisedItem, 'published' | 'updated'>): number | null {
  const date = Date.parse(item.published ?? item.updated ?? '');
  return Number.isNaN(date) ? null : date;
}

/** The fingerprint of an item, leaving out the given boilerplate paragraphs. */
export function fingerprint(item: NormalisedItem, furniture?: ReadonlySet<string>): Fingerprint {
  const { headline, body } = storyText(item, furniture);
  const bodyTokens = contentTokens(body);
  const all = [...contentTokens(headline), ...bodyTokens];
  // Headlines capitalise ordinary words, so only the body says which words are lower case.
  const common = bodyTokens.filter((t) => t.lower).map((t) => t.stem);
  return {
    words: hashSet(all.map((t) => t.stem)),
    common: hashSet(common),
    numbers: hashSet([...numbersIn(`${headline}\n${body}`)]),
    headlineDays: weekdaysIn(headline),
    date: storyDate(item),
  };
}
