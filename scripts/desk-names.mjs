#!/usr/bin/env node
// Regenerates src/tagging/desk-names.ts from Unicode CLDR's character labels (the npm package
// cldr-misc-full, a dev dependency; © Unicode, Inc., Unicode License v3, which allows
// redistribution with the notice kept in the generated file).
//
// Usage: npm run build && node scripts/desk-names.mjs [path/to/cldr-misc-full/main]
//        && npx prettier --write src/tagging/desk-names.ts
//
// CLDR names the groups of its character picker in every locale it has: "sport", "weather",
// "travel", "food & drink", "nature" (vi "thời tiết", az "idman", id "wisata"…). The same words head
// a news site's desks, so a section label that is one of those names, whole, says its topic in
// languages the program has no vocabulary for. A name that two groups of different topics share in
// some locale is left out.
import { deskKey } from '../dist/tagging/topics.js';
import { cldrPackage, localeFiles, writeGenerated } from './lib/cldr.mjs';

/** CLDR character-label groups that name a top-level IPTC topic. */
const GROUP_TOPIC = {
  sport: 'sport',
  weather: 'weather',
  travel: 'lifestyle-and-leisure',
  travel_places: 'lifestyle-and-leisure',
  food_drink: 'lifestyle-and-leisure',
  nature: 'environment',
};

const { dir: main, version } = cldrPackage('cldr-misc-full', 'main');

const topics = new Map();
let locales = 0;
for (const [locale, json] of localeFiles(main, 'characterLabels.json')) {
  const labels = json.main[locale]?.characterLabels ?? {};
  locales++;
  for (const [group, topic] of Object.entries(GROUP_TOPIC)) {
    const name = labels[group];
    if (!name) continue;
    const key = deskKey(name);
    if (!key) continue;
    const set = topics.get(key) ?? new Set();
    set.add(topic);
    topics.set(key, set);
  }
}
const kept = [...topics].filter(([, set]) => set.size === 1).map(([k, set]) => [k, [...set][0]]);
const byTopic = {};
for (const [name, topic] of kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  (byTopic[topic] ??= []).push(name);
writeGenerated({
  script: 'scripts/desk-names.mjs',
  target: 'src/tagging/desk-names.ts',
  version,
  what: `character labels (npm cldr-misc-full, ${locales} locales)`,
  comment: [
    'Per topic, "|"-separated: each locale\'s names of the character groups that stand for it (sport,',
    'weather, travel, food & drink, nature), as deskKey() folds them; a name two topics share is left out.',
  ],
  body: [
    "import type { TopicSlug } from './labels.js';",
    '',
    'export const DESK_NAMES: Partial<Record<TopicSlug, string>> = {',
    ...Object.entries(byTopic).map(([t, names]) => `  '${t}': ${JSON.stringify(names.join('|'))},`),
    '};',
  ],
});
console.log(
  `${kept.length} desk names from ${locales} locales (${topics.size - kept.length} shared by two topics left out)`,
);
