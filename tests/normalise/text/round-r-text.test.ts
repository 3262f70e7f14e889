import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';
import { datesIn } from '../../../src/normalise/text/dates.js';

/** Shapes of round R, in invented text. */

const dump = (lines: string[]) => normaliseTextDump(lines.join('\n'), { url: null });

describe("a site's notice sentence over the section label and the headline", () => {
  it('is not where the story starts: the headline under the label is the title', () => {
    const item = dump([
      'Gi et bidrag   |   Bli frivillig',
      'FRH — Fjellredning Hallingdal',
      'Hjem   Om oss   Aksjoner   Kurs   Kontakt',
      'Ved ulykker i fjellet, ring 113 og be om å bli satt over til redningstjenesten.',
      'Aksjoner',
      'Klatrer hentet ned fra Storefjell etter fall',
      'Ni frivillige deltok i en aksjon som varte i nesten seks timer i kraftig vind og snøføyke.',
      'Publisert 3. mars 2026 kl. 14.20',
      'Tekst: Ingrid Haugen',
      'En klatrer i trettiårene falt om lag åtte meter i en isfoss lørdag ettermiddag og skadet beinet.',
      'Mannskapene nådde fram etter to timer og bar den skadde ned til en ventende ambulanse ved veien.',
      'Klatreren ble kjørt til sykehuset på Gol og er ikke alvorlig skadet, opplyser leder Per Nilsen.',
    ]);
    expect(item.title).toBe('Klatrer hentet ned fra Storefjell etter fall');
    expect(item.section).toBe('Aksjoner');
  });
});

describe('a day-period word of a Brahmic script spelled in a sibling script', () => {
  it('reads the hours of the word a sibling language prints alike (Punjabi "ਰਾਤ", night)', () => {
    expect(datesIn('੧੨ ਮਾਰਚ ੨੦੨੬, ਰਾਤ ੯:੩੦ (IST)')[0]!.instant).toBe('2026-03-12T21:30:00+05:30');
  });
});

describe('a zone named by its city and a word for "time" no list knows, in brackets', () => {
  it("is the city's zone, though an icon-labelled counter follows on the line", () => {
    const [day] = datesIn('12.03.2026 | 09:15 (Baku vaxtı)   💬 14');
    expect(day!.instant).toBe('2026-03-12T09:15:00+04:00');
  });
  it('is not read unbracketed, where a city and a word are prose as often', () => {
    expect(datesIn('12.03.2026 09:15 Baku police')[0]!.instant).toBeNull();
  });
});

describe('a labelled name, then a date after a label no list knows, under the text', () => {
  it("is the sign-off: the date is the page's", () => {
    const item = dump([
      'Habari',
      'Wakulima wa kahawa wapata bei mpya msimu huu',
      'Chama cha ushirika kimetangaza bei mpya ya kahawa kwa wanachama wake wote wa wilaya hiyo.',
      'Bei hiyo itaanza kutumika mwezi ujao, kwa mujibu wa mwenyekiti wa chama, Bw. Juma Said.',
      'Wakulima wengi wamesema bei hiyo itawasaidia kulipa ada za shule za watoto wao mwaka huu.',
      'Mwandishi: Amina Mwakyusa',
      'Imechapishwa: 12 Machi 2026, jioni 4:30 (EAT)',
      'Shiriki: Facebook | WhatsApp | X',
      'Soma pia',
      'Bei ya chai yapanda katika soko la Mombasa',
      'Mvua kubwa yaharibu mashamba ya mahindi',
    ]);
    expect(item.published).toBe('2026-03-12T16:30:00+03:00');
  });
});
