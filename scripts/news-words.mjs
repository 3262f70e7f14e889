#!/usr/bin/env node
// Regenerates src/language/news-words.ts from Unicode CLDR's emoji annotations (the npm package
// cldr-annotations-full, a dev dependency; © Unicode, Inc., Unicode License v3, which allows
// redistribution with the notice kept in the generated file).
//
// Usage: node scripts/news-words.mjs [path/to/cldr-annotations-full/annotations]
//        && npx prettier --write src/language/news-words.ts
//
// A site's news index ("News", "Nachrichten", "Uutiset") heads a breadcrumb trail the way its
// front page does: it names no section. CLDR annotates the two newspaper emoji (📰, 🗞) in about
// 170 locales; a keyword both share, that is neither one's name and that no other emoji of the
// locale has, is the locale's word for news or for the paper ("nuacht", "ዜና", "uutiset"). Kept per
// language (a locale's region dropped): a word for news in one is a section's name in another
// (Norwegian "avis", the paper; French "avis", opinions).
import { cldrPackage, localeFiles, writeGenerated } from './lib/cldr.mjs';

const { dir: root, version } = cldrPackage('cldr-annotations-full', 'annotations');

const PAPER = '📰';
const ROLLED = '🗞';
const lower = (xs) => (xs ?? []).map((x) => x.toLocaleLowerCase());

const byLanguage = new Map();
let locales = 0;
for (const [locale, json] of localeFiles(root, 'annotations.json')) {
  const all = json.annotations?.annotations;
  const paper = all?.[PAPER];
  const rolled = all?.[ROLLED];
  if (!paper || !rolled) continue;
  locales++;
  const names = new Set([...lower(paper.tts), ...lower(rolled.tts)]);
  const elsewhere = new Set();
  for (const [emoji, a] of Object.entries(all))
    if (emoji !== PAPER && emoji !== ROLLED)
      for (const w of [...lower(a.default), ...lower(a.tts)]) elsewhere.add(w);
  const shared = new Set(lower(rolled.default));
  const language = locale.split('-')[0];
  const words = byLanguage.get(language) ?? new Set();
  for (const w of lower(paper.default)) if (shared.has(w) && !names.has(w) && !elsewhere.has(w)) words.add(w);
  if (words.size > 0) byLanguage.set(language, words);
}
const languages = [...byLanguage.keys()].sort();
writeGenerated({
  script: 'scripts/news-words.mjs',
  target: 'src/language/news-words.ts',
  version,
  what: `emoji annotations (npm cldr-annotations-full, ${locales} locales)`,
  comment: [
    'Per language, "|"-separated and lower case: its locales\' keywords that the two newspaper emoji',
    'share and no other emoji has, its words for news or the paper, as a site names its news index.',
  ],
  body: [
    '',
    'export const NEWS_WORDS: Readonly<Record<string, string>> = {',
    ...languages.map(
      (l) => `  ${JSON.stringify(l)}: ${JSON.stringify([...byLanguage.get(l)].sort().join('|'))},`,
    ),
    '};',
  ],
});
console.log(`news words of ${languages.length} languages from ${locales} locales`);
