import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Leftovers of the held-out text rounds K to M, in invented text: a desk's signature in the
 * page's own common words ("by our correspondent, town") in a language no role list knows.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe("a desk's signature in the page's own words", () => {
  // Indonesian: "Oleh WARTAWAN KAMI, Garut" is "By OUR REPORTER, Garut".
  const STORY = [
    'Pemerintah kabupaten membuka kembali jembatan gantung di desa Sukamaju pada hari Senin setelah perbaikan selama tiga bulan.',
    'Menurut kepala desa, jembatan itu digunakan oleh ratusan warga dan anak sekolah setiap hari untuk menyeberangi sungai.',
    'Seorang wartawan yang datang ke lokasi melihat warga kami yang antusias menyeberang sejak pagi, dan pedagang kembali berjualan di pasar.',
    'Dinas pekerjaan umum mengatakan bahwa jembatan tersebut akan diperiksa lagi sebelum musim hujan tiba.',
  ];
  it('is a byline without a name', () => {
    const item = dump([
      'KABAR PRIANGAN',
      'Daerah',
      'Jembatan gantung Sukamaju dibuka kembali untuk warga',
      'Oleh WARTAWAN KAMI, Garut',
      ...STORY,
    ]);
    expect(item.byline).toBeNull();
    expect(item.body).toEqual(STORY);
  });
  it('keeps a name in capitals', () => {
    const item = dump([
      'KABAR PRIANGAN',
      'Daerah',
      'Jembatan gantung Sukamaju dibuka kembali untuk warga',
      'Oleh DEWI LESTARI, Garut',
      ...STORY,
    ]);
    expect(item.byline).toBe('DEWI LESTARI');
  });
});
