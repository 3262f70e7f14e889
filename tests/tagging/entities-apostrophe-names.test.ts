/**
 * An apostrophe inside a name may be a letter of it (a glottal stop, a letter of its own), not
 * the mark before a case ending: the name keeps what follows. A case ending shows itself where
 * the text writes the name bare too, or where the language writes its endings so. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { entityNamesWithBundledTagger } from '../support/tagger.js';

const namesOf = entityNamesWithBundledTagger();

describe('an apostrophe inside a name', () => {
  it('keeps the letters after it where the name is never written without them', () => {
    const names = namesOf('Road works close the coast road', [
      'The coast road will be closed for a week while crews repair the culverts, the works office said.',
      "Drivers heading to Ka'ena Point are asked to use the inland road instead.",
      "Site manager Tavita Lefa'alogo said the crews would work through the weekend to finish early.",
    ]);
    expect(names).toContain("Ka'ena Point");
    expect(names).toContain("Tavita Lefa'alogo");
    expect(names).not.toContain('Tavita Lefa');
  });

  it('still reads an ending after it where the name stands bare elsewhere', () => {
    const names = namesOf('Ferry timetable changes', [
      'The ferry company will change its timetable next month, its spokesperson said.',
      "Boats to Kelbymouth'a will leave an hour earlier, and the last boat from Kelbymouth will sail at nine.",
    ]);
    expect(names).toContain('Kelbymouth');
    expect(names).not.toContain("Kelbymouth'a");
  });
});
