import { sharedPrefixLength } from '../../language/word-forms.js';
import { isStopword } from '../../language/stopwords.js';
import { SENTENCE_CASE_HEADS } from '../words.js';

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

/** How often each lowercase word occurs in the texts. */
function lowercaseCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts)
    for (const w of t.match(/(?<![\p{L}\p{N}])\p{Ll}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
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
  const lowercase = lowercaseCounts(texts);
  for (const [word, uses] of usesOf(texts)) {
    const first = uses[0]?.next;
    if (uses.length < 2 || !first || first.length < 3 || known(word) || isStopword(word, language)) continue;
    const same = uses.every((u) => u.next !== undefined && sameStem(u.next, first));
    // A word the article also writes after other words is its own ("Exampleland hevur", has).
    const own = (lowercase.get(first) ?? 0) <= uses.length;
    if (same && own && uses.some((u) => !u.initial) && !isStopword(first, language))
      out.push(`${word} ${first}`);
  }
  return out;
}

/** A capitalised word, the lowercase word after it, and one or two capitalised words after that. */
const HEADED = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)((?:\s+\p{Lu}\p{Ll}+){0,2})(?![\p{L}\p{N}])/gu;

/** Letters a case ending adds to an institution noun ("seltsi", "savivaldybės", "kaupungin"). */
const MAX_HEAD_ENDING = 3;

/**
 * The institution noun a lowercase word is a form of, in the nominative: the noun itself, a case
 * form of it (the stem shared but for its last two letters), or a compound closed by it
 * ("taidemuseossa" → "taidemuseo"); null for any other word.
 */
export function institutionNoun(word: string): string | null {
  if (SENTENCE_CASE_HEADS.has(word)) return word;
  let best: string | null = null;
  let longest = 0;
  // The longest stem wins: "kommuna" is a noun of its own, not "kommun" with an ending.
  for (const head of SENTENCE_CASE_HEADS) {
    const stem = head.length > 5 ? head.slice(0, -2) : head;
    const at = word.indexOf(stem);
    if (at < 0 || (at > 0 && (at < 3 || head.length < 5)) || stem.length <= longest) continue;
    if (word.length - at - stem.length <= MAX_HEAD_ENDING) {
      best = word.slice(0, at) + head;
      longest = stem.length;
    }
  }
  return best;
}

/**
 * Bodies named in sentence case by a capitalised word and an institution noun after it
 * ("Examplen kaupunki", "Exampleby kommun", "Exampleská nemocnice"), with a capitalised name
 * right after the noun ("Mestna občina Exampleburg"); the noun is given in the nominative. The
 * capitalised word must not be one the article also writes in lowercase, and at a sentence start,
 * where any word is capitalised, the noun must stand in the nominative itself.
 */
export function headedNames(texts: readonly string[], language: string | null): string[] {
  const lowercase = new Set(texts.flatMap((t) => t.match(/(?<![\p{L}\p{N}])\p{Ll}+/gu) ?? []));
  const out: string[] = [];
  for (const t of texts)
    for (const m of t.matchAll(HEADED)) {
      const [, word = '', noun = '', after = ''] = m;
      const nominative = institutionNoun(noun);
      const before = t.slice(Math.max(0, m.index - 8), m.index).trimEnd();
      const initial = before === '' || /[.!?:;…"“”«»„]$/u.test(before);
      if (!nominative || (initial && nominative !== noun)) continue;
      if (isStopword(word, language) || lowercase.has(word.toLowerCase())) continue;
      const place = after
        .trim()
        .split(/\s+/)
        .filter((w) => w && !isStopword(w, language));
      const name = [word, nominative, ...place].join(' ');
      if (!out.some((n) => n.startsWith(`${word} ${nominative}`))) out.push(name);
    }
  return out;
}
