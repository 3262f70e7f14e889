/**
 * Languages with neither an IPTC vocabulary nor a bilingual dictionary are read through wordnets
 * (wordnet-vocabulary.ts): a word Wiktionary links to a WordNet synset takes the topics the English
 * vocabulary gives the synset's lemmas. Invented stories in Hungarian and Czech.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { buildPivotIndex, pivotHits } from '../../src/tagging/pivot.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { normalisedItem as item } from '../support/items.js';

let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

describe('wordnet words', () => {
  it('gives a language without a dictionary a table of its own', () => {
    const hu = buildPivotIndex('hu');
    expect(hu).toBeDefined();
    const hits = pivotHits(hu!, 'A kórház igazgatója szerint a betegség nem fertőző.').map(([k]) => k);
    expect(hits).toEqual(expect.arrayContaining(['kórház', 'betegség']));
  });
});

describe('wordnet words of scripts without spaces and of several words', () => {
  it('finds a Thai word among the words of an unspaced run', () => {
    const th = buildPivotIndex('th');
    expect(th).toBeDefined();
    // Invented: "Floods in the village since yesterday; residents moved to the school."
    const hits = pivotHits(th!, 'น้ำท่วมหมู่บ้านตั้งแต่เมื่อวานชาวบ้านย้ายไปอยู่โรงเรียน').map(([k]) => k);
    expect(hits).toEqual(expect.arrayContaining(['น้ำท่วม', 'โรงเรียน']));
  });

  it('finds a Vietnamese word of two syllables whole, not by its syllables', () => {
    const vi = buildPivotIndex('vi');
    expect(vi).toBeDefined();
    // Invented: "The provincial football team won yesterday evening."
    const hits = pivotHits(vi!, 'Đội bóng đá của tỉnh đã thắng tối qua.');
    expect(hits.map(([k]) => k)).toContain('bóng đá');
    expect(hits.find(([k]) => k === 'bóng đá')?.[1][0]?.[0]).toBe('sport');
  });
});

describe('topics through a wordnet', () => {
  const stories: [string, string, string[], string][] = [
    [
      'a Hungarian drought story',
      'Az aszály miatt a falvakban korlátozzák a vízhasználatot',
      [
        'Hetek óta nem esett eső, az aszály a környék kútjait is kiszárította. A polgármester szerint a helyzet napról napra romlik.',
        'A gazdák attól tartanak, hogy az aszály után egy földrengés vagy árvíz is jöhet, mert a talaj megrepedt.',
      ],
      'disaster-accident-and-emergency-incident',
    ],
    [
      'a Hungarian hospital story',
      'Új gyermekosztály nyílik a megyei kórházban',
      [
        'A kórház igazgatója szerint az új osztályon húsz ágy lesz, és négy orvos dolgozik majd ott.',
        'A betegek eddig a szomszéd városba jártak kezelésre. Az ápolók képzése a jövő hónapban kezdődik.',
      ],
      'health',
    ],
    [
      'a Czech court story',
      'Soud poslal muže do vězení za sérii krádeží',
      [
        'Okresní soud v úterý rozhodl, že muž stráví tři roky ve vězení. Policie ho zadržela loni na podzim.',
        'Soudce uvedl, že obžalovaný ukradl nářadí z několika garáží. Rozsudek zatím není pravomocný.',
      ],
      'crime-law-and-justice',
    ],
  ];
  it.each(stories)('reads %s', (_, title, body, topic) => {
    expect(tagger.enrich(item({ title, body })).topics[0]).toBe(topic);
  });
});
