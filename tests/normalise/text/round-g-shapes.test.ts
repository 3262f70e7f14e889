import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Shapes of round G, in invented text: a masthead's slogan over the day's date and the menu, with
 * the story's desk and agency where its byline would stand; a teaser box in the text whose titles
 * open with guillemet arrows under a header in words no list knows.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const MASTHEAD = [
  'IL CORRIERE DEL LAGO',
  'Quotidiano comasco di informazione',
  'Como, sabato 5 dicembre 2026',
  'Home',
  'Cronaca',
  'Politica',
  'Economia',
  'Sport',
  'Cultura',
];

const PROSE = [
  'La funivia che collega il lungolago con il borgo di Brunate resterà chiusa dal 11 al 31 gennaio per la sostituzione delle funi, ha comunicato ieri la società che la gestisce.',
  'Il direttore dell’esercizio ha spiegato che le funi installate nel 2012 hanno raggiunto le ore di servizio indicate dal costruttore.',
  'Durante la chiusura un servizio di autobus sostitutivi partirà ogni venti minuti da piazza Cavour con la stessa tariffa.',
  'I commercianti del borgo chiedono che il servizio serale sia mantenuto anche nei fine settimana di gennaio.',
];

describe("a masthead's slogan over the day's date and the menu", () => {
  it('is no headline when the story names its desk and agency where a byline stands', () => {
    const item = dump([
      ...MASTHEAD,
      'Economia',
      'Funivia di Brunate chiusa tre settimane per il cambio delle funi',
      'Autobus sostitutivi ogni venti minuti da piazza Cavour per tutto il mese',
      'Redazione Centrale / NordPress',
      '05/12/2026 - 08:15 (GMT+1)',
      ...PROSE,
    ]);
    expect(item.title).toBe('Funivia di Brunate chiusa tre settimane per il cambio delle funi');
    expect(item.section).toBe('Economia');
    expect(item.summary).toBe('Autobus sostitutivi ogni venti minuti da piazza Cavour per tutto il mese');
    expect(item.published).toBe('2026-12-05T08:15:00+01:00');
  });
});

describe('a teaser box whose titles open with guillemet arrows', () => {
  it('is the related list, in whatever words its header is written', () => {
    const item = dump([
      'Economia',
      'Funivia di Brunate chiusa tre settimane per il cambio delle funi',
      'Di Anna Ferri',
      '5 dicembre 2026, 08:15',
      ...PROSE.slice(0, 2),
      'DAL TERRITORIO',
      '» Tassisti di Cantù annunciano uno sciopero di ventiquattro ore',
      '» Il comune di Erba mette a gara il restauro del mercato coperto',
      ...PROSE.slice(2),
    ]);
    expect(item.related).toEqual([
      'Tassisti di Cantù annunciano uno sciopero di ventiquattro ore',
      'Il comune di Erba mette a gara il restauro del mercato coperto',
    ]);
    expect(item.body).toEqual(PROSE);
  });
});
