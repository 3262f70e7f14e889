import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/** Shapes of round L, in invented text. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('an "also read" link inside a question-and-answer interview', () => {
  it('is a related link, though the speakers\' labels make every line "label: text"', () => {
    const body = [
      'પ્રશ્ન: પુલનું કામ આટલું લાંબું કેમ ચાલ્યું?',
      'મીના પટેલ: નદીમાં પાણીનું સ્તર ઊંચું હતું, એટલે ચોમાસામાં કામ બંધ રાખવું પડ્યું. બાકીનું કામ સમયસર પૂરું થયું.',
      'પ્રશ્ન: હવે આગળ શું?',
      'મીના પટેલ: આવતા વર્ષે બીજા પુલનું કામ શરૂ થશે. તેની ડિઝાઇન તૈયાર છે અને મંજૂરી બાકી છે.',
    ];
    const item = dump([
      'મુલાકાત',
      'અમદાવાદનો નવો પુલ સોમવારથી ખુલ્લો',
      'બે વર્ષના કામ પછી વાહનવ્યવહાર શરૂ થશે',
      body[0]!,
      body[1]!,
      'આ પણ વાંચો: નદીકાંઠે નવો બગીચો તૈયાર',
      body[2]!,
      body[3]!,
    ]);
    expect(item.related).toEqual(['નદીકાંઠે નવો બગીચો તૈયાર']);
    expect(item.body).toEqual(body);
  });
});
