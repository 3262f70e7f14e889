import { describe, expect, it } from 'vitest';
import { asciiDigits } from '../../../src/normalise/text.js';
import { datesIn, isDateLine } from '../../../src/normalise/text/dates.js';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { furnitureKind, isLabelledCount } from '../../../src/normalise/text/furniture.js';
import {
  caselessAuthor,
  isHeadlineLike,
  isParagraph,
  labelledAuthor,
  labelledCreditLine,
  markedCaption,
  wordCount,
} from '../../../src/normalise/text/lines.js';

/**
 * Mechanisms for pages in languages and scripts no word list of ours holds: they read structure
 * (position, shape, recurrence, script) or general data (CLDR, the stopword package). Invented text.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const PROSE = [
  'The ferry company said on Monday that the evening crossing to the islands would be cancelled for three weeks from Friday.',
  'Repairs to the ramp at the northern pier are expected to cost about two hundred thousand euros.',
  'Commuters were told to use the bus link over the causeway, which adds forty minutes to the trip.',
  'The company apologised and said season tickets would be extended by the same number of days.',
];
const TITLE = 'Evening ferry cancelled for three weeks while pier ramp is repaired';

describe('where the story starts', () => {
  it('passes a lone consent sentence over the menu when looking for the headline', () => {
    const item = dump([
      'Ruka hadi maudhui makuu',
      'Zanu tunatumia vidakuzi kwenye tovuti hii ili kuboresha huduma yetu kwa kila msomaji.',
      'Sawa',
      'Harbour Gazette',
      'News',
      'Sport',
      'News',
      TITLE,
      '14 March 2026, 09:10',
      ...PROSE,
      '© 2026 Harbour Gazette',
    ]);
    expect(item.title).toBe(TITLE);
    expect(item.body).toEqual(PROSE);
  });

  it('does not take the site’s name, printed in the rights line, for an author under a menu button', () => {
    const item = dump([
      'Ingia',
      'Maelezo zaidi kuhusu vidakuzi',
      'Harbour Gazette',
      'News',
      TITLE,
      '14 March 2026, 09:10',
      ...PROSE,
      '© 2026 Harbour Gazette. All rights reserved.',
    ]);
    expect(item.title).toBe(TITLE);
    expect(item.byline).toBeNull();
  });
});

describe('dates in other digits and calendars', () => {
  it('reads the decimal digits of any script as ASCII digits', () => {
    expect(asciiDigits('۱۴۰۴ / ১২:৩০ / ๒๕๖๙ / 12')).toBe('1404 / 12:30 / 2569 / 12');
  });

  it("reads a day, a month of another calendar, its year and a time as a date line, the day through Intl's calendar", () => {
    expect(isDateLine('۱۲ خرداد ۱۴۰۵ - ۰۸:۴۵')).toBe(true);
    // Solar Hijri 12 Khordad 1405; no zone, so no instant.
    expect(datesIn('۱۲ خرداد ۱۴۰۵ - ۰۸:۴۵')).toEqual([{ instant: null, day: '2026-06-02', label: null }]);
    expect(isDateLine('Ward 12 meeting moved to 2026')).toBe(false);
  });

  it('reads a weekday and a month of two unknown words around the day as a date line', () => {
    expect(isDateLine('Ọjọ́ Àìkú, 7 Oṣù Kẹta 2026, 09:15 WAT')).toBe(true);
    expect(isDateLine('Route 7 closes in 2026 at 09:15')).toBe(false);
  });

  it('reads a Buddhist-era year and a dotted month abbreviation', () => {
    expect(datesIn('3 ก.ค. 2569 14:20 น.')[0]!.day).toBe('2026-07-03');
  });
});

describe('counters and controls in any language', () => {
  it('reads a label with a bare count, and a row of one-letter choices, as controls', () => {
    for (const l of ['Maoni (3)', 'Vues : 1 204', 'آمار بازدید: ۲۳۱', '조회수: 88']) {
      expect(isLabelledCount(l), l).toBe(true);
      expect(furnitureKind(l), l).toBe('drop');
    }
    expect(furnitureKind('Textgröße: A A A')).toBe('drop');
    expect(isLabelledCount('The council voted against the plan: 12')).toBe(false);
    expect(furnitureKind('Pier repairs: what we know so far')).toBeNull();
  });

  it('reads a call to join a messenger channel in a script of its own as furniture, by its loanwords', () => {
    // Invented: "join our Telegram (WhatsApp) channel" in Devanagari, Tamil and Kannada; a
    // headline naming the platform alone is not a call.
    for (const line of ['हमारे टेलीग्राम चैनल से जुड़िए', 'எங்கள் டெலிகிராம் சேனலில் இணையுங்கள்', 'ನಮ್ಮ ವಾಟ್ಸಾಪ್ ಚಾನೆಲ್‌ಗೆ ಸೇರಿ'])
      expect(furnitureKind(line)).toBe('drop');
    expect(furnitureKind('टेलीग्राम ने नए नियम लागू किए')).toBeNull();
    expect(furnitureKind('நகராட்சி தேர்தல் முடிவுகள் இன்று வெளியீடு')).toBeNull();
  });

  it('passes a counter over the headline to reach the section label', () => {
    const item = dump(['News', 'Sport', 'Coast', 'Story ID: 40912', TITLE, '14 March 2026, 09:10', ...PROSE]);
    expect(item.section).toBe('Coast');
  });
});

describe('captions and credits by shape', () => {
  it('reads a label and credit after the caption’s stop, a dash between or not', () => {
    expect(markedCaption('Workers on the pier ramp. - Picha: Bodi ya Bandari', true)).toEqual({
      caption: 'Workers on the pier ramp.',
      credit: 'Bodi ya Bandari',
    });
  });

  it('reads it after the last letter of a Thai caption, which has no stop, and lets a number stand in the credit', () => {
    expect(markedCaption('เรือข้ามฟากจอดที่ท่าเรือฝั่งเหนือ ภาพ: สำนักงานท่าเรือที่ 3', true)).toEqual({
      caption: 'เรือข้ามฟากจอดที่ท่าเรือฝั่งเหนือ',
      credit: 'สำนักงานท่าเรือที่ 3',
    });
  });

  it('takes a marked caption under the first paragraph as the lead photo', () => {
    const item = dump([
      TITLE,
      'By Nora Quint',
      PROSE[0]!,
      'The northern pier at low tide. Picha: Bodi ya Bandari',
      ...PROSE.slice(1),
    ]);
    expect(item.image).toEqual({
      url: null,
      caption: 'The northern pier at low tide.',
      credit: 'Bodi ya Bandari',
    });
    expect(item.body).toEqual(PROSE);
  });

  it('reads a labelled credit line under the byline, whatever the label’s language', () => {
    expect(labelledCreditLine('Picha: Maktaba')).toBe('Maktaba');
    expect(labelledCreditLine('Source: wire reports')).toBeNull();
    const item = dump([TITLE, 'Mwandishi: Nora Quint', 'Picha: Maktaba', ...PROSE]);
    expect(item.byline).toBe('Nora Quint');
    expect(item.image).toEqual({ url: null, caption: null, credit: 'Maktaba' });
  });

  it('reads a Chinese caption’s photographer mark', () => {
    expect(markedCaption('渡轮停靠在北码头。刘洋 摄', true)).toEqual({
      caption: '渡轮停靠在北码头。',
      credit: '刘洋',
    });
    // With the reporter's role (and an agency) before the name, a slash, or Japanese 撮影.
    expect(markedCaption('新桥今晨通车。东方社记者 王芳/摄', true)).toEqual({
      caption: '新桥今晨通车。',
      credit: '王芳',
    });
    expect(markedCaption('再開した朝市。山田花子 撮影', true)).toEqual({
      caption: '再開した朝市。',
      credit: '山田花子',
    });
  });
});

describe('authors in scripts without capitals, and after a word in ordinary case', () => {
  it('reads a name after a function word, before a comma and a role, or with an initial', () => {
    expect(caselessAuthor('โดย วิชัย แสงทอง')).toEqual({ name: 'วิชัย แสงทอง', role: false });
    expect(caselessAuthor('سارا رحیمی، گزارشگر')).toEqual({ name: 'سارا رحیمی', role: true });
    expect(caselessAuthor('க. இளங்கோ')).toEqual({ name: 'க. இளங்கோ', role: false });
    expect(caselessAuthor('இளங்கோ க.')).toBeNull();
  });

  it('takes the name standing over a role line over the date line, and drops the role', () => {
    const item = dump([TITLE, 'க. இளங்கோ', 'செய்தியாளர்', '14 March 2026, 09:10', ...PROSE]);
    expect(item.byline).toBe('க. இளங்கோ');
    expect(item.body).toEqual(PROSE);
  });

  it('takes a name with its role after a comma right under the standfirst', () => {
    const item = dump([
      TITLE,
      'The operator says the work cannot wait until the summer timetable starts',
      'سارا رحیمی، گزارشگر',
      ...PROSE,
    ]);
    expect(item.byline).toBe('سارا رحیمی');
  });

  it('reads a name in capitals after a word in ordinary case as the author', () => {
    const item = dump([TITLE, 'Kwa NORA QUINT HALE', '14 March 2026, 09:10', ...PROSE]);
    expect(item.byline).toBe('NORA QUINT HALE');
  });

  it('reads a name with particles and a role as the author line, so the header goes on past it', () => {
    const item = dump([
      TITLE,
      'Anna Marie van der Berg, Transport Editor',
      '14 March 2026, 09:10',
      'The pier at low tide. Picha: Maktaba',
      ...PROSE,
    ]);
    expect(item.byline).toBe('Anna Marie van der Berg');
    expect(item.image).toEqual({ url: null, caption: 'The pier at low tide.', credit: 'Maktaba' });
    expect(item.body).toEqual(PROSE);
  });

  it('keeps the joiners Persian words are spelled with', () => {
    const p = 'بازگشایی راه‌های روستایی از صبح جمعه با ده دستگاه ماشین‌آلات سنگین آغاز شد.';
    expect(dump([TITLE, 'By Nora Quint', ...PROSE.slice(0, 1), p]).body[1]).toBe(p);
  });
});

describe('words and lines in scripts written without spaces', () => {
  it('counts Thai words at about four letters, Chinese characters at two to a word', () => {
    expect(wordCount('ท่าเรือ')).toBe(2);
    expect(isHeadlineLike('渡轮北码头维修完成')).toBe(true);
  });

  it('reads a long Thai line of several phrases as a paragraph, a headline of one or two as not', () => {
    expect(
      isParagraph('เจ้าหน้าที่ท่าเรือแจ้งว่า เรือเที่ยวเย็นจะงดให้บริการสามสัปดาห์ ระหว่างการซ่อมทางลาด ที่ท่าเรือฝั่งเหนือ'),
    ).toBe(true);
    expect(isParagraph('เรือเที่ยวเย็นงดให้บริการสามสัปดาห์ ระหว่างซ่อมทางลาดท่าเรือ')).toBe(false);
  });
});

describe('the related list by shape, under a box in words no list knows', () => {
  it('passes short lines and a lone pitch after the text, and takes a title ending on an abbreviation', () => {
    const item = dump([
      TITLE,
      'By Nora Quint',
      ...PROSE,
      'Jiandikishe kwa jarida letu la kila wiki',
      'Barua pepe',
      'Jisajili',
      'Habari zaidi',
      'Causeway bus link to run every twenty minutes',
      'Ferry fares on the island route to rise by 12 kr.',
      'Zinazosomwa zaidi',
      'Lighthouse open to visitors again after the winter',
    ]);
    expect(item.related).toEqual([
      'Causeway bus link to run every twenty minutes',
      'Ferry fares on the island route to rise by 12 kr.',
    ]);
    expect(item.body).toEqual(PROSE);
  });

  it('ends the story before a short sentence standing after several lines of furniture', () => {
    const item = dump([
      TITLE,
      'By Nora Quint',
      ...PROSE,
      'Jarida',
      'Jisajili sasa',
      'Zinazosomwa zaidi',
      'Lighthouse open to visitors again after the winter',
      'Haki zote za maudhui haya zimehifadhiwa na kampuni.',
    ]);
    expect(item.body).toEqual(PROSE);
  });

  it('adds the list under the text to inline links, and drops a title printed in the text under a label', () => {
    const item = dump([
      TITLE,
      'By Nora Quint',
      ...PROSE.slice(0, 2),
      'Soma pia',
      'Causeway bus link to run every twenty minutes',
      ...PROSE.slice(2),
      'Habari zaidi',
      'Causeway bus link to run every twenty minutes',
      'Season tickets to be extended for ferry commuters',
    ]);
    expect(item.body).toEqual(PROSE);
    expect(item.related).toEqual([
      'Causeway bus link to run every twenty minutes',
      'Season tickets to be extended for ferry commuters',
    ]);
  });

  it('resumes the story after a one-title list when a paragraph ends on a danda', () => {
    const bn = [
      'বন্দর কর্তৃপক্ষ জানিয়েছে, উত্তরের জেটির মেরামত শেষ হতে অন্তত তিন সপ্তাহ সময় লাগবে।',
      'যাত্রীদের এই সময়ে সেতুর ওপর দিয়ে বাসে যাতায়াত করতে বলা হয়েছে।',
    ];
    const item = dump([
      TITLE,
      'By Nora Quint',
      ...PROSE.slice(0, 2),
      'See also',
      'Causeway bus link to run every twenty minutes',
      ...bn,
    ]);
    expect(item.body).toEqual([...PROSE.slice(0, 2), ...bn]);
  });

  it('ends a related list at another list’s header in words no list knows', () => {
    const item = dump([
      TITLE,
      'By Nora Quint',
      ...PROSE,
      'See also',
      'Causeway bus link to run every twenty minutes',
      'Season tickets to be extended for ferry commuters',
      'Zinazosomwa',
      'Lighthouse open to visitors again after the winter',
    ]);
    expect(item.related).toEqual([
      'Causeway bus link to run every twenty minutes',
      'Season tickets to be extended for ferry commuters',
    ]);
  });

  it('still finds the list under the text when a known header stood over one inline title', () => {
    const item = dump([
      TITLE,
      'By Nora Quint',
      ...PROSE.slice(0, 2),
      'See also',
      'Causeway bus link to run every twenty minutes',
      ...PROSE.slice(2),
      'Jisajili',
      'Causeway bus link to run every twenty minutes',
      'Season tickets to be extended for ferry commuters',
    ]);
    expect(item.related).toEqual([
      'Causeway bus link to run every twenty minutes',
      'Season tickets to be extended for ferry commuters',
    ]);
    expect(item.body).toEqual(PROSE);
  });
});

describe('scripts with colons, stops and cases of their own', () => {
  it('reads a Georgian caption’s credit: Georgian letters are lower case to Unicode but print no capitals', () => {
    expect(markedCaption('ძველი ხიდი მდინარეზე დილით. ფოტო: ლევან გოგუა', true)).toEqual({
      caption: 'ძველი ხიდი მდინარეზე დილით.',
      credit: 'ლევან გოგუა',
    });
  });

  it('reads a credit after the Armenian full stop and colon', () => {
    expect(markedCaption('Նոր կամուրջը գետի վրա։ Լուսանկարը՝ Սոնա Առաքելյան', true)).toEqual({
      caption: 'Նոր կամուրջը գետի վրա։',
      credit: 'Սոնա Առաքելյան',
    });
  });

  it('reads an author after a label and the Ethiopic colon, and a Georgian one after a plain colon', () => {
    expect(labelledAuthor('ሪፖርተር፡ ሀና ገብሬ')).toBe('ሀና ገብሬ');
    expect(labelledAuthor('ავტორი: თამარ ლომიძე')).toBe('თამარ ლომიძე');
  });

  it('drops an inline link under an Ethiopic colon when the list repeats its title', () => {
    const title = 'ጀልባዎቹ ለሦስት ሳምንታት አገልግሎት አይሰጡም ተባለ';
    const item = dump([
      TITLE,
      'By Nora Quint',
      ...PROSE.slice(0, 2),
      `ተጨማሪ ያንብቡ፡ ${title}`,
      ...PROSE.slice(2),
      'ዜናዎች',
      title,
      'የወደቡ መብራት ቤት ለጎብኚዎች ተከፈተ ተባለ',
    ]);
    expect(item.body).toEqual(PROSE);
    expect(item.related).toEqual([title, 'የወደቡ መብራት ቤት ለጎብኚዎች ተከፈተ ተባለ']);
  });
});

describe('authors without a "by"', () => {
  it('takes the name before a comma and a role in lower case in words no list knows', () => {
    const item = dump([TITLE, 'Nora Quint, kirjeenvaihtaja', '14.03.2026', ...PROSE]);
    expect(item.byline).toBe('Nora Quint');
  });

  it('takes the name before a bar and the one word of where the reporter writes from, not as a caption', () => {
    const item = dump([TITLE, 'Nora Quint | Brinmouth', '14.03.2026', ...PROSE]);
    expect(item.byline).toBe('Nora Quint');
    expect(item.image).toBeNull();
  });
});

describe('lists of titles in long words', () => {
  it('finds a related list of four-word titles in a language that joins its words', () => {
    const titles = [
      'ბათუმის საზღვაო პორტში ამწეები დამონტაჟდა',
      'ფოთის ნავსადგურის რეკონსტრუქცია დასრულდება',
    ];
    const item = dump([TITLE, 'By Nora Quint', ...PROSE, 'სიახლეები', ...titles]);
    expect(item.related).toEqual(titles);
    expect(item.body).toEqual(PROSE);
  });

  it('does not take four long words that mix Latin letters into another script for a title', () => {
    const titles = [
      'ბათუმის საზღვაო პორტში ამწეები დამონტაჟდა',
      'ფოთის ნავსადგურის რეკონსტრუქცია დასრულდება',
    ];
    const item = dump([
      TITLE,
      'By Nora Quint',
      ...PROSE,
      ...titles,
      'გამოიწერეთ ჩვენი Telegram-არხი სიახლეებისთვის',
    ]);
    expect(item.related).toEqual(titles);
  });

  it('ends a headerless list at a header of five short words, shorter than any title', () => {
    const item = dump([
      TITLE,
      'By Nora Quint',
      ...PROSE,
      'Causeway bus link to run every twenty minutes',
      'Season tickets to be extended for ferry commuters',
      'آج کی اہم ترین خبریں',
      'Lighthouse open to visitors again after the winter',
    ]);
    expect(item.related).toEqual([
      'Causeway bus link to run every twenty minutes',
      'Season tickets to be extended for ferry commuters',
    ]);
  });
});

describe('a "by" word no list knows', () => {
  const IRISH = [
    'Dúirt an chomhairle contae inné go mbeidh an bóthar dúnta ar feadh trí seachtaine agus go n-osclófar é arís i mí na Bealtaine.',
    'Tá na tiománaithe ag iarraidh ar an gcomhairle bealach eile a chur ar fáil dóibh le linn na hoibre.',
    'Bhí an droichead sean agus lag, agus bhí imní ar mhuintir an bhaile faoi le fada.',
    'Is é an costas a bheidh ar an obair ná dhá mhilliún euro, de réir na comhairle.',
  ];

  it('drops a function word of the page’s own language before the name, and a role after it', () => {
    const item = dump([
      'Bóthar an chladaigh le dúnadh ar feadh trí seachtaine',
      'Le Niamh Ní Bhriain, Tuairisceoir Pobail',
      '14.03.2026',
      ...IRISH,
    ]);
    expect(item.byline).toBe('Niamh Ní Bhriain');
    expect(item.summary).toBeNull();
  });

  it('drops a word the page prints in lower case elsewhere, in a language no stopword list has', () => {
    const item = dump([
      'It-triq tal-port tingħalaq għal tliet ġimgħat minħabba xogħlijiet',
      'Minn Carmel Vella',
      '14.03.2026',
      'Il-kunsill lokali ħabbar li t-triq tal-port se tingħalaq minn nhar it-Tnejn għal tliet ġimgħat.',
      'Ix-xogħlijiet se jsiru minn kuntrattur privat u se jiswew madwar mitt elf ewro.',
      'Ir-residenti qalu li kienu ilhom jistennew dan ix-xogħol minn żmien twil.',
    ]);
    expect(item.byline).toBe('Carmel Vella');
  });

  it('keeps a given name the page prints in lower case elsewhere', () => {
    const item = dump([
      TITLE,
      'Rose Mary Quint',
      '14.03.2026',
      ...PROSE,
      'Fares rose by a tenth after the closure was announced.',
    ]);
    expect(item.byline).toBe('Rose Mary Quint');
  });

  it('keeps a given name that is a function word of another language than the page’s', () => {
    const item = dump([TITLE, 'Per Ann Lindqvist', '14.03.2026', ...PROSE]);
    expect(item.byline).toBe('Per Ann Lindqvist');
  });
});

describe('sign-up boxes in words no list knows', () => {
  it('drops a heading, its pitch and a button that repeats the heading’s first word', () => {
    const item = dump([
      TITLE,
      'By Nora Quint',
      ...PROSE,
      'Liostáil le ár ríomhlitir laethúil',
      'Na scéalta is tábhachtaí chugat gach maidin.',
      'Liostáil',
    ]);
    expect(item.body).toEqual(PROSE);
  });

  it('keeps a subheading whose first word a later line repeats after a paragraph', () => {
    const item = dump([
      TITLE,
      'By Nora Quint',
      PROSE[0]!,
      'Repairs and the cost',
      PROSE[1]!,
      PROSE[2]!,
      'Repairs',
      PROSE[3]!,
    ]);
    expect(item.body).toContain('Repairs and the cost');
  });
});

describe('inline links in words no list knows', () => {
  it('takes a label, a colon and a headline-shaped title between paragraphs as a related link', () => {
    const item = dump([
      TITLE,
      'By Nora Quint',
      ...PROSE.slice(0, 2),
      'Féach freisin: Causeway bus link to run every twenty minutes',
      ...PROSE.slice(2),
    ]);
    expect(item.related).toEqual(['Causeway bus link to run every twenty minutes']);
    expect(item.body).toEqual(PROSE);
  });

  it('keeps a labelled sentence between paragraphs in the text', () => {
    const note = 'Update: The ramp will now reopen on the Friday after Easter.';
    const item = dump([TITLE, 'By Nora Quint', ...PROSE.slice(0, 2), note, ...PROSE.slice(2)]);
    expect(item.related).toEqual([]);
    expect(item.body).toContain(note);
  });
});
