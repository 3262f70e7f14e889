import type { Token } from './tokens.js';
import { hash32 } from './hash.js';

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

/** Whether the sorted array `a` holds `x` (binary search). */
function has(a: Uint32Array, x: number): boolean {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = a[mid] ?? 0;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Whether the run `x` holds a specific that is in neither the run `y` nor anywhere in `other`. */
const holdsUnknown = (x: Uint32Array, y: Uint32Array, other: readonly Uint32Array[]): boolean =>
  x.some((h) => !has(y, h) && !other.some((o) => has(o, h)));

/**
 * Slots both items have, counted as agreeing (one run holds the other's specifics: "Mayor [Jane
 * Smith]" and "Mayor [Smith]") or differing: each run holds a specific the other item never states
 * ("aged [91]" and "aged [78]"). A specific the other states elsewhere is an editor's reordering,
 * and so is one it states in its headline or as an ordinary word: a noun capitalised where its
 * language capitalises nouns (a radio line's own word for the draw, which the full result uses in
 * its headline) is the other's wording, not another filling. `statedA`/`statedB`: each item's
 * words and numbers, sorted hash arrays (Fingerprint.words and Fingerprint.numbers).
 */
export function compareSlots(
  a: Slots,
  b: Slots,
  statedA: readonly Uint32Array[],
  statedB: readonly Uint32Array[],
): { agree: number; differ: number } {
  let agree = 0;
  let differ = 0;
  for (const [key, x] of a) {
    const y = b.get(key);
    if (!y) continue;
    if (within(x, y) || within(y, x)) agree++;
    else if (holdsUnknown(x, y, statedB) && holdsUnknown(y, x, statedA)) differ++;
  }
  return { agree, differ };
}
