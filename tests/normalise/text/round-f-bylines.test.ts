import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { isDateLine } from '../../../src/normalise/text/dates.js';

/**
 * Bylines of round F, in invented text: signatures under the last paragraph whose label, script
 * or next line the first rule did not allow. Page words are invented or of an invented language,
 * so that no word list can know them.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const MENU = ['El Vosko Dijal', 'Primo', 'Kronika', 'Kultira', 'Sportu', 'Abonu | Entru'];
const PROSE = [
  'Orla vendis la muelo de Karsten al loka konstruisto post tri jaroj da perdoj kaj du malsukcesaj aŭkcioj.',
  'La nova posedanto volas fari el la muelo loĝejojn por junaj familioj kaj malgrandan kafejon.',
  'Loĝantoj de la strato timas ke la trafiko kreskos dum la konstrulaboroj de la venonta jaro.',
  'La urba konsilio voĉdonos pri la plano en sia kunsido de januaro, post publika aŭdienco.',
];
const HEAD = [
  ...MENU,
  'Kultira',
  'Malnova muelo de Karsten vendita al loka konstruisto',
  'La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo',
  '5 December 2026, 10:15 GMT',
];
const END = ['© 2026 El Vosko Dijal. Todu rezervitu.'];

describe('a labelled signature under the last paragraph', () => {
  it('takes a label of three words', () => {
    const item = dump([...HEAD, ...PROSE, 'Nomo de raportisto: Mirela Vostok, Harbourtown', ...END]);
    expect(item.byline).toBe('Mirela Vostok');
    expect(item.body).toEqual(PROSE);
  });

  it('stands over another "label: value" row, the tags in words no list knows', () => {
    const item = dump([
      ...HEAD,
      ...PROSE,
      'Raportu: Mirela Vostok',
      'Vortaroj: muelo, Karsten, urbo',
      'Dividu: Facebook · X · WhatsApp',
      ...END,
    ]);
    expect(item.byline).toBe('Mirela Vostok');
    expect(item.body).toEqual(PROSE);
  });
});

describe('a labelled signature in a script without capitals', () => {
  const THAI_HEAD = [
    'ข่าวเมืองกลาง',
    'หน้าแรก',
    'ภูมิภาค',
    'กีฬา',
    'ภูมิภาค',
    'ชาวบ้านริมแม่น้ำสร้างสะพานไม้ใหม่หลังน้ำท่วมใหญ่เมื่อเดือนที่แล้ว',
    '5 December 2026, 10:15 GMT',
  ];
  const THAI_PROSE = [
    'ชาวบ้านกว่าสองร้อยคนช่วยกันสร้างสะพานไม้ข้ามแม่น้ำสายเล็กหลังจากสะพานเดิมถูกน้ำพัดหายไปเมื่อเดือนที่แล้ว.',
    'ผู้ใหญ่บ้านกล่าวว่าสะพานใหม่จะเปิดให้ใช้ได้ภายในสัปดาห์หน้าและเด็กนักเรียนจะไม่ต้องเดินอ้อมอีกต่อไป.',
    'เจ้าหน้าที่อำเภอสัญญาว่าจะส่งช่างมาตรวจความแข็งแรงของสะพานก่อนเปิดใช้งานอย่างเป็นทางการ.',
  ];
  it('reads the name over the tags and a related list whose header shares the label’s first letters', () => {
    const item = dump([
      ...THAI_HEAD,
      ...THAI_PROSE,
      'ข่าว: สมศรี ทองดี',
      'ป้าย: สะพาน แม่น้ำ',
      'ข่าวที่เกี่ยวข้อง',
      'ถนนสายใหม่เปิดใช้แล้วในอำเภอใกล้เคียง',
      'ตลาดน้ำกลับมาคึกคักอีกครั้ง',
      '© 2026 ข่าวเมืองกลาง',
    ]);
    expect(item.byline).toBe('สมศรี ทองดี');
    expect(item.body).toEqual(THAI_PROSE);
  });
});

describe('two authors after a "by" in a language no list knows', () => {
  const KO_PROSE = [
    'Orla vendis ko muelo de Karsten ek loka konstruisto post tri jaroj da perdoj kaj du aŭkcioj.',
    'La nova posedanto volas fari ek la muelo loĝejojn ko junaj familioj kaj malgrandan kafejon.',
    'Loĝantoj de la strato timas ko la trafiko kreskos ek la konstrulaboroj de la venonta jaro.',
  ];
  it('joins the two full names with the page’s own short "and" and reads the date under them', () => {
    const item = dump([
      ...MENU,
      'Kultira',
      'Malnova muelo de Karsten vendita al loka konstruisto',
      'La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo',
      'Ko Mirela Vostok ek Tomas Arvel-Dunn',
      'Jaŭdo 3 December 2026 – 4:15 pm (UTC-5)',
      ...KO_PROSE,
      ...END,
    ]);
    expect(item.byline).toBe('Mirela Vostok ek Tomas Arvel-Dunn');
    expect(item.published).toBe('2026-12-03T16:15:00-05:00');
    expect(item.body).toEqual(KO_PROSE);
  });
});

describe('a date line with a zone some locale names, its offset unread', () => {
  it('is a date line beside a label of a word no list knows', () => {
    expect(isDateLine('Vidita: 06 December 2026, 01:05 PM IST')).toBe(true);
    expect(
      isDateLine('Vidita: 06 December 2026, 11:20 AM IST | Refreŝigita: 06 December 2026, 01:05 PM IST'),
    ).toBe(true);
  });
});

describe('two names joined by the page’s own "and" after a label, in a script without capitals', () => {
  const HINDI_PROSE = [
    'शहर के पुराने बाजार में सोमवार को नई पानी की पाइपलाइन का काम शुरू हुआ और दुकानदारों ने इसका स्वागत किया है।',
    'नगर निगम के अधिकारियों ने कहा कि यह काम तीन महीने में पूरा होगा और इस दौरान सड़क का एक हिस्सा बंद रहेगा।',
    'कई दुकानदारों का कहना है कि वे पिछले दो साल से पानी की कमी से परेशान थे और अब उन्हें राहत की उम्मीद है।',
    'अधिकारियों ने यह भी बताया कि काम के लिए राज्य सरकार से पैसा मिल चुका है और ठेकेदार को भी चुन लिया गया है।',
  ];
  it('reads the names over the date line, not as the headline', () => {
    const item = dump([
      'नगर समाचार',
      'होम',
      'शहर',
      'खेल',
      'होम › शहर',
      'शहर',
      'पुराने बाजार में नई पाइपलाइन का काम शुरू, तीन महीने में होगा पूरा',
      'दुकानदारों को पानी की कमी से राहत की उम्मीद',
      'रिपोर्ट: राजेश कुमार और सुनीता शर्मा, पुणे',
      '06 December 2026, 11:20 AM IST',
      ...HINDI_PROSE,
      '© 2026 नगर समाचार',
    ]);
    expect(item.title).toBe('पुराने बाजार में नई पाइपलाइन का काम शुरू, तीन महीने में होगा पूरा');
    expect(item.byline).toBe('राजेश कुमार और सुनीता शर्मा');
    expect(item.body).toEqual(HINDI_PROSE);
  });
});
