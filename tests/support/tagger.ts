import { beforeAll } from 'vitest';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { normalisedItem as item } from './items.js';

/**
 * The entity names (people, places, organisations) the bundled taxonomy's tagger finds in a story
 * of a headline and paragraphs; the tagger is built once per test file, before its tests.
 */
export function entityNamesWithBundledTagger(): (title: string, body: string[]) => string[] {
  let tagger: Tagger;
  beforeAll(async () => {
    tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
  });
  return (title, body) => {
    const e = tagger.enrich(item({ title, body })).entities;
    return [...e.people, ...e.places, ...e.organisations];
  };
}
