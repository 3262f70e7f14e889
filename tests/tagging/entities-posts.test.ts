/**
 * A title and what it is of ("Minister of Transport", "Secretary of State") name a post, not a
 * body; where it is of a listed place, the place is named. Invented texts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { normalisedItem as item } from '../support/items.js';

let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

const entitiesOf = (title: string, body: string[]) => tagger.enrich(item({ title, body })).entities;

describe('a title and what it is of', () => {
  it('is a post, not a body', () => {
    const e = entitiesOf('Rural clinics to open longer', [
      'Rural clinics will open two hours longer on weekdays from next month, health officials said.',
      'The Minister of Rural Health said the change would cut waiting times in the valley towns.',
    ]);
    expect(e.organisations).not.toContain('Minister of Rural Health');
  });

  it('names the place it is of', () => {
    const e = entitiesOf('Bus lanes extended', [
      'The city will extend its bus lanes by four kilometres, transport officials said on Monday.',
      'The lanes were first proposed by the Mayor of Manchester two years ago.',
    ]);
    expect(e.places).toContain('Manchester');
    expect(e.organisations).not.toContain('Mayor of Manchester');
  });
});
