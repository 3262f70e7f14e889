import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { datesIn } from '../../../src/normalise/text/dates.js';
import { markedCaption } from '../../../src/normalise/text/lines.js';

/** Mechanisms for the shapes of the held-out round 231-240; every line here is invented. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const MENU = ['The Millbrook Courier', 'Local', 'Farming', 'Weather'];
const HEADLINE = 'Millbrook reopens its footbridge over the weir after two winters of repairs';
const STANDFIRST = 'Walkers get their shortcut to the station back before the spring';
const PROSE = [
  'The footbridge over the weir at Millbrook opened again on Saturday morning, two winters after floodwater undermined its eastern pier.',
  'Walkers and cyclists had faced a detour of almost three miles through the industrial estate while engineers rebuilt the pier on new piles.',
  'The parish paid for the handrails and the lamps, and the county met the cost of the steelwork and the new deck, the clerk said.',
];

describe('a "by" word with a clitic elided onto it, before a name', () => {
  it.each([
    ["Tantar'ny Nell Fairbanks", 'Nell Fairbanks'],
    ["Voasoratr'i Nell Ann Fairbanks", 'Nell Ann Fairbanks'],
  ])('reads the name in %s', (line, name) => {
    const item = dump([...MENU, HEADLINE, STANDFIRST, line, '5 March 2026, 10:00 GMT', ...PROSE]);
    expect(item.byline).toBe(name);
    expect(item.body).toEqual(PROSE);
  });
  it('reads a "by" of a word and an elided word, before a name and a role of four words in lower case', () => {
    const item = dump([
      ...MENU,
      HEADLINE,
      STANDFIRST,
      "Deti m'ala Nell Fairbanks, onu ra weir kiti",
      '5 March 2026 | 10:00 GMT',
      ...PROSE,
    ]);
    expect(item.byline).toBe('Nell Fairbanks');
    expect(item.published).toBe('2026-03-05T10:00:00+00:00');
    expect(item.body).toEqual(PROSE);
  });
  it("keeps a name's own apostrophe before a capital", () => {
    const item = dump([
      ...MENU,
      HEADLINE,
      STANDFIRST,
      "Nell O'Fairbanks",
      '5 March 2026, 10:00 GMT',
      ...PROSE,
    ]);
    expect(item.byline).toBe("Nell O'Fairbanks");
  });
});

describe('an ad slot label in a script without capitals', () => {
  const HI = [
    'नगर परिषद ने सोमवार को पुराने पुल की मरम्मत के लिए नई निविदा जारी की और काम अगले महीने शुरू होगा।',
    'अधिकारियों ने बताया कि मरम्मत के दौरान पैदल यात्रियों के लिए अस्थायी रास्ता बनाया जाएगा।',
    'स्थानीय व्यापारियों ने कहा कि पुल बंद रहने से बाजार में ग्राहकों की संख्या घट गई है।',
  ];
  const page = (middle: string[]) => [
    'नगर समाचार',
    'शहर',
    'नगर परिषद ने पुराने पुल की मरम्मत के लिए निविदा जारी की',
    ...middle,
  ];
  it('drops a word alone between two paragraphs', () => {
    expect(dump(page([HI[0]!, 'इश्तिहार', HI[1]!, HI[2]!])).body).toEqual(HI);
  });
  it('drops the same word printed between several pairs of paragraphs', () => {
    expect(dump(page([HI[0]!, 'इश्तिहार', HI[1]!, 'इश्तिहार', HI[2]!])).body).toEqual(HI);
  });
  it('keeps subheadings: a story with two of them', () => {
    const body = [HI[0]!, 'मरम्मत', HI[1]!, 'बाजार', HI[2]!];
    expect(dump(page(body)).body).toEqual(body);
  });
});

describe('date lines in the forms of smaller languages', () => {
  it('reads a time whose hour and minutes a letter parts', () => {
    expect(datesIn('7 March 2026 – 9u45 (CET)')[0]?.instant).toBe('2026-03-07T09:45:00+01:00');
  });
  it('reads a word or two for "of the month" between day and month', () => {
    expect(datesIn('7 of March 2026, 09:45 GMT')[0]?.instant).toBe('2026-03-07T09:45:00+00:00');
  });
});

describe('a caption label holding an apostrophe', () => {
  it('splits the credit after a one-word label with an apostrophe in it', () => {
    expect(
      markedCaption("Walkers cross the rebuilt weir bridge at dawn. Sk'hedenn : Nell Fairbanks", true),
    ).toEqual({
      caption: 'Walkers cross the rebuilt weir bridge at dawn.',
      credit: 'Nell Fairbanks',
    });
  });
});

describe('a page in a script without capitals', () => {
  const KN = [
    'ನಗರದ ಹಳೆಯ ಸೇತುವೆಯ ದುರಸ್ತಿ ಕಾಮಗಾರಿಗೆ ಪಾಲಿಕೆ ಸೋಮವಾರ ಹೊಸ ಟೆಂಡರ್ ಕರೆದಿದ್ದು, ಕೆಲಸ ಮುಂದಿನ ತಿಂಗಳು ಆರಂಭವಾಗಲಿದೆ.',
    'ದುರಸ್ತಿ ಅವಧಿಯಲ್ಲಿ ಪಾದಚಾರಿಗಳಿಗೆ ತಾತ್ಕಾಲಿಕ ದಾರಿ ನಿರ್ಮಿಸಲಾಗುವುದು ಎಂದು ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದ್ದಾರೆ.',
    'ಸೇತುವೆ ಮುಚ್ಚಿರುವುದರಿಂದ ಮಾರುಕಟ್ಟೆಗೆ ಬರುವ ಗ್ರಾಹಕರ ಸಂಖ್ಯೆ ಕಡಿಮೆಯಾಗಿದೆ ಎಂದು ವ್ಯಾಪಾರಿಗಳು ಹೇಳಿದರು.',
  ];
  const HEAD = 'ನದಿಪುರ: ಹಳೆಯ ಸೇತುವೆ ದುರಸ್ತಿಗೆ 4 ಕಿ.ಮೀ. ಬದಲಿ ದಾರಿ';
  const STAND = 'ಮಾರುಕಟ್ಟೆ ಪ್ರದೇಶದಲ್ಲಿ ಸಂಚಾರ ದಟ್ಟಣೆ ಹೆಚ್ಚಳ';
  const page = [
    'ನದಿಪುರ ಸುದ್ದಿ',
    'ರಾಜ್ಯ',
    'ನಗರ',
    'ನಗರ',
    HEAD,
    STAND,
    'ಲೇಖನ: ರಮೇಶ್ ರಾವ್, ನದಿಪುರ',
    '05 ಡಿಸೆಂಬರ್ 2026, 14:20 IST',
    'ಸೇತುವೆಯ ಬಳಿ ಕೆಲಸ ಮಾಡುತ್ತಿರುವ ಕಾರ್ಮಿಕರು. ಫೋಟೋ ಕೃಪೆ: ನಗರ ಪಾಲಿಕೆ',
    KN[0]!,
    'ಇದೂ ನೋಡಿ: ಹೊಳೆನಗರ: ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆ',
    KN[1]!,
    KN[2]!,
  ];
  it("takes the headline with an abbreviation's dots over the standfirst, a labelled name under them", () => {
    const item = dump(page);
    expect(item.title).toBe(HEAD);
    expect(item.summary).toBe(STAND);
    expect(item.byline).toBe('ರಮೇಶ್ ರಾವ್');
  });
  it('splits the credit after a label of two words', () => {
    expect(dump(page).image).toEqual({
      url: null,
      caption: 'ಸೇತುವೆಯ ಬಳಿ ಕೆಲಸ ಮಾಡುತ್ತಿರುವ ಕಾರ್ಮಿಕರು.',
      credit: 'ನಗರ ಪಾಲಿಕೆ',
    });
  });
  it('reads no credit in a quotation after a label of two words', () => {
    expect(markedCaption('ಸೇತುವೆ ಮುಚ್ಚಿ ಮೂರು ತಿಂಗಳಾಯಿತು. ವ್ಯಾಪಾರಿಗಳ ಸಂಘ: "ನಮಗೆ ನಷ್ಟವಾಗಿದೆ"', true)).toBeNull();
  });
  it('reads an inline link of four words, a colon in its title, as related', () => {
    const item = dump(page);
    expect(item.related).toEqual(['ಹೊಳೆನಗರ: ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆ']);
    expect(item.body).toEqual(KN);
  });
});

describe('a desk signing where the author stands, in a script without capitals', () => {
  const BN = [
    'নদীপুর পৌরসভা সোমবার পুরোনো সেতু মেরামতের জন্য নতুন দরপত্র আহ্বান করেছে এবং কাজ আগামী মাসে শুরু হবে।',
    'মেরামতের সময় পথচারীদের জন্য একটি অস্থায়ী পথ তৈরি করা হবে বলে কর্মকর্তারা জানিয়েছেন।',
  ];
  it('reads no name, and takes no control after the date line for one', () => {
    const item = dump([
      'নদীপুর বার্তা',
      'শহর',
      'শহর',
      'নদীপুরে পুরোনো সেতু মেরামতে নতুন দরপত্র',
      'নিজস্ব সংবাদদাতা, নদীপুর',
      '৫ মার্চ, ২০২৬',
      'ভাগ করুন',
      ...BN,
    ]);
    expect(item.byline).toBeNull();
    expect(item.body).toEqual(BN);
  });
});

describe('a name after a label in a script without spaces', () => {
  const ZH = [
    '市政府昨天宣布，河边的旧人行桥将于下月重新开放，维修工程历时两个冬天。',
    '负责工程的工程师表示，新桥墩采用了更深的桩基，可以抵御更大的洪水。',
    '附近商户说，桥梁关闭期间客流明显减少，希望重新开放后生意能够好转。',
  ];
  it('reads the name, and the paragraph under it stays in the text', () => {
    const item = dump([
      '河城日报',
      '本地',
      '本地',
      '河边旧人行桥下月重新开放',
      '维修工程历时两个冬天',
      '文字：陈小兰',
      ...ZH,
    ]);
    expect(item.byline).toBe('陈小兰');
    expect(item.body).toEqual(ZH);
  });
});
