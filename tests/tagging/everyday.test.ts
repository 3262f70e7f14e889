/**
 * Everyday words (everyday.ts): a language's commonest spoken words name no subject, so a
 * dictionary or label entry that happens to hold one ("three" of a race's laps) says nothing, while
 * an entry that clearly names one topic ("police") still counts. Invented words and texts.
 */
import { describe, expect, it } from 'vitest';
import { annotationHits, type AnnotationIndex } from '../../src/tagging/annotations.js';
import { everydayWords } from '../../src/tagging/everyday.js';
import { pivotHits, type PivotIndex } from '../../src/tagging/pivot.js';
import { vague } from '../../src/tagging/vocabulary.js';

describe('everyday words', () => {
  it('reads the commonest words of a spoken list, to the depth asked', () => {
    const pt = everydayWords('pt', 50);
    expect(pt.size).toBe(50);
    expect(pt.has('que')).toBe(true);
    expect(everydayWords('pt', 5000).size).toBeGreaterThan(4000);
  });

  it('has none for English (a list of web words) or a language without a list', () => {
    expect(everydayWords('en').size).toBe(0);
    expect(everydayWords('xx').size).toBe(0);
  });

  it('calls a reading vague when no topic takes a clear share of it', () => {
    expect(vague([['sport', 0.3]])).toBe(true);
    expect(
      vague([
        ['sport', 0.4],
        ['politics', 0.35],
      ]),
    ).toBe(true);
    expect(vague([['crime-law-and-justice', 0.9]])).toBe(false);
  });
});

describe('everyday words in a dictionary', () => {
  // An invented table: "zorp" is an everyday word read vaguely as sport, "klant" clearly as crime.
  const index: PivotIndex = {
    words: new Map([
      ['zorp', [['sport', 0.4]]],
      ['klant', [['crime-law-and-justice', 1]]],
      ['miv', [['weather', 0.3]]],
    ]),
    longest: 5,
    phraseWords: 1,
    loose: false,
    proclitics: new Set(),
  };
  const everyday = new Set(['zorp', 'klant']);

  it('leaves out an everyday word whose reading is vague, and keeps one it reads clearly', () => {
    const keys = pivotHits(index, 'zorp klant miv', everyday).map(([k]) => k);
    expect(keys).toEqual(['klant', 'miv']);
  });

  it('keeps every word when no everyday words are told', () => {
    expect(pivotHits(index, 'zorp klant miv').map(([k]) => k)).toEqual(['zorp', 'klant', 'miv']);
  });
});

describe('everyday words among emoji keywords', () => {
  // Emoji keywords name one topic each; an everyday word among them ("old" of an older person's
  // emoji) starts no keyword of its own.
  const index: AnnotationIndex = {
    stems: new Map([
      ['vold', 'society'],
      ['trava', 'weather'],
    ]),
    dense: new Map(),
    denseLengths: [],
    phrases: new Map(),
    longestPhrase: 1,
    longestStem: 5,
    proclitics: new Set(),
  };

  it('skips an everyday word, keeps the others', () => {
    const text = 'vold trava';
    expect(annotationHits(index, text).map(([k]) => k)).toEqual(['vold', 'trava']);
    expect(annotationHits(index, text, new Set(['vold'])).map(([k]) => k)).toEqual(['trava']);
  });
});
