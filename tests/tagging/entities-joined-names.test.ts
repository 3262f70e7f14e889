/**
 * Two names run together by a short lowercase word ("Exampleton for South Africa") are two names
 * where the article also names the first on its own; a body's name over "of" stays whole.
 * Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { entityNamesWithBundledTagger } from '../support/tagger.js';

const namesOf = entityNamesWithBundledTagger();

describe('two names run together by a short lowercase word', () => {
  it('splits them where the first stands alone elsewhere', () => {
    const names = namesOf('Squad named for the tour', [
      'Hundreds of fans gathered at the airport in Kelbury on Sunday to see the players off.',
      'The squad flies out of Kelbury for South Africa after Tuesday’s training session, Ana Soto said.',
    ]);
    expect(names).toContain('Kelbury');
    expect(names).toContain('South Africa');
    expect(names).not.toContain('Kelbury for South Africa');
  });

  it('keeps a run whose first part never stands alone, and a body of a place', () => {
    const names = namesOf('Council backs the new plan', [
      'The University of Westmarch said on Monday that the plan would go ahead next year.',
      'Residents of Nordholm de la Sierra were told the road would reopen in May.',
    ]);
    expect(names).toContain('University of Westmarch');
    expect(names).not.toContain('Nordholm');
  });
});
