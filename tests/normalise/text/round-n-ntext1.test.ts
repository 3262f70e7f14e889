import { describe, expect, it } from 'vitest';
import { datesIn, isDateLine } from '../../../src/normalise/text/dates.js';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { furnitureKind } from '../../../src/normalise/text/furniture.js';
import { namesInstitution } from '../../../src/normalise/text/lines.js';

/**
 * Shapes of round N, in invented text: a clock time with its hour symbol set apart by spaces, a
 * regional locale's zone names, an update line that states only a time, a player's prompt, a
 * correction-report link, "related" after its noun, and an institution's office signing a release.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('clock times and zones of regional locales', () => {
  it('reads a time with the hour symbol set apart by spaces ("9 h 30")', () => {
    expect(datesIn('Publié le 4 mars 2026 à 9 h 30 HNE')[0]?.instant).toBe('2026-03-04T09:30:00-05:00');
  });

  it("reads a zone name only a language's regional locale prints (Canadian French central time)", () => {
    expect(datesIn('Publié le 4 mars 2026 à 9 h 30 HNC')[0]?.instant).toBe('2026-03-04T09:30:00-06:00');
    expect(datesIn('Publicado el 3 de marzo de 2026, 10:15 COT')[0]?.instant).toBe(
      '2026-03-03T10:15:00-05:00',
    );
  });

  it('leaves a zone name two regional locales of the language read apart unread', () => {
    expect(datesIn('Posted on: 14 August 2026, 11:30 AM IST')[0]?.instant).toBeNull();
  });

  it('takes a date label and a time alone for a date line', () => {
    expect(isDateLine('Mis à jour à 14 h 02 HAR')).toBe(true);
    expect(isDateLine('Aktualisiert: 14:02 Uhr')).toBe(true);
    expect(isDateLine('Aktualisiert wurde die Liste um 14:02 Uhr von der Stadt')).toBe(false);
  });
});

describe('controls and lists', () => {
  it("drops a player's prompt to listen or watch live", () => {
    expect(furnitureKind('Escucha Radio Costa Norte en directo')).toBe('drop');
    expect(furnitureKind('Watch the council meeting live')).toBe('drop');
    expect(furnitureKind('Escucha a los vecinos, dice la alcaldesa.')).toBeNull();
  });

  it('drops a link to report an error', () => {
    expect(furnitureKind('Fehler melden')).toBe('drop');
    expect(furnitureKind('Segnala un errore')).toBe('drop');
    expect(furnitureKind('Report a typo')).toBe('drop');
  });

  it('takes "related" and a noun for a list heading, the adjective on either side', () => {
    expect(furnitureKind('Recetas relacionadas')).toBe('related');
    expect(furnitureKind('Video terkait')).toBe('related');
    expect(furnitureKind('Ähnliche Rezepte')).toBe('related');
    // A shop's related wares are no articles.
    expect(furnitureKind('Productos relacionados')).not.toBe('related');
  });

  it('reads a recipe site\'s "related recipes" list under the text as related links', () => {
    const item = dump([
      'Cocina Fácil',
      'Recetas',
      'El precio del tomate sube y esta salsa sale más barata que nunca',
      'Los mercados del sur venden el kilo a tres euros; un cocinero propone una salsa con la mitad de tomate',
      'Por Ana Ruiz',
      'La subida del tomate en los mercados del sur ha llevado a muchos cocineros a buscar salsas que usen menos fruta fresca.',
      'El chef Pablo Gil propone una receta con pimiento asado y la mitad del tomate de siempre, que según él gana en sabor.',
      'La salsa se conserva una semana en la nevera y se puede congelar en porciones pequeñas para el invierno.',
      'Recetas relacionadas',
      'Gazpacho sin pepino para niños',
      'Cómo pelar tomates en un minuto',
      '',
      '© 2026 Cocina Fácil',
    ]);
    expect(item.related).toEqual(['Gazpacho sin pepino para niños', 'Cómo pelar tomates en un minuto']);
    expect(item.body.some((p) => p.startsWith('Recetas'))).toBe(false);
  });
});

describe("an institution's office signing its release", () => {
  it('tells an office or body from a person', () => {
    expect(namesInstitution('Communications Office, Example Institute')).toBe(true);
    expect(namesInstitution('Ufficio Stampa della Provincia di Esempio')).toBe(true);
    expect(namesInstitution('Press Office of the Harbour Board')).toBe(true);
    expect(namesInstitution('Sigrid Aasen og Tor Myklebust')).toBe(false);
    expect(namesInstitution('Ana de la Cruz')).toBe(false);
  });

  const PROSE = [
    'Il consiglio provinciale ha approvato ieri il piano per la manutenzione delle strade di montagna, con una spesa di due milioni di euro.',
    'I lavori cominceranno in aprile e riguarderanno dodici tratti, dove le frane dell’inverno hanno danneggiato il manto stradale.',
    'Il presidente Marco Neri ha detto che le strade saranno riaperte prima dell’estate.',
  ];

  it('is neither the byline nor a caption under the date line', () => {
    const item = dump([
      'Comunicati stampa',
      'Strade di montagna, approvato il piano da due milioni',
      'Il consiglio provinciale finanzia dodici cantieri prima dell’estate',
      '12/03/2026 10:40 CET',
      'Ufficio Stampa della Provincia di Esempio',
      ...PROSE,
    ]);
    expect(item.byline).toBeNull();
    expect(item.image).toBeNull();
    expect(item.body).toEqual(PROSE);
  });

  it('is no byline behind an "issued by" label', () => {
    const item = dump([
      'Press releases',
      'Institute opens a new flood research station on the river delta',
      'The station will measure water levels and sediment every ten minutes',
      'Published: 3 March 2026, 10:00 GMT',
      'Issued by: Communications Office, Example Institute',
      'The Example Institute opened a flood research station on the river delta on Tuesday, the first of three planned along the coast.',
      'The station measures water levels and the sediment carried by the river every ten minutes and sends the readings to the institute.',
      'Its director, Dr Ann Lee, said the data would help towns downstream plan their defences for the next decade.',
    ]);
    expect(item.byline).toBeNull();
  });
});
