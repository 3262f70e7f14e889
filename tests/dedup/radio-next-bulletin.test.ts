import { describe, expect, it } from 'vitest';
import { FingerprintMemo } from '../../src/dedup/index.js';
import { applyItems } from '../../src/pipeline/apply.js';
import type { NormalisedItem } from '../../src/model/item.js';
import { MemoryTx } from './fake-store.js';
import { item } from './stories.js';

/**
 * Invented items (Italian): an agency's report on a cable car stopped over a valley, a radio's
 * morning line of it, the same radio's afternoon line on the same event in other words, and that
 * radio's next story on the same subject (a new cabin ordered: its own figure and name).
 */
const NOW = '2026-02-11T22:00:00.000Z';

async function ingest(tx: MemoryTx, memo: FingerprintMemo, source: string, it: NormalisedItem) {
  await applyItems(tx, [it], { sourceKey: source, source: null, fetchedAt: NOW }, NOW, memo);
}

const report = item({
  guid: 'ans-4471',
  url: null,
  language: 'it',
  title: 'Funivia del Monte Corvo ferma per un guasto: 46 passeggeri evacuati con le corde',
  published: '2026-02-11T08:40:00Z',
  body: [
    'La funivia del Monte Corvo si è fermata questa mattina per un guasto all’argano principale mentre due cabine erano sospese sopra la Val Serena. I 46 passeggeri sono stati calati a terra con le corde dal Soccorso Alpino.',
    'Nessuno è rimasto ferito. La società Funivie Serena ha spiegato che il guasto è avvenuto alle 7.50 e che l’impianto resterà chiuso almeno per tre giorni per le verifiche dei tecnici.',
    'Il sindaco di Rocca Serena, Paolo Venturi, ha chiesto una relazione dettagliata sulla manutenzione.',
  ],
});

const morningLine = item({
  guid: 'rv-0211-0900-2',
  url: null,
  language: 'it',
  title: 'Funivia ferma sul Monte Corvo',
  published: '2026-02-11T09:00:00Z',
  body: [
    'Guasto stamattina alla funivia del Monte Corvo: il Soccorso Alpino ha calato a terra con le corde i 46 passeggeri delle due cabine ferme sopra la Val Serena. Nessun ferito.',
  ],
});

const afternoonLine = item({
  guid: 'rv-0211-1500-1',
  url: null,
  language: 'it',
  title: 'Funivia chiusa almeno tre giorni',
  published: '2026-02-11T15:00:00Z',
  body: [
    'Resterà chiusa almeno tre giorni la funivia del Monte Corvo, ferma dalle 7.50 per il guasto all’argano. Il sindaco di Rocca Serena chiede una relazione sulla manutenzione.',
  ],
});

const nextStory = item({
  guid: 'rv-0211-1800-4',
  url: null,
  language: 'it',
  title: 'Funivia, ordinata una nuova cabina',
  published: '2026-02-11T18:00:00Z',
  body: [
    'Funivie Serena ha ordinato a Bolzano una nuova cabina per la funivia del Monte Corvo: costerà 900 mila euro e arriverà in primavera, ha detto l’amministratore Carla Ghezzi.',
  ],
});

describe('a radio’s next line on a story it has already carried', () => {
  it('joins the story when every name and figure it states is the report’s', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    await ingest(tx, memo, 'agenzia', report);
    await ingest(tx, memo, 'radio', morningLine);
    await ingest(tx, memo, 'radio', afternoonLine);
    expect(tx.items()).toHaveLength(1);
  });

  it('stays apart when it states a figure and a name of its own (the next story on the subject)', async () => {
    const tx = new MemoryTx();
    const memo = new FingerprintMemo();
    await ingest(tx, memo, 'agenzia', report);
    await ingest(tx, memo, 'radio', morningLine);
    await ingest(tx, memo, 'radio', nextStory);
    expect(tx.items()).toHaveLength(2);
  });
});
