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
export function hashSet(strings: Iterable<string>): Uint32Array {
  const sorted = Uint32Array.from(strings, hash32).sort();
  // Drop repeats in place: the array is sorted, so equal hashes are neighbours.
  let n = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] ?? 0;
  return sorted.subarray(0, n).slice();
}

/** Whether the sorted hash set `a` holds `x` (binary search). */
export function holdsHash(a: Uint32Array, x: number): boolean {
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
