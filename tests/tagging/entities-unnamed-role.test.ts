/**
 * A role no list knows before a person's name: where the article's language has no word list to
 * tell its roles by, one word that no name list knows before a given name is a role; in a
 * language we read it is rather a given name the lists lack. Invented texts.
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

const peopleOf = (title: string, body: string[]): string[] =>
  tagger.enrich(item({ title, body })).entities.people;

describe('a role before a name in a language we have no lists for', () => {
  it('starts the name at the given name', () => {
    const people = peopleOf('Ysgol newydd yn agor ym mis Medi', [
      'Bydd yr ysgol newydd yn agor ei drysau i dros dri chant o blant ym mis Medi, yn ôl y cyngor sir.',
      'Dywedodd y Cynghorydd Elin Parry, aelod cabinet dros addysg, fod y galw wedi tyfu bob blwyddyn ers degawd.',
      'Mae disgwyl i’r gwaith adeiladu orffen cyn diwedd yr haf, ac mae’r rhieni wedi croesawu’r newyddion.',
    ]);
    expect(people).toContain('Elin Parry');
    expect(people).not.toContain('Cynghorydd Elin Parry');
  });

  it('keeps a first given name the lists lack in a language we read', () => {
    const people = peopleOf('Pilgrim numbers rise again', [
      'The cathedral welcomed more pilgrims this year than last, its dean said on Monday.',
      '“It is a pilgrimage before it is a walk,” said Father Xosé Luis Otero, a canon of the cathedral.',
      'Volunteers will keep the pilgrim office open later in the summer months.',
    ]);
    expect(people.some((p) => p.includes('Xosé Luis Otero'))).toBe(true);
  });
});
