import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Leftovers of the held-out text rounds, in invented text: the story's own results table under its
 * last paragraph.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe("the story's own table under its last paragraph", () => {
  const STORY = [
    'Harbour Rovers reached the county hockey final on Saturday, beating Millbrook Athletic by three goals to one at Ferris Park.',
    'Athletic led through an early penalty corner from captain Tessa Morgan before Rovers hit back twice before the interval.',
    'Forward Leah Quinn scored both of those goals and set up the third for Priya Dalton with ten minutes left.',
    'Rovers will face Eastfield in the final at the same ground in a fortnight.',
  ];
  const TABLE = [
    'RESULT',
    'Harbour Rovers 3 (Leah Quinn 2, Priya Dalton)',
    'Millbrook Athletic 1 (Tessa Morgan)',
  ];
  it('keeps the table as the story, and the list after it as related titles', () => {
    const item = dump([
      'COUNTY HERALD',
      'Hockey',
      'Quinn double sends Harbour Rovers into county final',
      'By Owen Price',
      ...STORY,
      ...TABLE,
      'MORE HOCKEY',
      'Eastfield name young squad for the county final',
      'Cup holders knocked out by second division side',
      'Leave a comment',
    ]);
    expect(item.body).toEqual([...STORY, ...TABLE]);
    expect(item.related).toEqual([
      'Eastfield name young squad for the county final',
      'Cup holders knocked out by second division side',
    ]);
  });
  it("leaves out a timeline's stamped entries, a widget's", () => {
    const item = dump([
      'COUNTY HERALD',
      'Hockey',
      'Quinn double sends Harbour Rovers into county final',
      'By Owen Price',
      ...STORY,
      'Match events',
      "12' Goal Millbrook Athletic: Tessa Morgan",
      "31' Goal Harbour Rovers: Leah Quinn",
      "60' Goal Harbour Rovers: Priya Dalton",
      'Leave a comment',
    ]);
    expect(item.body).toEqual(STORY);
  });
  it('still drops a list of other stories with figures in their titles', () => {
    const item = dump([
      'COUNTY HERALD',
      'Hockey',
      'Quinn double sends Harbour Rovers into county final',
      'By Owen Price',
      ...STORY,
      'Popular',
      'Bus fares rise by 12 per cent from January',
      'Man, 41, charged after shop break-in on High Street',
      'Leave a comment',
    ]);
    expect(item.body).toEqual(STORY);
  });
});
