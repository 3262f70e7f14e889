import { describe, expect, it } from 'vitest';
import { datesIn, isDateLine } from '../../../src/normalise/text/dates.js';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { describeLines, sameKey } from '../../../src/normalise/text/features.js';
import { furnitureKind } from '../../../src/normalise/text/furniture.js';
import { markedCaption, splitTrailingCredit } from '../../../src/normalise/text/lines.js';

/**
 * Shapes of pages met in the fourth held-out round of text dumps, each as an invented page: where
 * the headline, the author, the section and the picture's credit stand, and boxes around the text.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });
const one = (line: string) => describeLines([line])[0]!;

const MENU = ['Lakeside Courier', 'News', 'Sport', 'Business'];
const TITLE = 'Lakeside council votes to close the old lido for two summers';
const PROSE = [
  'The council voted on Thursday to close the lido on the north shore for two summers while its pools are relined.',
  'Swimmers have used the open-air pools since 1952, and a campaign to keep them open gathered four thousand names.',
  'The work is expected to cost about three million pounds, most of it from a national fund for public baths.',
  'A temporary beach area with lifeguards will open at the boating lake in June, the council said.',
];

describe('where the headline and its author stand', () => {
  it('takes a headline too short for a headline’s shape when the date and byline stand under it', () => {
    const item = dump([
      ...MENU,
      'Obituaries',
      'Edna "Dot" Marlow, 1931-2026',
      'Posted 12 March 2026',
      'By Ivo Penn',
      ...PROSE,
    ]);
    expect(item.title).toBe('Edna "Dot" Marlow, 1931-2026');
    expect(item.section).toBe('Obituaries');
    expect(item.byline).toBe('Ivo Penn');
  });

  it('reads the author and date printed over the headline, and the section above them', () => {
    const item = dump([...MENU, 'Region', 'Ivo Penn', '14 March 2026, 09:40', TITLE, ...PROSE]);
    expect(item.section).toBe('Region');
    expect(item.byline).toBe('Ivo Penn');
    expect(item.title).toBe(TITLE);
  });

  it.each([
    ['a name, a dash and the reporter’s town', 'IVO PENNWORTH - Lakeside', 'IVO PENNWORTH'],
    ['a lower-case abbreviated label before a name', 'comp. Ivo Penn', 'Ivo Penn'],
  ])('reads %s as the author', (_what, line, name) => {
    expect(one(line).author).toBe(name);
  });

  it('keeps a street abbreviation before one word from being an author', () => {
    expect(one('st. Marlow').author).toBeNull();
  });
});

describe('the section over the headline', () => {
  it('passes over bare counters (views, comments) and the date between the section and the headline', () => {
    const item = dump([...MENU, 'Region', '14 March 2026, 09:40', '2 417', '12', TITLE, ...PROSE]);
    expect(item.section).toBe('Region');
  });

  it('reads the last crumb of a trail printed a crumb a line, even when the headline opens with it', () => {
    const item = dump([
      ...MENU,
      'Home',
      '›',
      'Shire',
      '›',
      'Lakeside',
      `Lakeside: ${TITLE}`,
      'By Ivo Penn',
      ...PROSE,
    ]);
    expect(item.section).toBe('Lakeside');
  });

  it('takes a menu entry printed again in capitals as the section, not as a kicker', () => {
    const item = dump([...MENU, 'Sağlık', 'Yaşam', 'SAĞLIK', TITLE, 'By Ivo Penn', ...PROSE]);
    expect(item.section).toBe('SAĞLIK');
  });

  it('compares keys with the Turkish dotted and dotless i folded', () => {
    expect(sameKey('SAĞLIK')).toBe(sameKey('Sağlık'));
    expect(sameKey('İZMİR')).toBe(sameKey('izmir'));
  });
});

describe('the picture’s caption and credit', () => {
  // What the line reads as: its caption (null for a credit line alone) and its credit.
  it.each([
    [
      'a marker opening a line, whatever the case of the desk',
      'Фото: пресслужба міськради',
      null,
      'пресслужба міськради',
    ],
    [
      'the medium’s word before "©"',
      'Die Mole im Winter. Bild © Hafenamt/Ivo Penn',
      'Die Mole im Winter.',
      'Hafenamt/Ivo Penn',
    ],
    ['a marker in square brackets', '[사진=호수군청]', null, '호수군청'],
    ['the medium’s word and a name alone', 'Foto Studio Penn', null, 'Studio Penn'],
    [
      'the Arabic spelling of a Persian marker',
      'جانب من الميناء الجديد (تصوير: سامي ناصر)',
      'جانب من الميناء الجديد',
      'سامي ناصر',
    ],
    [
      'who took it, in brackets after a caption',
      '閉館が決まった図書館＝12日、湖北市（田中一郎撮影）',
      '閉館が決まった図書館＝12日、湖北市',
      '田中一郎',
    ],
  ])('reads %s', (_what, line, caption, credit) => {
    expect(markedCaption(line, true)).toEqual({ caption, credit });
  });

  it('drops the medium’s word opening a trailing credit', () => {
    expect(splitTrailingCredit('Divers at the north pool, Friday. Photo LC/Ivo Penn')).toEqual({
      caption: 'Divers at the north pool, Friday.',
      credit: 'LC/Ivo Penn',
    });
  });

  it('reads a caption printed under its credit line', () => {
    const item = dump([
      TITLE,
      'By Ivo Penn',
      '14 March 2026',
      'Foto Studio Penn',
      'The empty diving pool at the lido on Friday morning',
      ...PROSE,
    ]);
    expect(item.image).toEqual({
      url: null,
      caption: 'The empty diving pool at the lido on Friday morning',
      credit: 'Studio Penn',
    });
    expect(item.body).toEqual(PROSE);
  });

  it('reads a short caption sentence under a credit line with a marker', () => {
    const item = dump([
      TITLE,
      'By Ivo Penn',
      '14 March 2026',
      'Likes 15',
      '[Photo: Lakeside Council]',
      'The lido in 1952.',
      ...PROSE,
    ]);
    expect(item.image).toEqual({ url: null, caption: 'The lido in 1952.', credit: 'Lakeside Council' });
  });

  it('takes another person’s name alone under a caption, over the first paragraph, as its credit', () => {
    const item = dump([
      TITLE,
      'IVO PENN',
      '14 March 2026',
      'Swimmers at the lido on its last open day.',
      'MARA LOCKE',
      ...PROSE,
    ]);
    expect(item.byline).toBe('IVO PENN');
    expect(item.image).toEqual({
      url: null,
      caption: 'Swimmers at the lido on its last open day.',
      credit: 'MARA LOCKE',
    });
    expect(item.body).toEqual(PROSE);
  });
});

describe('dates written with unit characters', () => {
  it.each(['2026年3月14日 10時05分', '2026년 3월 14일 10시 5분'])('reads %s as a date line', (line) => {
    expect(isDateLine(line)).toBe(true);
    expect(datesIn(line)[0]!.day).toBe('2026-03-14');
  });

  it('takes the headline over such a date line, not the standfirst under it', () => {
    const item = dump([
      '湖北新報',
      '地域',
      '市立図書館、来年春に閉館へ',
      '2026年3月14日 10時05分',
      '市議会が方針を了承、建物の老朽化で',
      '湖北市は13日、市立図書館を来年春に閉館する方針を市議会に示し、了承された。',
      '図書館は1970年に開館し、蔵書は約20万冊。耐震診断で倒壊の恐れがあると判定されていた。',
    ]);
    expect(item.title).toBe('市立図書館、来年春に閉館へ');
    expect(item.summary).toBe('市議会が方針を了承、建物の老朽化で');
  });
});

describe('boxes around the text', () => {
  it('drops a sign-up pitch and a button whose verb is the pitch’s in another form', () => {
    const pitch = 'Subscribe to our messenger channel, to be the first to hear the news';
    const item = dump([TITLE, 'By Ivo Penn', ...PROSE.slice(0, 2), pitch, 'Subscribing', ...PROSE.slice(2)]);
    expect(item.body).toEqual(PROSE);
  });

  it('keeps a paragraph between two advertisement labels', () => {
    const item = dump([
      TITLE,
      'By Ivo Penn',
      ...PROSE.slice(0, 3),
      'Advertisement',
      PROSE[3]!,
      'Advertisement',
    ]);
    expect(item.body).toEqual(PROSE);
  });

  it('reads an imperative promotion with its reason after a comma as furniture', () => {
    expect(furnitureKind('Follow us on our channel, so you hear about closures before anyone else')).toBe(
      'drop',
    );
    expect(furnitureKind('Follow the money and you find a council that has run out of it')).toBeNull();
  });

  it('drops the frame of a box whose end line repeats its label, and keeps what is inside', () => {
    const note = 'The council will explain the works at a public meeting on 21 April at 7pm.';
    const item = dump([TITLE, 'By Ivo Penn', ...PROSE, 'Further details', note, 'End of further details']);
    expect(item.body).toEqual([...PROSE, note]);
  });

  it('drops a paywall’s count of what is left over its sign-in box', () => {
    const item = dump([
      TITLE,
      'By Ivo Penn',
      ...PROSE.slice(0, 2),
      'You have 60% of this article left to read.',
      'Already a member? Log in',
      'Subscribe',
      'More on this',
    ]);
    expect(item.body).toEqual(PROSE.slice(0, 2));
  });

  it('keeps a short last paragraph with a percentage when no furniture follows', () => {
    const last = 'Turnout at the vote was 61% this year.';
    const item = dump([TITLE, 'By Ivo Penn', ...PROSE, last]);
    expect(item.body).toEqual([...PROSE, last]);
  });
});

describe('related lists', () => {
  it('keeps a title quoting someone as a related item, not list metadata', () => {
    const item = dump([
      TITLE,
      'By Ivo Penn',
      ...PROSE,
      'Related',
      'Lido swimmers start petition to save the north pools',
      'Union "we were never asked about the closure"',
    ]);
    expect(item.related).toEqual([
      'Lido swimmers start petition to save the north pools',
      'Union "we were never asked about the closure"',
    ]);
  });

  it('reads a short Chinese or Japanese title under a related header as a title, not a header', () => {
    const item = dump([
      '市立図書館、来年春に閉館へ',
      '2026年3月14日 10時05分',
      '湖北市は13日、市立図書館を来年春に閉館する方針を市議会に示し、了承された。',
      '図書館は1970年に開館し、蔵書は約20万冊。耐震診断で倒壊の恐れがあると判定されていた。',
      '関連記事',
      '新しい文化センター、28年度に完成へ',
      '市内の避難所、3割が基準満たさず',
      '新規会員の登録はこちらから',
    ]);
    expect(item.related.slice(0, 2)).toEqual([
      '新しい文化センター、28年度に完成へ',
      '市内の避難所、3割が基準満たさず',
    ]);
  });
});
