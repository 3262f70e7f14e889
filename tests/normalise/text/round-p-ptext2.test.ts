import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { datesIn } from '../../../src/normalise/text/dates.js';

/**
 * Round P shapes (ptext2): a standfirst between the byline block and the lead picture, a credit
 * printed alone over its caption, and a caption that ends with a full stop of a script without
 * spaces; a clock after its own label. Invented pages.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const HEAD = [
  'Jornal do Vale',
  'Início | Notícias | Desporto | Cultura | Contactos',
  '',
  'Biblioteca municipal reabre com nova ala infantil',
  '',
  'Publicado em 3 de março de 2026, 10:15',
  '',
];
const STANDFIRST =
  'A obra custou dois milhões de euros e duplicou o espaço dedicado aos leitores mais novos.';
const LONG_PARAS = [
  'A biblioteca municipal reabriu esta segunda-feira depois de catorze meses de obras. A nova ala infantil ocupa todo o primeiro andar e tem capacidade para sessenta crianças ao mesmo tempo.',
  'Segundo a vereadora da cultura, o número de inscrições de famílias triplicou nas primeiras semanas. A autarquia quer agora alargar o horário ao fim de semana.',
];

describe('a standfirst over the lead picture', () => {
  it('reads the sentence over a picture’s caption as the standfirst when a longer paragraph opens the text', () => {
    const r = dump([
      ...HEAD,
      STANDFIRST,
      '',
      'Crianças na nova sala de leitura, na manhã da reabertura. (Foto: Rui Matos)',
      '',
      ...LONG_PARAS.flatMap((p) => [p, '']),
    ]);
    expect(r.summary).toBe(STANDFIRST);
    expect(r.image?.caption).toBe('Crianças na nova sala de leitura, na manhã da reabertura.');
    expect(r.image?.credit).toBe('Rui Matos');
  });

  it('gives a credit printed alone to the short caption under it, not to the standfirst above', () => {
    const r = dump([
      ...HEAD,
      STANDFIRST,
      '',
      'Foto: Gabinete de imprensa da câmara',
      'A nova sala de leitura infantil.',
      '',
      ...LONG_PARAS.flatMap((p) => [p, '']),
    ]);
    expect(r.summary).toBe(STANDFIRST);
    expect(r.image?.caption).toBe('A nova sala de leitura infantil.');
    expect(r.image?.credit).toBe('Gabinete de imprensa da câmara');
  });

  it('keeps a first paragraph as short as the next one under a picture set into the text', () => {
    const first =
      'A biblioteca municipal reabriu esta segunda-feira depois de catorze meses de obras na cidade.';
    const r = dump([
      ...HEAD,
      first,
      'Crianças na nova sala de leitura, na manhã da reabertura. (Foto: Rui Matos)',
      'A vereadora da cultura disse que as inscrições de famílias triplicaram nas primeiras semanas.',
      'A autarquia quer agora alargar o horário da biblioteca ao fim de semana a partir de maio.',
    ]);
    expect(r.summary).toBeNull();
    expect(r.body).toContain(first);
  });
});

describe('a caption under its credit in a script without spaces', () => {
  it('ends the caption with an ideographic full stop', () => {
    const r = dump([
      '市立図書館',
      'ホーム | お知らせ | イベント | 利用案内',
      '',
      '市立図書館に新しい児童コーナーが完成',
      '',
      '掲載日：2026年3月3日 10:15',
      '',
      '（写真：山田太郎）',
      '新しい児童コーナーで本を読む子どもたち。',
      '',
      '市立図書館は3月2日、1階に新しい児童コーナーを開設した。約8000冊の絵本を備え、60人の子どもが同時に利用できる。',
      '',
      '館長は「家族で気軽に来られる場所にしたい」と話した。週末の開館時間も延長する予定だ。',
    ]);
    expect(r.image?.caption).toBe('新しい児童コーナーで本を読む子どもたち。');
    expect(r.image?.credit).toBe('山田太郎');
  });
});

describe('a clock after its own label', () => {
  it('joins "Date: … | Time: 10:15 (GMT-5)" into one instant', () => {
    expect(datesIn('Fecha: martes, 3 de marzo de 2026 | Hora: 10:15 (GMT-5)')[0]?.instant).toBe(
      '2026-03-03T10:15:00-05:00',
    );
  });

  it('keeps a time after an update label apart from the day', () => {
    expect(datesIn('3 March 2026 | Updated: 10:15 (GMT)')[0]?.instant).toBeNull();
  });
});
