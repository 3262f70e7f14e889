/**
 * CLDR's emoji keywords read the languages the IPTC vocabulary lacks: invented stories in
 * Georgian, Bengali, Japanese and Polish get their topic, Greek matches whatever its accent, and a
 * short keyword is no prefix of another word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { annotationHits, annotationLocale, buildAnnotationIndex } from '../../src/tagging/annotations.js';
import type { Tagger } from '../../src/tagging/index.js';
import { readsAs } from '../../src/tagging/language.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy, type Taxonomy } from '../../src/tagging/taxonomy.js';
import { buildTopicIndex, scoreTopics } from '../../src/tagging/topics.js';
import { buildVocabulary } from '../../src/tagging/vocabulary.js';
import { normalisedItem as item } from '../support/items.js';

let taxonomy: Taxonomy;
let tagger: Tagger;
beforeAll(async () => {
  taxonomy = await readTaxonomy(BUNDLED_TAXONOMY);
  tagger = createTagger(taxonomy);
});

describe('topics in languages without IPTC vocabulary', () => {
  it('reads a Georgian football report as sport', () => {
    const out = tagger.enrich(
      item({
        title: 'ადგილობრივმა ფეხბურთის კლუბმა ფინალში გაიმარჯვა',
        body: [
          'შაბათს ქალაქის სტადიონზე გამართულ ფინალურ მატჩში ადგილობრივმა ფეხბურთის კლუბმა სტუმრები ორი ერთით დაამარცხა.',
          'მწვრთნელმა თქვა, რომ გუნდი მომავალ სეზონში ევროპულ ტურნირზე ითამაშებს.',
        ],
      }),
    );
    expect(out.topics[0]).toBe('sport');
  });
  it('reads a Bengali football report as sport', () => {
    const out = tagger.enrich(
      item({
        title: 'জেলা ফুটবল লিগের ফাইনালে জয়ী স্থানীয় দল',
        body: ['শনিবার বিকেলে জেলা স্টেডিয়ামে ফুটবল লিগের ফাইনালে স্থানীয় দল দুই গোলে জয় পেয়েছে।'],
      }),
    );
    expect(out.topics[0]).toBe('sport');
  });
  it('finds a Japanese keyword inside unspaced text', () => {
    const out = tagger.enrich(
      item({
        title: '来月から病院の外来で新しい検査',
        body: ['来月から病院の外来で新しい検査が始まり、医師が三人増えると発表された。'],
      }),
    );
    expect(out.topics[0]).toBe('health');
  });
  it('reads a Polish text with the Polish keywords only', () => {
    const out = tagger.enrich(
      item({
        title: 'Nowy oddział w szpitalu powiatowym',
        body: [
          'Szpital powiatowy otworzył w piątek nowy oddział, na którym pracować będzie pięciu lekarzy i dziesięć pielęgniarek.',
          'Dyrektor szpitala powiedział, że pacjenci nie będą już musieli jeździć na badania do miasta wojewódzkiego.',
        ],
      }),
    );
    expect(out.topics[0]).toBe('health');
  });
  it('leaves a text the IPTC vocabulary reads to the vocabulary', () => {
    const input = {
      title: 'Village football club wins the county cup final',
      lede: ['The football club beat the visitors two goals to one in the final on Saturday.'],
      body: [],
      sections: [],
      entities: [],
    };
    const off = { ...taxonomy, weights: { ...taxonomy.weights, annotations: 0 } };
    const vocabulary = buildVocabulary();
    expect(scoreTopics(buildTopicIndex(taxonomy, vocabulary), input)).toEqual(
      scoreTopics(buildTopicIndex(off, vocabulary), input),
    );
  });
});

describe('telling that a short text is in no language the program knows', () => {
  it('takes a short text for a language only when written in its script', () => {
    expect(readsAs(['野球の試合'], 'en')).toBe(false);
    expect(readsAs(['ფეხბურთი', 'გუნდი'], 'en')).toBe(false);
    expect(readsAs(['harbour', 'ferry', '2026'], 'en')).toBe(true);
    expect(readsAs(['паром', 'причал'], 'ru')).toBe(true);
  });
});

describe('matching annotation keywords', () => {
  const others = buildAnnotationIndex(null);
  it('matches Greek whatever syllable carries the accent', () => {
    const hits = annotationHits(buildAnnotationIndex(null), 'Η παράσταση του θεάτρου');
    expect(hits.map(([, topic]) => topic)).toContain('arts-culture-entertainment-and-media');
  });
  it('takes a four-letter keyword as a whole word only', () => {
    const short = [...others.stems.keys()].find((k) => /^[a-z]{4}$/.test(k) && !others.stems.has(`${k}a`));
    expect(short).toBeDefined();
    expect(annotationHits(others, `${short}`)).toHaveLength(1);
    expect(annotationHits(others, `${short}ari`)).toHaveLength(0);
  });
  it('lets a longer stem take an ending, not another word’s tail', () => {
    const long = [...others.stems.keys()].find((k) => /^[a-z]{7}$/.test(k));
    expect(long).toBeDefined();
    expect(annotationHits(others, `${long}es`)).toHaveLength(1);
    expect(annotationHits(others, `${long}ungsweise`)).toHaveLength(0);
  });
  it('indexes a language the program tells apart from its own CLDR keywords', () => {
    expect(buildAnnotationIndex('pl').stems.size).toBeGreaterThan(100);
    expect(buildAnnotationIndex('pl').stems.size).toBeLessThan(others.stems.size / 10);
  });
});

describe('annotationLocale', () => {
  it('takes the list of the language the letters tell, when CLDR has one', () => {
    expect(
      annotationLocale(
        new Map([
          ['lv', 1],
          ['lt', 0.4],
        ]),
      ),
    ).toBe('lv');
    expect(
      annotationLocale(
        new Map([
          ['sk', 1],
          ['cs', 0.8],
        ]),
      ),
    ).toBe('sk');
  });

  it('falls back to the shared list when the letters tell nothing, or a language CLDR lacks', () => {
    expect(annotationLocale(new Map())).toBeNull();
    expect(annotationLocale(new Map([['xx', 1]]))).toBeNull();
    expect(annotationLocale(new Map([['lv', 0.5]]))).toBeNull();
  });
});
