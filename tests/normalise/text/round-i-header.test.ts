import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Header shapes of round I, in invented text: a section label in capitals that repeats an entry
 * of the one-line menu above it, a row of share buttons in words no list knows above live-page
 * time stamps, two authors joined by an "and" no list of ours holds, and a "by" word opened by
 * the okina.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const PROSE = [
  'La urba konsilio decidis lundon malfermi novan muzeon en la malnova haveno, post tri jaroj da konstruado.',
  'La konstruaĵo kostis dek milionojn da eŭroj kaj gastigos kolekton de ŝipaj modeloj kaj mapoj.',
  'La unuaj vizitantoj povos eniri senpage dum la unua semajnfino de la nova jaro.',
];

describe('a label in capitals that repeats an entry of the menu line above', () => {
  it('is the section, not a kicker over the menu’s last entry', () => {
    const item = dump([
      'Home | Novaĵoj | Kulturo | Sporto | Kontakto',
      'KULTURO',
      'Nova muzeo malfermiĝas en la malnova haveno',
      'La urbo investis dek milionojn en la konstruaĵon apud la akvo.',
      ...PROSE,
    ]);
    expect(item.section).toBe('KULTURO');
  });

  it('keeps a sub-section after the entry ("CULTURE / INTERVIEWS")', () => {
    const item = dump([
      'Home | Novaĵoj | Kulturo | Sporto | Kontakto',
      'KULTURO / INTERVJUOJ',
      'Nova muzeo malfermiĝas en la malnova haveno',
      'La urbo investis dek milionojn en la konstruaĵon apud la akvo.',
      ...PROSE,
    ]);
    expect(item.section).toBe('KULTURO / INTERVJUOJ');
  });
});

describe('one share button printed once per network', () => {
  it('is no headline, even over a live page’s time stamps', () => {
    const item = dump([
      'Hejmo | Novaĵoj | Politiko | Sporto',
      'POLITIKO',
      'Balotoj en la ĉefurbo — kio okazas horon post horo',
      'La civitanoj elektas novan parlamenton hodiaŭ. Sekvu la eventojn ĉi tie.',
      'Dividi per Facebook Dividi per WhatsApp',
      '16:45',
      PROSE[0]!,
      '15:10',
      PROSE[1]!,
      '13:30',
      PROSE[2]!,
    ]);
    expect(item.title).toBe('Balotoj en la ĉefurbo — kio okazas horon post horo');
    expect(item.body.join('\n')).not.toContain('Dividi per');
  });
});

describe('two authors after a label, joined by an "and" no list of ours holds', () => {
  it('reads both names (the word some language’s lists put between two items)', () => {
    const item = dump([
      'KULTURO',
      'Nova muzeo malfermiĝas en la malnova haveno',
      'La urbo investis dek milionojn en la konstruaĵon apud la akvo.',
      'Skribita de: Ana Lima kaj Bruno Sato',
      '05.12.2026 07:00 (CET)',
      ...PROSE,
    ]);
    expect(item.byline).toBe('Ana Lima kaj Bruno Sato');
    expect(item.body).toEqual(PROSE);
  });
});

describe('a "by" word opened by the okina', () => {
  it('is read like any short "by" word between a verb and the name', () => {
    const item = dump([
      'SIPOTI',
      'Ko e timi ʻo e kolo naʻa nau ikuna ʻi he fakaʻosi',
      'Ko e ikuna ʻuluaki ia ʻa e timi ʻi he taʻu ni ʻi he malaʻe foʻou.',
      'Faʻu ʻe Sela Vake – Ongoongo Fonua',
      '5 December 2026, 18:10 (TOT)',
      'Naʻe ikuna ʻa e timi ʻi he Tokonaki ʻi he 24 ki he 10 ʻi he malaʻe lahi ʻo e kolo.',
      'Naʻe maʻu ʻe he kapiteni ha ngaahi tuki ʻe ua ʻi he ʻuluaki vaeua.',
      'Naʻe pehē ʻe he faiako ʻoku fiefia ʻaupito ʻa e timi.',
    ]);
    expect(item.byline).toBe('Sela Vake');
    expect(item.published).toBe('2026-12-05T18:10:00+13:00');
  });
});

describe('an abbreviation for "hour" between the time and its zone', () => {
  it('is read past, in a language no list of ours holds (CLDR’s unit names)', () => {
    const item = dump([
      'Kultūra',
      'Naujas muziejus atidaromas senajame uoste po trejų metų statybų',
      'Miestas investavo dešimt milijonų eurų į pastatą prie vandens.',
      'Tekstas: Ona Petraitė',
      '08.02.2026, 17:05 val. (EET)',
      ...PROSE,
    ]);
    expect(item.published).toBe('2026-02-08T17:05:00+02:00');
  });
});

describe('a page in a script that writes no spaces between words', () => {
  const MY = (byline: string, date: string) =>
    dump([
      'ပင်မ | သတင်း | အားကစား | ရာသီဥတု',
      'ရာသီဥတု',
      'မန္တလေးမြို့တွင် ရေကြီးမှုကြောင့် လမ်းများ ပိတ်',
      'မိုးသည်းထန်စွာ ရွာသွန်းမှုကြောင့် မြို့လယ်ရှိ လမ်းမကြီးများ ရေလွှမ်းမိုးနေ',
      byline,
      date,
      'မန္တလေး၊ ဒီဇင်ဘာ ၁၂ — ယမန်နေ့ညက စတင်ရွာသွန်းသော မိုးကြောင့် မြို့လယ်ရှိ လမ်းမကြီးများ ရေလွှမ်းမိုးနေကြောင်း မြို့တော်စည်ပင်က ပြောသည်။',
      'ကျောင်းအချို့ကို ယာယီပိတ်ထားပြီး ကားများ ဖြတ်သန်းသွားလာခြင်း မပြုရန် တိုက်တွန်းထားသည်။',
      'ရေကျသွားပါက လမ်းများကို ပြန်လည်ဖွင့်လှစ်မည်ဖြစ်သည်။',
    ]);

  it('reads the date whose day ends in the script’s own comma', () => {
    const item = MY('သတင်းထောက် - ခင်မာလာ', 'ဒီဇင်ဘာ ၁၂၊ ၂၀၂၆ | ၀၉:၁၅ (MMT)');
    expect(item.published).toBe('2026-12-12T09:15:00+06:30');
  });

  it('reads the name after a one-word label and a dash, a whole name being one word there', () => {
    const item = MY('သတင်းထောက် - ခင်မာလာ', '12.12.2026 09:15 (MMT)');
    expect(item.byline).toBe('ခင်မာလာ');
  });
});

describe('a lamp before a word or two over the headline', () => {
  it('is a status badge, not the section, whatever the language of its word', () => {
    const item = dump([
      'Siasa',
      '● Moja kwa moja',
      'Uchaguzi wa wabunge katika mji mkuu — yanayojiri saa kwa saa',
      'Wananchi wanachagua wabunge wapya leo. Fuatilia matukio yote hapa.',
      'Imeandikwa na Amina Juma',
      '05.12.2026 07:00 (EAT)',
      'Vituo vya kupigia kura vilifunguliwa kwa wakati katika mji mkuu na mikoa mingi ya nchi.',
      'Tume ya uchaguzi ilisema zaidi ya nusu ya wapiga kura walikuwa wamepiga kura kufikia saa sita mchana.',
      'Matokeo ya awali yanatarajiwa kutangazwa kesho asubuhi, kwa mujibu wa tume.',
    ]);
    expect(item.section).toBe('Siasa');
  });
});
