import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint } from '../../src/dedup/index.js';
import { containment } from '../../src/dedup/near-duplicate.js';
import { item } from './stories.js';

/**
 * Invented Czech stories (no Snowball stemmer for Czech): a water-main burst told by an agency and
 * rewritten by a local paper, which declines the same words with other endings ("vodovod",
 * "vodovodu", "vodovodem"), a same-day burst in another street, and two outage notices from one
 * template.
 */
const agency = item({
  guid: 'zs-0412',
  url: null,
  language: 'cs',
  title: 'Prasklé potrubí zatopilo ulici v Novém Březí, bez vody je 640 domácností',
  published: '2026-04-12T08:10:00+02:00',
  body: [
    'V Novém Březí v neděli v noci prasklo hlavní potrubí vodovodu pod Lipovou ulicí. Voda zatopila vozovku a sklepy tří domů, bez dodávky vody zůstalo 640 domácností, uvedla vodárenská společnost.',
    'Oprava potrvá nejméně do 18 hodin. Obyvatelům rozváží pitnou vodu cisterna, která stojí u školy.',
    'Podle vodárny je potrubí staré více než šedesát let a jeho výměna se plánuje na příští rok.',
  ],
});

const paperRewrite = item({
  guid: 'nb-7731',
  url: null,
  language: 'cs',
  title: 'Lipová ulice pod vodou: sklepy zaplavené, kohoutky suché',
  published: '2026-04-12T14:40:00+02:00',
  body: [
    'Nové Březí. Krátce po půlnoci se pod Lipovou ulicí ozvala rána a z asfaltu začala tryskat voda. Prasklým vodovodem se zaplavila silnice i sklepy sousedů.',
    'Vodárníci odhadují, že práce skončí do 18 hodin, do té doby čeká na vodu 640 domácností. „Sklep máme po kolena ve vodě,“ řekla jedna z obyvatelek. Pitnou vodu lidé nosí od školy.',
    'Starosta Karel Dvořák obyvatelům doporučil, aby vodu z kohoutků po obnovení dodávky nejprve nechali odtéct.',
  ],
});

const otherBurst = item({
  guid: 'zs-0430',
  url: null,
  language: 'cs',
  title: 'V Novém Březí prasklo další potrubí, tentokrát v Polní ulici',
  published: '2026-04-12T16:20:00+02:00',
  body: [
    'V Novém Březí v neděli odpoledne prasklo další potrubí vodovodu, tentokrát pod Polní ulicí. Bez vody zůstalo 85 domácností, uvedla vodárenská společnost.',
    'Oprava potrvá do 22 hodin. Vodárna podle svých slov nevidí souvislost s nočním poruchou v Lipové ulici.',
  ],
});

const outage = (guid: string, street: string, from: string, to: string, first: number, last: number) =>
  item({
    guid,
    url: null,
    language: 'cs',
    title: `Přerušení dodávky vody – ${street}`,
    published: '2026-04-12T09:00:00+02:00',
    body: [
      `Dne 14. dubna 2026 od ${from} do ${to} hodin bude z důvodu opravy vodovodu přerušena dodávka vody v ulici ${street}, čísla popisná ${first} až ${last}. Náhradní zásobování zajistí cisterna.`,
    ],
  });

describe('a rewrite in an inflected language', () => {
  it('shares its words by their beginnings, not their endings', () => {
    const [a, b] = [fingerprint(agency), fingerprint(paperRewrite)];
    expect(containment(a.words, b.words)).toBeLessThan(0.4);
    expect(containment(a.pieces, b.pieces)).toBeLessThan(0.4);
    expect(containment(a.starts, b.starts)).toBeGreaterThanOrEqual(0.4);
  });

  it('is one story: the same figures, the same words declined otherwise, the same day', () => {
    expect(compareFingerprints(fingerprint(agency), fingerprint(paperRewrite)).same).toBe(true);
  });

  it('keeps another burst that day apart: its figures are its own', () => {
    expect(compareFingerprints(fingerprint(agency), fingerprint(otherBurst)).same).toBe(false);
    expect(compareFingerprints(fingerprint(paperRewrite), fingerprint(otherBurst)).same).toBe(false);
  });

  it('keeps two outage notices from one template apart', () => {
    const a = outage('vo-1', 'Lipová', '8.00', '14.00', 12, 48);
    const b = outage('vo-2', 'Polní', '7.30', '12.30', 101, 160);
    expect(compareFingerprints(fingerprint(a), fingerprint(b)).same).toBe(false);
  });
});
