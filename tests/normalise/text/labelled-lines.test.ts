import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

const run = (lines: string[]): ReturnType<typeof normaliseTextDump> =>
  normaliseTextDump(lines.join('\n'), { url: null });

/** Invented paragraphs of a story about an orchard. */
const STORY = [
  'The orchard society agreed on Thursday to replant the twelve pear trees lost in the spring storm.',
  'Volunteers will dig the new holes in January, when the ground is soft enough for the spades.',
  'The society expects the first small harvest in four years, once the young trees have settled.',
];

describe('text dump lines labelled in words no list knows', () => {
  it('reads the author, the date, the credit and the labelled caption under the headline', () => {
    const r = run([
      'Orchard News',
      'Orchard society to replant its pear trees',
      'Twelve trees were lost in the spring storm, and grafts from the oldest one will replace them',
      'Skrivita: Ann Lee',
      'Bildita: Bo Roe',
      'Bildtexto: The old pear tree in the walled garden at dawn.',
      ...STORY,
      '© 2026 Orchard News',
    ]);
    expect(r.byline).toBe('Ann Lee');
    expect(r.summary).toBe(
      'Twelve trees were lost in the spring storm, and grafts from the oldest one will replace them',
    );
    expect(r.image).toEqual({
      url: null,
      caption: 'The old pear tree in the walled garden at dawn.',
      credit: 'Bo Roe',
    });
    expect(r.body).toEqual(STORY);
  });

  it('drops the request to credit the site under the text, not a paragraph naming it in the story', () => {
    const request = 'Kopiado de la teksto postulas ligilon al Orchard News.';
    const own = 'Orchard News asked the orchard society how many trees the storm felled.';
    const r = run([
      'Orchard News',
      'Orchard society to replant its pear trees',
      ...STORY,
      own,
      request,
      '© 2026 Orchard News',
    ]);
    expect(r.body).toEqual([...STORY, own]);
  });

  it('reads a trail split by slashes as a breadcrumb when the menu prints each crumb', () => {
    const r = run([
      'Hejmo',
      'Novajxoj',
      'Sporto',
      'Hejmo / Novajxoj',
      'Orchard society to replant its pear trees',
      ...STORY,
    ]);
    expect(r.section).toBe('Novajxoj');
    expect(r.body).toEqual(STORY);
  });
});
