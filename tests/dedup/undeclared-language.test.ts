import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../src/dedup/tokens.js';
import { storyIds } from './fake-store.js';
import { item } from './stories.js';

/**
 * Invented Hausa stories from feeds that declare no language. We hold no function-word list for
 * Hausa; its short words meet other lists by chance ("a", "da", "ta", "ce", "an", "na"), and which
 * list they meet most differs between a story and its copy under another intro.
 */
const NOW = '2026-03-10T22:00:00.000Z';

const report = [
  'Wata gada ta rushe a kan kogin Kaduna da safiyar Talata, inda motoci uku suka fada cikin ruwa.',
  'Hukumar kashe gobara ta jihar ta ce an ceto mutane goma sha biyu, amma biyu sun rasa rayukansu.',
  "Kakakin 'yan sanda, Musa Lawal, ya ce an rufe hanyar har sai an gyara gadar.",
  'An kai wadanda suka jikkata asibitin koyarwa na Barau Dikko.',
  'Mazauna yankin sun ce gadar ta dade tana bukatar gyara, amma ba a yi komai ba.',
];

const wire = item({
  guid: 'lb-2201',
  title: 'Gada ta rushe a kan kogin Kaduna, motoci uku sun fada ruwa',
  published: '2026-03-10T08:20:00+01:00',
  body: report,
});

/** A local site's copy under its own intro, its ending trimmed. */
const localCopy = item({
  guid: 'mk-540',
  title: 'Hadarin gada: mutane biyu sun rasu a Kaduna',
  published: '2026-03-10T09:45:00+01:00',
  body: [
    'Mazauna Kawo sun taru a bakin kogin tun da sassafe domin ganin yadda ake ceto mutanen.',
    ...report.slice(0, 3),
  ],
});

/** Two death notices from one template: another family, another town, another day of burial. */
const notice = (guid: string, family: string, town: string, age: number, day: number) =>
  item({
    guid,
    title: `Sanarwar rasuwa: Alhaji ${family}`,
    published: '2026-03-10T11:00:00+01:00',
    body: [
      `Iyalan marigayi Alhaji ${family} na ${town} suna sanar da rasuwar mahaifinsu, wanda ya rasu yana da shekaru ${age}.`,
      `Za a yi jana'izarsa ranar ${day} ga Maris a babban masallacin Juma'a na ${town}. Allah ya jikansa da rahama.`,
    ],
  });

describe('text in a language we hold no function-word list for, declared by no feed', () => {
  it('is not guessed from a few chance hits of other languages’ lists', () => {
    expect(guessLanguage(wire.body.join('\n'), null)).toBeNull();
    expect(guessLanguage(localCopy.body.join('\n'), null)).toBeNull();
    expect(guessLanguage('The storm brought down trees and the power is off in the town.', null)).toBe('en');
  });

  it('lets a copy under a local intro join the story: both are read alike', async () => {
    expect(
      await storyIds(
        [
          ['wire', [wire]],
          ['local', [localCopy]],
        ],
        NOW,
      ),
    ).toEqual([['wire#lb-2201', 'local#mk-540']]);
  });

  it('keeps templated death notices of two families apart, from one feed or two', async () => {
    const a = notice('sn-71', 'Sani Bello', 'Zaria', 84, 12);
    const b = notice('sn-72', 'Usman Garba', 'Funtua', 79, 13);
    expect(await storyIds([['notices', [a, b]]], NOW)).toHaveLength(2);
    expect(
      await storyIds(
        [
          ['notices', [a]],
          ['paper', [b]],
        ],
        NOW,
      ),
    ).toHaveLength(2);
  });
});
