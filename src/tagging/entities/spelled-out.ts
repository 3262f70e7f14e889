import { isCap, type Token } from './tokens.js';

/**
 * A name spelled out before its acronym in brackets: "the Lakeside Union of Ferry Workers
 * (LUFW)", "l'Office des forêts du Nord (OFN)", "Bungwe la Alimi a Mpunga (BAM)" (invented). The
 * acronym's letters are the initials of the name's words, so they tell where the name begins,
 * across the lowercase words that a run of capitals stops at: a word of the name's own ("forêts")
 * gives its letter, a short joining word ("of", "des", "la") none. Known this way, the name is
 * one, however its language joins its words.
 */

/** An acronym: two to eight capitals. */
const ACRONYM = /^\p{Lu}{2,8}$/u;
/** A joining word gives no letter: it is short ("of", "des", "sa", "ny"). */
const MAX_JOINER = 3;
/** Joining words in a row ("sa mga", "momba ny"). */
const MAX_JOINERS = 2;

/** Upper-case first letter, accents folded ("É" → "E"). */
const initial = (w: string): string => (w.normalize('NFD')[0] ?? '').toUpperCase();
/** An elided article glued to the name's first word ("l'Office"), which gives no letter. */
const ELIDED = /^[dl]['’]/iu;

/** A run of capitalised words found by `runs`, perhaps a spelled-out name. */
export interface Run {
  start: number;
  end: number;
  /** The acronym after it spells it out: its words are one name, whatever joins them. */
  spelled?: boolean;
}

/**
 * Where the name that the acronym in brackets after token `end` spells out begins: the first of
 * the words whose initials are the acronym's letters, read backwards; -1 when none are.
 */
export function spelledStart(tokens: readonly Token[], end: number): number {
  if (tokens[end + 1]?.text !== '(' || tokens[end + 3]?.text !== ')') return -1;
  const acronym = tokens[end + 2]?.text ?? '';
  if (!ACRONYM.test(acronym)) return -1;
  return alignBack(tokens, end, [...acronym], acronym.length - 1, 0);
}

/**
 * Reads the words from token `k` backwards against the acronym's letters up to `li`: a word
 * gives its initial (a hyphenated one, each part's or its first's), a short lowercase word may
 * give none instead ("and" of "Harbour and Transport" gives its A, "a" of "Bungwe la Alimi a
 * Mpunga" none). Where the name begins, or -1.
 */
function alignBack(
  tokens: readonly Token[],
  k: number,
  letters: string[],
  li: number,
  joiners: number,
): number {
  if (li < 0) return isCap(tokens[k + 1]?.text ?? '') ? k + 1 : -1;
  const t = tokens[k];
  if (k < 0 || !t?.word || !tokens[k + 1]?.spaced) return -1;
  const parts = (t.whole ?? t.text).replace(ELIDED, '').split('-').filter(Boolean).map(initial);
  const tries: number[] = [];
  if (
    parts.length > 1 &&
    li + 1 >= parts.length &&
    parts.every((c, j) => c === letters[li - parts.length + 1 + j])
  )
    tries.push(li - parts.length);
  if (parts[0] === letters[li]) tries.push(li - 1);
  for (const next of tries) {
    const start = alignBack(tokens, k - 1, letters, next, 0);
    if (start >= 0) return start;
  }
  const joiner = !isCap(t.text) && [...t.text].length <= MAX_JOINER && joiners < MAX_JOINERS;
  return joiner ? alignBack(tokens, k - 1, letters, li, joiners + 1) : -1;
}

/**
 * The runs, each that an acronym after it spells out reaching back to where the name begins,
 * taking in the runs it spans, and marked as one name.
 */
export function withSpelledOut(tokens: readonly Token[], found: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of found) {
    const start = spelledStart(tokens, run.end);
    if (start < 0) {
      out.push({ ...run });
      continue;
    }
    // Words before the name in the same run ("The", a title) are a run of their own.
    if (start > run.start) {
      out.push({ start: run.start, end: start - 1 });
      out.push({ start, end: run.end, spelled: true });
      continue;
    }
    // Runs inside the name are part of it; one that opens before it ends where the name begins.
    for (let last = out[out.length - 1]; last && last.end >= start; last = out[out.length - 1]) {
      out.pop();
      if (last.start < start) {
        let end = start - 1;
        while (end > last.start && !isCap(tokens[end]?.text ?? '')) end--;
        out.push({ ...last, end });
        break;
      }
    }
    out.push({ start, end: run.end, spelled: true });
  }
  return out;
}
