import type { Token } from './tokens.js';
import { hash32, holdsHash } from './hash.js';

/**
 * The slots of a text: each run of specifics (numbers, names, dates) keyed by the ordinary words
 * either side of it ("aged [91], beloved", "junction [4] and junction"). Two items written from one
 * template (death notices, lottery draws, exchange rates, traffic bulletins) share those words and
 * fill the slots differently; a syndicated copy fills them the same, and its own intro or a trimmed
 * ending adds or drops slots without changing the shared ones. Key: hash of the context words;
 * value: the run's specifics, hashed and sorted.
 */
export type Slots = ReadonlyMap<number, Uint32Array>;

const EDGE = '\u0000';

export function slotsOf(paragraphs: readonly (readonly Token[])[]): Slots {
  const runs = new Map<number, Set<number>>();
  for (const tokens of paragraphs) {
    let before = EDGE;
    let run: number[] = [];
    const close = (after: string) => {
      if (!run.length) return;
      const key = hash32(`${before}|${after}`);
      const set = runs.get(key) ?? new Set<number>();
      for (const h of run) set.add(h);
      runs.set(key, set);
      run = [];
    };
    for (const t of tokens) {
      if (t.specific) {
        run.push(hash32(t.stem));
        continue;
      }
      close(t.stem);
      before = t.stem;
    }
    close(EDGE);
  }
  const out = new Map<number, Uint32Array>();
  for (const [key, set] of runs) out.set(key, Uint32Array.from(set).sort());
  return out;
}

/** Whether every value of the sorted array `a` is in the sorted array `b`. */
function within(a: Uint32Array, b: Uint32Array): boolean {
  let j = 0;
  for (const x of a) {
    while (j < b.length && (b[j] ?? 0) < x) j++;
    if (b[j] !== x) return false;
  }
  return true;
}

/**
 * Whether the run `x` holds a specific that is in neither the run `y` nor anywhere in `other`
 * (and, given `among`, is one of those: a name rather than a figure).
 */
const holdsUnknown = (
  x: Uint32Array,
  y: Uint32Array,
  other: readonly Uint32Array[],
  among?: Uint32Array,
): boolean =>
  x.some((h) => !holdsHash(y, h) && !other.some((o) => holdsHash(o, h)) && (!among || holdsHash(among, h)));

/**
 * Slots both items have, counted as agreeing (one run holds the other's specifics: "Mayor [Jane
 * Smith]" and "Mayor [Smith]") or differing: each run holds a specific the other item never states
 * ("aged [91]" and "aged [78]"). A specific the other states elsewhere is an editor's reordering,
 * and so is one it states in its headline or as an ordinary word: a noun capitalised where its
 * language capitalises nouns (a radio line's own word for the draw, which the full result uses in
 * its headline) is the other's wording, not another filling. `statedA`/`statedB`: each item's
 * words and numbers, sorted hash arrays (Fingerprint.words and Fingerprint.numbers); `names`, when
 * given: only a name the other never states makes a slot differ (an update revises its figures
 * and keeps its names).
 */
export function compareSlots(
  a: Slots,
  b: Slots,
  statedA: readonly Uint32Array[],
  statedB: readonly Uint32Array[],
  names?: { a: Uint32Array; b: Uint32Array },
): { agree: number; differ: number } {
  let agree = 0;
  let differ = 0;
  for (const [key, x] of a) {
    const y = b.get(key);
    if (!y) continue;
    if (within(x, y) || within(y, x)) agree++;
    else if (holdsUnknown(x, y, statedB, names?.a) && holdsUnknown(y, x, statedA, names?.b)) differ++;
  }
  return { agree, differ };
}

/**
 * Where a script marks no names (no capitals: Arabic, Hebrew, Devanagari), any word may fill a
 * template's slot ("power cut today in [district]"): each word keyed by the word before it and,
 * apart, by the word after it, as [context, word] hashes, sorted by context. Numbers are left to
 * the slots above.
 */
export function wordSlotsOf(paragraphs: readonly (readonly Token[])[]): Uint32Array {
  const entries: [number, number][] = [];
  for (const tokens of paragraphs) {
    tokens.forEach((t, i) => {
      if (t.isNumber) return;
      const [before, after] = [tokens[i - 1]?.stem ?? EDGE, tokens[i + 1]?.stem ?? EDGE];
      entries.push([hash32(`<${before}`), hash32(t.stem)], [hash32(`>${after}`), hash32(t.stem)]);
    });
  }
  entries.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return Uint32Array.from(entries.flat());
}

/** The words `slots` (see wordSlotsOf) holds from index `i` on under the context there, and where the next context starts. */
function wordsUnder(slots: Uint32Array, i: number): { words: number[]; end: number } {
  const words: number[] = [];
  let end = i;
  while (end < slots.length && slots[end] === slots[i]) {
    words.push(slots[end + 1] ?? 0);
    end += 2;
  }
  return { words, end };
}

/**
 * Word contexts two items share where each puts a word the other never writes: one template, a
 * slot filled with another name. `wordsA`/`wordsB`: each item's words, sorted (Fingerprint.words).
 */
export function wordSlotsDiffer(
  a: Uint32Array,
  b: Uint32Array,
  wordsA: Uint32Array,
  wordsB: Uint32Array,
): number {
  let differ = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [x, y] = [a[i] ?? 0, b[j] ?? 0];
    if (x < y) i = wordsUnder(a, i).end;
    else if (x > y) j = wordsUnder(b, j).end;
    else {
      const [inA, inB] = [wordsUnder(a, i), wordsUnder(b, j)];
      if (inA.words.some((w) => !holdsHash(wordsB, w)) && inB.words.some((w) => !holdsHash(wordsA, w)))
        differ++;
      [i, j] = [inA.end, inB.end];
    }
  }
  return differ;
}
