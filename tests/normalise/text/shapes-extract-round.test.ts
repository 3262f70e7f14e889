import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { markedCaption, parseByline } from '../../../src/normalise/text/lines.js';
import { furnitureKind, isLinkRow } from '../../../src/normalise/text/furniture.js';
import { datesIn, mentionsDate } from '../../../src/normalise/text/dates.js';

/** Mechanisms for the shapes of the extract lane's held-out round; every line here is invented. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const MENU = ['The Millpond Courier', 'News', 'Sport', 'Arts'];
const HEADLINE = 'Millpond council agrees to dredge the old mill race before the autumn rains';
const PROSE = [
  'The council voted on Tuesday evening to dredge the old mill race behind the high street, which has silted up since the weir was last repaired.',
  'Residents had warned that without the work the cellars along the water would flood again when the autumn rains arrive.',
  'Work is due to start next month and should take about six weeks, the council said in a statement after the meeting.',
];

/** A page whose lines `between` stand after the first paragraph of the text. */
const afterFirstParagraph = (between: string[]) =>
  dump([...MENU, 'News', HEADLINE, 'By Lene Marquart', PROSE[0]!, ...between, ...PROSE.slice(1)]);

describe('bylines in shapes no word list knows', () => {
  it.each([
    ['vum Lene Marquart', 'Lene Marquart'],
    ['Д.Сэргэлэн', 'Д.Сэргэлэн'],
  ])('reads the name in %s', (line, name) => {
    expect(dump([...MENU, 'News', HEADLINE, line, ...PROSE]).byline).toBe(name);
  });

  it('does not read a place after "in" as an author', () => {
    expect(dump([...MENU, 'News', HEADLINE, 'in New Harbour', ...PROSE]).byline).toBeNull();
  });

  it('keeps a desk signing for its reporters as the byline', () => {
    expect(parseByline('By Staff Writer')?.names).toBe('Staff Writer');
    expect(parseByline('By Our Rural Correspondent')?.names).toBe('Our Rural Correspondent');
    expect(parseByline('By admin')?.names).toBeNull();
  });

  it('reads a blog meta row: the date, then "by" and the name', () => {
    expect(parseByline('April 2, 2026 by Tomas Reyes · 5 Comments')?.names).toBe('Tomas Reyes');
  });
});

describe('captions and credits', () => {
  it('splits a labelled credit in brackets closing a caption, in any script and case', () => {
    expect(markedCaption('Fishermen mend nets on the jetty (Lluniau: Harbour Trust)', false)).toEqual({
      caption: 'Fishermen mend nets on the jetty',
      credit: 'Harbour Trust',
    });
    expect(markedCaption('घाटावर जाळी दुरुस्त करणारे मच्छीमार (छायाचित्र: सुनील पाटील)', false)).toEqual({
      caption: 'घाटावर जाळी दुरुस्त करणारे मच्छीमार',
      credit: 'सुनील पाटील',
    });
  });

  it('leaves a paragraph of two sentences with a source in brackets alone', () => {
    const p = 'Prices rose again in March. Bakers say flour now costs a fifth more (Source: Millers Guild)';
    expect(markedCaption(p, false)).toBeNull();
  });

  it("splits the medium's word and a name after the caption's full stop", () => {
    expect(markedCaption('The new ferry leaves the quay at dawn. - Foto Ana Ruiz', false)).toEqual({
      caption: 'The new ferry leaves the quay at dawn.',
      credit: 'Ana Ruiz',
    });
  });

  it('splits a photo label of two words before the credit', () => {
    expect(markedCaption('Ачааны машинууд боомт дээр. Гэрэл зураг: Б.Төмөр', true)?.credit).toBe('Б.Төмөр');
  });

  it('takes a caption over its credit line under the first paragraph for the lead photo', () => {
    const r = afterFirstParagraph(['The silted mill race behind the high street.', 'Photo: Ivo Brandt']);
    expect(r.image).toEqual({
      url: null,
      caption: 'The silted mill race behind the high street.',
      credit: 'Ivo Brandt',
    });
    expect(r.body).toEqual(PROSE);
  });
});

describe('sign-up boxes and link rows', () => {
  it('drops a pitch of one sentence, a field prompt and the button that repeats its verb', () => {
    const r = afterFirstParagraph([
      'Sign up for our weekly letter from the river.',
      'Your e-mail address',
      'Sign me up',
    ]);
    expect(r.body).toEqual(PROSE);
  });

  it('keeps a subheading that repeats a word of the paragraph above and opens the next', () => {
    const r = afterFirstParagraph([
      'Dredging the race was first proposed three years ago.',
      'Dredging costs',
      'Dredging the race will cost about forty thousand pounds, paid from the flood reserve.',
    ]);
    expect(r.body).toContain('Dredging costs');
    expect(r.body).toContain('Dredging the race was first proposed three years ago.');
  });

  it('tells a footer row of links from a title', () => {
    expect(isLinkRow('About us · Contact · Privacy', false)).toBe(true);
    expect(isLinkRow('Contact us | Privacy policy', true)).toBe(true);
    expect(isLinkRow('Contact us | Privacy policy', false)).toBe(false);
    expect(isLinkRow('Council agrees to dredge the mill race | Millpond', true)).toBe(false);
  });
});

describe('facts rows and ratings', () => {
  it.each([
    'Prep: 20 min · Cook: 15 min · Serves: 4',
    'Előkészítés: 15 percSütés: 40 percAdag: 6',
    'Rate this recipe: ★★★★☆ (18 votes)',
  ])('drops %s', (line) => {
    expect(furnitureKind(line)).toBe('drop');
  });

  it('keeps a sentence with figures', () => {
    expect(furnitureKind('The team won 3:1 in front of 4,000 fans on Saturday.')).toBeNull();
  });
});

describe('dates', () => {
  it('reads a day and its bare time in parts of their own as one instant', () => {
    expect(datesIn('2 Apr 2026 | 16:20 CAT')[0]?.instant).toBe('2026-04-02T16:20:00+02:00');
    expect(datesIn('Published 2 April 2026 | Updated 16:20 GMT')[0]?.instant).toBeNull();
  });

  it('reads month names of languages only CLDR has', () => {
    expect(mentionsDate('2. Abrëll 2026')).toBe(true);
    expect(mentionsDate('2 ਅਪ੍ਰੈਲ 2026')).toBe(true);
  });
});

describe("an ad slot's notice beside its label", () => {
  it.each([
    [['Die Geschichte geht nach der Anzeige weiter', 'Anzeige']],
    [['- Annonse -', 'Artikkelen fortsetter etter annonsen']],
    [['La noticia continúa después de la publicidad', 'Publicidad']],
  ])('drops %j and keeps the paragraphs around it', (slot) => {
    const out = afterFirstParagraph(slot);
    expect(out.body).toEqual(PROSE);
  });

  it('keeps a subheading that merely shares no word with the label, and a sentence that names it', () => {
    const sentence = 'The council said the advertisement would run in the spring.';
    const out = afterFirstParagraph([sentence, 'Advertisement']);
    expect(out.body).toContain(sentence);
    expect(afterFirstParagraph(['What happens next', 'Advertisement']).body).toContain('What happens next');
  });
});
