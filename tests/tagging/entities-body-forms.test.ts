/**
 * Bodies named with a case form or a cognate of a listed body word ("Komendy" of "Komenda",
 * "Sociedade" of "Sociedad"): their names run across the short function words that join a
 * body's name to what it is of or where it sits, as the listed words' names do.
 */
import { describe, expect, it } from 'vitest';
import { isBodyWord, runs, tokenize } from '../../src/tagging/entities/tokens.js';

const runTexts = (text: string): string[] => {
  const tokens = tokenize(text);
  return runs(tokens).map((r) =>
    tokens
      .slice(r.start, r.end + 1)
      .map((t) => t.text)
      .join(' '),
  );
};

describe('forms of listed body words', () => {
  it('takes case forms and cognates of a listed body word as body words', () => {
    expect(isBodyWord('Komendy')).toBe(true);
    expect(isBodyWord('Sociedade')).toBe(true);
    expect(isBodyWord('Komenda')).toBe(true);
  });

  it('leaves words that only begin like one alone', () => {
    expect(isBodyWord('Komet')).toBe(false);
    expect(isBodyWord('Universe')).toBe(false);
    expect(isBodyWord('Ministerialdirektorin')).toBe(false);
  });

  it('runs a body named by a case form across its place preposition', () => {
    const found = runTexts('Wczoraj rzecznik Komendy Miejskiej Policji w Zalesinie potwierdził zatrzymanie.');
    expect(found).toContain('Komendy Miejskiej Policji w Zalesinie');
  });

  it('does not run an ordinary capitalised word across a function word', () => {
    expect(runTexts('Wczoraj Marek Nowak w Zalesinie otworzył sklep.')).not.toContain(
      'Marek Nowak w Zalesinie',
    );
  });
});
