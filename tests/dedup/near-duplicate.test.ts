import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  compareFingerprints,
  fingerprint,
  minhash,
  repeatedParagraphs,
} from '../../src/dedup/index.js';
import { ferryInquiry, ferryPaper, ferryWire, forecast, item, matchReport } from './stories.js';

const compare = (a: Parameters<typeof fingerprint>[0], b: Parameters<typeof fingerprint>[0]) =>
  compareFingerprints(fingerprint(a), fingerprint(b));

const sharedBands = (a: Parameters<typeof fingerprint>[0], b: Parameters<typeof fingerprint>[0]): number => {
  const ka = new Set(bandKeys(minhash(fingerprint(a).words)));
  return bandKeys(minhash(fingerprint(b).words)).filter((k) => ka.has(k)).length;
};

describe('near-duplicate detection', () => {
  it('recognises one story rewritten by another outlet', () => {
    const v = compare(ferryWire, ferryPaper);
    expect(v.same).toBe(true);
    expect(v.reason).toBe('near-duplicate');
  });

  it('keeps apart another event with the same people and places', () => {
    const v = compare(ferryWire, ferryInquiry);
    expect(v.same).toBe(false);
    expect(compare(ferryPaper, ferryInquiry).same).toBe(false);
  });

  it('keeps apart a templated forecast for another day', () => {
    const monday = forecast('Monday', '4 May', 14, 6, '2026-05-03T18:00:00Z');
    const tuesday = forecast('Tuesday', '5 May', 16, 8, '2026-05-04T18:00:00Z');
    expect(compare(monday, tuesday).same).toBe(false);
    // The same forecast republished by a paper is one story.
    const reprint = {
      ...tuesday,
      guid: 'p-1',
      url: 'https://paper.example/wx/5-may',
      title: `Your weather for Tuesday 5 May`,
    };
    expect(compare(tuesday, reprint).same).toBe(true);
  });

  it('keeps apart two matches between the same teams (scores, dates and crowds differ)', () => {
    const league = matchReport(
      'm1',
      'Saturday 2 May 2026',
      '2-1',
      'Quinn scored on 20 and 71 minutes; Ennis replied on 88.',
      '3,120',
      '2026-05-02T17:00:00Z',
    );
    const cup = matchReport(
      'c1',
      'Wednesday 6 May 2026',
      '0-3',
      'Frost scored twice and Gale added a third late on.',
      '1,874',
      '2026-05-06T21:30:00Z',
    );
    expect(compare(league, cup).same).toBe(false);
    expect(compare(league, cup).reason).toBe('numbers differ');
  });

  it('needs enough words to call anything a near-duplicate', () => {
    const a = item({ title: 'Road closed', body: ['The high street is closed today.'] });
    const b = item({ title: 'Road closed', body: ['The high street is closed today for works.'] });
    expect(compare(a, b)).toMatchObject({ same: false, reason: 'too short' });
  });

  it('puts near-duplicates in a shared LSH band and unrelated stories in none', () => {
    expect(sharedBands(ferryWire, ferryPaper)).toBeGreaterThan(0);
    const unrelated = forecast('Friday', '8 May', 12, 5, '2026-05-07T18:00:00Z');
    expect(sharedBands(ferryWire, unrelated)).toBe(0);
    expect(bandKeys(minhash(fingerprint(ferryWire).words))).toHaveLength(32);
    expect(bandKeys(minhash(fingerprint(ferryWire).words))[0]).toMatch(/^lsh:0:[0-9a-f]{16}$/);
  });

  it('treats paragraphs repeated across one document as boilerplate', () => {
    const about = 'About Skerry Lines: Skerry Lines runs ferries to nine islands and employs 400 people.';
    const a = item({ body: ['Skerry Lines adds a winter timetable.', about] });
    const b = item({ body: ['Skerry Lines appoints a new chief engineer.', about] });
    const furniture = repeatedParagraphs([a, b]);
    expect(furniture.size).toBe(1);
    expect(fingerprint(a, furniture).numbers).toHaveLength(0);
    expect(fingerprint(a).numbers).toHaveLength(1);
  });
});
