/**
 * A short name the article goes on to use by its last word alone ("Racing Velmora", then
 * "Velmora") is one entity, whatever lists hold its first word; a place the article puts after
 * "in" stays a place of its own. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { entityNamesWithBundledTagger } from '../support/tagger.js';

const namesOf = entityNamesWithBundledTagger();

describe('a short name referred to by its last word', () => {
  it('merges a club named again by its last word', () => {
    const names = namesOf('Late goal settles the derby', [
      'A goal in the last minute gave Racing Velmora a 2-1 win over their neighbours on Saturday.',
      'The result leaves Velmora third in the table, two points behind the leaders.',
    ]);
    expect(names).toContain('Racing Velmora');
    expect(names).not.toContain('Velmora');
  });

  it('merges a surname that is also a town’s name into the person', () => {
    const names = namesOf('Volunteers clear the beach', [
      'More than eighty people turned up with bags and gloves, said Jordan Hartlepool, who organised the day.',
      '“We filled a skip by noon,” Hartlepool said, adding that the council would collect it.',
    ]);
    expect(names).toContain('Jordan Hartlepool');
    expect(names).not.toContain('Hartlepool');
  });

  it('keeps a place named after a preposition apart', () => {
    const names = namesOf('New ferry route announced', [
      'Harbour Velmora will run the new service from the spring, the operator said.',
      'Crossings will leave from the quay in Velmora twice a day.',
    ]);
    expect(names).toContain('Velmora');
  });
});
