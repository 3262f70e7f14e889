import { describe, expect, it } from 'vitest';
import { FingerprintMemo, compareFingerprints, fingerprint } from '../../src/dedup/index.js';
import { applyItems } from '../../src/pipeline/apply.js';
import type { NormalisedItem } from '../../src/model/item.js';
import { MemoryTx } from './fake-store.js';
import { item } from './stories.js';

/**
 * Invented items: numbered bulletins of one series, a utility's daily notices from one outlet
 * (one template, another district each day), in a script with capitals and in one without, and two
 * outlets' reports of one council decision stating no figure in a script without capitals.
 */
const NOW = '2026-09-10T22:00:00.000Z';

async function ingest(tx: MemoryTx, source: string, items: NormalisedItem[]): Promise<string[][]> {
  const memo = new FingerprintMemo();
  for (const it of items)
    await applyItems(tx, [it], { sourceKey: source, source: null, fetchedAt: NOW }, NOW, memo);
  return tx.items().map((s) => s.origins.map((o) => `${o.source}#${o.guid}`));
}

/** A river authority's flood bulletin (Polish): "nr" with no dot, the issue number only in the title. */
const bulletin = (n: number, asOf: string, next: string, published: string) =>
  item({
    guid: `kh-${n}`,
    url: null,
    language: 'pl',
    title: `Komunikat hydrologiczny nr ${n}: fala wezbraniowa na rzece Mirawie`,
    published,
    body: [
      `Według stanu na godzinę ${asOf} kulminacja fali wezbraniowej znajduje się w rejonie Starego Brodu, 48 km powyżej zapory w Zalesiu Dolnym. Poziom wody rośnie o 12 cm na godzinę.`,
      `Ostrzeżenie trzeciego stopnia obowiązuje w powiatach nadrzecznych. Kolejny komunikat o godzinie ${next}.`,
    ],
  });

describe('a numbered series', () => {
  const nr4 = bulletin(4, '06:00', '12:00', '2026-09-10T06:30:00Z');
  const nr5 = bulletin(5, '12:00', '18:00', '2026-09-10T12:30:00Z');

  it('keeps each issue apart when its headline counts up and its body never states the number', () => {
    expect(compareFingerprints(fingerprint(nr4), fingerprint(nr5))).toMatchObject({
      same: false,
      reason: 'another issue',
    });
  });

  it('is no series when the headline’s number is a figure the body states (an update’s toll)', () => {
    const toll = (guid: string, n: number, published: string) =>
      item({
        guid,
        url: null,
        title: `Kessford coach crash: death toll rises to ${n}`,
        published,
        body: [
          `The number of people killed when a coach left the road near Kessford on Tuesday has risen to ${n}, police said. The coach was carrying 41 passengers from Arlby to the coast.`,
          'Eleven people remain in hospital in Tarnbridge. The driver was among the injured.',
        ],
      });
    const verdict = compareFingerprints(
      fingerprint(toll('t1', 12, '2026-09-08T10:00:00Z')),
      fingerprint(toll('t2', 14, '2026-09-08T16:00:00Z')),
    );
    expect(verdict.reason).not.toBe('another issue');
  });
});

/**
 * A water company's notice (Portuguese) as one outlet runs it each day: the district is the one slot
 * of many (the company, hours, phone, contacts) filled differently, too few to tell a template alone.
 */
const waterNotice = (guid: string, district: string, published: string) =>
  item({
    guid,
    url: null,
    language: 'pt',
    title: `Corte de água hoje em ${district}`,
    published,
    body: [
      `A Águas do Serrado informa que o abastecimento será interrompido hoje em ${district}, das 8h30 às 14h30, para obras na Estação Elevatória Norte. A Companhia Municipal de Obras e a Defesa Civil acompanham o serviço. Informações pelo telefone 0800 710 2020, no site da Águas do Serrado ou na Ouvidoria Regional.`,
      'O engenheiro Rui Tavares, da Águas do Serrado, pede que os moradores guardem água. Caminhões-pipa ficarão na Praça da Matriz e na Avenida Central até as 15h.',
    ],
  });

/** A power company's notice (Hebrew: no capitals), another neighbourhood each day. */
const powerNotice = (guid: string, area: string, published: string) =>
  item({
    guid,
    url: null,
    language: 'he',
    title: `חברת החשמל: הפסקת חשמל מתוכננת היום ב${area}`,
    published,
    body: [`לפי הודעת חברת החשמל תופסק אספקת החשמל היום ב${area} בין השעות 9 ל־13 בשל עבודות תחזוקה ברשת.`],
  });

describe('one source’s template filled anew', () => {
  it('is the next notice when a slot holds another name (another district the next day)', async () => {
    const tx = new MemoryTx();
    const groups = await ingest(tx, 'radio', [
      waterNotice('an-1', 'Vila Sarandi', '2026-09-09T07:00:00Z'),
      waterNotice('an-2', 'Jardim Acácias', '2026-09-10T07:00:00Z'),
    ]);
    expect(groups).toHaveLength(2);
  });

  it('is the next notice where the script marks no names: another word in the same place', async () => {
    const tx = new MemoryTx();
    const groups = await ingest(tx, 'ticker', [
      powerNotice('tk-1', 'שכונת גבעת הדקלים', '2026-09-09T05:00:00Z'),
      powerNotice('tk-2', 'שכונת נווה ארזים', '2026-09-10T05:00:00Z'),
    ]);
    expect(groups).toHaveLength(2);
  });

  it('still merges another source carrying the same notice word for word', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    const notice = powerNotice('tk-1', 'שכונת גבעת הדקלים', '2026-09-09T05:00:00Z');
    const copy = { ...notice, guid: 'web-77', published: '2026-09-09T06:10:00Z' };
    await applyItems(tx, [notice], { sourceKey: 'ticker', source: null, fetchedAt: NOW }, NOW, memo);
    await applyItems(tx, [copy], { sourceKey: 'site', source: null, fetchedAt: NOW }, NOW, memo);
    expect(tx.items()).toHaveLength(1);
  });
});

/** An agency's report (Italian) and its own later version: the same wording, one count revised. */
const landslide = (guid: string, injured: number, published: string) =>
  item({
    guid,
    url: null,
    language: 'it',
    title: `Frana sulla provinciale per Valdorsa, ${injured} feriti`,
    published,
    body: [
      `Una frana ha travolto alle 6.40 due auto e un furgone sulla strada provinciale 214 tra Valdorsa e Pieve Alta. I feriti sono ${injured}, tre dei quali gravi, secondo la Protezione civile.`,
      'Circa 3.500 metri cubi di terra e roccia coprono la carreggiata per 120 metri. Il sindaco Marta Bellini ha chiuso la scuola elementare di Pieve Alta fino a lunedì.',
    ],
  });

describe('an update that revises a figure in the source’s own wording', () => {
  it('stays the same story: it keeps the telling figures and every name', async () => {
    const tx = new MemoryTx();
    const groups = await ingest(tx, 'agenzia', [
      landslide('ag-1', 7, '2026-09-10T07:30:00Z'),
      landslide('ag-2', 11, '2026-09-10T11:05:00Z'),
    ]);
    expect(groups).toHaveLength(1);
  });
});

describe('two reports that state no figure and no name a script could mark', () => {
  const paper = item({
    guid: 'ym-5512',
    url: null,
    language: 'he',
    title: 'מועצת העירייה אישרה לקרוא לרחוב הנחל על שם המשוררת',
    published: '2026-09-03T19:30:00Z',
    body: [
      'מועצת העירייה אישרה פה אחד ביום חמישי את ההצעה לקרוא לרחוב הנחל על שם המשוררת המקומית.',
      'ראש העירייה אמר כי ההחלטה נועדה לציין את יום השנה להולדתה. שלטים חדשים יוצבו ברחוב עד סוף החורף.',
    ],
  });
  const agency = item({
    guid: 'sd-318',
    url: null,
    language: 'he',
    title: 'רחוב הנחל ייקרא על שם המשוררת המקומית',
    published: '2026-09-03T16:40:00Z',
    body: [
      'פה אחד אישרה מועצת העירייה ביום חמישי את ההצעה: רחוב הנחל ייקרא על שם המשוררת המקומית, לציון יום השנה להולדתה.',
    ],
  });
  const otherDecision = item({
    guid: 'ym-5510',
    url: null,
    language: 'he',
    title: 'מועצת העירייה אישרה העלאה של תעריפי המים',
    published: '2026-09-03T19:10:00Z',
    body: [
      'מועצת העירייה אישרה ביום חמישי העלאה של תעריפי המים והביוב החל מתחילת השנה הבאה.',
      'חברי האופוזיציה יצאו מהישיבה במחאה. ראש העירייה אמר כי תאגיד המים צובר גירעון.',
    ],
  });

  it('are one story when their vocabulary agrees', () => {
    expect(compareFingerprints(fingerprint(paper), fingerprint(agency))).toMatchObject({ same: true });
  });

  it('stay apart from another decision of the same council', () => {
    expect(compareFingerprints(fingerprint(agency), fingerprint(otherDecision)).same).toBe(false);
  });
});
