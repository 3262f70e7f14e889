/**
 * A cased script that the article writes in capitals only (Cherokee syllabary is often printed
 * so) marks no names by its capitals, as a script without case does; a Latin name beside it still
 * counts. Invented text of made-up syllable strings.
 */
import { describe, expect, it } from 'vitest';
import { entityNamesWithBundledTagger } from '../support/tagger.js';

const namesOf = entityNamesWithBundledTagger();

describe('a script written in capitals only', () => {
  it('gives no names by its capitals', () => {
    const names = namesOf('ᏌᏊ ᎠᏍᎦᏯ ᏗᏂᎳ', [
      'ᏌᏊ ᎠᏍᎦᏯ ᏗᏂᎳᏫᎩ ᎤᏂᎶᏒ. ᎾᏍᎩ ᏓᏂᏃᏁᎮ ᏧᏂᎳᏫᏍᏗ ᎢᏳᏍᏗ, ᎤᏛᏅ Ada Lowe.',
      'ᏔᎵ ᏧᏙᏓᏆᏛ ᏗᏂᎳᏫᎩ ᏓᎾᏓᏂᎸᎬ. ᎠᎴ ᎦᏚᎲ ᏗᎦᏚᎲ ᏧᎾᏓᎴᏅᏛ ᎠᏂᏴᏫᏯ.',
    ]);
    expect(names).toContain('Ada Lowe');
    expect(names.filter((n) => /\p{Script=Cherokee}/u.test(n))).toEqual([]);
  });
});
