import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Lists around the end of a story, read by shape: the footer's links after a related list, a
 * teaser box inside the text under a header in words no list knows, and a closing line standing
 * after the page's furniture. Invented text; the headers are in an invented language so that no
 * word list can know them.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const HEAD = [
  'Kelby Courier',
  'News',
  'Sport',
  'News',
  'Kelby ferry timetable cut to four crossings a day over winter',
  'By Ada Penrose',
];

const PROSE = [
  'The ferry operator said on Monday it would run four crossings a day between November and March, down from seven.',
  'Islanders who commute to the mainland said the early boat was the only one that let them reach work on time.',
  'The operator blamed the cost of fuel and a shortage of deckhands, and said the summer timetable would return in April.',
  'A public meeting on the cuts will be held in the island hall on Thursday evening, the council said.',
];

const TEASERS = [
  'Lighthouse keeper cottage opens as a museum next spring',
  'Harbour wall repairs delayed again by autumn storms',
];

describe('closing links after a related list', () => {
  it('leaves the footer links that run to the page end out of the related titles', () => {
    const item = dump([
      ...HEAD,
      ...PROSE,
      'Read more',
      ...TEASERS,
      'Politiko pri privateco',
      'Kondiĉoj de uzo',
    ]);
    expect(item.related).toEqual(TEASERS);
  });

  it('keeps a three-word title of a language that joins words into long ones', () => {
    const long = 'Saaristolaivaliikenne harvenee talvikaudeksi';
    const item = dump([...HEAD, ...PROSE, 'Read more', TEASERS[0]!, long, 'Privata nodo']);
    expect(item.related).toEqual([TEASERS[0], long]);
  });
});

describe('a teaser box inside the text', () => {
  it('reads the titles under an unknown header, past a badge the menu prints, as related', () => {
    const item = dump([
      ...HEAD.slice(0, 3),
      'Plus',
      ...HEAD.slice(3),
      ...PROSE.slice(0, 2),
      'Morvak tela sundi',
      'Plus',
      ...TEASERS,
      ...PROSE.slice(2),
    ]);
    expect(item.related).toEqual(TEASERS);
    expect(item.body).toEqual(PROSE);
  });

  it('then takes no second list under the text as related (most read, in unknown words)', () => {
    const item = dump([
      ...HEAD,
      ...PROSE.slice(0, 2),
      'Morvak tela sundi',
      ...TEASERS,
      ...PROSE.slice(2),
      'Vasko runa',
      'Council approves new car park beside the primary school',
      'Island choir wins regional competition for the third year',
      '© 2026 Kelby Courier',
    ]);
    expect(item.related).toEqual(TEASERS);
    expect(item.body).toEqual(PROSE);
  });
});

describe('a closing line after the page furniture', () => {
  it('drops a short sentence standing many page lines below the last paragraph, past a list', () => {
    const item = dump([
      ...HEAD,
      ...PROSE,
      'Advertisement',
      'Share',
      'Facebook',
      'Email',
      'Copy link',
      'Vasko runa',
      'Lighthouse cottage opens as museum',
      'Harbour wall repairs delayed again',
      'Redaktoro: Mira Holt',
      'Kelby Courier laboras laŭ la reguloj de la gazetara konsilio.',
    ]);
    expect(item.body).toEqual(PROSE);
  });
});

describe('a row of closing links', () => {
  it('takes two links joined by a bar, right after the related titles, for the footer', () => {
    const item = dump([
      ...HEAD,
      ...PROSE,
      'Read more',
      ...TEASERS,
      'Kontakto | Retejmapo',
      '© 2026 Kelby Courier',
    ]);
    expect(item.related).toEqual(TEASERS);
  });
});

describe('a feedback poll', () => {
  it('drops a short question over its answer buttons', () => {
    const item = dump([
      ...HEAD,
      ...PROSE,
      'Ĉu vi trovis ĉi tiun paĝon utila?',
      'Jes',
      'Ne',
      'Rilataj artikoloj',
      ...TEASERS,
    ]);
    expect(item.body).toEqual(PROSE);
    expect(item.related).toEqual(TEASERS);
  });

  it('keeps a question the text answers with a paragraph', () => {
    const question = 'What happens next?';
    const item = dump([...HEAD, ...PROSE.slice(0, 2), question, ...PROSE.slice(2)]);
    expect(item.body).toContain(question);
  });
});

describe("the site's own pitch", () => {
  it('leaves a line naming the site that prints it out of the related titles', () => {
    const item = dump([
      'Kelby Courier',
      ...HEAD.slice(1),
      ...PROSE,
      'Morvak tela sundi',
      ...TEASERS,
      'Ricevu la novaĵojn de Kelby Courier en via telefono',
      '© 2026 Kelby Courier',
    ]);
    expect(item.related).toEqual(TEASERS);
  });
});

describe('a related list after a tag row', () => {
  /** The story, a tag row, a related list under `header`, then a most-read list under its own. */
  const tagged = (tags: string, header: string) =>
    dump([...HEAD, ...PROSE, tags, header, ...TEASERS, 'Plej legataj', ...MOST_READ, '© 2026 Kelby Courier']);
  const MOST_READ = [
    'Kelby school choir wins regional prize in the city',
    'Council votes to keep the island library open on Sundays',
  ];

  it('reads the titles under a header in words no list knows, though the tag row ended the text', () => {
    const item = tagged('Tags: ferries, island, winter', 'Ŝipaj rakontoj');
    expect(item.related).toEqual(TEASERS);
    expect(item.body).toEqual(PROSE);
  });

  it('leaves a header as long as a title out of the list, when the next list has a header too', () => {
    const item = tagged('Etikedoj: pramoj, insulo, vintro', 'Tio eble ankaŭ interesos vin');
    expect(item.related).toEqual(TEASERS);
  });

  it('keeps the first title of a list with no header of its own', () => {
    const item = dump([...HEAD, ...PROSE, 'Etikedoj: pramoj, insulo, vintro', ...TEASERS, 'Privata nodo']);
    expect(item.related).toEqual(TEASERS);
  });

  it('keeps a pitch printed under the tag row out of the text', () => {
    const pitch = 'Have you seen something on the island? Send us a message on our page.';
    const item = dump([...HEAD, ...PROSE, 'Tags: ferries, island, winter', pitch, '© 2026 Kelby Courier']);
    expect(item.body).toEqual(PROSE);
  });
});

describe('a short first title under the header that opens the matter under the story', () => {
  const lists = (first: string): string[] => [
    ...HEAD,
    ...PROSE,
    'Etikedoj: pramo, insulo, vintro',
    'Aliaj novaĵoj',
    first,
    TEASERS[0]!,
    'Plej legataj',
    'Council tax bills to rise by four percent in April',
    'New cycle lane opens along the harbour front road',
  ];

  it('reads a three-word title as the first item of the list the next header closes', () => {
    expect(dump(lists('Winter water bills')).related).toEqual(['Winter water bills', TEASERS[0]]);
  });

  it('does not take a two-word line (a button) for one', () => {
    expect(dump(lists('Sign up')).related).not.toContain('Sign up');
  });
});
