import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Shapes of round I, in invented text: captions and credits in words no list knows (a picture's
 * placeholder in brackets, a credit's label inside the bracket, a credit in square brackets after
 * the medium's word, the medium's word shortened, a label of its own before a credit that is a
 * name and a noun) and furniture among the paragraphs (a share button alone on its line).
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const HEAD = [
  'Notizie',
  'Il consiglio approva il nuovo piano per il porto vecchio',
  'La giunta promette i primi cantieri entro la prossima primavera, dopo tre anni di attese.',
  'di Marta Gervasi',
];

const PROSE = [
  'Il consiglio comunale ha approvato ieri sera il nuovo piano per il porto vecchio, con ventidue voti a favore e sei contrari.',
  'Il progetto prevede una passeggiata lungo il molo, due parcheggi interrati e il restauro dei magazzini del sale.',
  'I lavori costeranno circa quaranta milioni di euro, in parte coperti da fondi regionali.',
  'La prima gara di appalto sarà pubblicata a febbraio, ha detto il sindaco.',
];

describe("a picture's placeholder in brackets", () => {
  it('opens the caption, and the label inside the closing bracket goes with the credit', () => {
    const item = dump([
      ...HEAD,
      '[Immagine] Il molo del porto vecchio visto dal faro (Scatto - Gazzetta del Golfo/ Piero Landi)',
      ...PROSE,
    ]);
    expect(item.image).toMatchObject({
      caption: 'Il molo del porto vecchio visto dal faro',
      credit: 'Gazzetta del Golfo/ Piero Landi',
    });
    expect(item.summary).toBe(HEAD[2]);
    expect(item.body).toEqual(PROSE);
  });

  it('takes a label of two words and a colon inside the bracket', () => {
    const item = dump([...HEAD, '[Pic] Il sindaco sul molo. (scatto di: famiglia Landi)', ...PROSE]);
    expect(item.image).toMatchObject({ caption: 'Il sindaco sul molo.', credit: 'famiglia Landi' });
    expect(item.summary).toBe(HEAD[2]);
  });
});

describe("a zone's abbreviation in brackets", () => {
  it('credits no picture', () => {
    const item = dump([...HEAD, 'Aggiornamento delle ore 14:30 (MMT)', ...PROSE]);
    expect(item.image?.credit ?? null).not.toBe('MMT');
  });
});

describe("a credit in square brackets after the medium's word", () => {
  it('is the credit, and the caption stands without it', () => {
    const item = dump([
      ...HEAD,
      'Il molo del porto vecchio visto dal faro [Foto Gazzetta del Golfo]',
      ...PROSE,
    ]);
    expect(item.image).toMatchObject({
      caption: 'Il molo del porto vecchio visto dal faro',
      credit: 'Gazzetta del Golfo',
    });
    expect(item.body).toEqual(PROSE);
  });
});

describe("the medium's word shortened before the credit", () => {
  it('leaves the caption', () => {
    const item = dump([...HEAD, 'Il molo del porto vecchio al tramonto. Fót. Gazzetta Golfo', ...PROSE]);
    expect(item.image).toMatchObject({
      caption: 'Il molo del porto vecchio al tramonto.',
      credit: 'Gazzetta Golfo',
    });
  });
});

describe('a label of its own before a credit of a name and a noun', () => {
  it('parts the credit from the caption after its full stop', () => {
    const item = dump([
      ...HEAD,
      'Kuvake: Il molo del porto vecchio al tramonto. Kuvake: Golfo archivio',
      ...PROSE,
    ]);
    expect(item.image).toMatchObject({
      caption: 'Il molo del porto vecchio al tramonto.',
      credit: 'Golfo archivio',
    });
  });
});

describe('a share button alone on its line', () => {
  it('is no paragraph, under the caption or between paragraphs', () => {
    const item = dump([
      ...HEAD,
      'Il molo del porto vecchio al tramonto. Foto: Piero Landi',
      'Spartît su Facebook',
      PROSE[0]!,
      PROSE[1]!,
      'Mandalo ʻi he WhatsApp',
      PROSE[2]!,
      PROSE[3]!,
    ]);
    expect(item.body).toEqual(PROSE);
  });

  it('leaves a sentence that names a network', () => {
    const item = dump([...HEAD, PROSE[0]!, 'Il sindaco ha risposto su Facebook.', PROSE[1]!]);
    expect(item.body).toContain('Il sindaco ha risposto su Facebook.');
  });
});

describe('a date line whose parts a comma of its script sets apart', () => {
  it('is a date line, not a paragraph', () => {
    const item = dump([
      'မြို့တော်',
      'မြို့တော်ခန်းမ ရှေ့တွင် ရေပိုက်လိုင်းသစ် ခင်းမည်',
      'နိုဝင်ဘာ ၁၂၊ ၂၀၂၆ | ၀၉:၁၅ (MMT)',
      '[ပုံ] မြို့တော်ခန်းမ ရှေ့ လမ်းမ (ဓာတ်ပုံ - မြို့တော်သတင်း)',
      'မြို့တော်ခန်းမ ရှေ့ လမ်းမပေါ်တွင် ရေပိုက်လိုင်းသစ် ခင်းရန် မြို့တော်စည်ပင်က ယနေ့ ကြေညာလိုက်ပြီး လုပ်ငန်းကို လာမည့်လတွင် စတင်မည်ဖြစ်သည်။',
      'လမ်းပိတ်ချိန်တွင် ယာဉ်များကို အနီးရှိ လမ်းများသို့ လွှဲပြောင်းပေးမည်ဖြစ်ကြောင်း ယာဉ်ထိန်းရဲက ပြောသည်။',
    ]);
    expect(item.body.some((p) => p.includes('၀၉:၁၅'))).toBe(false);
    expect(item.image).toMatchObject({ caption: 'မြို့တော်ခန်းမ ရှေ့ လမ်းမ', credit: 'မြို့တော်သတင်း' });
  });
});

describe('a header ending in a colon over bulleted titles', () => {
  it('is a related list, in the text or under it', () => {
    const item = dump([
      ...HEAD,
      PROSE[0]!,
      PROSE[1]!,
      'Voci collegate:',
      '• Il faro del porto riapre dopo i restauri',
      '• Nuovi orari per il traghetto delle isole',
      PROSE[2]!,
      PROSE[3]!,
    ]);
    expect(item.body).toEqual(PROSE);
    expect(item.related).toEqual([
      'Il faro del porto riapre dopo i restauri',
      'Nuovi orari per il traghetto delle isole',
    ]);
  });

  it('leaves a list of sentences the story makes', () => {
    const item = dump([
      ...HEAD,
      ...PROSE,
      'Il piano prevede:',
      '• una passeggiata lungo il molo, con panchine e alberi nuovi.',
      '• due parcheggi interrati sotto la piazza del mercato.',
    ]);
    expect(item.body).toContain('• una passeggiata lungo il molo, con panchine e alberi nuovi.');
  });
});

describe('a ranking under the text', () => {
  it('is the site list of its most read, not related links', () => {
    const item = dump([
      ...HEAD,
      ...PROSE,
      'Nga korero tino panui rawa',
      '1. Il traghetto delle isole',
      '2. Sagra del pesce rinviata',
      'Haina mai ki te panui',
      'Hoki ki runga',
      '© 2026 Gazzetta del Golfo',
    ]);
    expect(item.related).toEqual([]);
    expect(item.body).toEqual(PROSE);
  });
});

describe('an inline link of a one-word label and a spaced dash', () => {
  it('is a related title, between two paragraphs', () => {
    const item = dump([
      ...HEAD,
      PROSE[0]!,
      PROSE[1]!,
      'Approfondisci – Il faro del porto riapre dopo i restauri',
      PROSE[2]!,
      PROSE[3]!,
    ]);
    expect(item.body).toEqual(PROSE);
    expect(item.related).toEqual(['Il faro del porto riapre dopo i restauri']);
  });
});
