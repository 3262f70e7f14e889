/**
 * Letters tell what function words cannot: an invented Welsh school story shares a few short
 * words with German's list, but its trigrams say it is no German; an English one stays English;
 * Maltese, Faroese and Irish are told as themselves, not as the nearest large language.
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
  // Languages of fewer than a million speakers have profiles too: without them each is taken for
  // the nearest large language and read by that language's words.
  it.each([
    [
      'mt',
      'Il-kunsill lokali ħabbar li t-triq prinċipali tar-raħal se tingħalaq għal xahrejn minħabba ' +
        'xogħlijiet fuq is-sistema tad-drenaġġ, u r-residenti ġew mitluba jużaw rotot oħra.',
    ],
    [
      'fo',
      'Bygdarráðið hevur samtykt at byggja ein nýggjan skúla í bygdini, og arbeiðið byrjar í summar. ' +
        'Foreldrini hava leingi ynskt sær betri umstøður fyri børnini.',
    ],
    [
      'ga',
      'Dúirt an chomhairle contae go n-osclófar an leabharlann nua san fhómhar, tar éis blianta ' +
        'fada d’fheachtasaíocht ag muintir an bhaile.',
    ],
  ])('ranks a text in a smaller language (%s) as that language first', (lang, text) => {
    const ranked = [...languageLikeness(text)].sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe(lang);
  });
  // A regional language without function words of its own is read by a listed kin language its
  // letters come near; a language its letters barely rank, or a listed rival, is no kin.
  it('reads a text whose likeliest language has no function words as a near kin language', () => {
    const occitan = new Map(Object.entries({ oc: 1, ca: 0.6, fr: 0.3 }));
    expect(plausiblyIn(occitan, 'ca')).toBe(true);
    expect(plausiblyIn(occitan, 'fr')).toBe(false);
    expect(plausiblyIn(new Map(Object.entries({ br: 1, de: 0.1 })), 'de')).toBe(false);
    expect(plausiblyIn(new Map(Object.entries({ sv: 1, da: 0.6 })), 'da')).toBe(false);
  });
  it('tells nothing from a few words', () => {
    expect(languageLikeness('Ferry cancelled').size).toBe(0);
    expect(plausiblyIn(new Map(), 'en')).toBe(true);
  });
});
