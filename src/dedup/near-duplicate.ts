import type { Fingerprint } from './fingerprint.js';

/**
 * Thresholds, measured on the dedup corpus (docs/dedup.md has the figures): same-story pairs have
 * event-vocabulary containment ≥ 0.53, different stories on the same people and places ≤ 0.38.
 */
export const NEAR_DUP = {
  /** Share of the smaller article's lower-case content words found in the other. */
  minCommonContainment: 0.5,
  /** Share of the smaller article's numbers found in the other, when both state numbers. */
  minNumberAgreement: 0.5,
  /** Fewer distinct content words than this: too little text to call a near-duplicate. */
  minWords: 8,
  /** Copies of one story appear within days; a templated item a week later is another story. */
  maxDaysApart: 7,
  /** A later version from the same source shares at least this share of all its words. */
  minSameSourceJaccard: 0.6,
};

/** How many values two sorted hash arrays share (a merge walk: no allocation). */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** |a ∩ b| / min(|a|, |b|): how much of the smaller set the larger one contains. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const small = Math.min(a.length, b.length);
  return small === 0 ? 0 : sharedCount(a, b) / small;
}

/** |a ∩ b| / |a ∪ b|. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const shared = sharedCount(a, b);
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/** Whether two publication instants are too far apart for one story (unknown dates never are). */
export function daysApart(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.abs(a - b) > NEAR_DUP.maxDaysApart * 86_400_000;
}

const disjoint = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean => ![...a].some((x) => b.has(x));

export interface NearDupVerdict {
  same: boolean;
  /** Containment of the event vocabulary (0–1): the score candidates are ranked by. */
  score: number;
  /** Why the pair was kept apart, for the operator preview and tests. */
  reason: string;
}

/**
 * Whether two fingerprints describe the same story. Shared names are not enough (the same people
 * feature in different events); the event's own vocabulary must overlap, and the specifics a
 * recurring item changes each time — numbers, dates, scores, the weekday in its headline — must
 * agree.
 */
export function compareFingerprints(a: Fingerprint, b: Fingerprint): NearDupVerdict {
  // Without enough lower-case words (unicase scripts, headline-only items) use every word.
  const useCommon = a.common.length >= 5 && b.common.length >= 5;
  const score = useCommon ? containment(a.common, b.common) : containment(a.words, b.words);
  const apart = (reason: string): NearDupVerdict => ({ same: false, score, reason });
  if (Math.min(a.words.length, b.words.length) < NEAR_DUP.minWords) return apart('too short');
  if (daysApart(a.date, b.date)) return apart('days apart');
  if (a.headlineDays.size && b.headlineDays.size && disjoint(a.headlineDays, b.headlineDays)) {
    return apart('different weekday');
  }
  if (
    a.numbers.length &&
    b.numbers.length &&
    containment(a.numbers, b.numbers) < NEAR_DUP.minNumberAgreement
  ) {
    return apart('numbers differ');
  }
  if (score < NEAR_DUP.minCommonContainment) return apart('different events');
  return { same: true, score, reason: 'near-duplicate' };
}
