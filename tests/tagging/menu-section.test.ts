/**
 * A label that closes a run of menu entries right over the headline may be the page's section or
 * only the menu's last entry. Tagging keeps it when the article is about what it names, drops it
 * to furniture when it names a subject the article never touches, and keeps a label that names
 * no subject. Invented pages.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../src/normalise/text/dump.js';
import type { Tagger } from '../../src/tagging/index.js';
import { loadTagger } from '../../src/tagging/load.js';

let tagger: Tagger;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'fw-menu-section-'));
  tagger = await loadTagger(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const LOST_CAT = [
  'Harbour shelter reunites owners with cat missing for two winters',
  'A ginger tom that vanished during a storm turned up 90 miles away, microchip intact',
  'by Wendy Arlott',
  'Tue, March 3rd 2026, 4:05 PM EST',
  'A ginger cat that disappeared from a fishing village two winters ago has been returned to its owners after a shelter volunteer scanned its microchip.',
  'Marmalade, now nine, was found sleeping in a garden shed in a town 90 miles along the coast.',
  '"We had stopped looking, but we never stopped hoping," said his owner, Petra Lowndes.',
  'The shelter said the cat was thin but healthy, and had probably been fed by neighbours for months.',
  "Volunteers urged owners to keep the contact details on their pets' microchips up to date.",
].join('\n');

const MATCH = [
  'Quayside United 3–0 Millbrook: hosts cruise into the county cup final',
  'Two goals before the break settled the semi-final at a packed harbour ground',
  'by Wendy Arlott',
  'Tue, March 3rd 2026, 9:40 PM EST',
  'Quayside United reached the county cup final with a comfortable win over Millbrook, scoring twice in the first half through their striker and captain.',
  'The visitors had a goal disallowed for offside before the break and never recovered.',
  'A late penalty completed the win, and the home side will play the final at the league ground next month.',
  'The manager praised his defence, which has not conceded a goal in four cup matches this season.',
].join('\n');

const page = (menuTail: string, story: string): string =>
  ['Coast 9 News', 'Watch Live', 'News', 'Weather', 'Sport', 'Money', menuTail, story].join('\n');

const tagged = (text: string) => tagger.enrich(normaliseTextDump(text, { url: null }));

describe('a menu entry standing over the headline', () => {
  it('is dropped as furniture when it names a subject the article never touches', () => {
    const item = tagged(page('Business', LOST_CAT));
    expect(item.section).toBeNull();
    expect(item.dropped).toContain('Business');
    expect(item).not.toHaveProperty('sectionUnconfirmed');
  });

  it('is kept when the article is about what it names', () => {
    const item = tagged(page('Football', MATCH));
    expect(item.section).toBe('Football');
    expect(item.topics[0]).toBe('sport');
  });

  it('is kept over a story no vocabulary or dictionary reads, which cannot tell against it', () => {
    // Latvian: a choir's new season; the menu's entries and the label are the paper's own words.
    const story = [
      'Ziņas',
      'Sports',
      'Kultūra',
      'Pilsētas koris sāk jauno sezonu ar trim koncertiem',
      'Diriģente stāsta, ka šogad korī dzied vairāk jauniešu nekā jebkad',
      'Pilsētas jauktais koris sestdien sāks jauno sezonu ar koncertu vecajā baznīcā, kur skanēs gan tautasdziesmas, gan jaunu komponistu darbi.',
      'Korī šobrīd dzied sešdesmit dziedātāju, no tiem gandrīz puse ir jaunieši, kas pievienojās pēc vasaras nometnes.',
      'Nākamie koncerti paredzēti decembrī un janvārī.',
    ].join('\n');
    const item = tagged(story);
    expect(item.section).toBe('Kultūra');
    expect(item.topics[0]).toBe('arts-culture-entertainment-and-media');
  });

  it('is kept when it names no subject at all', () => {
    expect(tagged(page('Coastal News', LOST_CAT)).section).toBe('Coastal News');
  });

  it('is never questioned after controls, which are no menu of sections', () => {
    const controls = ['Coast 9 News', 'Subscribe', 'Search', 'Sign in', 'Business', LOST_CAT].join('\n');
    expect(tagged(controls).section).toBe('Business');
  });

  it('is never questioned when it stands alone or the breadcrumb confirms it', () => {
    const alone = ['Coast 9 News', 'Business', LOST_CAT].join('\n');
    expect(tagged(alone).section).toBe('Business');
    const crumbed = ['Home › Business', 'News', 'Sport', 'Business', LOST_CAT].join('\n');
    expect(tagged(crumbed).section).toBe('Business');
  });
});
