import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Header shapes of round J, in invented text: a relative time ("3 hours ago") in words no list
 * (CLDR included) names, printed under the standfirst and a byline of no known prefix.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const PROSE = [
  'La urba konsilio decidis lundon malfermi novan muzeon en la malnova haveno, post tri jaroj da konstruado.',
  'La konstruaĵo kostis dek milionojn da eŭroj kaj gastigos kolekton de ŝipaj modeloj kaj mapoj.',
  'La unuaj vizitantoj povos eniri senpage dum la unua semajnfino de la nova jaro.',
];

describe('a count among a few lower-case words under the standfirst', () => {
  const header = [
    'KULTURO',
    '',
    'Nova muzeo malfermiĝas en la malnova haveno',
    '',
    'La urbo investis dek milionojn en la konstruaĵon apud la akvo.',
    '',
    'Skribita fare ANA LEE',
    'Zoruk pa 4 tenu ke valimo',
    '',
  ];

  it('is a relative time: not the headline, and the section stays over the headline', () => {
    const item = dump([...header, ...PROSE]);
    expect(item.title).toBe('Nova muzeo malfermiĝas en la malnova haveno');
    expect(item.section).toBe('KULTURO');
    expect(item.summary).toBe('La urbo investis dek milionojn en la konstruaĵon apud la akvo.');
    expect(item.published).toBeNull();
    expect(item.body.join(' ')).not.toContain('Zoruk');
  });

  it('a headline with a count stands above its standfirst and stays the headline', () => {
    const item = dump([
      'KULTURO',
      'Muzeo akceptas 3 novajn ŝipojn',
      'La urbo investis dek milionojn en la konstruaĵon apud la akvo.',
      ...PROSE,
    ]);
    expect(item.title).toBe('Muzeo akceptas 3 novajn ŝipojn');
  });
});

describe('a caption wrapped onto a second line, its credit under both', () => {
  it('is one caption, and the credit is the photographer’s, not the wrapped line’s last word', () => {
    const item = dump([
      'KULTURO',
      'Nova muzeo malfermiĝas en la malnova haveno',
      'La urbo investis dek milionojn en la konstruaĵon apud la akvo.',
      'De Ana Lee',
      '4 marto 2026, 10:15',
      'La nova muzeo vidata de la ponto super la rivero en Portovila',
      'dum la malferma festo sabate.',
      'Foto: Ben Ray',
      ...PROSE,
    ]);
    expect(item.image?.caption).toBe(
      'La nova muzeo vidata de la ponto super la rivero en Portovila dum la malferma festo sabate.',
    );
    expect(item.image?.credit).toBe('Ben Ray');
    expect(item.body[0]).toBe(PROSE[0]);
  });
});

describe('a byline whose "by" word no list holds, the name in capitals, over the date line', () => {
  it('is the byline, and a labelled name under it is the picture’s credit', () => {
    const item = dump([
      'KULTURO',
      'Nova muzeo malfermiĝas en la malnova haveno',
      'La urbo investis dek milionojn en la konstruaĵon apud la akvo.',
      'Skribita fare ANA LEE',
      'Zoruk pa 4 tenu ke valimo',
      'Bildeto: Urba Konsilio',
      ...PROSE,
    ]);
    expect(item.byline).toBe('ANA LEE');
    expect(item.image?.credit).toBe('Urba Konsilio');
  });
});
