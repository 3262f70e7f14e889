import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint } from '../../src/dedup/index.js';
import { containment } from '../../src/dedup/near-duplicate.js';
import { item } from './stories.js';

/** An invented agency story and a regional paper's rewrite of it in its own words. */
const agency = item({
  guid: 'a-1',
  title: 'Quarry blast damages 14 homes in Tarnby',
  published: '2026-03-02T09:00:00Z',
  body: [
    'A controlled blast at the Greyhill quarry damaged windows and roof tiles of 14 homes in Tarnby on Monday morning, the operator Calder Stone confirmed.',
    'The charge of 2,300 kilograms was larger than permitted, according to an initial report by the county inspectorate. Blasting has been suspended for 10 days.',
    'Repairs are expected to cost about 85,000 pounds, which Calder Stone has agreed to pay.',
  ],
});
const rewrite = item({
  guid: 'p-1',
  title: 'Tarnby residents count the cost after Greyhill quarry blast',
  published: '2026-03-02T13:30:00Z',
  body: [
    'Shattered windows and loose slates: that is what 14 homes in Tarnby were left with after a blast at Greyhill on Monday, which Calder Stone set off too large.',
    'The county inspectorate believes a charge of 2,300 kilograms was used, far more than permitted. The site must now halt all detonations for 10 days.',
    'Calder Stone says it will settle the bill for fixing the houses, put at roughly 85,000 pounds.',
  ],
});

describe('a retelling that keeps the facts', () => {
  it('shares less than half of its wording with the original (the case the rule is for)', () => {
    const [a, b] = [fingerprint(agency), fingerprint(rewrite)];
    expect(containment(a.common, b.common)).toBeLessThan(0.5);
  });

  it('is the same story even when most of its wording is new', () => {
    expect(compareFingerprints(fingerprint(agency), fingerprint(rewrite)).same).toBe(true);
  });

  it('is another story when the figures differ', () => {
    const other = item({
      ...rewrite,
      body: rewrite.body.map((p) =>
        p.replace('14', '6').replace('2,300', '900').replace('10 days', '3 days').replace('85,000', '12,000'),
      ),
    });
    expect(compareFingerprints(fingerprint(agency), fingerprint(other)).same).toBe(false);
  });
});
