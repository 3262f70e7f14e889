import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { collapseWhitespace } from '../../../src/normalise/text.js';

/**
 * Round M shapes (mtext2): ideographic spaces kept as printed, a Japanese "text:" byline with the
 * writer's desk in brackets, a caption closing with the giver and "provided" in brackets, a
 * labelled byline whose role runs on after the name in a script without spaces. Invented pages.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('ideographic spaces', () => {
  it('keeps a lone ideographic space and collapses a run of them', () => {
    expect(collapseWhitespace('港町の市場、来春閉鎖へ\u3000跡地は公園に')).toBe(
      '港町の市場、来春閉鎖へ\u3000跡地は公園に',
    );
    expect(collapseWhitespace('\u3000\u3000本報訊\u3000\u3000記者')).toBe('本報訊 記者');
  });

  it('prints a headline and a paragraph with the ideographic space the page has', () => {
    const r = dump([
      '港町タイムズ',
      'ニュース',
      '港町の朝市、来春で閉鎖へ\u3000跡地は公園に',
      '2026年5月2日 9:00 JST',
      '港町市は1日、港の朝市を来年3月で閉鎖すると発表した。建物の老朽化が理由で、跡地は公園として整備する。',
      '市によると、朝市には毎週末およそ2千人が訪れていた。出店者の多くは近くの商店街に移る見通しだという。',
      '\u3000出店者の一人は「寂しいが、新しい場所でも続けたい」と話した。',
    ]);
    expect(r.title).toBe('港町の朝市、来春で閉鎖へ\u3000跡地は公園に');
    expect(r.body[2]).toBe('出店者の一人は「寂しいが、新しい場所でも続けたい」と話した。');
  });
});

describe('Japanese bylines and credits in brackets', () => {
  const page = (byline: string, caption: string) =>
    dump([
      '港町タイムズ',
      'くらし',
      '港町の朝市、来春で閉鎖へ\u3000跡地は公園に',
      '2026年5月2日 9:00 JST',
      byline,
      caption,
      '港町市は1日、港の朝市を来年3月で閉鎖すると発表した。建物の老朽化が理由で、跡地は公園として整備する。',
      '市によると、朝市には毎週末およそ2千人が訪れていた。出店者の多くは近くの商店街に移る見通しだという。',
    ]);

  it('reads "文：Name（desk role）" as the byline, the role in brackets left out', () => {
    const r = page('文：川村葵（地域報道部 記者）', '閉鎖が決まった朝市の入り口（港町市提供）');
    expect(r.byline).toBe('川村葵');
    expect(r.body.some((p) => p.includes('川村葵'))).toBe(false);
  });

  it('reads a caption closing with "（giver提供）" as the caption and the credit as printed', () => {
    const r = page('文：川村葵（地域報道部 記者）', '閉鎖が決まった朝市の入り口（港町市提供）');
    expect(r.image).toMatchObject({ caption: '閉鎖が決まった朝市の入り口', credit: '港町市提供' });
  });
});

describe('a labelled byline whose role runs on after the name (a script without spaces)', () => {
  it('keeps the name and leaves the run-on role out', () => {
    const r = dump([
      'ช่องข่าวเมืองน่าน',
      'ข่าวท้องถิ่น',
      'น้ำป่าไหลหลากเข้าหมู่บ้านริมน้ำน่าน ชาวบ้านเร่งขนของหนีน้ำ',
      '2 พ.ค. 2569 10:15 น.',
      'ข่าวโดย: สมชาย ใจงาม ผู้สื่อข่าวประจำอำเภอเมืองน่าน',
      'น้ำป่าไหลหลากเข้าท่วมหมู่บ้านริมแม่น้ำน่านตั้งแต่เช้ามืด ชาวบ้านกว่าสองร้อยครัวเรือนต้องขนย้ายสิ่งของขึ้นที่สูง',
      'เจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยได้นำเรือท้องแบนเข้าช่วยเหลือผู้สูงอายุและเด็กออกจากพื้นที่น้ำท่วม',
    ]);
    expect(r.byline).toBe('สมชาย ใจงาม');
    expect(r.body.some((p) => p.includes('สมชาย'))).toBe(false);
  });
});

describe('a long read with its pictures credited once in the header', () => {
  const page = dump([
    'Harbour Quarterly',
    'Features',
    'Features',
    'The last sailmaker of Dunmore Quay',
    'Ewan Brodie has cut and stitched canvas by hand for forty years. Now he is teaching someone.',
    'Words: Isla Murray',
    'Pictures: Rory Bain',
    '8 March 2026',
    'Ewan Brodie at his cutting table, a half-finished jib laid out in front of him.',
    'Rory Bain',
    'The loft above the chandlery smells of wax and linen. Ewan Brodie spreads a length of canvas across the floor and kneels to mark it.',
    'He began in 1986 in his father’s loft, when a dozen sailmakers still worked along the coast. Today, as far as he knows, he is the last who works without a computer.',
    'His apprentice, Moira Kerr, arrived last spring. "For three months I only swept the floor," she says, laughing.',
    'Moira Kerr and Ewan Brodie checking the seams of a mainsail.',
    'Rory Bain',
    '"Canvas does not hurry"',
    'The harbour trust pays half of the apprentice’s wage this year, and hopes to take on two more.',
    'At six he switches off the lamps. "Canvas does not hurry," he says. "Neither should we."',
    '© 2026 Harbour Quarterly',
  ]);

  it('reads the lead caption over the credited name, and the credit the header gave', () => {
    expect(page.image).toMatchObject({
      caption: 'Ewan Brodie at his cutting table, a half-finished jib laid out in front of him.',
      credit: 'Rory Bain',
    });
  });

  it('drops a later caption with the credited name under it, and a quoted phrase repeated as a pull quote', () => {
    expect(page.body).toEqual([
      'The loft above the chandlery smells of wax and linen. Ewan Brodie spreads a length of canvas across the floor and kneels to mark it.',
      'He began in 1986 in his father’s loft, when a dozen sailmakers still worked along the coast. Today, as far as he knows, he is the last who works without a computer.',
      'His apprentice, Moira Kerr, arrived last spring. "For three months I only swept the floor," she says, laughing.',
      'The harbour trust pays half of the apprentice’s wage this year, and hopes to take on two more.',
      'At six he switches off the lamps. "Canvas does not hurry," he says. "Neither should we."',
    ]);
  });

  it('keeps a quoted subheading over the paragraph that quotes it', () => {
    const r = dump([
      'Harbour Quarterly',
      'Features',
      'The last sailmaker of Dunmore Quay',
      'By Isla Murray',
      '8 March 2026',
      'The loft above the chandlery smells of wax and linen. Ewan Brodie spreads a length of canvas across the floor and kneels to mark it.',
      '"Canvas does not hurry"',
      'At six he switches off the lamps. "Canvas does not hurry," he says. "Neither should we."',
      'The harbour trust pays half of the apprentice’s wage this year, and hopes to take on two more.',
    ]);
    expect(r.body).toContain('"Canvas does not hurry"');
  });
});

describe('a newsletter post', () => {
  const r = dump([
    'The Tidewater Letter',
    'Subscribe',
    'Sign in',
    'The ferry fare rises again, and nobody voted for it',
    'What the harbour board decided on Monday and what is still open',
    'Ailsa Cowan',
    '12 Mar 2026',
    'The old ferry slip at low tide, Sunday afternoon. Photo: A.C.',
    'Good morning everyone,',
    'on Monday night, after four hours of debate, the harbour board approved a new fare for the island ferry, the third rise in two years.',
    'The single fare goes up by 40 pence from April. The board says fuel costs have doubled since the last review, and that the crossing has run at a loss since the winter.',
    'Island residents keep their discount, but the board will review it in the autumn, and several members said openly that they would like to end it.',
  ]);

  it('reads the initials after the photo label as the credit', () => {
    expect(r.image).toMatchObject({
      caption: 'The old ferry slip at low tide, Sunday afternoon.',
      credit: 'A.C.',
    });
  });

  it('keeps the salutation that opens the text', () => {
    expect(r.body[0]).toBe('Good morning everyone,');
  });
});
