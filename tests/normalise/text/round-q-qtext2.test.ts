import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Round Q shapes (qtext2): a list of titles printed without blank lines between them, closed by
 * the first blank line under it; a reporter signing the text with a label in words no list knows
 * over such a list's header. Invented pages in Faroese and Yoruba.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const FAROESE_HEAD = [
  'Útvarp Suðuroyar',
  'Forsíða | Tíðindi | Sending | Ítróttur | Samband',
  '',
  'Nýggj brúgv yvir ánna við Hvalba opnað eftir tvey ár',
  '',
];
const FAROESE_PARAS = [
  'Nýggja brúgvin yvir ánna við Hvalba varð opnað í gjár, eftir at arbeiðið hevði staðið í meira enn tvey ár. Brúgvin er fjøruti metrar long og hevur gongubreyt á báðum síðum.',
  'Kommunan sigur, at brúgvin kostaði áleið átjan milliónir krónur, og at landið rindaði helvtina. Gamla brúgvin verður tikin niður í summar.',
  'Borgarstjórin takkaði arbeiðsfólkunum fyri eitt gott arbeiði og segði, at ferðslan nú verður tryggari fyri skúlabørnini, sum ganga yvir ánna hvønn dag.',
];
const FAROESE_TITLES = [
  'Skúlin í Hvalba fær nýggja ítróttarhøll í 2027',
  'Ferjan siglir eftir vetrarætlan aftur frá mánadegi',
  'Fiskivinnan: Góð veiða á Suðuroyarbanka í februar',
];

describe('a list of titles closed by a blank line', () => {
  it('ends the titles printed line under line at the first blank line, under a header no list knows', () => {
    const r = dump([
      ...FAROESE_HEAD,
      ...FAROESE_PARAS.flatMap((p) => [p, '']),
      'Aðrar greinir úr bygdini',
      ...FAROESE_TITLES,
      '',
      'Stuðla tínum lokala útvarpi — Gev ein gávu í dag',
      'Útvarp Suðuroyar | Vágsvegur 12, Vágur | Tlf. 37 12 00',
      '© 2026 Útvarp Suðuroyar. Øll rættindi verja.',
    ]);
    expect(r.related).toEqual(FAROESE_TITLES);
  });

  it('reads a page that puts a blank line between all its lines as before: no list is tight', () => {
    const r = dump([
      ...FAROESE_HEAD,
      ...FAROESE_PARAS.flatMap((p) => [p, '']),
      'Aðrar greinir úr bygdini',
      '',
      ...FAROESE_TITLES.flatMap((t) => [t, '']),
      '© 2026 Útvarp Suðuroyar. Øll rættindi verja.',
    ]);
    expect(r.related).toEqual(FAROESE_TITLES);
  });
});

describe('a block of titles under a header of a title’s shape', () => {
  it('reads the block’s much shorter first line as its header, not a title', () => {
    const r = dump([
      ...FAROESE_HEAD,
      ...FAROESE_PARAS.flatMap((p) => [p, '']),
      'Fleiri tíðindi úr bygd og bý',
      ...FAROESE_TITLES,
      '',
      'Tekna áskrift av vikubrævinum',
      '© 2026 Útvarp Suðuroyar. Øll rættindi verja.',
    ]);
    expect(r.related).toEqual(FAROESE_TITLES);
  });
});

describe('a labelled signature over a list in words no list knows', () => {
  it('reads "<label>: Name Surname" under the last paragraph as the byline when a list header follows', () => {
    const r = dump([
      'Redio Ohun Ilu 101.5 FM',
      'Ile | Iroyin | Eto | Ibanisoro',
      '',
      'Awon agbe koko ni Ondo gba irugbin tuntun lowo ijoba ipinle',
      '',
      'Ijoba ipinle Ondo ti pin irugbin koko tuntun fun awon agbe to le ni egberun meji ni ijoba ibile mejo. Awon irugbin naa ko ni je ki aisan dudu ba igi koko je.',
      '',
      'Komisona fun eto ogbin so pe ijoba yoo tun pin ajile fun awon agbe ni osu to n bo. O ni ise naa yoo mu ki iye koko ti ipinle n ta si oke okun po si.',
      '',
      'Akọroyin: Adebayo Ogunleye',
      '',
      'Awon iroyin miiran',
      'Ijoba ipinle bere atunse ona marun ni Akure',
      'Awon oloko eja gba ikeko lori ounje eja tuntun',
      'Ojo nla ba ile je ni Ikare Akoko',
      '',
      '© 2026 Redio Ohun Ilu. Gbogbo eto wa ni ipamo.',
    ]);
    expect(r.byline).toBe('Adebayo Ogunleye');
    expect(r.body.join('\n')).not.toContain('Adebayo');
  });
});

const YORUBA_PARAS = [
  'Ijoba ipinle Ondo ti pin irugbin koko tuntun fun awon agbe to le ni egberun meji ni ijoba ibile mejo. Awon irugbin naa ko ni je ki aisan dudu ba igi koko je.',
  'Komisona fun eto ogbin so pe ijoba yoo tun pin ajile fun awon agbe ni osu to n bo. O ni ise naa yoo mu ki iye koko ti ipinle n ta si oke okun po si.',
  'Okan lara awon agbe so pe inu oun dun si eto naa, nitori pe aisan naa ti ba idaji oko oun je ni odun to koja.',
];
const YORUBA_HEAD = ['Redio Ohun Ilu 101.5 FM', 'Ile | Iroyin | Eto | Ibanisoro', '', 'Ogbin', ''];
const YORUBA_BYLINE = [
  'Awon agbe to le ni egberun meji ni won yoo gba irugbin naa ni ose yii.',
  '',
  'Akọroyin: Adebayo Ogunleye',
  '09/03/2026 14:20',
  '',
];
const YORUBA_TITLE = 'Awon agbe koko ni Ondo gba irugbin tuntun lowo ijoba ipinle';

describe('a signature opened by a dash', () => {
  it('reads the name that ends the words before the first comma as the byline', () => {
    const r = dump([
      ...YORUBA_HEAD,
      YORUBA_TITLE,
      '',
      ...YORUBA_PARAS.flatMap((p) => [p, '']),
      '— Iroyin lati owo Adebayo Ogunleye, Eka Iroyin, Redio Ohun Ilu',
      '',
      '© 2026 Redio Ohun Ilu. Gbogbo eto wa ni ipamo.',
    ]);
    expect(r.byline).toBe('Adebayo Ogunleye');
    expect(r.body).toHaveLength(YORUBA_PARAS.length);
  });

  it('leaves a list of names opened by dashes in the text', () => {
    const r = dump([
      ...YORUBA_HEAD,
      YORUBA_TITLE,
      '',
      ...YORUBA_PARAS.flatMap((p) => [p, '']),
      '— Adebayo Ogunleye, Akure',
      '— Funmilayo Adeyemi, Owo',
      '',
      '© 2026 Redio Ohun Ilu. Gbogbo eto wa ni ipamo.',
    ]);
    expect(r.byline).toBeNull();
  });
});

describe('a lead caption with its credit behind a label no list knows', () => {
  it('parts "<caption> — <label>: <credit>" at the dash', () => {
    const r = dump([
      ...YORUBA_HEAD,
      YORUBA_TITLE,
      '',
      ...YORUBA_BYLINE,
      'Awon agbe koko n gba irugbin tuntun ni Akure — Aworan: Ile-ise Iroyin Ondo',
      '',
      ...YORUBA_PARAS.flatMap((p) => [p, '']),
    ]);
    expect(r.image).toEqual({
      url: null,
      caption: 'Awon agbe koko n gba irugbin tuntun ni Akure',
      credit: 'Ile-ise Iroyin Ondo',
    });
  });

  it('parts "<caption>. <label> | <credit>" at the bar', () => {
    const r = dump([
      ...YORUBA_HEAD,
      YORUBA_TITLE,
      '',
      ...YORUBA_BYLINE,
      'Awon agbe koko n gba irugbin tuntun ni Akure. Aworan | Redio Ohun Ilu',
      '',
      ...YORUBA_PARAS.flatMap((p) => [p, '']),
    ]);
    expect(r.image).toEqual({
      url: null,
      caption: 'Awon agbe koko n gba irugbin tuntun ni Akure.',
      credit: 'Redio Ohun Ilu',
    });
  });
});

describe('a date line in words no list knows', () => {
  it('reads a line with a year and a clock time under the byline as no part of the text', () => {
    const date = 'Ojobo Ajoyo, Osu Ogunlende ojo 9, 2026 — agogo 14:20 (WAT)';
    const r = dump([
      ...YORUBA_HEAD,
      YORUBA_TITLE,
      '',
      YORUBA_BYLINE[0]!,
      '',
      'Akọroyin: Adebayo Ogunleye',
      date,
      '',
      'Awon agbe koko n gba irugbin tuntun ni Akure. Aworan: Redio Ohun Ilu',
      '',
      ...YORUBA_PARAS.flatMap((p) => [p, '']),
    ]);
    expect(r.body).not.toContain(date);
    expect(r.image?.credit).toBe('Redio Ohun Ilu');
  });

  it('reads a short line with a year and a day under the headline as no standfirst', () => {
    const r = dump([
      ...YORUBA_HEAD,
      YORUBA_TITLE,
      '',
      'Ojobo Ajoyo, Osu Ogunlende ojo 9, 2026 odun',
      '',
      ...YORUBA_PARAS.flatMap((p) => [p, '']),
    ]);
    expect(r.summary).toBeNull();
    expect(r.body).toEqual(YORUBA_PARAS);
  });
});

describe('a byline line over a date line in words no list knows', () => {
  it('does not join the two as one hard-wrapped paragraph', () => {
    const r = dump([
      ...YORUBA_HEAD,
      'Awon agbe koko ni Ondo gba irugbin tuntun lowo ijoba ipinle ni ose yii',
      '',
      'Akọroyin: Adebayo Ogunleye, Akowe Iroyin fun Ijoba Ibile Akure Ariwa',
      'Ojobo Ajoyo, Osu Ogunlende ojo 9, 2026 agogo 14:20',
      '',
      ...YORUBA_PARAS.flatMap((p) => [p, '']),
    ]);
    expect(r.summary).toBeNull();
    expect(r.byline).toBe('Adebayo Ogunleye');
    expect(r.body).toEqual(YORUBA_PARAS);
  });
});
