import { describe, expect, it } from 'vitest';
import { FingerprintMemo } from '../../src/dedup/index.js';
import { applyItems } from '../../src/pipeline/apply.js';
import type { NormalisedItem } from '../../src/model/item.js';
import { MemoryTx } from './fake-store.js';
import { item } from './stories.js';

/**
 * Invented items (Indonesian): an agency's short first report of a quake, its own update hours
 * later under a new headline and id (the magnitude revised, the first report's clock time and
 * distances restated lower down), the same agency's report of another quake that night, and the
 * aftershock the next day.
 */
const NOW = '2026-08-20T22:00:00.000Z';

const first = item({
  guid: 'ak-71501',
  url: null,
  language: 'id',
  title: 'Gempa magnitudo 4,3 guncang Kabupaten Watubesi',
  published: '2026-08-19T20:05:00Z',
  body: [
    'Gempa bermagnitudo 4,3 mengguncang Kabupaten Watubesi pukul 02.41 WITA. Pusat gempa berada 17 kilometer barat laut Kota Larantuka Baru pada kedalaman 10 kilometer. Belum ada laporan kerusakan.',
  ],
});

const update = item({
  guid: 'ak-71533',
  url: null,
  language: 'id',
  title: 'BMKG perbarui kekuatan gempa Watubesi jadi 4,9, dinding rumah warga Desa Tanjung Kelor retak',
  published: '2026-08-20T01:10:00Z',
  body: [
    'Badan Meteorologi, Klimatologi, dan Geofisika memperbarui kekuatan gempa yang mengguncang Kabupaten Watubesi dini hari tadi dari 4,3 menjadi 4,9. Hal itu disampaikan Kepala Stasiun Geofisika Sanggar Ratu, Dewi Rahmawati.',
    'Gempa terjadi pukul 02.41 WITA dengan pusat 17 kilometer barat laut Kota Larantuka Baru pada kedalaman 10 kilometer. Di Desa Tanjung Kelor, dinding sekitar 25 rumah warga retak, namun tidak ada korban jiwa.',
    'Petugas Badan Penanggulangan Bencana Daerah masih mendata kerusakan di lapangan.',
  ],
});

/** Another quake that night, in another regency: the same agency's wording, other figures. */
const other = item({
  guid: 'ak-71560',
  url: null,
  language: 'id',
  title: 'Gempa magnitudo 3,4 guncang Kabupaten Lembahrawa',
  published: '2026-08-20T14:30:00Z',
  body: [
    'Gempa bermagnitudo 3,4 mengguncang Kabupaten Lembahrawa pukul 22.18 WITA. Pusat gempa berada pada kedalaman 12 kilometer. Tidak ada kerusakan.',
  ],
});

/** The aftershock the next day. */
const aftershock = item({
  guid: 'ak-71602',
  url: null,
  language: 'id',
  title: 'Gempa susulan 3,7 kembali guncang Watubesi',
  published: '2026-08-21T03:50:00Z',
  body: [
    'Hari ini pukul 11.05 WITA gempa susulan bermagnitudo 3,7 kembali mengguncang Kabupaten Watubesi. BMKG menyebut gempa ini susulan dari gempa kemarin. Tidak ada kerusakan baru.',
  ],
});

async function ingest(items: NormalisedItem[]): Promise<string[][]> {
  const tx = new MemoryTx();
  const memo = new FingerprintMemo();
  for (const it of items)
    await applyItems(tx, [it], { sourceKey: 'agency', source: null, fetchedAt: NOW }, NOW, memo);
  return tx
    .items()
    .map((s) => s.origins.map((o) => o.guid ?? '').sort())
    .sort();
}

describe('a source’s update of a short first report, under a new headline', () => {
  it('is the same story when it restates every figure of the first report', async () => {
    const groups = await ingest([first, update, other, aftershock]);
    expect(groups).toEqual([['ak-71501', 'ak-71533'], ['ak-71560'], ['ak-71602']]);
  });
});
