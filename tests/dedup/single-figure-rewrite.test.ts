import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint } from '../../src/dedup/index.js';
import { item } from './stories.js';

/**
 * Invented stories: an agency report on a failed pump that states one figure (homes without
 * water), a TV rewrite of it the same afternoon in its own words with the same figure and names,
 * the agency's "water back on" item the next day, and a same-day story of the same people that
 * happens to state the same figure.
 */
const report = item({
  guid: 'kw-5512',
  title: 'Orrin Bay: treatment works pump fails, tankers supply homes',
  published: '2026-09-09T09:40:00+01:00',
  language: 'en',
  body: [
    'The water treatment works at Callow Head on Orrin Bay stopped on Wednesday morning after a booster pump failed. Around 2,400 homes in Saltmarsh and Fennick Cove have had no running water since.',
    'Orrin Water is sending tankers to both villages, and the mayor, Tamsin Vell, asked the Westreach county board for a mobile treatment unit. A spare pump is due from Harlport on the Thursday ferry.',
  ],
});

const tvRewrite = item({
  guid: 'btv-3301',
  title: 'Taps run dry in 2,400 Orrin Bay homes as mayor pleads for mobile unit',
  published: '2026-09-09T14:05:00+01:00',
  language: 'en',
  body: [
    'There has been no running water in 2,400 Orrin Bay houses since breakfast, because a booster pump broke down at the Callow Head works. Orrin Water lorries are bringing drinking water in Saltmarsh and Fennick Cove. Mayor Tamsin Vell wants a mobile treatment unit from the Westreach board until the new pump arrives from Harlport.',
  ],
});

const restored = item({
  guid: 'kw-5530',
  title: 'Orrin Bay: water back on after pump replaced',
  published: '2026-09-10T15:10:00+01:00',
  language: 'en',
  body: [
    'Running water returned to Saltmarsh and Fennick Cove on Thursday afternoon once the new pump was fitted at the Callow Head works. Orrin Water asks residents to use water sparingly until the reservoirs refill.',
  ],
});

const harbourWall = item({
  guid: 'btv-3302',
  title: 'Orrin Bay mayor opens new harbour wall',
  published: '2026-09-09T16:00:00+01:00',
  language: 'en',
  body: [
    'Mayor Tamsin Vell opened the rebuilt harbour wall at Fennick Cove on Wednesday, two years after 2,400 tonnes of stone were washed away. The Westreach county board paid most of the cost, with stone shipped from Harlport; Saltmarsh fishermen say the Callow Head moorings are now safe, Orrin Water said.',
  ],
});

const same = (a: typeof report, b: typeof report): boolean =>
  compareFingerprints(fingerprint(a), fingerprint(b)).same;

describe('a same-day rewrite of a report that states one figure', () => {
  it('is the report: the one figure, every name and much of its wording agree', () => {
    expect(same(report, tvRewrite)).toBe(true);
  });

  it('keeps the next day’s follow-up apart', () => {
    expect(same(report, restored)).toBe(false);
    expect(same(tvRewrite, restored)).toBe(false);
  });

  it('keeps another event of the same people with the same figure apart', () => {
    expect(same(report, harbourWall)).toBe(false);
    expect(same(tvRewrite, harbourWall)).toBe(false);
  });
});
