import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Header shapes of round L, in invented text: a match result (score line and scorers) printed
 * between the standfirst and the byline of a sports report.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('a result block over a match report', () => {
  const PROSE = [
    'O Atlético da Serra venceu no sábado o Desportivo do Vale por 2-1, no estádio municipal, e subiu ao segundo lugar da tabela.',
    'A equipa da casa marcou cedo, num remate de fora da área, e o visitante só empatou perto do intervalo, de grande penalidade.',
    'O treinador elogiou a entrega dos jogadores e disse que o grupo ainda tem muito para melhorar até ao fim da época.',
  ];

  it('is neither the first paragraphs nor a stop to the header', () => {
    const item = dump([
      'FUTEBOL',
      'Atlético da Serra vence e sobe ao segundo lugar',
      'Atlético da Serra vence e sobe ao segundo lugar',
      'Um golo nos últimos minutos decidiu o jogo no estádio municipal da cidade',
      'Atlético da Serra 2 - 1 Desportivo do Vale',
      'Golos: Matos (14, 88) / Neves (43)',
      'Por Marta Vieira',
      'Rui Matos festeja o segundo golo da equipa. (Foto: Clube Atlético)',
      ...PROSE,
    ]);
    expect(item.title).toBe('Atlético da Serra vence e sobe ao segundo lugar');
    expect(item.body).toEqual(PROSE);
    expect(item.byline).toBe('Marta Vieira');
    expect(item.image?.caption).toBe('Rui Matos festeja o segundo golo da equipa.');
  });
});

describe('a bracketed credit of the medium\'s word, "by" and a giver of one word', () => {
  const PROSE = [
    'Binuksan ng lungsod noong Lunes ang bagong museo sa lumang pantalan matapos ang tatlong taon ng pagkukumpuni.',
    'Makikita sa museo ang mga lumang mapa at mga modelo ng barko na dating naglayag mula sa daungan ng bayan.',
    'Sinabi ng alkalde na libre ang pagpasok para sa lahat sa unang katapusan ng linggo matapos ang pagbubukas.',
  ];

  it('is the giver', () => {
    const item = dump([
      'BALITA',
      'Bagong museo sa pantalan, bukas na',
      'Bagong museo sa pantalan, bukas na',
      'Gumastos ang lungsod ng sampung milyon para ayusin ang mga lumang bodega sa tabing-dagat',
      'Ni Liza Ramos',
      'Ang lumang bodega bago ang pagkukumpuni. (Kuha ni Arkibo)',
      ...PROSE,
    ]);
    expect(item.image).toMatchObject({
      caption: 'Ang lumang bodega bago ang pagkukumpuni.',
      credit: 'Arkibo',
    });
  });
});
