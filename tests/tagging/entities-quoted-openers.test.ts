/**
 * A quotation starts a sentence: its first word is capitalised as any sentence's is, not as a
 * name. Where "»" opens a quotation (Slovene, Danish) it stands spaced before the word and glued
 * to it; where a dash opens a line of speech (Polish) it follows the last sentence's end. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { entityNamesWithBundledTagger } from '../support/tagger.js';

const namesOf = entityNamesWithBundledTagger();

describe('the first word of a quotation', () => {
  it('is no name after an opening "»" in Slovene', () => {
    const names = namesOf('Neurje poškodovalo sadovnjake pod Gorjancem', [
      'V noči na sredo je nad vasjo Zgornja Brezovica divjalo neurje, ki je poškodovalo več sadovnjakov in streh.',
      'Škoda je velika, je povedal Matevž Kranjc iz vasi. »Toča je padala skoraj pol ure in nam ni pustila ničesar,« je dejal.',
      'Občina Brezovica bo škodo popisala do konca meseca, so sporočili z občine.',
    ]);
    expect(names).toContain('Matevž Kranjc');
    expect(names).not.toContain('Toča');
  });

  it('is no name after a dash that follows a sentence in Polish', () => {
    const names = namesOf('Mieszkańcy Lipowej Góry bez prądu przez dwa dni', [
      'Awaria linii energetycznej odcięła od prądu kilkadziesiąt domów we wsi Lipowa Góra, poinformował zakład energetyczny.',
      'Mieszkanka wsi Halina Wróbel mówi, że nikt ich nie uprzedził. – Gotowałam obiad na kuchence gazowej przy świecach – mówi.',
      'Zakład zapowiada, że prace naprawcze potrwają do piątku, a mieszkańcy dostaną agregaty.',
    ]);
    expect(names).toContain('Halina Wróbel');
    expect(names).not.toContain('Gotowałam');
  });
});
