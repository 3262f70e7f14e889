/**
 * Bodies named in sentence case, from invented sentences: a quoted name after a lowercase noun,
 * and a capitalised word always written before the same lowercase word, in one case or another.
 */
import { describe, expect, it } from 'vitest';
import { quotedNames, recurringNames } from '../../src/tagging/entities/sentence-case.js';

const nothingKnown = (): boolean => false;

describe('names in sentence case', () => {
  it('reads a quoted name of two or three words after a lowercase noun', () => {
    const texts = [
      'Bendrovė „Šiaurės statyba“ pranešė apie naują gamyklą.',
      'El programa «Escuela y campo» sigue abierto.',
      'Film „Ostatni pociąg“ pokazano w kinie.',
    ];
    // "y" is a function word: a title with one is a phrase, not a body's name.
    expect(quotedNames(texts, null)).toEqual(['Šiaurės statyba', 'Ostatni pociąg']);
  });

  it('reads a capitalised word always written before the same lowercase word as one name', () => {
    const texts = [
      'I helgen Fylkets vegkontor stengte veien.',
      'Onsdag sa Fylkets vegkontoret at arbeidet går etter planen.',
      'Kari Holm bor i Lia. Lia ligger ved fjorden.',
    ];
    expect(recurringNames(texts, 'nb', nothingKnown)).toEqual(['Fylkets vegkontor']);
  });

  it('leaves a pair alone when the word stands elsewhere, only opens sentences, or is known', () => {
    const texts = [
      'Borgen sier at alt er klart. Borgen sier også at det blir dyrt.',
      'Møtet i Sandvik kommune var kort, og Sandvik kommune svarte ikke.',
      'Saken gjelder Sandvik.',
    ];
    expect(recurringNames(texts, 'nb', nothingKnown)).toEqual([]);
    const person = (w: string): boolean => w === 'Nordahl';
    expect(recurringNames(['Også Nordahl sier nei.', 'Derfor Nordahl sier det.'], 'nb', person)).toEqual([]);
  });
});
