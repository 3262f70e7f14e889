import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Shapes of round D, in invented text: a trail over the headline that opens at a menu entry and
 * goes on to a sub-section the menu does not list, and an author signing with a bureau as role.
 * The page words are of an invented language, so that no word list can know them.
 */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

const MENU = ['Dalvo Tidende', 'Hjem', 'Kraji', 'Sporto', 'Kultira', 'Abonu | Eniru'];

const PROSE = [
  'Orla vendis la muelo de Karsten al loka konstruisto post tri jaroj da perdoj kaj du malsukcesaj aŭkcioj, diris la urbestro lundon.',
  'La nova posedanto volas fari el la muelo loĝejojn por junaj familioj kaj malgrandan kafejon.',
  'Loĝantoj de la strato timas ke la trafiko kreskos dum la konstrulaboroj de la venonta jaro.',
  'La urba konsilio voĉdonos pri la plano en sia kunsido de januaro, post publika aŭdienco.',
];

const TAIL = ['Etiketoj: muelo, Karsten, loĝejoj', '© 2026 Dalvo Tidende. Ĉiuj rajtoj rezervitaj.'];

describe('a trail from a menu entry to a sub-section the menu does not list', () => {
  for (const sep of ['/', '|'])
    it(`gives the sub-section as the section ("${sep}")`, () => {
      const item = dump([
        ...MENU,
        `Kraji ${sep} Norda Marbordo`,
        'Malnova muelo de Karsten vendita al loka konstruisto',
        'La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo',
        'de Mirela Vostok',
        'Publikita u 5 di dicembre 2026 à 17h40 CET',
        ...PROSE,
        ...TAIL,
      ]);
      expect(item.title).toBe('Malnova muelo de Karsten vendita al loka konstruisto');
      expect(item.section).toBe('Norda Marbordo');
    });
});

describe('an author signing with a bureau', () => {
  it('keeps the name and drops the bureau', () => {
    const item = dump([
      ...MENU,
      'Kraji',
      'Malnova muelo de Karsten vendita al loka konstruisto',
      'La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo',
      'By Mirela Vostok, Harbourtown Bureau',
      'Publikita u 5 di dicembre 2026 à 17h40 CET',
      ...PROSE,
      ...TAIL,
    ]);
    expect(item.byline).toBe('Mirela Vostok');
    expect(JSON.stringify(item)).not.toContain('Harbourtown Bureau');
  });
});

describe('a share row of two networks after a label no list knows', () => {
  it('is furniture, not the picture credit, and the caption under it keeps its own credit', () => {
    const item = dump([
      ...MENU,
      'Kraji',
      'Malnova muelo de Karsten vendita al loka konstruisto',
      'La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo',
      'de Mirela Vostok',
      'Publikita u 5 di dicembre 2026 à 17h40 CET',
      'Sendru: Facebook / WhatsApp',
      'La muelo ĉe la rivero en la vintra mateno. Foto: Ilse Varnholt',
      ...PROSE,
      ...TAIL,
    ]);
    expect(item.image?.caption).toBe('La muelo ĉe la rivero en la vintra mateno.');
    expect(item.image?.credit).toBe('Ilse Varnholt');
  });
});

describe('a tag row split by middle dots, then two lists under headers no list knows', () => {
  it('takes the first list after the tag row as the related one', () => {
    const item = dump([
      ...MENU,
      'Kraji',
      'Malnova muelo de Karsten vendita al loka konstruisto',
      'La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo',
      'de Mirela Vostok',
      'Publikita u 5 di dicembre 2026 à 17h40 CET',
      ...PROSE,
      'Tags: Karsten · muelo · Dalvo',
      'Eble vi ŝatos ankaŭ',
      'Dalvo malfermos novan lernejon por infanoj en 2027',
      'La vojo de Varna, fermita pro neĝo',
      'La plej legitaj',
      'Dalvo FK perdas hejme (0-2)',
      'Neĝo en la montoj: skiejoj malfermiĝas',
      'Komentoj (3)',
      '© 2026 Dalvo Tidende. Ĉiuj rajtoj rezervitaj.',
    ]);
    expect(item.related).toEqual([
      'Dalvo malfermos novan lernejon por infanoj en 2027',
      'La vojo de Varna, fermita pro neĝo',
    ]);
  });
});

describe('an ad label in a language no list knows, alone between paragraphs', () => {
  const page = (label: string) =>
    dump([
      ...MENU,
      'Kraji',
      'Malnova muelo de Karsten vendita al loka konstruisto',
      'La urbo ricevos novajn loĝejojn ĉe la rivero post la vendo',
      'de Mirela Vostok',
      'Publikita u 5 di dicembre 2026 à 17h40 CET',
      PROSE[0]!,
      PROSE[1]!,
      label,
      PROSE[2]!,
      PROSE[3]!,
      ...TAIL,
    ]);

  for (const label of ['Pubblisitad', 'Advertisin', 'Sponsoret'])
    it(`drops "${label}", spelled a letter or two from a listed label`, () => {
      const body = page(label).body;
      expect(body).not.toContain(label);
      expect(body).toContain(PROSE[2]);
    });

  it('keeps a word a heading might be, far from any label', () => {
    expect(page('Konkludoj').body).toContain('Konkludoj');
  });
});

describe('a cookie banner whose sentence ends in one button word', () => {
  it('is no headline: the title is the line after the trail', () => {
    const item = dump([
      ...MENU,
      'Ĉi tiu retejo uzas cookies por pli bona vizito. Konsentas',
      'Hjem > Kraji',
      'Malnova muelo de Karsten vendita al loka konstruisto',
      'de Mirela Vostok',
      'Publikita u 5 di dicembre 2026 à 17h40 CET',
      ...PROSE,
      ...TAIL,
    ]);
    expect(item.title).toBe('Malnova muelo de Karsten vendita al loka konstruisto');
    expect(item.summary).toBeNull();
  });
});

describe('"read more" and a section name, over a list after the site\'s most-read list', () => {
  it('reads the list under it as related', () => {
    const item = dump([
      ...MENU,
      'Kraji',
      'Malnova muelo de Karsten vendita al loka konstruisto',
      'de Mirela Vostok',
      'Publikita u 5 di dicembre 2026 à 17h40 CET',
      ...PROSE,
      'Etiketoj: muelo, Karsten, loĝejoj',
      'Most Popular',
      'Pramo haltas dum la ventego de merkredo',
      'Nova lernejo malfermiĝas en Orla',
      'Read more Kraji',
      'Ponto super la rivero estos riparita printempe',
      'Fiŝistoj protestas kontraŭ novaj kvotoj',
      'Comments',
      'Please log in to comment.',
      '© 2026 Dalvo Tidende. Ĉiuj rajtoj rezervitaj.',
    ]);
    expect(item.related).toEqual([
      'Ponto super la rivero estos riparita printempe',
      'Fiŝistoj protestas kontraŭ novaj kvotoj',
    ]);
  });
});
