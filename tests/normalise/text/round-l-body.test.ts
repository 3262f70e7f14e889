import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Body shapes of round L, in invented text: a comment section in words no list knows, its
 * counted header over a reader's signed comment.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe('a counted header over a signed comment', () => {
  const PROSE = [
    'Mae cyngor y dref wedi cytuno i agor amgueddfa newydd ar y cei ddydd Llun, ar ôl tair blynedd o waith adeiladu.',
    'Bydd yr amgueddfa yn dangos hen fapiau a modelau o longau a fu unwaith yn hwylio o borthladd y dref.',
    'Dywedodd y maer y bydd mynediad am ddim i bawb yn ystod y penwythnos cyntaf wedi’r agoriad swyddogol.',
  ];

  it('ends the story: the comments are not its paragraphs', () => {
    const item = dump([
      'NEWYDDION',
      'Amgueddfa newydd yn agor ar y cei',
      'Amgueddfa newydd yn agor ar y cei',
      'Mae’r cyngor wedi gwario deg miliwn ar adnewyddu’r hen warysau ger y dŵr eleni',
      'Gan Elin Prys',
      ...PROSE,
      'Sylwadau 2',
      'Gwyn T.: Newyddion da iawn i’r dref o’r diwedd, diolch.',
      'Mari J.: Edrych ymlaen at fynd yno gyda’r plant.',
    ]);
    expect(item.body).toEqual(PROSE);
  });
});
