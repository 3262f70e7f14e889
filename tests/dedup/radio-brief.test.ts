import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint } from '../../src/dedup/index.js';
import { item } from './stories.js';

/**
 * Invented stories in Slovak, a language that declines place names: an agency report on a closed
 * footbridge, a radio brief of it two hours later in its own words (the town declined otherwise,
 * the detour named, the duration kept), and a brief of the same hour about a footbridge in
 * another town.
 */
const report = item({
  guid: 'tas-0907',
  url: null,
  title: 'Lávku cez Turiec v Kremnove zatvorili pre hrdzavé laná',
  published: '2026-09-07T10:15:00+02:00',
  language: 'sk',
  body: [
    'Lávka pre peších cez Turiec na Mlynskej ulici v Kremnove je od pondelka ráno zatvorená. Technici pri kontrole zistili skorodované nosné laná, oznámil mestský úrad.',
    'Chodci musia používať cestný most pri železničnej stanici, čo ich cestu predĺži asi o desať minút. Oprava lán potrvá podľa odhadov 14 dní.',
    'Lávku postavili pred štyridsiatimi rokmi a denne cez ňu prejde približne dvetisíc ľudí.',
  ],
});

const brief = item({
  guid: 'rk-0907-1200-2',
  url: null,
  title: 'Chodci z Kremnova si zachodia, lávka je mimo prevádzky',
  published: '2026-09-07T12:00:00+02:00',
  language: 'sk',
  body: [
    'Ľudia z Kremnova nájdu lávku cez Turiec pri Mlynskej zatvorenú, technici na nej objavili skorodovaných lán viac. Chodcom ostáva cestný most pri stanici, opravovať sa bude 14 dní.',
  ],
});

const otherTown = item({
  guid: 'rk-0907-1200-3',
  url: null,
  title: 'V Dolinke zatvorili lávku pre poškodené zábradlie',
  published: '2026-09-07T12:00:00+02:00',
  language: 'sk',
  body: [
    'Pre poškodené zábradlie je zatvorená lávka cez Hron na Záhradnej ulici v Dolinke. Chodci musia obísť cez most pri stanici, oprava má trvať 5 dní.',
  ],
});

describe('a radio brief retelling a same-day report in its own words', () => {
  it('joins the report whose place, street and figure it states', () => {
    expect(compareFingerprints(fingerprint(report), fingerprint(brief)).same).toBe(true);
  });

  it('keeps apart a brief about another town with another figure', () => {
    expect(compareFingerprints(fingerprint(report), fingerprint(otherTown)).same).toBe(false);
    expect(compareFingerprints(fingerprint(brief), fingerprint(otherTown)).same).toBe(false);
  });
});
