import type { Entities } from '../../model/item.js';
import { nameKey, type Gazetteer } from '../gazetteer.js';
import { detectLanguage } from '../language.js';
import { ORG_HEADS } from '../words.js';
import { cleanMention, excluded, type CleanContext } from './clean.js';
import { classify } from './classify.js';
import { looksLikePerson, resolveAliases, type Group } from './groups.js';
import { keyOf, segmentMentions, type Mention } from './mentions.js';
import { nominative } from './russian.js';
import { isUpper, lower } from './tokens.js';

/** A text segment of an article and how much a name found there counts. */
export interface Segment {
  text: string;
  weight: number;
  /** Every word is capitalised (a title-case headline). */
  headline: boolean;
}

/** Institution words inside German compounds ("Gewerkschaft", "Bundesamt", "Ministerium"). */
const GERMAN_ORG_HEADS =
  /(gewerkschaft|verband|ministerium|amt|universität|partei|gmbh|^ag$|bank|gericht|polizei|stiftung|institut|verein|konzern|bahn)$/u;

/** Whether the text is in a language that capitalises common nouns (German). */
function capitalisesNouns(segments: Segment[]): boolean {
  const words = segments.flatMap((s) => [...s.text.toLowerCase().matchAll(/\p{L}+/gu)].map((m) => m[0]));
  return words.length > 20 && detectLanguage(words) === 'de';
}

/** All entities of one article: mentions grouped by name, aliases and surnames resolved. */
export function findEntities(segments: Segment[], gaz: Gazetteer): Entities {
  const lowercaseWords = new Set<string>();
  for (const s of segments)
    for (const m of s.text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu)) lowercaseWords.add(m[0]);
  const raw = segments.flatMap((s) => segmentMentions(s, gaz));
  const midKeys = new Set<string>();
  const runCounts = new Map<string, number>();
  for (const m of raw) {
    runCounts.set(keyOf(m.words), (runCounts.get(keyOf(m.words)) ?? 0) + 1);
    if (m.initial) continue;
    for (let i = 0; i < m.words.length; i++) midKeys.add(keyOf(m.words.slice(i)));
  }
  const ctx: CleanContext = { gaz, lowercaseWords, midKeys, runCounts };
  const mentions: Mention[] = [];
  for (const r of raw) {
    const m = cleanMention(r, ctx);
    if (!m) continue;
    const verdict = excluded(m, ctx);
    if (verdict === 'drop') continue;
    mentions.push(verdict === 'keep' ? m : verdict);
  }

  // Hyphenated pairs of names found on their own elsewhere ("Lula-Macron") are split.
  const partKeys = new Set<string>();
  for (const m of mentions) for (const w of m.words) partKeys.add(keyOf([w]));
  const expanded: Mention[] = [];
  for (const m of mentions) {
    const w = m.words[0] ?? '';
    const parts = w.split('-');
    if (m.words.length === 1 && parts.length > 1 && parts.every((p) => partKeys.has(keyOf([p])))) {
      for (const p of parts) expanded.push({ ...m, words: [p] });
    } else expanded.push(m);
  }

  // A name only in a title-case headline, or only at sentence starts, needs support elsewhere.
  const corroborated = new Set<string>();
  const bodyKeys = new Set<string>();
  for (const m of expanded) {
    if (!m.initial || m.words.length > 1) for (const w of m.words) corroborated.add(keyOf([w]));
    if (!m.headline) bodyKeys.add(keyOf(m.words));
  }
  // German capitalises every noun, so there a capital marks a name only with more evidence.
  const nounCaps = capitalisesNouns(segments);
  const personWords = new Set<string>();
  for (const m of expanded)
    if (m.words.length > 1 && looksLikePerson(m.words, m.titled, gaz))
      for (const w of m.words) personWords.add(keyOf([w]));
  const kept = expanded.filter((m) => {
    const key = keyOf(m.words);
    const entry = gaz.entries.get(nameKey(m.words.join(' ')));
    const inGaz = !!entry && !entry.weak;
    if (nounCaps && !inGaz && !isUpper(m.words[0] ?? '')) {
      if (m.words.length === 1 && !personWords.has(key)) return false;
      const named =
        looksLikePerson(m.words, m.titled, gaz) ||
        m.words.some((w) => ORG_HEADS.has(lower(w)) || GERMAN_ORG_HEADS.test(lower(w)));
      if (m.words.length > 1 && !named) return false;
    }
    if (m.headline && !inGaz && !bodyKeys.has(key)) return false;
    const acronym = isUpper(m.words[0] ?? '');
    if (m.words.length === 1 && m.initial && !acronym && !corroborated.has(key) && !inGaz) return false;
    return true;
  });

  const groups = new Map<string, Group>();
  const acronyms = new Map<string, string>();
  let order = 0;
  for (const m of kept) {
    const display = m.words.map((w, i) => (i === 0 ? nominative(w) : w)).join(' ');
    const gazEntry = gaz.entries.get(nameKey(display));
    const key = gazEntry?.canonical ? nameKey(gazEntry.canonical) : keyOf(m.words);
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        names: new Map(),
        words: m.words,
        forms: [m.words],
        kind: gazEntry?.kind ?? null,
        person: false,
        placeVotes: 0,
        weight: 0,
        order: order++,
      };
      groups.set(key, g);
    }
    const name = gazEntry?.canonical || display;
    g.names.set(name, (g.names.get(name) ?? 0) + 1);
    if (looksLikePerson(m.words, m.titled, gaz)) g.person = true;
    if (m.afterPlacePreposition) g.placeVotes++;
    g.weight += m.weight;
    if (m.acronym) acronyms.set(nameKey(m.acronym), key);
  }
  resolveAliases(groups, gaz, acronyms);
  return classify([...groups.values()], gaz);
}
