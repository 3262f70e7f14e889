/**
 * Persons and bodies in Arabic, Persian and Urdu beyond the construct openers, from invented
 * sentences: a name beside a role word (between commas, or the subject of "said"), a body whose
 * complement takes no article (cut at a function word, a verb or its seat, or to what its
 * mentions share), and an Urdu body named before its closing word.
 */
import { describe, expect, it } from 'vitest';
import { caselessEntities } from '../../src/tagging/entities/caseless.js';

describe('names in Arabic-script text beside roles and institution words', () => {
  it('reads Urdu persons before "said" after a role, and bodies closed by their institution word', () => {
    const e = caselessEntities([
      'شہر کے رحمت آباد ہسپتال میں نیا وارڈ کھول دیا گیا۔',
      'ہسپتال کے ترجمان ڈاکٹر ثمینہ اختر نے بتایا کہ وارڈ میں چالیس بستر ہیں۔',
      'محکمہ تعلیم سرحد کے مطابق اسکول کل کھلیں گے۔',
    ]);
    expect(e.people).toEqual(['ثمینہ اختر']);
    expect(e.organisations).toEqual(expect.arrayContaining(['رحمت آباد ہسپتال', 'محکمہ تعلیم سرحد']));
  });

  it('reads Persian bodies up to a verb or their seat, and persons in apposition to a role', () => {
    const e = caselessEntities([
      'دانشگاه فنی تبریز اعلام کرد که آزمایشگاه تازه‌ای می‌سازد.',
      'نسرین کاوه‌پور، کارشناس این دانشگاه، گفت: کار تا بهار تمام می‌شود.',
      'مدیرعامل شرکت، بهزاد نوروزی، گفت: بودجه آماده است.',
    ]);
    expect(e.people).toEqual(expect.arrayContaining(['نسرین کاوه‌پور', 'بهزاد نوروزی']));
    expect(e.organisations).toContain('دانشگاه فنی تبریز');
    // "اعلام" is the noun of the verb "announce", not part of the name.
    expect(e.organisations).not.toContain('دانشگاه فنی تبریز اعلام');
  });

  it('reads an Arabic person after a role and its complement, before what was said', () => {
    const e = caselessEntities([
      'وقال رئيس البلدية رامي قدورة إن الأشغال تنتهي في الربيع.',
      'وأشار مدير قطاع النقل بالمحافظة إلى أن الطريق سيغلق يومين.',
    ]);
    expect(e.people).toEqual(['رامي قدورة']);
  });
});
