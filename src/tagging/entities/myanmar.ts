import type { Found } from './found.js';

/**
 * Names in Myanmar script, where words run together and spaces part phrases: a person is the
 * honorific glued to the name ("ဦး" U, Mr; "ဒေါ်" Daw, Mrs), a place the name glued to the noun
 * of its kind ("X မြို့", X town), each with the phrase's particles after it ("က", "တွင်"). No
 * package lists these words, so the few below are typed.
 */

/** Mr, Mrs before a name. */
const HONORIFIC = /^(?:ဦး|ဒေါ်)/u;
/** Words the honorifics also open: "ဦးစီး" (to direct), "ဦးဆောင်" (to lead), "ဒေါ်လာ" (dollar). */
const NOT_NAMES = /^(?:ဦးစီး|ဦးဆောင်|ဒေါ်လာ)/u;
/** Township and town closing a place's name, which is named without them. */
const TOWN_END = /(?:မြို့နယ်|မြို့)$/u;
/** State and region: part of the name ("X ပြည်နယ်", X State). */
const REGION_END = /(?:ပြည်နယ်|တိုင်းဒေသကြီး)$/u;
/** A verb made an adjective ("that takes part"): what it closes is a kind, not a name. */
const ADJECTIVAL = /(?:သော|သည့်|မည့်)$/u;
/** Particles a phrase ends in: subject, in, of, and, at, from, to, object, plural. */
const PARTICLE = /(?:တွင်|၏|နှင့်|ရှိ|မှ|သို့|ကို|၌|က|များ)$/u;
/** Shortest name left once its honorific or noun of kind is off: two letters and their signs. */
const MIN_NAME = 3;

const stripParticles = (chunk: string): string => {
  let s = chunk;
  for (let last = ''; last !== s;) [last, s] = [s, s.replace(PARTICLE, '')];
  return s;
};

function readChunk(chunk: string): Found | null {
  const bare = stripParticles(chunk);
  if (HONORIFIC.test(bare) && !NOT_NAMES.test(bare)) {
    const name = bare.replace(HONORIFIC, '');
    // "၁၂ ဦးပါဝင်သော", twelve persons taking part: "ဦး" also counts people.
    return name.length >= MIN_NAME && !ADJECTIVAL.test(name) ? { kind: 'person', name } : null;
  }
  const place = bare.replace(TOWN_END, '').replace(REGION_END, '');
  if (place === bare || place.length < MIN_NAME || ADJECTIVAL.test(place)) return null;
  return { kind: 'place', name: REGION_END.test(bare) ? bare : place };
}

/** Persons and places of a Myanmar-script text. */
export function myanmarFinds(texts: readonly string[]): Found[] {
  return texts.flatMap((text) =>
    (text.match(/[\p{Script=Myanmar}]+/gu) ?? []).flatMap((chunk) => readChunk(chunk) ?? []),
  );
}
