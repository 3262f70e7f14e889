import { describe, expect, it } from 'vitest';
import { FingerprintMemo, compareFingerprints, fingerprint } from '../../src/dedup/index.js';
import { applyItems } from '../../src/pipeline/apply.js';
import type { NormalisedItem } from '../../src/model/item.js';
import { MemoryTx } from './fake-store.js';
import { item } from './stories.js';

/**
 * Invented items (Spanish): a civil-protection office's daily river-level bulletin (one template,
 * new figures each morning), a paper's flood story that cites the first bulletin's figures in its
 * own words beside its own event, and a town site carrying the bulletin word for word.
 */
const NOW = '2026-03-15T22:00:00.000Z';

async function ingest(
  tx: MemoryTx,
  memo: FingerprintMemo,
  source: string,
  items: NormalisedItem[],
): Promise<void> {
  for (const it of items)
    await applyItems(tx, [it], { sourceKey: source, source: null, fetchedAt: NOW }, NOW, memo);
}

const bulletin = (day: number, level: number, change: number) =>
  item({
    guid: `pc-${day}`,
    url: null,
    language: 'es',
    title: `Nivel del río Tordera en Can Serra: boletín del ${day} de marzo`,
    published: `2026-03-${day}T07:30:00Z`,
    body: [
      `Según los datos de las 08:00 del ${day} de marzo, el nivel del río Tordera en la estación de aforo de Can Serra fue de ${level} cm (variación en veinticuatro horas: +${change} cm). La cota de alerta es de 380 cm. Protección Civil pide a los vecinos de las poblaciones ribereñas extremar la precaución.`,
    ],
  });

const story = item({
  guid: 'dv-20331',
  url: null,
  language: 'es',
  title: 'El Tordera se desborda en Sant Feliu de Baix: 90 familias evacuadas',
  published: '2026-03-14T10:10:00Z',
  body: [
    'El río Tordera se ha desbordado este sábado a su paso por Sant Feliu de Baix y los bomberos han evacuado a 90 familias de sus casas, según ha informado Protección Civil.',
    'De acuerdo con la estación de aforo de Can Serra, el nivel del río subió 65 centímetros en veinticuatro horas y alcanzó 412 centímetros, por encima de la cota de alerta de 380.',
    'Los evacuados pasan la noche en el pabellón municipal. La alcaldesa, Núria Ferrer, ha pedido ayuda a la Generalitat y ha cerrado la carretera de Hostalric.',
  ],
});

describe('a report citing a templated notice', () => {
  it('shares the notice’s wording and figures', () => {
    expect(compareFingerprints(fingerprint(story), fingerprint(bulletin(14, 412, 65))).same).toBe(true);
  });

  it('stays apart from the notice once the notice’s source has filled the template anew', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    await ingest(tx, memo, 'proteccion', [bulletin(14, 412, 65), bulletin(15, 448, 36)]);
    await ingest(tx, memo, 'diario', [story]);
    expect(tx.items()).toHaveLength(3);
  });

  it('stays apart arriving before the notice too', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    await ingest(tx, memo, 'diario', [story]);
    await ingest(tx, memo, 'proteccion', [bulletin(15, 448, 36), bulletin(14, 412, 65)]);
    expect(tx.items()).toHaveLength(3);
  });

  it('still merges another site carrying the notice word for word', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    const notice = bulletin(14, 412, 65);
    await ingest(tx, memo, 'proteccion', [notice, bulletin(15, 448, 36)]);
    const copy = {
      ...notice,
      guid: 'web-88',
      title: 'Boletín del Tordera',
      body: ['Reproducimos el boletín de esta mañana.', ...notice.body],
    };
    await ingest(tx, memo, 'ayuntamiento', [copy]);
    expect(tx.items()).toHaveLength(2);
  });
});
