import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Round S shapes (stext2): a byline whose label of three words no list holds stands over the date
 * line; a byline inside a date row, after one word of no list; a caption opened by its label, then a
 * credit line whose first word is built on the label's stem. Invented pages.
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

const PARAGRAPHS_EU = [
  'Herriko liburutegi berria larunbat goizean ireki zuten, ehunka bizilagunen aurrean, hiru urteko obren ondoren plaza nagusiaren ondoan.',
  'Alkateak esan zuen eraikinak hogei mila liburu baino gehiago hartuko dituela eta haurrentzako gela berezi bat izango duela.',
  'Liburutegia astelehenetik ostiralera egongo da zabalik, goizeko bederatzietatik arratsaldeko zortziak arte.',
];

describe('a byline inside a date row in words no list knows', () => {
  it('reads the name after the one word as the byline', () => {
    const r = dump([
      'Herriko Albisteak',
      'Liburutegi berria ireki dute plaza nagusian',
      'Eraikinak hogei mila liburu eta haurrentzako gela bat ditu.',
      '2026ko martxoaren 14a, larunbata, 11:20 · Prestatzailea Miren Etxeberria · 214 irakurketa',
      ...PARAGRAPHS_EU,
    ]);
    expect(r.byline).toBe('Miren Etxeberria');
  });
});

describe("a caption by its label, then a credit line built on the label's stem", () => {
  const page = (credit: string) =>
    dump([
      'Herriko Albisteak',
      'Liburutegi berria ireki dute plaza nagusian',
      'Eraikinak hogei mila liburu eta haurrentzako gela bat ditu.',
      '2026ko martxoaren 14a, larunbata, 11:20',
      'Argazkian: Bizilagunak liburutegiaren atarian zain.',
      credit,
      ...PARAGRAPHS_EU,
    ]);

  it('reads the caption and the name closing the credit line', () => {
    const r = page('Argazkilaria Jon Agirre');
    expect(r.image).toMatchObject({
      caption: 'Bizilagunak liburutegiaren atarian zain.',
      credit: 'Jon Agirre',
    });
    expect(r.body[0]).toBe(PARAGRAPHS_EU[0]);
  });

  it('leaves a line of other words under the caption as it was', () => {
    const r = page('Gaur Jon Agirre');
    expect(r.image?.credit ?? null).not.toBe('Jon Agirre');
  });
});

describe('a closing signature: words in lower case, a name, a comma and a role', () => {
  const page = (sign: string) =>
    dump([
      'Redio Jamii Mlimani',
      'Kisima kipya chafunguliwa katika kijiji cha Mlimani',
      'Jumatano, 14 Machi 2026 | 10:30 asubuhi',
      ...PARAGRAPHS_SW,
      sign,
      'Shiriki: Facebook | WhatsApp',
    ]);

  it('reads the name as the byline and drops the line from the text', () => {
    const r = page('Kimetayarishwa kwa mkono wa Zawadi Neema Mushi, afisa habari wa halmashauri');
    expect(r.byline).toBe('Zawadi Neema Mushi');
    expect(r.body).toEqual(PARAGRAPHS_SW);
  });
});
