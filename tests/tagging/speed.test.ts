/**
 * What makes tagging cheap must not change what it finds: the article's language is told once
 * (one lookup per word), and names are blanked word by word.
 */
import { describe, expect, it } from 'vitest';
import { STOPWORD_LANGUAGES, isStopword } from '../../src/language/stopwords.js';
import { detectLanguage } from '../../src/tagging/language.js';
import { nameMask } from '../../src/tagging/load.js';

/** The language rule as it read before: each language asked in turn, the first best one kept. */
function askEachLanguage(words: string[]): string {
  let best = 'en';
  let bestHits = 0;
  for (const lang of STOPWORD_LANGUAGES) {
    const hits = words.slice(0, 400).filter((w) => isStopword(w, lang)).length;
    if (hits > bestHits) [best, bestHits] = [lang, hits];
  }
  return bestHits >= 2 ? best : 'en';
}

describe('telling the language', () => {
  const texts = [
    'the ferry will leave the harbour at noon and return in the evening',
    'die fähre verlässt den hafen am mittag und kehrt am abend zurück',
    'le bac quitte le port à midi et revient le soir avec les voyageurs',
    'паром отходит от причала в полдень и возвращается вечером',
    'de veerboot vertrekt om twaalf uur uit de haven en komt in de avond terug',
    'la barca sale del puerto a mediodía y vuelve por la tarde',
    'harbour ferry noon',
  ];
  it('gives what asking each language in turn gave, ties included', () => {
    for (const t of texts) {
      const words = t.split(' ');
      expect(detectLanguage(words), t).toBe(askEachLanguage(words));
    }
    expect(detectLanguage(texts[1]?.split(' ') ?? [])).toBe('de');
  });
});

describe('blanking names', () => {
  it('blanks each word of a name wherever it stands alone, and nothing else', () => {
    const mask = nameMask(['Tomasz Fischer', 'Lake Orvel-Brae']);
    expect(mask('Fischer said the catch at Orvel-Brae was poor; fishermen agreed.')).toBe(
      '  said the catch at  -  was poor; fishermen agreed.',
    );
  });
  it('leaves a text alone when no name is long enough to say anything', () => {
    expect(nameMask(['Li', 'Wu'])('Li and Wu went fishing.')).toBe('Li and Wu went fishing.');
  });
});
