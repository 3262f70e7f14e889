import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Round M shapes (mtext3): a closing note that names the site by the brand of its masthead alone.
 * Invented pages.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('a closing note naming the site by its brand in capitals', () => {
  const page = (note: string) =>
    dump([
      'NORDVIK weekly',
      'Features',
      'The last rope maker of Tollby harbour',
      'Eighty years of braided hemp, and one apprentice to carry it on.',
      'By Mara Quist',
      '8 March 2026',
      'The workshop smells of tar before the sun is up. Olle Berg lays out three strands of hemp along a bench that his grandfather built.',
      'He has made mooring ropes for the fishing fleet since he was fourteen, and most boats in the harbour still tie up with his work.',
      'His apprentice, a former welder, arrived in January after reading about the workshop on a notice board at the ferry terminal.',
      '“The rope does not hurry,” Berg says as the lights go out. “Neither should we.”',
      note,
      'Share: Facebook · Email',
      '© 2026 NORDVIK weekly · Privacy',
    ]);

  it('drops a print-issue note that names the site by its brand', () => {
    const r = page("This report appeared in NORDVIK's March print issue. Subscribe and receive it at home.");
    expect(r.body).toHaveLength(4);
    expect(r.body.at(-1)).toBe(
      '“The rope does not hurry,” Berg says as the lights go out. “Neither should we.”',
    );
  });

  it('keeps a last paragraph that speaks of the story', () => {
    const last =
      'Berg plans to hand over the bench and the grandfather’s tools to his apprentice next winter.';
    const r = page(last);
    expect(r.body.at(-1)).toBe(last);
  });
});

describe('an inline related label with a word put inside, in a script without spaces', () => {
  const page = (teaser: string) =>
    dump([
      'สถานีข่าวเมืองน่าน',
      'ข่าวท้องถิ่น',
      'น้ำป่าไหลหลากบ้านห้วยโป่ง ชาวบ้านอพยพ 40 ครัวเรือน',
      'ชาวบ้านห้วยโป่งอพยพขึ้นที่สูงหลังฝนตกหนักทั้งคืน เจ้าหน้าที่เร่งช่วยเหลือ',
      '12 มี.ค. 2569 09:10 น.',
      'รายงาน: สมศักดิ์ ใจดี',
      'น่าน – เมื่อคืนที่ผ่านมาเกิดฝนตกหนักต่อเนื่องหลายชั่วโมง ทำให้น้ำป่าไหลหลากเข้าท่วมบ้านห้วยโป่ง อำเภอเวียงสา ชาวบ้านต้องอพยพขึ้นที่สูง',
      'นายอำเภอเวียงสา กล่าวว่า เจ้าหน้าที่ได้นำอาหารและน้ำดื่มไปแจกจ่ายให้ผู้ประสบภัยแล้ว และจะสำรวจความเสียหายในวันพรุ่งนี้',
      teaser,
      'ขณะที่ศูนย์อุตุนิยมวิทยาภาคเหนือ เตือนว่าฝนจะยังตกต่อเนื่องอีกสองวัน ขอให้ประชาชนริมลำน้ำเฝ้าระวังอย่างใกล้ชิด',
      '© 2569 สถานีข่าวเมืองน่าน',
    ]);

  it('reads "read <news> more: Title" as a related link, out of the text', () => {
    const r = page('อ่านข่าวเพิ่มเติม: สะพานไม้บ้านน้ำมวบ ขาดกลางลำน้ำ');
    expect(r.related).toContain('สะพานไม้บ้านน้ำมวบ ขาดกลางลำน้ำ');
    expect(r.body.some((p) => p.startsWith('อ่าน'))).toBe(false);
    expect(r.body.some((p) => p.includes('สะพานไม้'))).toBe(false);
  });

  it('keeps a labelled line whose label is no known one with a word inside', () => {
    const line = 'ผู้ว่าราชการจังหวัด: ขอให้ประชาชน เฝ้าระวังอย่างใกล้ชิด';
    const r = page(line);
    expect(r.related).not.toContain('ขอให้ประชาชน เฝ้าระวังอย่างใกล้ชิด');
  });
});

describe('a feedback prompt closing a list of related titles', () => {
  const page = (closing: string[]) =>
    dump([
      'Tollby Courier',
      'Local',
      'Harbour ferry timetable changes from Monday',
      'By Mara Quist',
      '8 March 2026',
      'The harbour ferry will run every forty minutes instead of every half hour from Monday, the operator said on Friday.',
      'The change follows the loss of one of its two boats to a damaged propeller shaft, which will take six weeks to repair.',
      'Commuters said the longer wait would make them late for the first train to the city.',
      'Related',
      'Bridge repairs to close the coast road for a month',
      'New bus line to link the ferry pier and the station',
      ...closing,
      'Most read',
      'Fishing quota cut again for the northern fleet',
      'Town hall clock stops after ninety years',
    ]);

  it('drops a prompt with its answer buttons, not one more related title', () => {
    const r = page(['Tell us what you thought of this story', 'Found it useful', 'Want more detail']);
    expect(r.related).toEqual([
      'Bridge repairs to close the coast road for a month',
      'New bus line to link the ferry pier and the station',
    ]);
  });

  it('keeps the last title when one-word controls follow it', () => {
    const r = page(['Timetable of the winter ferries to the islands', 'Share', 'Comments']);
    expect(r.related).toContain('Timetable of the winter ferries to the islands');
  });
});

describe('a sign-up box with an input placeholder inside the text', () => {
  const page = (button: string) =>
    dump([
      'Harbour Notes',
      'A weekly letter about the town by the bay',
      'Join',
      'Sign in',
      'The night market moves to the old quay',
      'What the council decided on Monday and who gains from it',
      '12 March 2026',
      'The night market will move from the car park to the old quay in May, after a vote of the town council on Monday evening.',
      'Stallholders had asked for the move for two years, saying the car park floods whenever the tide runs high in spring.',
      'Thanks for reading Harbour Notes! Sign up for free to get new posts and back my work.',
      'Type your address…',
      button,
      'The mayor said the quay would get new lights and two more bins before the first market night.',
      'Residents of the quay will be asked about opening hours at a meeting in April.',
      '© 2026 Harbour Notes',
    ]);

  it('drops the pitch, the field and a button the page prints above too', () => {
    const r = page('Join');
    expect(r.body.some((p) => p.startsWith('Thanks for reading'))).toBe(false);
    expect(r.body.some((p) => p.includes('Type your address'))).toBe(false);
    expect(r.body).toContain(
      'The mayor said the quay would get new lights and two more bins before the first market night.',
    );
  });

  it('keeps the lines when the short line under them is no control of the page', () => {
    const r = page('Quay lights');
    expect(r.body.some((p) => p.startsWith('Thanks for reading'))).toBe(true);
  });
});
