import { sharedPrefixLength } from '../../language/word-forms.js';
import { isStopword } from '../../language/stopwords.js';

/**
 * Names written in sentence case: most languages but English capitalise only the first word of a
 * body's name ("Statens vegvesen", "Ilmatieteen laitos", "Вечерний обозреватель"), so the
 * capitalised-run finder keeps the first word alone or nothing. Two marks tell such a name from a
 * capitalised word before an ordinary one: quotation marks around it after a lowercase noun
 * ("bendrovė „Medžio linija“"), and a capitalised word that the article writes, away from
 * sentence starts, only ever before the same lowercase word (in one case or another).
 */

/** A sentence-case name of two or three words, quoted right after a lowercase word. */
const QUOTED = /(?<=\p{Ll}\s+)[«„“"](\p{Lu}\p{Ll}+(?:\s\p{Ll}+){1,2})[»“”"]/gu;

/** A capitalised word (not in capitals) and the lowercase word after it. */
const PAIR = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(?:\s+(\p{Ll}+))?/gu;

/** Words after the first one in a quoted name must be content words, not "in der". */
function contentWords(name: string, language: string | null): boolean {
  return name
    .split(/\s+/)
    .slice(1)
    .every((w) => !isStopword(w, language));
}

/** Sentence-case names quoted after a lowercase word. */
export function quotedNames(texts: readonly string[], language: string | null): string[] {
  const out: string[] = [];
  for (const t of texts)
    for (const m of t.matchAll(QUOTED)) {
      const name = m[1] ?? '';
      if (contentWords(name, language) && !out.includes(name)) out.push(name);
    }
  return out;
}

/** Two case forms of one word: a shared stem of four letters or more, endings of three or less. */
export function sameStem(a: string, b: string): boolean {
  const n = sharedPrefixLength(a, b);
  return n >= 4 && a.length - n <= 3 && b.length - n <= 3;
}

interface Use {
  next: string | undefined;
  initial: boolean;
}

/** Every use of each capitalised word: what follows it, and whether a sentence starts there. */
function usesOf(texts: readonly string[]): Map<string, Use[]> {
  const uses = new Map<string, Use[]>();
  for (const t of texts)
    for (const m of t.matchAll(PAIR)) {
      const word = m[1] ?? '';
      const before = t.slice(Math.max(0, m.index - 8), m.index).trimEnd();
      const initial = before === '' || /[.!?:;…"“”«»„]$/u.test(before);
      const list = uses.get(word) ?? [];
      list.push({ next: m[2], initial });
      uses.set(word, list);
    }
  return uses;
}

/**
 * Capitalised words used twice or more, always before the same lowercase content word and at
 * least once inside a sentence: the pair is a name ("Statens vegvesen"), given in its first form.
 * `known` tells a word already known as a name of its own, which stands alone.
 */
export function recurringNames(
  texts: readonly string[],
  language: string | null,
  known: (word: string) => boolean,
): string[] {
  const out: string[] = [];
  for (const [word, uses] of usesOf(texts)) {
    const first = uses[0]?.next;
    if (uses.length < 2 || !first || first.length < 3 || known(word) || isStopword(word, language)) continue;
    const same = uses.every((u) => u.next !== undefined && sameStem(u.next, first));
    if (same && uses.some((u) => !u.initial) && !isStopword(first, language)) out.push(`${word} ${first}`);
  }
  return out;
}
