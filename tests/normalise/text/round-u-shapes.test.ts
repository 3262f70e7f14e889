import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/** Shapes of round U, in invented text. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('a headline whose last word is a "by" word of another language', () => {
  it('is the headline when a standfirst, not a name, stands under it', () => {
    const item = dump([
      'Balita Bulacan',
      'Balita',
      'Lalawigan',
      'Palakasan',
      'Negosyo',
      'Ang bulletin na ito ay nasa Tagalog. May bersyong Ingles kapag hiniling.',
      'Lalawigan',
      'Bagong tulay sa Malolos, bukas na',
      'Matapos ang dalawang taon ng paggawa, dumadaan na ang mga sasakyan sa bagong tulay ng bayan.',
      'Isinulat ni Rosario Dimaculangan',
      'Marso 3, 2026',
      'Binuksan noong Lunes ang tulay na nag-uugnay sa dalawang barangay ng Malolos, ayon sa pamahalaang bayan.',
      'Sinabi ng alkalde na mas mabilis na ngayon ang biyahe ng mga magsasaka papunta sa palengke tuwing umaga.',
    ]);
    expect(item.title).toBe('Bagong tulay sa Malolos, bukas na');
    expect(item.summary).toBe(
      'Matapos ang dalawang taon ng paggawa, dumadaan na ang mga sasakyan sa bagong tulay ng bayan.',
    );
  });
});
