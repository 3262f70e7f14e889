/**
 * Letters tell what function words cannot: an invented Welsh school story shares a few short
 * words with German's list, but its trigrams say it is no German; an English one stays English.
 */
import { describe, expect, it } from 'vitest';
import { languageLikeness, plausiblyIn } from '../../src/tagging/language.js';

describe('telling a text’s language by its letters', () => {
  it('does not take a Welsh text for German', () => {
    const welsh = languageLikeness(
      'Bydd yr ysgol gynradd newydd yn agor ym mis Medi, meddai’r cyngor sir. Mae’r rhieni wedi ' +
        'gofyn am ddosbarthiadau Cymraeg ychwanegol ers blynyddoedd, ac mae’r athrawon yn falch iawn.',
    );
    expect(plausiblyIn(welsh, 'de')).toBe(false);
  });
  it('keeps an English text English', () => {
    const english = languageLikeness(
      'The new primary school will open in September, the county council said. Parents have asked ' +
        'for extra classes for years, and the teachers say they are delighted with the building.',
    );
    expect(plausiblyIn(english, 'en')).toBe(true);
  });
  it('tells nothing from a few words', () => {
    expect(languageLikeness('Ferry cancelled').size).toBe(0);
    expect(plausiblyIn(new Map(), 'en')).toBe(true);
  });
});
