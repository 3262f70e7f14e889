/**
 * A short capitalised word beside an amount is its currency or unit ("Kz 450", "12 KM", "Br₵ 90"),
 * not a name, wherever it stands in a sentence. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { entityNamesWithBundledTagger } from '../support/tagger.js';

const namesOf = entityNamesWithBundledTagger();

describe('a currency or unit beside an amount', () => {
  it('is no name before or after the number', () => {
    const names = namesOf('Milk prices climb again', [
      'A litre of milk now costs Kz 450 at the market, up from Kz 380 a month ago, said trader Ana Soto.',
      'Farmers say the new road, 12 KM long, will cut the cost of bringing milk in from the hills.',
    ]);
    expect(names).toContain('Ana Soto');
    expect(names).not.toContain('Kz');
    expect(names).not.toContain('KM');
  });
});
