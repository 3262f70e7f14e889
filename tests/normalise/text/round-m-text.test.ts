import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Shapes of round M, in invented text: a box under a heading in capitals that opens the text, a
 * table's rows under the text, a promoted offer under an ad label, a note on a transcript, the
 * page's call repeated by the text's last paragraph, a form's pitch under the text, inline links
 * past an ad label or under a subheading, and a credit label's abbreviation with its colon.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const HEAD = [
  'Town Desk',
  'Local',
  'Council votes to rebuild the old harbour wall before the winter storms',
  'Engineers say the stone wall has moved by ten centimetres since the autumn gales began last year',
  'By Ann Lee',
];

const PROSE = [
  'The council voted on Tuesday to rebuild the old harbour wall, after engineers warned that a single heavy storm could breach it.',
  'Work will start in May and last about four months, during which the slipway will be closed to boats and walkers alike.',
  'Harbour master Bo Kim said fishermen had been asking for repairs for years and welcomed the decision.',
];

describe('a box under a heading in capitals, opening the text', () => {
  it('leaves out its "label: one sentence" rows (a verdict box)', () => {
    const item = dump([
      ...HEAD,
      'VERDICT',
      'MISLEADING',
      'What the claim says: The wall will be pulled down and not rebuilt.',
      'What we found: The council voted to rebuild it in the same stone.',
      ...PROSE,
    ]);
    expect(item.body).toEqual(PROSE);
  });

  it("leaves out rows of cells and the box's control (warnings in force)", () => {
    const item = dump([
      ...HEAD,
      'WARNINGS IN FORCE',
      'North coast – amber – Fri 12:00 to Sat 03:00',
      'Harbour mouth – yellow – Fri 13:00 to Sat 01:00',
      'See the map',
      ...PROSE,
    ]);
    expect(item.body).toEqual(PROSE);
  });

  it('keeps an interview whose turns open the text', () => {
    const turns = [
      'Ann Lee: How long has the wall been moving, and who first noticed it this year?',
      'Bo Kim: Since the autumn gales. The fishermen saw the cracks first and told the harbour office.',
      'Ann Lee: And what happens to the boats while the work goes on over the summer?',
      'Bo Kim: They moor in the river. It is not ideal, but we have done it before without trouble.',
    ];
    const item = dump([...HEAD, 'INTERVIEW', ...turns, ...PROSE]);
    expect(item.body).toEqual([...turns, ...PROSE]);
  });
});

describe("a table's rows under the text, then a related list under a header no list knows", () => {
  it('takes the titles, a question first, and not the rows or the lines past the share row', () => {
    const item = dump([
      ...HEAD,
      ...PROSE,
      'Tides for Friday',
      'Port | High | Low | Height',
      'North Quay | 06:10 | 12:25 | 4.2 m',
      'South Quay | 06:20 | 12:40 | 4.0 m',
      'Straeon eraill',
      'Why does the harbour wall keep moving?',
      'Ferry timetable changes for the summer months announced by the operator',
      'Rhannu: Facebook | X | E-bost',
      'Ymunwch â’n cylchlythyr a chael newyddion yr harbwr bob bore yn eich blwch',
      'Lawrlwythwch yr ap: App Store | Google Play',
    ]);
    expect(item.related).toEqual([
      'Why does the harbour wall keep moving?',
      'Ferry timetable changes for the summer months announced by the operator',
    ]);
    expect(item.body).toEqual(PROSE);
  });
});

describe('an offer under an ad label inside the text', () => {
  it("is the advertiser's line when a call closes it after a dash", () => {
    const item = dump([
      ...HEAD,
      PROSE[0]!,
      'Advertisement',
      'Guide: How to cut the energy bill of your boatyard – download now',
      PROSE[1]!,
      PROSE[2]!,
    ]);
    expect(item.body).toEqual(PROSE);
  });

  it('leaves a subheading under the label in the text', () => {
    const item = dump([...HEAD, PROSE[0]!, 'Advertisement', 'Stone from the quarry', PROSE[1]!, PROSE[2]!]);
    expect(item.body).toEqual([PROSE[0]!, 'Stone from the quarry', PROSE[1]!, PROSE[2]!]);
  });
});

describe('a note on the text over a transcript', () => {
  it('leaves the text; the introduction naming the speakers stays', () => {
    const intro = 'Bo Kim is harbour master in the town. He spoke to Ann Lee on the quay.';
    const turns = [
      'ANN LEE: How bad is the damage this winter?',
      'BO KIM: Worse than last year. Two sections of the wall have moved and one has cracked right through.',
      'ANN LEE: When does the work start?',
      'BO KIM: In May, if the weather lets us. We need four calm months to finish it properly.',
    ];
    const item = dump([...HEAD, PROSE[0]!, intro, 'This is a shortened transcript of the talk.', ...turns]);
    expect(item.body).toEqual([PROSE[0]!, intro, ...turns]);
  });
});

describe('a note on the text under a transcript, and the label the note names', () => {
  const intro = 'Bo Kim is harbour master in the town. He spoke to Ann Lee on the quay.';
  const turns = [
    'Ann Lee: How bad is the damage this winter?',
    'Bo Kim: Worse than last year. Two sections of the wall have moved and one has cracked right through.',
    'Ann Lee: When does the work start?',
    'Bo Kim: In May, if the weather lets us. We need four calm months to finish it properly.',
  ];

  it('leave the text', () => {
    const item = dump([
      ...HEAD,
      PROSE[0]!,
      intro,
      'Recording',
      ...turns,
      'This recording was typed by machine and may hold mistakes.',
      'Share this episode',
    ]);
    expect(item.body).toEqual([PROSE[0]!, intro, ...turns]);
  });

  it('a subheading the note does not name stays', () => {
    const item = dump([
      ...HEAD,
      PROSE[0]!,
      intro,
      'Storms',
      ...turns,
      'This recording was typed by machine and may hold mistakes.',
      'Share this episode',
    ]);
    expect(item.body).toEqual([PROSE[0]!, intro, 'Storms', ...turns]);
  });
});

describe("the text's last paragraph repeating the page's own call", () => {
  it('is the page speaking when it uses words the story does not', () => {
    const item = dump([
      'Town Desk',
      'News',
      'Send your tip through Signal',
      ...HEAD.slice(1),
      ...PROSE,
      'This report began with questions from readers. Seen something odd? Send it through our Signal line.',
    ]);
    expect(item.body).toEqual(PROSE);
  });

  it("stays when the call's words are not repeated", () => {
    const last = 'This report began with questions from readers, who had watched the wall move all winter.';
    const item = dump([
      'Town Desk',
      'News',
      'Send your tip through Signal',
      ...HEAD.slice(1),
      ...PROSE,
      last,
    ]);
    expect(item.body).toEqual([...PROSE, last]);
  });
});

describe("a form's pitch under the text", () => {
  it('is no related title: a button of one word closes it, and a list header follows', () => {
    const item = dump([
      ...HEAD,
      ...PROSE,
      'Learn about our method and the labels we give each check',
      'Get the week of checks in your mailbox every Friday',
      'Ymuno',
      'Most read',
      'Ferry timetable changes for the summer months announced by the operator',
    ]);
    expect(item.related).toEqual([]);
    expect(item.body).toEqual(PROSE);
  });
});

describe('inline links in words no list knows', () => {
  it('past an ad label and over a numbered subheading, is a related link', () => {
    const item = dump([
      ...HEAD,
      PROSE[0]!,
      'Darllenwch hefyd: Ferry timetable changes for the summer months announced',
      'Advertisement',
      '2. What the work means for boats',
      PROSE[1]!,
      PROSE[2]!,
    ]);
    expect(item.related).toEqual(['Ferry timetable changes for the summer months announced']);
    expect(item.body).toEqual([PROSE[0]!, '2. What the work means for boats', PROSE[1]!, PROSE[2]!]);
  });

  it('with its own label under a subheading, leaves the subheading in the text', () => {
    const item = dump([
      ...HEAD,
      PROSE[0]!,
      'How we checked',
      'Read also: Ferry timetable changes for the summer months announced',
      PROSE[1]!,
      PROSE[2]!,
    ]);
    expect(item.related).toEqual(['Ferry timetable changes for the summer months announced']);
    expect(item.body).toEqual([PROSE[0]!, 'How we checked', PROSE[1]!, PROSE[2]!]);
  });
});

describe("a credit label's abbreviation with a colon after its dot", () => {
  it('gives the credit without the colon', () => {
    for (const [line, credit] of [
      ['Phot.: Bo Kim', 'Bo Kim'],
      ['Nuotr.: „Uosto direkcija“', '„Uosto direkcija“'],
    ]) {
      const item = dump([
        ...HEAD,
        'The new breakwater after the first storm of the winter.',
        line!,
        ...PROSE,
      ]);
      expect(item.image?.credit).toBe(credit);
    }
  });
});
