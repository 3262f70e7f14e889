/**
 * Languages the IPTC vocabulary lacks are read through a bilingual dictionary into one it has
 * (pivot.ts): invented stories in Polish, Finnish and Indonesian get their topic, an inflected
 * word finds its base form, and a text whose language no function words tell takes the table of
 * the language its letters are likeliest to be in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { everydayWords } from '../../src/tagging/everyday.js';
import { buildPivotIndex, pivotHits, pivotLanguage } from '../../src/tagging/pivot.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { normalisedItem as item } from '../support/items.js';

let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

describe('pivot words', () => {
  it('finds an inflected word by its base form, and a short word only whole', () => {
    const pl = buildPivotIndex('pl');
    expect(pl).toBeDefined();
    const hits = pivotHits(pl!, 'Po pożarze w szpitalu policja zamknęła ulicę.').map(([k]) => k);
    expect(hits).toEqual(expect.arrayContaining(['pożar', 'szpital', 'policja']));
  });

  it('reads no everyday word as a headword it merely begins with', () => {
    // "menarik" (interesting) is no form of "menari" (to dance), nor "berasal" (comes from) of "beras" (rice).
    const id = buildPivotIndex('id')!;
    const text = 'Pameran yang menarik itu berasal dari desa nelayan.';
    expect(pivotHits(id, text).map(([k]) => k)).toEqual(expect.arrayContaining(['menari', 'beras']));
    const hits = pivotHits(id, text, everydayWords('id')).map(([k]) => k);
    expect(hits).not.toContain('menari');
    expect(hits).not.toContain('beras');
  });

  it('has no table for a language without a dictionary', () => {
    expect(buildPivotIndex('xx')).toBeUndefined();
  });

  it('takes the told language, else the likeliest by its letters', () => {
    expect(pivotLanguage('pl', new Map())).toBe('pl');
    expect(pivotLanguage('xx', new Map([['pl', 1]]))).toBeNull();
    expect(
      pivotLanguage(
        null,
        new Map([
          ['id', 1],
          ['ms', 0.9],
        ]),
      ),
    ).toBe('id');
    expect(pivotLanguage(null, new Map([['id', 0.5]]))).toBeNull();
  });
});

describe('topics through a dictionary', () => {
  const stories: [string, string, string[], string][] = [
    [
      'a Polish flood report',
      'Powódź w dolinie: strażacy ewakuowali mieszkańców trzech wsi',
      [
        'Po nocnej ulewie rzeka wystąpiła z brzegów i zalała kilkadziesiąt domów. Strażacy ewakuowali mieszkańców łodziami.',
        'Powódź zniszczyła także most na drodze powiatowej. Wojewoda ogłosił alarm powodziowy.',
      ],
      'disaster-accident-and-emergency-incident',
    ],
    [
      'a Finnish police report',
      'Poliisi pidätti kaksi miestä murron jälkeen',
      [
        'Poliisi pidätti tiistaina kaksi miestä, joita epäillään murrosta kaupan varastoon. Varastosta vietiin työkaluja.',
        'Poliisin mukaan miehiä epäillään myös kahdesta aiemmasta varkaudesta. Tutkinta jatkuu.',
      ],
      'crime-law-and-justice',
    ],
    [
      'an Indonesian school story',
      'Sekolah baru dibuka, ratusan murid mulai belajar di gedung baru',
      [
        'Pemerintah kabupaten meresmikan gedung sekolah dasar yang baru pada hari Senin. Sekolah itu menampung enam ratus murid.',
        'Kepala sekolah mengatakan para guru sudah siap mengajar di ruang kelas yang baru, dan perpustakaan sekolah akan dibuka bulan depan.',
      ],
      'education',
    ],
  ];
  it.each(stories)('reads %s', (_, title, body, topic) => {
    expect(tagger.enrich(item({ title, body })).topics[0]).toBe(topic);
  });
});
