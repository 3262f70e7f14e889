import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint } from '../../src/dedup/index.js';
import { item } from './stories.js';

/**
 * Invented stories: an agency report on a warehouse fire, a local paper's rewrite of it (own
 * words, own intro and names, the same counts and clock times), the next day's follow-up, another
 * warehouse fire that day, and two traffic notices from one template.
 */
const agency = item({
  guid: 'nwa-0611',
  url: null,
  title: 'Fire destroys timber warehouse at Oldmere docks',
  published: '2026-06-11T10:20:00Z',
  body: [
    'A fire that broke out at 04.40 on Thursday destroyed a timber warehouse at Oldmere docks, the county fire service said. Crews from 14 stations fought the blaze.',
    'About 2,300 square metres of the building collapsed. Two dockers were treated for smoke inhalation at the scene; nobody was taken to hospital.',
    'Smoke drifted over the harbour for most of the morning and residents were told to keep windows shut. The cause is being investigated.',
  ],
});

const paperRewrite = item({
  guid: 'ot-88120',
  url: null,
  title: 'Night of flames on the quay: how Oldmere woke to its biggest fire in years',
  published: '2026-06-11T15:30:00Z',
  body: [
    'Quay Street. Shift workers heading home saw the first flames at 04.40. Within an hour the whole roof of the timber shed was alight and engines from 14 stations lined the quay.',
    'By mid-morning some 2,300 square metres of the warehouse had fallen in. Harbour master Ellen Graff called it "the worst night on these docks since the storm of the nineties".',
    'Two dockers needed oxygen for the smoke they breathed in but went home the same day. Neighbours spent the morning behind shut windows.',
  ],
});

const otherFire = item({
  guid: 'nwa-0640',
  url: null,
  title: 'Second warehouse fire at Oldmere docks in one day',
  published: '2026-06-11T18:05:00Z',
  body: [
    'A second fire broke out at a warehouse at Oldmere docks at 17.15 on Thursday, the county fire service said. Crews from 6 stations put it out within an hour.',
    'About 150 square metres of a packaging store were damaged. Nobody was hurt. Fire officers said there was no link with the morning blaze.',
  ],
});

/** The next day's follow-up: an arrest and a bill first, the fire's figures restated below. */
const followUp = item({
  guid: 'ot-88166',
  url: null,
  title: 'Man, 34, held over Oldmere warehouse blaze',
  published: '2026-06-12T09:30:00Z',
  body: [
    'Police arrested a 34-year-old man on Friday on suspicion of arson. Investigators said the blaze had been started in two places inside the timber store.',
    'The fire broke out at 04.40 on Thursday and about 2,300 square metres of the warehouse collapsed.',
    'The owners put the damage at £3.8m. Around 60 dockers have been moved to other sheds while the site is cleared.',
  ],
});

const notice = (
  guid: string,
  published: string,
  road: string,
  from: string,
  to: string,
  km: number,
  min: number,
) =>
  item({
    guid,
    url: null,
    title: `${road} northbound: queue after crash`,
    published,
    body: [
      `${road} northbound between ${from} and ${to}: ${km} km queue after a crash, the inside lane is closed. Expect delays of about ${min} minutes.`,
    ],
  });

describe('a rewrite that keeps the report’s telling figures', () => {
  it('is one story: the same counts and clock times in other words, the same afternoon', () => {
    expect(compareFingerprints(fingerprint(agency), fingerprint(paperRewrite))).toMatchObject({
      same: true,
    });
  });

  it('keeps another event of the same kind apart: its figures are its own', () => {
    expect(compareFingerprints(fingerprint(agency), fingerprint(otherFire)).same).toBe(false);
    expect(compareFingerprints(fingerprint(paperRewrite), fingerprint(otherFire)).same).toBe(false);
  });

  it('keeps two notices from one template apart: the same slots filled with other figures', () => {
    const a = notice('tn-1', '2026-06-11T07:30:00Z', 'A412', 'Hollin', 'Brackford', 14, 35);
    const b = notice('tn-2', '2026-06-11T16:40:00Z', 'A412', 'Brackford', 'Hollin', 12, 25);
    expect(compareFingerprints(fingerprint(a), fingerprint(b)).same).toBe(false);
  });

  it('is one story the next morning too: a rewrite for the morning paper opens with the figures', () => {
    const nextMorning = { ...paperRewrite, published: '2026-06-12T05:30:00Z' };
    expect(compareFingerprints(fingerprint(agency), fingerprint(nextMorning)).same).toBe(true);
  });

  it('is no story the next day when it opens with news of its own: a follow-up restates the figures below', () => {
    expect(compareFingerprints(fingerprint(agency), fingerprint(followUp)).same).toBe(false);
    expect(compareFingerprints(fingerprint(paperRewrite), fingerprint(followUp)).same).toBe(false);
  });
});

/** The agency's own update under a new id: the lead restates the event in words alone. */
const wireFirst = item({
  guid: 'rw-2201',
  url: null,
  title: 'Landslip blocks Hallam valley road',
  published: '2026-02-09T07:50:00Z',
  body: [
    'A landslip blocked the valley road between Hallam and Coldby overnight, cutting off the village of Coldby, the highways agency said.',
    'About 400 tonnes of earth and rock came down after two days of heavy rain. Nobody was hurt. A diversion runs over Fellgate.',
    'Engineers will inspect the slope on Monday morning.',
  ],
});

const wireUpdate = item({
  guid: 'rw-2290',
  url: null,
  title: 'Hallam valley road to stay shut for a fortnight',
  published: '2026-02-09T16:10:00Z',
  body: [
    'The valley road between Hallam and Coldby, blocked by a landslip overnight, will stay closed for at least two weeks, the highways agency said after engineers inspected the slope.',
    'Nearly 900 tonnes of earth and rock came down, more than twice the first estimate. The slope must be secured before the road is cleared.',
    'The diversion over Fellgate remains in place. Coldby residents can use a footpath along the river.',
  ],
});

describe('a wire update whose lead restates the event in words and revises a figure below it', () => {
  it('is the same story', () => {
    expect(compareFingerprints(fingerprint(wireFirst), fingerprint(wireUpdate))).toMatchObject({
      same: true,
      reason: 'update',
    });
  });

  it('is not one when a name in it differs: another place’s landslip told alike', () => {
    const elsewhere = item({
      ...wireUpdate,
      guid: 'rw-2295',
      title: 'Dunford moor road to stay shut for a fortnight',
      body: wireUpdate.body.map((p) =>
        p.replaceAll('Hallam', 'Dunford').replaceAll('Coldby', 'Ashby').replaceAll('Fellgate', 'Brigg'),
      ),
    });
    expect(compareFingerprints(fingerprint(wireFirst), fingerprint(elsewhere)).reason).not.toBe('update');
  });
});
