import { nameKey } from '../gazetteer.js';
import { isAnyGivenName } from '../given-names.js';
import { LOCATIVE_HEADS, ORG_HEADS, PLACE_HEADS } from '../words.js';
import type { CleanContext } from './clean.js';
import { keyOf, type Mention } from './mentions.js';
import { isBodyWord, lower } from './tokens.js';

/**
 * Two names that one short lowercase word runs together into a single run: "Exampleton for Port
 * Vale", "Exampleby di Kampung Baru", "Examplea de la Nordville" (invented), where the run is a
 * place, then a word of direction or relation, then another place. The article tells it: what
 * stands before the lowercase word is a name of its own elsewhere in it, the run in full is
 * found only once, and what follows is a listed place or a name of its own elsewhere too. Not
 * where the first part is a body's or a place's head word ("University of…", "Lake of…") or a
 * given name ("Ana de la Cruz"): there the words make one name.
 */

/** Lowercase words between the two names ("for", "di", "de la"). */
const MAX_BETWEEN = 2;
/** Letters of such a word. */
const MAX_LETTERS = 4;

const head = (w: string): boolean =>
  isBodyWord(w) || ORG_HEADS.has(lower(w)) || PLACE_HEADS.has(lower(w)) || LOCATIVE_HEADS.has(lower(w));

export function splitJoinedNames(m: Mention, ctx: CleanContext): Mention[] {
  const { words } = m;
  if (words.length < 3 || (ctx.runCounts.get(keyOf(words)) ?? 0) > 1) return [m];
  const at = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w));
  if (at < 1) return [m];
  let end = at;
  while (end < words.length && /^\p{Ll}/u.test(words[end] ?? '')) end++;
  const between = words.slice(at, end);
  const before = words.slice(0, at);
  const after = words.slice(end);
  if (
    !after.length ||
    between.length > MAX_BETWEEN ||
    between.some((w) => [...w].length > MAX_LETTERS) ||
    after.some((w) => /^\p{Ll}/u.test(w)) ||
    before.some(head) ||
    after.some(head) ||
    isAnyGivenName(before[0] ?? '')
  )
    return [m];
  const alone = (part: string[]): boolean => (ctx.runCounts.get(keyOf(part)) ?? 0) > 0;
  const listed = (part: string[]): boolean => {
    const entry = ctx.gaz.entries.get(nameKey(part.join(' ')));
    return !!entry && !entry.weak;
  };
  if (!alone(before) || !(listed(after) || alone(after))) return [m];
  return [
    { ...m, words: before },
    { ...m, words: after, initial: false, previous: between[between.length - 1] ?? null, acronym: null },
  ];
}
