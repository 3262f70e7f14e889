import { describe, expect, it } from 'vitest';
import { storyIds } from './fake-store.js';
import { item } from './stories.js';

/**
 * Invented Angolan Portuguese items. The central bank's daily rates, and a radio line giving two of
 * them in six words: too few words to compare, but its figures are the notice's. The next day's
 * rates state other figures; a power cut announced for the same hours in another street names
 * that street.
 */
const NOW = '2026-12-05T22:00:00.000Z';

const rates = (guid: string, day: number, usd: string, eur: string, zar: string) =>
  item({
    guid,
    title: `Taxas de câmbio de ${day} de dezembro`,
    published: `2026-12-0${day}T09:00:00+01:00`,
    body: [
      `Segundo o banco central, a ${day} de dezembro o dólar vale ${usd} kwanzas, o euro ${eur} kwanzas e o rand ${zar} kwanzas.`,
      'Face ao dia anterior, o dólar mudou pouco.',
    ],
  });

const radio = (guid: string, day: number, usd: string, eur: string) =>
  item({
    guid,
    title: `Câmbio, ${day} de dezembro`,
    published: `2026-12-0${day}T09:30:00+01:00`,
    body: [`Dólar hoje a ${usd} kwanzas, euro a ${eur}.`],
  });

const fourth = rates('bc-04', 4, '912,40', '987,15', '49,80');
const fifth = rates('bc-05', 5, '913,10', '985,60', '49,95');

describe('a line of figures too short to compare by its words', () => {
  it('joins the notice stating every one of its figures that day', async () => {
    expect(
      await storyIds(
        [
          ['bank', [fourth, fifth]],
          ['radio', [radio('rl-04', 4, '912,40', '987,15')]],
        ],
        NOW,
      ),
    ).toEqual([['bank#bc-04', 'radio#rl-04'], ['bank#bc-05']]);
  });

  it('stays apart from a notice stating other figures or another name', async () => {
    const cut = (guid: string, street: string) =>
      item({
        guid,
        title: 'Corte de energia amanhã',
        published: '2026-12-04T18:00:00+01:00',
        body: [
          `A distribuidora informa que amanhã, das 10:00 às 16:00, não haverá energia na ${street} e nas ruas vizinhas.`,
          'O motivo são obras de manutenção programadas na rede.',
        ],
      });
    const line = item({
      guid: 'rl-cut',
      title: 'Sem luz amanhã',
      published: '2026-12-04T18:30:00+01:00',
      body: ['Sem luz das 10:00 às 16:00 na Rua Nova.'],
    });
    expect(
      await storyIds(
        [
          ['bank', [fourth, cut('ed-1', 'Rua da Missão')]],
          ['radio', [radio('rl-05', 5, '913,10', '985,60'), line]],
        ],
        NOW,
      ),
    ).toEqual([['bank#bc-04'], ['bank#ed-1'], ['radio#rl-05'], ['radio#rl-cut']]);
  });
});
