import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Round M shapes (mtext3): a closing note that names the site by the brand of its masthead alone.
 * Invented pages.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('a closing note naming the site by its brand in capitals', () => {
  const page = (note: string) =>
    dump([
      'NORDVIK weekly',
      'Features',
      'The last rope maker of Tollby harbour',
      'Eighty years of braided hemp, and one apprentice to carry it on.',
      'By Mara Quist',
      '8 March 2026',
      'The workshop smells of tar before the sun is up. Olle Berg lays out three strands of hemp along a bench that his grandfather built.',
      'He has made mooring ropes for the fishing fleet since he was fourteen, and most boats in the harbour still tie up with his work.',
      'His apprentice, a former welder, arrived in January after reading about the workshop on a notice board at the ferry terminal.',
      '“The rope does not hurry,” Berg says as the lights go out. “Neither should we.”',
      note,
      'Share: Facebook · Email',
      '© 2026 NORDVIK weekly · Privacy',
    ]);

  it('drops a print-issue note that names the site by its brand', () => {
    const r = page("This report appeared in NORDVIK's March print issue. Subscribe and receive it at home.");
    expect(r.body).toHaveLength(4);
    expect(r.body.at(-1)).toBe(
      '“The rope does not hurry,” Berg says as the lights go out. “Neither should we.”',
    );
  });

  it('keeps a last paragraph that speaks of the story', () => {
    const last =
      'Berg plans to hand over the bench and the grandfather’s tools to his apprentice next winter.';
    const r = page(last);
    expect(r.body.at(-1)).toBe(last);
  });
});
