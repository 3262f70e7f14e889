/**
 * A body's name that says what the body is for with a list ("…of Trade, Industry and Energy") or
 * with "and" after its "of" ("…of Mines and Quarries") is one name, also where a person's "of"
 * leads to it. Invented texts.
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

describe('a body named with a list of what it is for', () => {
  it('keeps the comma list and its closing "and" in the name', () => {
    const e = entitiesOf('Second phase of the rural network approved', [
      'The second phase of the rural broadband network will start next spring, officials said.',
      'The Ministry of Transport, Housing and Heritage said the work would take two years.',
      'Officers from the Bureau of Soil, Water and Forestry visited the valley on Tuesday.',
    ]);
    expect(e.organisations).toContain('Ministry of Transport, Housing and Heritage');
    expect(e.organisations).toContain('Bureau of Soil, Water and Forestry');
    expect(e.organisations).not.toContain('Heritage');
    expect(e.organisations).not.toContain('Forestry');
  });

  it('keeps the list where the language joins it with its own word', () => {
    const e = entitiesOf('Hujan lebat diperkirakan turun hingga akhir pekan', [
      'Hujan lebat masih akan turun di wilayah itu hingga akhir pekan ini, kata warga yang tinggal di dekat sungai.',
      'Menurut Badan Tanah, Hutan, dan Perairan, debit sungai naik sejak hari Senin dan warga diminta tetap waspada.',
      'Sejumlah sekolah diliburkan karena jalan menuju ke sana tergenang air setinggi lutut.',
    ]);
    expect(e.organisations.some((o) => o.includes('Badan Tanah, Hutan, dan Perairan'))).toBe(true);
  });

  it('does not join a list of places after a body', () => {
    const e = entitiesOf('Hospitals share the load', [
      'Patients were taken to the General Hospital, Leeds and York on Sunday, the ambulance service said.',
      'The hospitals said the wards were busy but coping with the numbers.',
    ]);
    expect(e.organisations).not.toContain('General Hospital, Leeds and York');
  });
});

describe('a body a person is "of"', () => {
  it('keeps the "and" of the body\'s "of" phrase', () => {
    const e = entitiesOf('Charges filed over reef fishing', [
      'Eleven fishermen were arrested on Friday after officers caught them near the reef, officials said.',
      '"We will file charges," said Ana Velasco of the Bureau of Mines and Coastal Quarries in the region.',
    ]);
    expect(e.organisations).toContain('Bureau of Mines and Coastal Quarries');
    expect(e.people).toContain('Ana Velasco');
    expect(e.people).not.toContain('Coastal Quarries');
  });
});

describe('two bodies of one kind joined by "and"', () => {
  it('are two names', () => {
    const e = entitiesOf('Universities share a research ship', [
      'Two universities will share a research ship for the next five years, their rectors said.',
      'The agreement was signed by Kelbridge University and Northern Marine University on Monday.',
      'The ship will spend most of the year in the southern ocean.',
    ]);
    expect(e.organisations).toContain('Kelbridge University');
    expect(e.organisations).toContain('Northern Marine University');
  });

  it('stay one name when their kinds differ', () => {
    const e = entitiesOf('Two more winter sailings', [
      'Two more sailings will run on winter Saturdays, the operator said.',
      'The Kelby Bay Port and Harbour Authority will pay for the extra crews.',
    ]);
    expect(e.organisations).toContain('Kelby Bay Port and Harbour Authority');
  });
});
