import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprint } from '../../src/dedup/index.js';
import { item } from './stories.js';

/**
 * Invented items (Polish): a water company's labelled notice of a planned cut, printing its hours
 * with a colon, a local paper's sentence retelling it with the hours written with a point, and the
 * company's notice for another estate on the same day.
 */
const notice = (guid: string, estate: string, streets: string, from: string, to: string) =>
  item({
    guid,
    url: null,
    language: 'pl',
    title: `Planowane wyłączenie wody – ${estate}`,
    published: '2026-05-11T08:40:00Z',
    body: [
      `Osiedle: ${estate}`,
      `Ulice: ${streets}`,
      `Początek: 12.05.2026 ${from}`,
      `Koniec: 12.05.2026 ${to}`,
      'Przyczyna: naprawa awarii sieci wodociągowej',
    ],
  });

const paper = item({
  guid: 'gz-55102',
  url: null,
  language: 'pl',
  title: 'Jutro bez wody na Zielonym Wzgórzu',
  published: '2026-05-11T09:15:00Z',
  body: [
    'Wodociągi Miejskie zapowiadają na jutro, 12 maja, wyłączenie wody na osiedlu Zielone Wzgórze: w godzinach 9.30–15.00 bez wody zostaną mieszkańcy ulic Klonowej, Jaworowej i Bukowej. Powodem jest naprawa awarii sieci wodociągowej.',
  ],
});

describe('hours written with a colon and with a point', () => {
  it('are the same figures: a paper’s retelling joins the notice', () => {
    const own = notice('wm-311', 'Zielone Wzgórze', 'Klonowa, Jaworowa, Bukowa', '9:30', '15:00');
    expect(compareFingerprints(fingerprint(own), fingerprint(paper)).same).toBe(true);
  });

  it('still keep apart the notice for another estate with other hours', () => {
    const other = notice('wm-312', 'Stare Sady', 'Wiśniowa, Śliwkowa', '8:00', '13:00');
    expect(compareFingerprints(fingerprint(other), fingerprint(paper)).same).toBe(false);
  });
});
