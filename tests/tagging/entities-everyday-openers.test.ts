/**
 * A sentence opened by an everyday word of the text's language ("Menurut", according to;
 * "Spoločnosť", the company) before a name: the word is no part of the name. The language's
 * spoken list tells its everyday words, also where no function-word list covers it. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { entityNamesWithBundledTagger } from '../support/tagger.js';

const namesOf = entityNamesWithBundledTagger();

describe('an everyday word opening the sentence before a name', () => {
  it('is left out of the name in Indonesian', () => {
    const names = namesOf('Jalan desa rusak setelah hujan deras', [
      'Jalan utama desa itu rusak parah setelah hujan deras turun selama tiga hari, kata warga yang tinggal di sana.',
      'Menurut Dinas Pekerjaan Umum Kabupaten Sukamekar, perbaikan jalan akan dimulai bulan depan dan tidak akan lama.',
      'Warga berharap jalan itu bisa segera dipakai lagi karena anak-anak harus berjalan jauh ke sekolah setiap hari.',
    ]);
    expect(names.some((n) => n.startsWith('Dinas Pekerjaan Umum'))).toBe(true);
    expect(names.some((n) => n.startsWith('Menurut'))).toBe(false);
  });
});
