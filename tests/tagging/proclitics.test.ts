/**
 * Particles written joined to the next word (Hebrew's and Persian's one-letter "and", "the",
 * "in"): told from a language's spoken list, and looked behind when a word is read by a dictionary
 * or CLDR's keywords. Invented words and tables.
 */
import { describe, expect, it } from 'vitest';
import { annotationHits, type AnnotationIndex } from '../../src/tagging/annotations.js';
import { pivotHits, type PivotIndex } from '../../src/tagging/pivot.js';
import { procliticLetters, procliticLettersOf, withoutProclitics } from '../../src/tagging/proclitics.js';

describe('one-letter particles told from a spoken list', () => {
  // An invented list: "q" stands before many of its words, "z" begins one word by chance.
  const base = Array.from({ length: 40 }, (_, i) => `tavo${String.fromCharCode(97 + (i % 26))}${i}`);
  const words = [...base, ...base.slice(0, 10).map((w) => `q${w}`), 'zmoro', 'moro'];

  it('takes a letter that often makes another word of the list', () => {
    expect([...procliticLettersOf(words)]).toEqual(['q']);
  });

  it('finds Persian its joined particles and English none', () => {
    expect(procliticLetters('fa').has('ب')).toBe(true);
    expect(procliticLetters('en').size).toBe(0);
  });
});

describe('a word without its particles', () => {
  const letters = new Set(['q', 'v']);

  it('strips one particle, then two, leaving a word', () => {
    expect(withoutProclitics('qvlorna', letters)).toEqual(['vlorna', 'lorna']);
    expect(withoutProclitics('qlor', letters)).toEqual(['lor']);
  });

  it('strips nothing from a word that opens with no particle, or would leave too little', () => {
    expect(withoutProclitics('mlorna', letters)).toEqual([]);
    expect(withoutProclitics('qvo', letters)).toEqual([]);
    expect(withoutProclitics('qlorna', new Set())).toEqual([]);
  });
});

describe('reading behind a particle', () => {
  const pivot = (proclitics: ReadonlySet<string>): PivotIndex => ({
    words: new Map([['klantor', [['crime-law-and-justice', 1]]]]),
    longest: 7,
    phraseWords: 1,
    loose: false,
    proclitics,
  });
  const annotations = (proclitics: ReadonlySet<string>): AnnotationIndex => ({
    stems: new Map([['mivrat', 'weather']]),
    dense: new Map(),
    denseLengths: [],
    phrases: new Map(),
    longestPhrase: 1,
    longestStem: 6,
    proclitics,
  });

  it('finds a dictionary headword behind one or two particles', () => {
    const hits = pivotHits(pivot(new Set(['v', 'q'])), 'vklantor qvklantor');
    expect(hits.map(([k]) => k)).toEqual(['klantor', 'klantor']);
  });

  it('finds a keyword behind a particle, unless the bare word is an everyday word', () => {
    expect(annotationHits(annotations(new Set(['v'])), 'vmivrat').map(([k]) => k)).toEqual(['mivrat']);
    expect(annotationHits(annotations(new Set(['v'])), 'vmivrat', new Set(['mivrat']))).toEqual([]);
  });

  it('reads no particle in a language that writes none', () => {
    expect(pivotHits(pivot(new Set()), 'vklantor')).toEqual([]);
    expect(annotationHits(annotations(new Set()), 'vmivrat')).toEqual([]);
  });
});
