import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Shapes round K showed under (and inside) the text, in invented pages: a share row's label in
 * words no list knows.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const HEADER = [
  'MIESTAS',
  'Naujas tiltas per upę atidarytas po trejų metų statybų',
  'Miesto taryba tikisi, kad spūstys centre sumažės jau šią vasarą.',
  'Autorė: Ona Petraitė',
  '2026-05-04 10:15',
];

const PROSE = [
  'Naujas tiltas per upę pirmadienį atidarytas eismui, praėjus trejiems metams nuo statybų pradžios.',
  'Statybos kainavo dvylika milijonų eurų, iš kurių pusę skyrė Europos Sąjunga.',
  'Meras sakė, kad senasis tiltas bus skirtas tik pėstiesiems ir dviratininkams.',
];

describe('a label of a word or two and a colon over a row of share controls', () => {
  it('is the row’s label, not the text’s last line', () => {
    const box = ['Apie autorę', 'Ona Petraitė rašo apie miestą ir transportą.'];
    const share = ['Pasidalink:', 'Facebook', 'X', 'Telegram'];
    const item = dump([...HEADER, ...PROSE, ...share, ...box, '© 2026 Miesto žinios']);
    expect(item.body).toEqual(PROSE);
  });

  it('a line ending in a colon over the story’s own list stays', () => {
    const list = ['Tiltą naudos:', 'Autobusai', 'Dviratininkai'];
    const item = dump([...HEADER, PROSE[0]!, ...list, ...PROSE.slice(1)]);
    expect(item.body).toEqual([PROSE[0], ...list, ...PROSE.slice(1)]);
  });
});
