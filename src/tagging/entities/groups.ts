import { nameKey, type EntityKind, type Gazetteer } from '../gazetteer.js';
import { NAME_PARTICLES } from '../../language/name-particles.js';
import { CONNECTORS, ORG_HEADS, ORG_OPENERS, PLACE_HEADS } from '../words.js';
import { endsInstitution, keyOf, lastWord, locativeEnd } from './mentions.js';
import { isRussianPersonName, isCyrillic } from './russian.js';
import { isUpper, lower } from './tokens.js';
import { sameStem } from './sentence-case.js';
import { isAnyGivenName } from '../given-names.js';
import { placeOfAdjective } from './german.js';

/** Letters of an acronym a name would have: "Coastal Waters Agency" → "CWA". */
export function initials(words: string[], withConnectors: boolean): string {
  return words
    .filter((w) => withConnectors || !CONNECTORS.has(w))
    .map((w) => (w[0] ?? '').toUpperCase())
    .join('');
}

export interface Group {
  key: string;
  names: Map<string, number>;
  words: string[];
  /** Every word sequence merged into the group ("Bea Lund", "Beatrice Lund"). */
  forms: string[][];
  kind: EntityKind | null;
  person: boolean;
  placeVotes: number;
  weight: number;
  order: number;
}

export const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

/** Whether a multi-word run looks like a person's name. */
export function looksLikePerson(words: string[], titled: boolean, gaz: Gazetteer): boolean {
  if (words.length < 2 || words.length > 4) return titled && words.length === 1;
  // Particles belong to a name only after a known given name ("Claire de Vos").
  const given = gaz.tags(lower(words[0] ?? '')).some((t) => NAME_TAGS.includes(t));
  const particle = (w: string): boolean => given && NAME_PARTICLES.has(w);
  if (words.some((w) => (CONNECTORS.has(w) && !particle(w)) || w === '&' || w.endsWith('-') || isUpper(w)))
    return false;
  if (endsInstitution(words) || PLACE_HEADS.has(lastWord(words)) || ORG_OPENERS.has(lower(words[0] ?? '')))
    return false;
  if (PLACE_OPENERS.has(lower(words[0] ?? ''))) return false;
  // "Göttinger Stadtrat": a German place's adjective opens the name of a body.
  if (placeOfAdjective(words[0] ?? '', gaz)) return false;
  if (gaz.entries.has(nameKey(words.join(' ')))) return false;
  if (titled || gaz.tags(lower(words[0] ?? '')).some((t) => NAME_TAGS.includes(t))) return true;
  if (isCyrillic(words[0] ?? '')) return isRussianPersonName(words);
  if (gaz.tags(lastWord(words)).includes('LastName')) return true;
  // Unknown words throughout: most often a name from outside the lexicon ("Arsen Mkrtchyan").
  return words.every(
    (w) =>
      !gaz.entries.has(nameKey(w)) &&
      gaz.tags(lower(w)).every((t) => NAME_TAGS.includes(t) || t === 'LastName' || t === 'Person'),
  );
}

export const PLACE_OPENERS = new Set(
  'col mount mt lake river cape isla río rio monte sierra loch glen'.split(' '),
);

/** Words without a possessive ending: "St Oswin’s" opens "St Oswin Church" and "St Oswin’s Church". */
const unpossessed = (words: string[]): string[] => words.map((w) => w.replace(/['’]s$/u, ''));

/** Moves one group's mentions into another. */
function mergeInto(groups: Map<string, Group>, from: Group, into: Group): void {
  for (const [n, c] of from.names) into.names.set(n, (into.names.get(n) ?? 0) + c);
  for (const form of from.forms) into.forms.push(form);
  into.weight += from.weight;
  into.order = Math.min(into.order, from.order);
  groups.delete(from.key);
}

/**
 * Merges acronyms, surnames and short forms into the full names used in the same article.
 * `declines`: the letters of an article in a language the lists lack say it declines names.
 */
export function resolveAliases(
  groups: Map<string, Group>,
  gaz: Gazetteer,
  acronyms: Map<string, string>,
  language: string | null = null,
  declines = false,
): void {
  mergeNicknames(groups);
  mergePlurals(groups);
  if (language ? INFLECTING.has(language) : declines) mergeCaseForms(groups, gaz);
  const live = (g: Group): boolean => groups.has(g.key);
  const multi = (): Group[] => [...groups.values()].filter((g) => g.words.length > 1);
  const firstOf = (f: string[]): string => keyOf([f[0] ?? '']);
  const lastOf = (f: string[]): string => keyOf([f[f.length - 1] ?? '']);
  // "St Oswin’s" for "St Oswin’s Church": a shorter run that opens a longer one.
  for (const g of multi()) {
    if (!live(g) || g.person || gaz.entries.has(g.key)) continue;
    const longer = multi().filter(
      (m) =>
        m !== g &&
        !m.person &&
        m.words.length > g.words.length &&
        keyOf(unpossessed(m.words.slice(0, g.words.length))) === keyOf(unpossessed(g.words)) &&
        !locativeEnd(m.words),
    );
    if (longer.length === 1 && longer[0]) mergeInto(groups, g, longer[0]);
  }
  mergeSurnames(groups);
  for (const g of [...groups.values()]) {
    if (g.words.length !== 1 || !live(g)) continue;
    const w = g.words[0] ?? '';
    const many = multi();
    // A bracketed acronym, or one whose letters are a longer name's initials.
    if (/\p{Lu}.*\p{Lu}/u.test(w)) {
      const defined = acronyms.get(nameKey(w));
      const target = defined ? groups.get(defined) : undefined;
      if (target && target !== g) {
        mergeInto(groups, g, target);
        continue;
      }
      const letters = w.replace(/\p{Ll}/gu, '');
      const byInitials = many.filter(
        (m) => initials(m.words, false) === letters || initials(m.words, true) === letters,
      );
      if (byInitials.length === 1 && byInitials[0]) {
        mergeInto(groups, g, byInitials[0]);
        continue;
      }
    }
    // A listed place stands alone, unless only the long city list knows it ("Albion" of a club).
    const listed = gaz.entries.get(nameKey(w));
    if (listed && !listed.weak && !g.person) continue;
    // A city the article places ("in Kelby") is short only for a longer place ("Kelby Bay"),
    // not for a body named after it ("Kelby Trains").
    const placed = !!listed && g.placeVotes > 0;
    const k = keyOf([w]);
    // A surname (or first name) of one person named in full elsewhere; a family by its plural
    // ("the Okafors") goes with the people of that surname.
    const family = /\p{Ll}s$/u.test(w) ? keyOf([w.slice(0, -1)]) : null;
    const people = many.filter(
      (m) =>
        m.person &&
        m.forms.some((f) => f.length > 1 && (lastOf(f) === k || firstOf(f) === k || lastOf(f) === family)),
    );
    if (people.length === 1 && people[0]) {
      mergeInto(groups, g, people[0]);
      continue;
    }
    // "Kuchař" alone and "Ondřeje Kuchaře" in full: the full name only in an oblique case.
    const inflected = many.filter((m) => m.person && m.words.length === 2 && caseEnding(m.words, w) !== null);
    if (!people.length && inflected.length === 1 && inflected[0]) {
      const target = inflected[0];
      const ending = caseEnding(target.words, w) ?? '';
      const [given = ''] = target.words;
      const nominative = `${given.endsWith(ending) && given.length > ending.length + 2 ? given.slice(0, -ending.length) : given} ${w}`;
      mergeInto(groups, g, target);
      const count = [...target.names.values()].reduce((a, b) => a + b, 0);
      target.names = new Map([[nominative, count]]);
      continue;
    }
    // The surname alone in another case than in the full name ("Nowaka" of "Jan Nowak"), where
    // the language declines names; English does not ("Johns" is not "Johnson"). A place the lists
    // know is not taken for one, nor is a name taken for a person's that opens with no given name.
    const declined =
      language === 'en' || people.length || listed
        ? []
        : many.filter(
            (m) =>
              m.person &&
              m.words.length > 1 &&
              isAnyGivenName(m.words[0] ?? '') &&
              sameStem(m.words[m.words.length - 1] ?? '', w),
          );
    if (declined.length === 1 && declined[0]) {
      mergeInto(groups, g, declined[0]);
      continue;
    }
    if (people.length > 1) {
      groups.delete(g.key);
      continue;
    }
    // The short form of a name: "Veltra" for "Veltra Motors", "Aubisque" for "Col d’Aubisque",
    // but not "Kelby" for its council. A last word used alone is the short form of a short name
    // when never placed ("in Kelby"), and a listed town only as a person's surname.
    const longer = many.filter(
      (m) =>
        !m.person &&
        (!placed || gaz.entries.get(nameKey(m.words.join(' ')))?.kind === 'place') &&
        ((firstOf(m.words) === k && !locativeEnd(m.words)) ||
          (lastOf(m.words) === k &&
            (PLACE_OPENERS.has(lower(m.words[0] ?? '')) ||
              ORG_HEADS.has(lower(w)) ||
              (!g.placeVotes && namedOnward(m.words) && (!listed || personal(m.words)))))),
    );
    if (longer.length === 1 && longer[0]) mergeInto(groups, g, longer[0]);
    // "Council" alone where the article names two councils in full: the head word of each, the
    // short form of neither, is no name of its own.
    else if (
      !listed &&
      ORG_HEADS.has(lower(w)) &&
      many.filter((m) => !m.person && lastOf(m.words) === k).length > 1
    )
      groups.delete(g.key);
  }
}

/**
 * A person named by a given name and two surnames ("Lucía Ortega Ibarra"), as Spanish and
 * Portuguese do, is then called by the first surname or by both ("Ortega", "Ortega Ibarra"):
 * one entity, even where a list knows the surname as a town. Not a place the article puts a
 * preposition before.
 */
function mergeSurnames(groups: Map<string, Group>): void {
  const full = [...groups.values()].filter(
    (g) => g.person && g.words.length === 3 && isAnyGivenName(g.words[0] ?? ''),
  );
  for (const g of [...groups.values()]) {
    if (!groups.has(g.key) || g.placeVotes || g.words.length > 2 || full.includes(g)) continue;
    const k = keyOf(g.words);
    const owners = full.filter((f) =>
      g.words.length === 1 ? keyOf([f.words[1] ?? '']) === k : keyOf(f.words.slice(1)) === k,
    );
    if (owners.length === 1 && owners[0]) mergeInto(groups, g, owners[0]);
  }
}

/** Words of a short name that ends in the word it is referred to by. */
const MAX_ONWARD_WORDS = 3;

/**
 * A short name without joining words whose last word the article goes on to use alone: a
 * person by the surname ("Ana Ruiz", then "Ruiz"), a club or firm by its place or last word
 * ("Atlético Exampleton", then "Exampleton"), whatever lists hold its first word.
 */
const namedOnward = (words: string[]): boolean =>
  words.length <= MAX_ONWARD_WORDS &&
  !words.some((w) => CONNECTORS.has(w) || w === '&') &&
  !locativeEnd(words);

/** Opens with a given name of any list: a surname that is also a town's name is the person's. */
const personal = (words: string[]): boolean => words.length === 2 && isAnyGivenName(words[0] ?? '');

/**
 * The ending by which a two-word name's surname differs from `surname` standing alone, when the
 * lone form is the stem of it ("Kuchař" of "Kuchaře", "Nowak" of "Nowaka"): the full name was
 * given in an oblique case, as Slavic and Baltic languages inflect names. Null when they differ
 * otherwise; stems are long enough that a different surname does not pass for one.
 */
export function caseEnding(words: string[], surname: string): string | null {
  const full = words[words.length - 1] ?? '';
  if (surname.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(surname)) return null;
  const ending = full.slice(surname.length);
  return full.startsWith(surname) && /^\p{Ll}{1,3}$/u.test(ending) && ending !== 's' ? ending : null;
}

/** Languages we read that decline place names by case ("w Kępie", "z Kępy"). */
const INFLECTING = new Set(['pl', 'cs', 'ru', 'uk', 'fi', 'hu']);

/** Two forms of one word in different cases: a shared stem of four letters or more, short endings. */
export function sameWordInflected(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  let n = 0;
  while (n < x.length && x[n] === y[n]) n++;
  return n >= 4 && x.length - n <= 3 && y.length - n <= 3 && /^\p{Lu}/u.test(a) && /^\p{Lu}/u.test(b);
}

/**
 * "Olszynach" and "Olszyn", "Dąbrówce Leśnej" and "Dąbrówki Leśnej": one place in two cases, one
 * entity. Not people (a surname's feminine form is another person) nor two listed names.
 */
function mergeCaseForms(groups: Map<string, Group>, gaz: Gazetteer): void {
  const listed = (g: Group): boolean => gaz.entries.has(nameKey(g.words.join(' ')));
  for (const a of [...groups.values()]) {
    if (a.person || !groups.has(a.key)) continue;
    for (const b of [...groups.values()]) {
      if (b === a || b.person || !groups.has(b.key) || b.words.length !== a.words.length) continue;
      if (listed(a) && listed(b)) continue;
      if (a.words.every((w, i) => sameWordInflected(w, b.words[i] ?? ''))) mergeInto(groups, b, a);
    }
  }
}

/** "Republicans" and "Republican", one word in the plural and the singular: one name. */
function mergePlurals(groups: Map<string, Group>): void {
  for (const g of [...groups.values()]) {
    const w = g.words[0] ?? '';
    if (g.words.length !== 1 || !/\p{Ll}s$/u.test(w) || !groups.has(g.key)) continue;
    const single = groups.get(keyOf([w.slice(0, -1)]));
    if (single && single !== g && single.words.length === 1) mergeInto(groups, g, single);
  }
}

/** "Bea Lund" and "Beatrice Lund": one surname, a short form of one first name. */
function mergeNicknames(groups: Map<string, Group>): void {
  const people = [...groups.values()].filter((g) => g.person && g.words.length === 2);
  for (const a of people) {
    for (const b of people) {
      if (a === b || !groups.has(a.key) || !groups.has(b.key)) continue;
      const [fa = '', la = ''] = a.words;
      const [fb = '', lb = ''] = b.words;
      if (la !== lb || fa.length >= fb.length || fa.length > 4 || fa.slice(0, 2) !== fb.slice(0, 2)) continue;
      mergeInto(groups, a, b);
    }
  }
}
