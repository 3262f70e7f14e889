#!/usr/bin/env node
// Regenerates src/language/and-words.ts from Unicode CLDR's list patterns (the npm package
// cldr-misc-full, a dev dependency; © Unicode, Inc., Unicode License v3, which allows
// redistribution with the notice kept in the generated file).
//
// Usage: node scripts/and-words.mjs [path/to/cldr-misc-full/main]
//        && npx prettier --write src/language/and-words.ts
//
// CLDR spells how each language joins two items of a list ("{0} agus {1}", "{0} eta {1}"): the
// word between them is the language's "and", as a byline joins two authors' names. Kept per
// language, from its own locale (regional variants spell it the same); a joiner that is no word
// (a comma, "、") or a prefix glued to the next item ("ne-") is left out, and an optional letter
// gives both spellings ("a(c)": "a", "ac").
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cldrPackage, localeFiles, writeGenerated } from './lib/cldr.mjs';

const { dir: main, version } = cldrPackage('cldr-misc-full', 'main');

const WORD = /^\p{L}[\p{L}\p{M}]*$/u;
const OPTIONAL = /^(\p{L}+)\((\p{L}+)\)$/u;

/** The word or words a two-item pattern puts between its items, or none. */
function joiners(pattern) {
  const m = /^\{0\}\s(.+)\s\{1\}$/u.exec(pattern ?? '');
  const j = m?.[1]?.trim().replace(/\u200b/g, '') ?? '';
  const opt = OPTIONAL.exec(j);
  if (opt) return [opt[1], opt[1] + opt[2]];
  return WORD.test(j) ? [j] : [];
}

const byLanguage = new Map();
let locales = 0;
for (const [locale, json] of localeFiles(main, 'listPatterns.json')) {
  const language = locale.split('-')[0];
  // A language's own locale first; a regional one only when the language has none of its own.
  if (locale !== language && existsSync(join(main, language))) continue;
  if (byLanguage.has(language)) continue;
  const lists = json.main[locale]?.listPatterns ?? {};
  locales++;
  const words = joiners(lists['listPattern-type-standard']?.['2']).map((w) => w.toLocaleLowerCase());
  if (words.length > 0) byLanguage.set(language, words);
}
const languages = [...byLanguage.keys()].sort();
writeGenerated({
  script: 'scripts/and-words.mjs',
  target: 'src/language/and-words.ts',
  version,
  what: `list patterns (npm cldr-misc-full, ${locales} locales)`,
  comment: [
    'Per language, "|"-separated and lower case: the word its lists put between two items, its "and".',
  ],
  body: [
    '',
    'export const AND_WORDS: Readonly<Record<string, string>> = {',
    ...languages.map((l) => `  ${JSON.stringify(l)}: ${JSON.stringify(byLanguage.get(l).join('|'))},`),
    '};',
  ],
});
console.log(`"and" of ${languages.length} languages from ${locales} locales`);
