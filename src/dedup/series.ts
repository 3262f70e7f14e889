import { asciiDigits } from '../normalise/text.js';
import { hash32 } from './hash.js';

/**
 * Issue numbers a headline states: a number right after a short token ("No. 4", "Nr 12", "#3",
 * "№ 7", "N° 5", "Bd. 9") that the body never states. A series (bulletins, advisories, episodes)
 * repeats its headline and counts up, and each issue is its own item; a figure of the story ("toll
 * rises to 12") is the body's too. Keyed by the word before the token and the token, lower-cased,
 * without its dot, and hashed: one position in the title; the value is the number.
 */
export type Series = ReadonlyMap<number, string>;

const MARKED =
  /(?:([\p{L}\p{M}\p{N}]+)\s+)?((?<![\p{L}\p{M}\p{N}])\p{L}{1,4}\.?|#|\u2116|(?<![\p{L}\p{M}])[Nn][°º])\s?(\d+)(?![.,:]?\d)/gu;

/** `stated`: the numbers the body states, as Token stems. */
export function seriesOf(headline: string, stated: ReadonlySet<string>): Series {
  const out = new Map<number, string>();
  for (const [, before = '', marker = '', number = ''] of asciiDigits(headline).matchAll(MARKED)) {
    if (stated.has(number)) continue;
    out.set(hash32(`${before.toLowerCase()}|${marker.toLowerCase().replace(/\.$/u, '')}`), number);
  }
  return out;
}

/** Whether two headlines number one position of a series differently: two issues of it. */
export function otherIssue(a: Series, b: Series): boolean {
  for (const [key, number] of a) {
    const other = b.get(key);
    if (other !== undefined && other !== number) return true;
  }
  return false;
}
