/**
 * Topics and named entities as readers see them: invented articles in several subjects (golden
 * files beside this test), alias and surname resolution, byline/caption names left out, and the
 * operator's taxonomy file validated with an error that names the file and the key.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/index.js';
import type { NormalisedItem } from '../../src/model/item.js';
import { normalisedItem } from '../support/items.js';
import { slugify, tagsFor, type Tagger } from '../../src/tagging/index.js';
import { IPTC_TOPICS } from '../../src/tagging/labels.js';
import { loadTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, parseTaxonomy } from '../../src/tagging/taxonomy.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const made: string[] = [];

const item = normalisedItem;

const allNames = (i: NormalisedItem): string[] => [
  ...i.entities.people,
  ...i.entities.places,
  ...i.entities.organisations,
];

let tagger: Tagger;
beforeAll(async () => {
  // No taxonomy.yaml in this folder: the bundled default applies.
  const empty = await mkdtemp(path.join(os.tmpdir(), 'fw-tagging-'));
  made.push(empty);
  tagger = await loadTagger(empty);
});
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});

describe('golden articles', async () => {
  const cases = (await readdir(FIXTURES)).filter((f) => f.endsWith('.input.json'));
  it.each(cases)('%s', async (name) => {
    const input = JSON.parse(await readFile(path.join(FIXTURES, name), 'utf8')) as Partial<NormalisedItem>;
    const expected = JSON.parse(
      await readFile(path.join(FIXTURES, name.replace('.input.', '.expected.')), 'utf8'),
    );
    const out = tagger.enrich(item(input));
    expect({ topics: out.topics, entities: out.entities }).toEqual(expected);
  });
});

describe('topics', () => {
  it('gives 1–3 known topics for a story with two subjects', () => {
    const out = tagger.enrich(
      item({
        title: 'Teachers strike over pay as schools close for the day',
        body: [
          'Thousands of teachers walked out on Tuesday in a dispute over pay, closing hundreds of schools.',
          'The union said its members had not had a real-terms pay rise in a decade.',
          'Pupils were told to stay at home and parents were advised to check school websites.',
        ],
      }),
    );
    expect(out.topics.slice(0, 2).sort()).toEqual(['education', 'labour']);
    expect(out.topics.length).toBeLessThanOrEqual(3);
    for (const t of out.topics) expect(Object.keys(IPTC_TOPICS)).toContain(t);
  });

  it('weighs the headline over the tail', () => {
    const body = [
      'The club said the new stadium would open next season.',
      'The bank said the loan had been agreed.',
    ];
    const sport = tagger.enrich(item({ title: 'Club agrees stadium loan after cup run', body }));
    const money = tagger.enrich(
      item({ title: 'Bank agrees loan for club stadium', body: [...body].reverse() }),
    );
    expect(sport.topics[0]).toBe('sport');
    expect(money.topics[0]).toBe('economy-business-and-finance');
  });

  it('lets a section label point at a topic', () => {
    const out = tagger.enrich(item({ title: 'A quiet week', section: 'Faith', body: ['Little happened.'] }));
    expect(out.topics[0]).toBe('religion');
  });

  // Invented stories in languages and on subjects the rules file has no words for: the IPTC
  // vocabulary (labels and definitions in several languages) carries them.
  it.each([
    [
      'pt',
      'Campanha de vacinação contra a gripe começa nos centros de saúde',
      [
        'A campanha de vacinação contra a gripe sazonal arranca na segunda-feira em todos os centros de saúde do distrito.',
        'Os médicos de família recomendam a vacina a doentes crónicos, grávidas e pessoas com mais de 65 anos.',
      ],
      'health',
    ],
    [
      'sv',
      'Valet till riksdagen: partierna samlar sig inför sista debatten',
      [
        'Inför valet till riksdagen möts partiledarna i en sista debatt om regeringsfrågan.',
        'Opinionsmätningarna visar att väljarna är delade mellan de två blocken.',
      ],
      'politics',
    ],
    [
      'en',
      'Orchestra premieres a new opera in the old opera house',
      [
        'The chamber orchestra gave the premiere of a new opera on Saturday, with a libretto by a young poet.',
        'Critics praised the soprano and the conductor; the composer took three bows.',
      ],
      'arts-culture-entertainment-and-media',
    ],
  ])('finds the topic of a story in %s from the IPTC vocabulary', (_lang, title, body, topic) => {
    expect(tagger.enrich(item({ title, body })).topics[0]).toBe(topic);
  });

  it('finds no topic in text that says nothing', () => {
    expect(tagger.enrich(item({ title: 'Untitled', body: ['Lorem ipsum.'] })).topics).toEqual([]);
  });
});

describe('entities', () => {
  it('resolves aliases and surnames to one canonical name each', () => {
    const out = tagger.enrich(
      item({
        title: 'Putin says talks with the U.S. can resume',
        body: [
          'Russian President Vladimir Putin said on Friday that talks with the United States could resume.',
          'Putin spoke after a call with officials in Kiev, Washington and the UK. "The US knows our terms," Putin said.',
          'Maria Kovalenko, an analyst, said the USA had not replied. Kovalenko added that Britain would follow.',
        ],
      }),
    );
    const names = allNames(out);
    expect(out.entities.people).toEqual(['Vladimir Putin', 'Maria Kovalenko']);
    expect(names).toContain('United States');
    expect(names).toContain('Kyiv');
    expect(names).toContain('United Kingdom');
    expect(names).not.toContain('Putin');
    expect(names).not.toContain('Kiev');
    // No entity twice, whatever the spelling in the text.
    expect(new Set(names.map(slugify)).size).toBe(names.length);
  });

  it('leaves out names found only in the byline, the caption and related links', () => {
    const out = tagger.enrich(
      item({
        title: 'Harbour wall repairs to start in spring',
        byline: 'Gwen Talbot',
        image: { url: null, caption: 'Engineer Rhys Morgan inspects the wall', credit: 'Owen Price' },
        related: ['Lisbon ferry strike ends'],
        body: ['Repairs to the harbour wall at Porthcawl will begin in March, Bridgend Council said.'],
      }),
    );
    const names = allNames(out);
    expect(names).toEqual(expect.arrayContaining(['Porthcawl', 'Bridgend Council']));
    for (const n of ['Gwen Talbot', 'Rhys Morgan', 'Owen Price', 'Lisbon']) expect(names).not.toContain(n);
  });

  it('skips sentence openers, weekdays, nationalities, events and streets', () => {
    const out = tagger.enrich(
      item({
        title: 'Road closed for marathon',
        body: [
          'Residents of Dunmore were warned on Monday that Castle Street would close for the Dunmore Marathon.',
          'Organisers said British and Irish runners had signed up. Storm Edna is expected on Sunday.',
        ],
      }),
    );
    expect(allNames(out)).toEqual(['Dunmore']);
  });

  it('takes no month, weekday or time zone for a name, in the languages the calendar covers', () => {
    const out = tagger.enrich(
      item({
        title: 'Nowy most w Kelbach',
        language: 'pl',
        body: [
          'Wrzesień przyniósł decyzję: most w Kelbach zostanie otwarty. Środa będzie dniem otwarcia.',
          'Burmistrz Kelbach potwierdził termin. Transmisja od 10:00 MESZ.',
        ],
      }),
    );
    const names = allNames(out);
    for (const n of ['Wrzesień', 'Środa', 'MESZ']) expect(names).not.toContain(n);
  });

  it('merges a bracketed acronym into the name it stands for', () => {
    const out = tagger.enrich(
      item({
        title: 'Regulator fines water company',
        body: [
          'The Office of Water Services (OWS) fined Clearbrook Water £2m on Tuesday.',
          'OWS said the company had failed to report leaks. Clearbrook said it would appeal.',
        ],
      }),
    );
    expect(out.entities.organisations).toEqual(['Office of Water Services', 'Clearbrook Water']);
  });
});

describe('entities from general resources', () => {
  it('knows country names in other languages and cities from the place list', () => {
    const out = tagger.enrich(
      item({
        title: 'Handelsgespräche zwischen Deutschland und Brasilien',
        body: [
          'Die Delegation aus Deutschland reiste am Montag nach Curitiba, wo die Gespräche mit Brasilien fortgesetzt werden.',
          'Vertreter aus Frankreich nahmen als Beobachter teil.',
        ],
      }),
    );
    // Named as the article names them: the reader sees "Deutschland", not "Germany".
    expect(out.entities.places).toEqual(
      expect.arrayContaining(['Deutschland', 'Brasilien', 'Frankreich', 'Curitiba']),
    );
  });

  it('tells a Russian person by the surname’s ending, in any case', () => {
    const out = tagger.enrich(
      item({
        title: 'В Омске открыли новую библиотеку',
        body: [
          'Новую библиотеку в Омске открыла директор Ольга Зорина.',
          'По словам Ольги Зориной, фонд библиотеки составит двадцать тысяч книг.',
        ],
      }),
    );
    expect(out.entities.people).toEqual(['Ольга Зорина']);
  });
});

describe('taxonomy file', () => {
  it('uses the operator’s taxonomy.yaml from the sources folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fw-taxonomy-'));
    made.push(dir);
    await writeFile(
      path.join(dir, 'taxonomy.yaml'),
      'weights: { vocabulary: 0 }\ntopics:\n  lifestyle-and-leisure:\n    keywords: [allotment*, marrow*]\n',
    );
    const own = await loadTagger(dir);
    const out = own.enrich(
      item({ title: 'Giant marrows win prizes at allotment show', body: ['Judges were impressed.'] }),
    );
    expect(out.topics).toEqual(['lifestyle-and-leisure']);
  });

  it('rejects a bad taxonomy with the file and the key in the message', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fw-taxonomy-'));
    made.push(dir);
    const file = path.join(dir, 'taxonomy.yaml');
    await writeFile(file, 'topics:\n  sport:\n    keywords: football\n');
    await expect(loadTagger(dir)).rejects.toThrow(ConfigError);
    await expect(loadTagger(dir)).rejects.toThrow(`${file}: invalid taxonomy at topics.sport.keywords`);
    await writeFile(file, 'topics:\n  gardening:\n    keywords: [roses]\n');
    await expect(loadTagger(dir)).rejects.toThrow(/topics\.gardening/);
    await writeFile(file, 'topics: [unclosed\n');
    await expect(loadTagger(dir)).rejects.toThrow(/not valid YAML/);
  });

  it('ships a valid default covering all 17 IPTC topics', async () => {
    const taxonomy = parseTaxonomy(await readFile(BUNDLED_TAXONOMY, 'utf8'), BUNDLED_TAXONOMY);
    expect(Object.keys(taxonomy.topics).sort()).toEqual(Object.keys(IPTC_TOPICS).sort());
  });
});

describe('tags', () => {
  it('labels IPTC topics readably with the topic slug, and entities by name', () => {
    const tags = tagsFor(
      item({
        section: 'Money',
        topics: ['economy-business-and-finance'],
        entities: { people: ['Claire Beaulieu'], places: [], organisations: [] },
      }),
      { defaultSection: null, sourceTags: [] },
    );
    expect(tags).toEqual([
      { label: 'Money', slug: 'money', kind: 'section' },
      { label: 'Economy, business and finance', slug: 'economy-business-and-finance', kind: 'topic' },
      { label: 'Claire Beaulieu', slug: 'claire-beaulieu', kind: 'entity' },
    ]);
    for (const [slug, label] of Object.entries(IPTC_TOPICS)) expect(slugify(label)).toBe(slug);
  });
});
