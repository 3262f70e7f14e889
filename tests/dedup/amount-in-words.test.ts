import { describe, expect, it } from 'vitest';
import { storyIds } from './fake-store.js';
import { item } from './stories.js';

/**
 * Invented Mongolian items. The central bank prints its daily rates as decimals ("3452,50"); a radio
 * line reads them out in a unit and its hundredths ("3452 төгрөг 50 мөнгө"). The next day's rates
 * fill the same template with other figures.
 */
const NOW = '2026-02-05T22:00:00.000Z';

const rates = (guid: string, day: number, usd: string, eur: string, cny: string) =>
  item({
    guid,
    title: `Монголбанк 2-р сарын ${day}-ний албан ханшийг зарлав`,
    published: `2026-02-0${day - 1}T16:00:00+08:00`,
    body: [
      `Монголбанк 2-р сарын ${day}-нөөс мөрдөх гадаад валютын албан ханшийг тогтоолоо.`,
      `Америк долларын ханш ${usd} төгрөг, еврогийн ханш ${eur} төгрөг, юанийн ханш ${cny} төгрөг байна.`,
    ],
  });

const radio = (guid: string, at: string, day: number, usd: [string, string], eur: [string, string]) =>
  item({
    guid,
    title: 'Маргаашийн валютын ханш',
    published: at,
    body: [
      `Монголбанк ${day}-ний ханшийг тогтоов: доллар ${usd[0]} төгрөг ${usd[1]} мөнгө, евро ${eur[0]} төгрөг ${eur[1]} мөнгө.`,
    ],
  });

const fourth = rates('mb-0204', 4, '3452,50', '3731,08', '475,26');
const fifth = rates('mb-0205', 5, '3449,85', '3740,12', '474,90');

describe('an amount read out in a unit and its hundredths', () => {
  it('is the decimal the bank prints: the radio line joins that day’s rates', async () => {
    const line = radio('ur-0203-17', '2026-02-03T17:00:00+08:00', 4, ['3452', '50'], ['3731', '08']);
    expect(
      await storyIds(
        [
          ['bank', [fourth, fifth]],
          ['radio', [line]],
        ],
        NOW,
      ),
    ).toEqual([['bank#mb-0204', 'radio#ur-0203-17'], ['bank#mb-0205']]);
  });

  it('keeps the next day’s rates apart: another amount is another notice', async () => {
    const line = radio('ur-0204-17', '2026-02-04T17:00:00+08:00', 5, ['3449', '85'], ['3740', '12']);
    expect(
      await storyIds(
        [
          ['bank', [fourth, fifth]],
          ['radio', [line]],
        ],
        NOW,
      ),
    ).toEqual([['bank#mb-0204'], ['bank#mb-0205', 'radio#ur-0204-17']]);
  });
});
