import { describe, expect, it } from 'vitest';
import { FingerprintMemo, compareFingerprints, fingerprint } from '../../src/dedup/index.js';
import { applyItems } from '../../src/pipeline/apply.js';
import type { NormalisedItem } from '../../src/model/item.js';
import { MemoryTx } from './fake-store.js';
import { item } from './stories.js';

/**
 * Invented items (Spanish): a court desk's templated notice, sent twice the same morning for two
 * towns. Only the headline keeps the template's wording word for word around the town; the body
 * words it a little differently each time ("el viernes", "el sábado"; "esta mañana", "por la
 * tarde"), so no body slot is filled differently where the other item has the same words around it.
 */
const NOW = '2026-03-12T22:00:00.000Z';

const notice = (guid: string, town: string, when: string, court: string, tail: string, published: string) =>
  item({
    guid,
    url: null,
    language: 'es',
    title: `Detenido un hombre de 40 años por el atraco a un furgón blindado en ${town}`,
    published,
    body: [
      `Un hombre de unos 40 años ha sido detenido por el atraco a un furgón blindado en ${town}, Valdeluna, ${when}. Está previsto que pase a disposición del Juzgado de ${town} ${court}.`,
      `La Guardia Civil mantiene abierta la investigación y pide colaboración ciudadana: ${tail}`,
    ],
  });

const inRivera = notice(
  'jd-5101',
  'Rivera del Tormo',
  'el viernes',
  'esta mañana',
  'busca imágenes de cámaras de vehículos que circularan por el polígono Las Eras entre las 14 y las 15 horas del viernes 6 de marzo.',
  '2026-03-12T07:30:00Z',
);
const inSotillo = notice(
  'jd-5102',
  'Sotillo de Arriba',
  'el sábado',
  'por la tarde',
  'busca testigos que estuvieran en la calle Mayor entre las 11 y las 12 horas del sábado 7 de marzo.',
  '2026-03-12T07:45:00Z',
);
/** A regional paper's copy of the first notice, its ending trimmed: the figures that differed are gone. */
const riveraCopy = item({
  guid: 'dv-88211',
  url: null,
  language: 'es',
  title: inRivera.title,
  published: '2026-03-12T08:20:00Z',
  body: [
    inRivera.body[0] ?? '',
    'La Guardia Civil mantiene abierta la investigación.',
    'Síguenos en nuestro canal para recibir las últimas noticias de la comarca.',
  ],
});

async function ingest(steps: [string, NormalisedItem][]): Promise<string[][]> {
  const tx = new MemoryTx();
  const memo = new FingerprintMemo();
  for (const [source, it] of steps)
    await applyItems(tx, [it], { sourceKey: source, source: null, fetchedAt: NOW }, NOW, memo);
  return tx
    .items()
    .map((s) => s.origins.map((o) => o.guid ?? '').sort())
    .sort();
}

describe('one template’s headline filled with another town', () => {
  it('keeps a trimmed copy of one notice apart from the notice for the other town', () => {
    expect(compareFingerprints(fingerprint(riveraCopy), fingerprint(inSotillo))).toMatchObject({
      same: false,
      reason: 'specifics differ',
    });
  });

  it('groups each notice with its own copy only', async () => {
    const groups = await ingest([
      ['desk', inRivera],
      ['desk', inSotillo],
      ['paper', riveraCopy],
    ]);
    expect(groups).toEqual([['dv-88211', 'jd-5101'], ['jd-5102']]);
  });
});
