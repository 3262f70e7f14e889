/**
 * Month and weekday names are no topic words: a stemmer or dictionary reads them as other words
 * (Portuguese "março" as "marcha", race walking; a Finnish weekday through its translation), and
 * a date names no subject. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { nameMask } from '../../src/tagging/load.js';

describe('topic text without dates', () => {
  const mask = nameMask([]);

  it('blanks month and weekday names in any language and case form', () => {
    expect(mask('A nova linha abre em março.')).toBe('A nova linha abre em  .');
    expect(mask('Työt alkavat maanantaina.')).toBe('Työt alkavat  .');
    expect(mask('Od poniedziałku do piątku')).toBe('Od   do  ');
  });

  it('keeps a word the English lexicon knows as something else too', () => {
    expect(mask('Protesters may gather in May.')).toBe('Protesters may gather in May.');
    expect(mask('A lunar lander')).toBe('A lunar lander');
  });

  it('still blanks the names it is given', () => {
    expect(nameMask(['Ana Ruiz'])('Ana Ruiz opened the ferry on Friday')).toBe('    opened the ferry on  ');
  });
});
