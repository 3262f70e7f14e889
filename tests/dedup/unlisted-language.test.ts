import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint } from '../../src/dedup/index.js';
import { guessLanguage } from '../../src/dedup/tokens.js';
import { item } from './stories.js';

/**
 * Invented Latvian stories. Latvian has no function-word list here; a guess from other languages'
 * lists rests on a few chance hits ("un", "no", "ka") and may differ from item to item.
 */
const wire = item({
  guid: 'la-0311',
  url: null,
  language: 'lv',
  title: 'Jūrmalā vētra nogāzusi 40 kokus, slēgta Lienes iela',
  published: '2026-03-11T08:40:00+02:00',
  body: [
    'Naktī uz trešdienu vētra Jūrmalā nogāzusi aptuveni 40 kokus, un vairākās vietās bojāti elektrības vadi, pavēstīja pašvaldības policija.',
    'Lienes iela slēgta satiksmei līdz pusdienlaikam, jo uz brauktuves gulst trīs lieli priedes stumbri. Bez elektrības palikuši 1200 mājsaimniecību.',
    'Glābēji lūdz iedzīvotājus neiet mežā un neatstāt automašīnas zem kokiem, līdz vējš norimst.',
  ],
});

/** A local site's copy of it under its own intro, with the ending trimmed. */
const localCopy = item({
  guid: 'jv-5512',
  url: null,
  language: 'lv',
  title: 'Vētras sekas pilsētā: policija aicina būt uzmanīgiem',
  published: '2026-03-11T10:15:00+02:00',
  body: [
    'Mūsu lasītāji no rīta sūtīja fotogrāfijas ar nolauztiem zariem pie stacijas un pludmales izejām.',
    'Naktī uz trešdienu vētra Jūrmalā nogāzusi aptuveni 40 kokus, un vairākās vietās bojāti elektrības vadi, pavēstīja pašvaldības policija.',
    'Lienes iela slēgta satiksmei līdz pusdienlaikam, jo uz brauktuves gulst trīs lieli priedes stumbri. Bez elektrības palikuši 1200 mājsaimniecību.',
  ],
});

describe('a language without a function-word list', () => {
  it('is read as declared, not guessed from chance hits of other lists', () => {
    const text = [...wire.body, ...localCopy.body].join('\n');
    expect(guessLanguage(text, 'lv')).toBeNull();
    expect(guessLanguage(text, 'lv-LV')).toBeNull();
    expect(guessLanguage('The storm brought down trees and the power is off in the town.', 'und')).toBe('en');
    expect(guessLanguage('The storm brought down trees and the power is off in the town.', null)).toBe('en');
  });

  it('lets two copies of one text share their stems: a copy under a local intro is the story', () => {
    expect(compareFingerprints(fingerprint(wire), fingerprint(localCopy)).same).toBe(true);
  });
});
