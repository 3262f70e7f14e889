import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Round S shapes (stext2): a byline whose label of three words no list holds stands over the date
 * line. Invented pages.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n\n'), { url: null });

const PARAGRAPHS_SW = [
  'Wakazi wa kijiji cha Mlimani walikusanyika jana asubuhi kusherehekea kufunguliwa kwa kisima kipya cha maji safi kilichojengwa na halmashauri ya wilaya.',
  'Mwenyekiti wa kijiji alisema kwamba kisima hicho kitahudumia zaidi ya familia mia tatu ambazo zamani zilitembea kilomita nyingi kutafuta maji.',
  'Halmashauri imeahidi kujenga visima vingine viwili kabla ya mwisho wa mwaka huu.',
];

describe('a byline labelled with three words over the date line', () => {
  const page = (byline: string) =>
    dump([
      'Redio Jamii Mlimani',
      'Kisima kipya chafunguliwa katika kijiji cha Mlimani',
      'Familia mia tatu sasa zitapata maji safi karibu na nyumba zao baada ya miaka mingi.',
      byline,
      'Jumatano, 14 Machi 2026 | 10:30 asubuhi',
      ...PARAGRAPHS_SW,
    ]);

  it('reads the name after the label as the byline', () => {
    const r = page('Imeandikwa na mwandishi: Amina Juma Hassan');
    expect(r.byline).toBe('Amina Juma Hassan');
    expect(r.body[0]).toBe(PARAGRAPHS_SW[0]);
  });

  it('leaves a labelled line that holds no name alone', () => {
    const r = page('Habari za eneo hili: maji na afya');
    expect(r.byline).toBeNull();
  });
});
