import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Leftovers of the held-out text rounds, in invented text: the story's own results table under its
 * last paragraph; a related list under a most-read list, headed in words no list knows.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe("the story's own table under its last paragraph", () => {
  const STORY = [
    'Harbour Rovers reached the county hockey final on Saturday, beating Millbrook Athletic by three goals to one at Ferris Park.',
    'Athletic led through an early penalty corner from captain Tessa Morgan before Rovers hit back twice before the interval.',
    'Forward Leah Quinn scored both of those goals and set up the third for Priya Dalton with ten minutes left.',
    'Rovers will face Eastfield in the final at the same ground in a fortnight.',
  ];
  const TABLE = [
    'RESULT',
    'Harbour Rovers 3 (Leah Quinn 2, Priya Dalton)',
    'Millbrook Athletic 1 (Tessa Morgan)',
  ];
  it('keeps the table as the story, and the list after it as related titles', () => {
    const item = dump([
      'COUNTY HERALD',
      'Hockey',
      'Quinn double sends Harbour Rovers into county final',
      'By Owen Price',
      ...STORY,
      ...TABLE,
      'MORE HOCKEY',
      'Eastfield name young squad for the county final',
      'Cup holders knocked out by second division side',
      'Leave a comment',
    ]);
    expect(item.body).toEqual([...STORY, ...TABLE]);
    expect(item.related).toEqual([
      'Eastfield name young squad for the county final',
      'Cup holders knocked out by second division side',
    ]);
  });
  it("leaves out a timeline's stamped entries, a widget's", () => {
    const item = dump([
      'COUNTY HERALD',
      'Hockey',
      'Quinn double sends Harbour Rovers into county final',
      'By Owen Price',
      ...STORY,
      'Match events',
      "12' Goal Millbrook Athletic: Tessa Morgan",
      "31' Goal Harbour Rovers: Leah Quinn",
      "60' Goal Harbour Rovers: Priya Dalton",
      'Leave a comment',
    ]);
    expect(item.body).toEqual(STORY);
  });
  it('still drops a list of other stories with figures in their titles', () => {
    const item = dump([
      'COUNTY HERALD',
      'Hockey',
      'Quinn double sends Harbour Rovers into county final',
      'By Owen Price',
      ...STORY,
      'Popular',
      'Bus fares rise by 12 per cent from January',
      'Man, 41, charged after shop break-in on High Street',
      'Leave a comment',
    ]);
    expect(item.body).toEqual(STORY);
  });
});

describe('a related list under a most-read list', () => {
  const STORY = [
    'La municipalidad cerró el mercado central durante la mañana del viernes por una fuga de gas en uno de los locales de comida.',
    'Los bomberos evacuaron a unas doscientas personas y revisaron las tuberías del edificio antes de permitir el regreso de los comerciantes.',
    'Según la institución, nadie resultó herido y el mercado volverá a abrir el sábado a las seis de la mañana.',
  ];
  it('takes the titles under the second header, in words no list knows, as related', () => {
    const item = dump([
      'Noticias del Valle',
      'Sucesos',
      'Fuga de gas obliga a cerrar el mercado central durante cuatro horas',
      'Por Laura Méndez',
      ...STORY,
      'Lo más visto',
      '1. Resultados del sorteo navideño de este domingo',
      '2. Conductor herido tras choque en la avenida principal',
      'Tal vez quiera ver',
      'Nuevo horario de buses entre el centro y el hospital regional',
      'Vecinos piden más alumbrado en el parque de la colonia norte',
      'Deje su comentario. Los comentarios ofensivos serán eliminados.',
    ]);
    expect(item.body).toEqual(STORY);
    expect(item.related).toEqual([
      'Nuevo horario de buses entre el centro y el hospital regional',
      'Vecinos piden más alumbrado en el parque de la colonia norte',
    ]);
  });
});
