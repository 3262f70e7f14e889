import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/** Body shapes of round K, in invented text: a sign-up box between two paragraphs. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const HEAD = [
  'Diwylliant',
  'Yr amgueddfa forol yn ailagor ar ôl dwy flynedd o waith',
  'Mae’r cyngor wedi gwario deg miliwn o bunnoedd ar yr hen warws ger y cei.',
  'Gan Ann Lee',
  '4 Mawrth 2026',
];
const BEFORE = [
  'Bydd yr amgueddfa forol yn ailagor ddydd Llun ar ôl dwy flynedd o waith ar y to a’r waliau, meddai’r cyngor ddoe.',
  'Mae’r casgliad yn cynnwys mil o fodelau llongau a mapiau o’r hen borthladd, a bydd mynediad am ddim am wythnos.',
];
const AFTER = [
  'Bydd dosbarthiadau i blant yn dechrau yn y gwanwyn, a gall ysgolion archebu lle o fis nesaf ymlaen.',
  'Yn ystod y gwaith, roedd rhan o’r casgliad i’w gweld mewn siop wag ar y stryd fawr.',
];

describe('a sign-up box between two paragraphs, in words no list knows', () => {
  it('is furniture: heading, pitch and button leave the body', () => {
    const item = dump([
      ...HEAD,
      ...BEFORE,
      'Llythyr wythnosol',
      'Derbyniwch newyddion y fro yn eich blwch bob dydd Gwener.',
      'Ymuno nawr',
      ...AFTER,
    ]);
    expect(item.body).toEqual([...BEFORE, ...AFTER]);
  });

  it('a subheading over a section of two sentences stays', () => {
    const section = 'Mae’r drysau ar agor o naw tan bump. Bydd y caffi ar agor hefyd.';
    const item = dump([...HEAD, ...BEFORE, 'Oriau agor', section, 'Ymuno nawr', ...AFTER]);
    expect(item.body).toContain(section);
  });
});

describe('one-word subheadings over single sentences', () => {
  it('stay in the text: no sign-up box has a heading of one word', () => {
    const body = [BEFORE[0]!, 'Casgliad', 'Mae’r casgliad yn fawr.', 'Plant', ...AFTER];
    expect(dump([...HEAD, ...body]).body).toEqual(body);
  });
});

describe("a live page's closing notice after its last entry", () => {
  const ENTRIES = [
    'Kommunen meddelar att alla skolor i staden håller stängt i morgon på grund av stormen som drar in.',
    'Ett tak har blåst av en lagerbyggnad vid hamnen. Räddningstjänsten har spärrat av området och ingen skadades.',
    'Färjorna mellan fastlandet och öarna är inställda resten av dagen, meddelar rederiet i ett pressmeddelande.',
  ];
  const page = (closing: string[]) => [
    'Nyheter',
    'Storm över kusten: skolor stänger och färjor ställs in',
    'Vinden nådde orkanstyrka under eftermiddagen. Vi rapporterar löpande under dagen.',
    'Av Ann Lee',
    '14 januari 2026, 08:40 (UTC+1)',
    '17:25',
    ENTRIES[0]!,
    'Dela',
    '16:50',
    ENTRIES[1]!,
    'Dela',
    '15:10',
    ENTRIES[2]!,
    'Dela',
    ...closing,
    'Mest läst',
    'Ny tågtidtabell börjar gälla på söndag i hela länet',
  ];

  it('is not an entry: the paragraph after the last entry’s control, with no stamp, leaves', () => {
    expect(dump(page(['Bevakningen är avslutad för i dag. Vi är tillbaka i morgon bitti.'])).body).toEqual(
      ENTRIES,
    );
  });

  it('a stamped entry after the control stays', () => {
    const late = 'Elen är tillbaka i de flesta hushåll, meddelar nätbolaget strax före midnatt.';
    expect(dump(page(['23:50', late])).body).toEqual([...ENTRIES, late]);
  });
});

describe('an inline link under the text, among its controls, in words no list knows', () => {
  it('is a related title when the share bar is over it and the comments under it', () => {
    const item = dump([
      ...HEAD,
      ...BEFORE,
      ...AFTER,
      'Rhannu',
      'Facebook',
      'Ebost',
      'Darllen hefyd: Gŵyl y môr yn denu mwy o ymwelwyr nag erioed o’r blaen',
      'Sylwadau',
      'Rhaid mewngofnodi i adael sylw.',
    ]);
    expect(item.related).toEqual(['Gŵyl y môr yn denu mwy o ymwelwyr nag erioed o’r blaen']);
    expect(item.body.join(' ')).not.toContain('Darllen');
  });
});
