import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint } from '../../src/dedup/index.js';
import { withoutEntryStamps } from '../../src/dedup/fingerprint.js';
import { item } from './stories.js';

/** An invented live blog of a county show day and the wrap-up written from it. */
const liveBlog = item({
  guid: 'live-1',
  title: 'Live: Hollin County Show day two',
  published: '2026-07-11T07:00:00Z',
  body: [
    '17.50 The supreme champion is Brindle Lass, a Highland heifer bred by Moira Tulloch of Carnbeg.',
    '16.05 Gates close early: the car parks on the east side are full and 41,000 visitors are on site.',
    '14.20 Heavy rain has stopped the show jumping for an hour. The grand parade will go ahead.',
    '11.30 A marquee pole snapped in the wind and one steward was treated for a cut hand.',
    '08.00 Good morning from the showground, where the sheep judging starts at nine.',
  ],
});
const wrapUp = item({
  guid: 'wrap-1',
  title: 'Highland heifer crowned supreme champion as 41,000 brave the rain at Hollin show',
  published: '2026-07-11T18:40:00Z',
  body: [
    'A Highland heifer bred by Moira Tulloch of Carnbeg, Brindle Lass, was crowned supreme champion at the Hollin County Show, where 41,000 visitors braved heavy rain on the second day.',
    'Show jumping was stopped for an hour by the rain, and a steward was treated for a cut hand after a marquee pole snapped in the wind. The car parks on the east side were full by the afternoon.',
  ],
});

describe('live-blog entry stamps', () => {
  it('leaves out clock times that open the entries, once several entries have one', () => {
    expect(withoutEntryStamps(['9.40 Doors open.', '10:15 Speeches.', '11h30 Lunch.'])).toEqual([
      ' Doors open.',
      ' Speeches.',
      ' Lunch.',
    ]);
    // One paragraph opening with a time is prose, not a ticker.
    const prose = ['7.30 was the time the doors opened.', 'The hall filled quickly.'];
    expect(withoutEntryStamps(prose)).toEqual(prose);
  });

  it('does not let the stamps count as figures the wrap-up never states', () => {
    const stamped = fingerprint(liveBlog);
    const unstamped = fingerprint({ ...liveBlog, body: liveBlog.body.map((p) => p.slice(6)) });
    expect([...stamped.numbers]).toEqual([...unstamped.numbers]);
    expect(compareFingerprints(stamped, fingerprint(wrapUp)).reason).not.toBe('numbers differ');
  });
});
