import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  compareFingerprints,
  fingerprint,
  minhash,
  repeatedParagraphs,
  BANDS,
} from '../../src/dedup/index.js';
import { containment } from '../../src/dedup/near-duplicate.js';
import { ferryInquiry, ferryPaper, ferryWire, forecast, item, matchReport } from './stories.js';

const compare = (a: Parameters<typeof fingerprint>[0], b: Parameters<typeof fingerprint>[0]) =>
  compareFingerprints(fingerprint(a), fingerprint(b));

const sharedBands = (a: Parameters<typeof fingerprint>[0], b: Parameters<typeof fingerprint>[0]): number => {
  const ka = new Set(bandKeys(minhash(fingerprint(a).words)));
  return bandKeys(minhash(fingerprint(b).words)).filter((k) => ka.has(k)).length;
};

describe('near-duplicate detection', () => {
  it('recognises one story rewritten by another outlet', () => {
    const v = compare(ferryWire, ferryPaper);
    expect(v.same).toBe(true);
    expect(['near-duplicate', 'shared passage']).toContain(v.reason);
  });

  it('recognises a copy by the passage it carries, under a local intro and with its ending trimmed', () => {
    const copy = item({
      title: 'Harbour Times readers watched the Gull Maid come ashore',
      published: '2026-05-04T13:00:00Z',
      body: [
        'Dozens of people gathered on the sea wall at Penhallow to watch the rescue, and the harbour café stayed open late to serve tea to the crews.',
        'Parish councillor Ada Quill said the village had not seen so many lifeboats at once since a storm in 1989.',
        ...ferryWire.body.slice(0, 2),
      ],
    });
    expect(compare(ferryWire, copy)).toMatchObject({ same: true, reason: 'shared passage' });
  });

  it('recognises a two-sentence radio version of a longer report', () => {
    const radio = item({
      title: 'Ferry aground off Brackwater',
      published: '2026-05-04T10:00:00Z',
      body: [
        'Lifeboat crews have taken 212 passengers off the ferry Gull Maid after it ran aground on a sandbank off Brackwater Point. Nobody was hurt, and Skerry Lines has cancelled its sailings for the day.',
      ],
    });
    expect(compare(ferryWire, radio).same).toBe(true);
    expect(compare(ferryInquiry, radio).same).toBe(false);
  });

  it('recognises a German regional rewrite (nouns capitalised, inflected differently)', () => {
    const wire = item({
      title: 'Hochwasser: Brücke in Talheim gesperrt',
      language: 'de',
      published: '2026-02-10T08:00:00Z',
      body: [
        'Wegen des Hochwassers der Ilmbach ist die Steinbrücke in Talheim seit Montagmorgen für den gesamten Verkehr gesperrt. Der Pegel stieg in der Nacht auf 3,40 Meter, teilte die Stadtverwaltung mit.',
        'Umleitungen über die Bundesstraße 27 sind ausgeschildert. Die Feuerwehr sicherte Keller in der Uferstraße mit Sandsäcken.',
      ],
    });
    const paper = item({
      title: 'Steinbrücke dicht: Ilmbach-Pegel bei 3,40 Metern',
      language: 'de',
      published: '2026-02-10T11:00:00Z',
      body: [
        'Die Steinbrücke in Talheim ist seit Montagmorgen gesperrt, weil die Ilmbach Hochwasser führt. In der Nacht erreichte der Pegel 3,40 Meter, so die Stadtverwaltung.',
        'Der Verkehr wird über die Bundesstraße 27 umgeleitet. In der Uferstraße legte die Feuerwehr Sandsäcke vor die Keller.',
      ],
    });
    expect(compare(wire, paper).same).toBe(true);
  });

  it('keeps apart two notices written from one template (the names and dates that fill it differ)', () => {
    const notice = (name: string, children: string, home: string) =>
      item({
        title: `Acknowledgement: ${name}`,
        body: [
          `The family of the late ${name} wish to thank most sincerely all who sympathised with them in their recent sad loss, those who sent cards and flowers and all who attended the funeral.`,
          `Special thanks to ${children} and to the staff of ${home} for their kindness and care. The anniversary Mass will be offered for the intentions of the family.`,
        ],
      });
    const a = notice('Agnes Tolland', 'Doctor Imrie', 'Larchfield House');
    const b = notice('Walter Brisco', 'Nurse Pennock', 'Saint Osyth Hospice');
    expect(compare(a, b)).toMatchObject({ same: false, reason: 'specifics differ' });
    expect(compare(a, { ...a, title: 'Acknowledgement: TOLLAND, Agnes' }).same).toBe(true);
  });

  it('keeps apart another event with the same people and places', () => {
    const v = compare(ferryWire, ferryInquiry);
    expect(v.same).toBe(false);
    expect(compare(ferryPaper, ferryInquiry).same).toBe(false);
  });

  it('keeps apart a templated forecast for another day', () => {
    const monday = forecast('Monday', '4 May', 14, 6, '2026-05-03T18:00:00Z');
    const tuesday = forecast('Tuesday', '5 May', 16, 8, '2026-05-04T18:00:00Z');
    expect(compare(monday, tuesday).same).toBe(false);
    // The same forecast republished by a paper is one story.
    const reprint = {
      ...tuesday,
      guid: 'p-1',
      url: 'https://paper.example/wx/5-may',
      title: `Your weather for Tuesday 5 May`,
    };
    expect(compare(tuesday, reprint).same).toBe(true);
  });

  it('keeps apart two matches between the same teams (scores, dates and crowds differ)', () => {
    const league = matchReport(
      'm1',
      'Saturday 2 May 2026',
      '2-1',
      'Quinn scored on 20 and 71 minutes; Ennis replied on 88.',
      '3,120',
      '2026-05-02T17:00:00Z',
    );
    const cup = matchReport(
      'c1',
      'Wednesday 6 May 2026',
      '0-3',
      'Frost scored twice and Gale added a third late on.',
      '1,874',
      '2026-05-06T21:30:00Z',
    );
    expect(compare(league, cup).same).toBe(false);
    expect(['numbers differ', 'specifics differ']).toContain(compare(league, cup).reason);
  });

  it('needs enough words to call anything a near-duplicate', () => {
    const a = item({ title: 'Road closed', body: ['The high street is closed today.'] });
    const b = item({ title: 'Road closed', body: ['The high street is closed today for works.'] });
    expect(compare(a, b)).toMatchObject({ same: false, reason: 'too short' });
  });

  it('counts the figures of a results item, so one draw from two outlets is one item and two draws are two', () => {
    const draw = (title: string, numbers: string) =>
      item({
        title,
        published: '2026-05-09T21:00:00Z',
        body: [`Draw 2291: ${numbers}. Bonus 17. Jackpot 4,100,000.`],
      });
    const paper = draw('Saturday results', '3, 12, 25, 31, 44, 48');
    const operator = draw('The winning numbers', '3, 12, 25, 31, 44, 48');
    const misprint = draw('Saturday results', '6, 9, 22, 30, 41, 47');
    expect(compare(paper, operator)).toMatchObject({ same: true });
    expect(compare(paper, misprint).same).toBe(false);
    // A few small numbers in a short text are no such evidence.
    const desk = (n: number) =>
      item({ title: `Desk ${n} story 1`, body: [`Short report 1 from desk ${n}.`] });
    expect(compare(desk(2), desk(3))).toMatchObject({ same: false, reason: 'too short' });
  });

  it('puts near-duplicates in a shared LSH band and unrelated stories in none', () => {
    expect(sharedBands(ferryWire, ferryPaper)).toBeGreaterThan(0);
    const unrelated = forecast('Friday', '8 May', 12, 5, '2026-05-07T18:00:00Z');
    expect(sharedBands(ferryWire, unrelated)).toBe(0);
    expect(bandKeys(minhash(fingerprint(ferryWire).words))).toHaveLength(BANDS);
    expect(bandKeys(minhash(fingerprint(ferryWire).words))[0]).toMatch(/^lsh:0:[0-9a-f]{16}$/);
  });

  it('treats paragraphs repeated across one document as boilerplate', () => {
    const about = 'About Skerry Lines: Skerry Lines runs ferries to nine islands and employs 400 people.';
    const a = item({ body: ['Skerry Lines adds a winter timetable.', about] });
    const b = item({ body: ['Skerry Lines appoints a new chief engineer.', about] });
    const furniture = repeatedParagraphs([a, b]);
    expect(furniture.size).toBe(1);
    expect(fingerprint(a, furniture).numbers).toHaveLength(0);
    expect(fingerprint(a).numbers).toHaveLength(1);
  });

  it("takes a radio brief in its own words for the report when every name and figure it states is the report's", () => {
    const report = item({
      title: 'Quarry road closed for nine weeks after lorry crash damages culvert',
      published: '2026-08-11T09:00:00Z',
      body: [
        'The road past Brennock quarry will be closed for nine weeks from Monday 17 August after a lorry crash damaged the culvert beneath it, the county highways team said.',
        'About 4,300 vehicles use the road each day. A signed diversion through Tallow Cross adds 11 miles to the journey.',
        'The quarry company said deliveries to its customers would continue by the longer route.',
      ],
    });
    const radio = item({
      title: 'Brennock detour',
      published: '2026-08-11T12:00:00Z',
      body: [
        'Motorists bound for Brennock quarry must detour via Tallow Cross from Monday 17 August while crews rebuild the culvert a lorry smashed.',
      ],
    });
    expect(compare(report, radio).same).toBe(true);
    // The same kind of brief naming another place is another story.
    const other = item({ ...radio, body: [radio.body[0]!.replace('Tallow Cross', 'Penrose Lane')] });
    expect(compare(report, other).same).toBe(false);
  });

  it('takes a rewrite that keeps five figures for the report, though its own nouns are capitalised', () => {
    const agency = item({
      title: 'Hallenbad Kelbach schließt für 20 Monate',
      language: 'de',
      published: '2026-03-02T08:00:00Z',
      body: [
        'Das Hallenbad in Kelbach wird ab dem 1. Juni für voraussichtlich 20 Monate geschlossen. Das Dach des 1972 gebauten Bades muss erneuert werden, teilte die Stadt am Montag mit.',
        'Die Sanierung kostet nach Schätzung der Verwaltung 7,8 Millionen Euro. Jährlich kommen rund 96.000 Besucher in das Bad.',
        'Schulen und Vereine sollen in dieser Zeit auf Bäder in den Nachbarorten ausweichen.',
      ],
    });
    const rewrite = item({
      title: 'Kelbacher Bad macht dicht: Schwimmer müssen ausweichen',
      language: 'de',
      published: '2026-03-02T15:00:00Z',
      body: [
        'Kelbach. Für Schwimmer in Kelbach beginnt eine lange Durststrecke: Ab 1. Juni bleibt das Hallenbad zu, und zwar gut 20 Monate lang.',
        'Das Bad aus dem Jahr 1972 braucht ein neues Dach. Die Stadtverwaltung rechnet mit Baukosten von 7,8 Millionen Euro. Zuletzt zählte das Bad etwa 96.000 Gäste im Jahr.',
        'Für den Schwimmunterricht der Grundschulen sucht die Stadt nach Lösungen.',
      ],
    });
    expect(compare(agency, rewrite).same).toBe(true);
  });

  it('finds the parts a German rewrite shares inside other compounds', () => {
    const a = fingerprint(
      item({ title: 'Talbrücke', language: 'de', body: ['Die Talbrücke bei Horn wird gesperrt.'] }),
    );
    const b = fingerprint(
      item({ title: 'Brücke', language: 'de', body: ['Die Brücke bei Horn ist ab Montag zu.'] }),
    );
    expect(containment(a.pieces, b.pieces)).toBeGreaterThan(containment(a.words, b.words));
  });
});
