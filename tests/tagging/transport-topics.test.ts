/**
 * Transport is an economy subject in IPTC Media Topics (transport, traffic and infrastructure
 * projects sit under economy, business and finance): CLDR's words for bus, tram, ferry or bridge
 * emoji read a story in a language the vocabulary lacks as such, and a word that names many other
 * things ("station", "works") does not. Invented texts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EMOJI_KEYWORDS } from '../../src/tagging/emoji-keywords.js';
import type { Tagger } from '../../src/tagging/index.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { normalisedItem as item } from '../support/items.js';

let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

const economyStems = (lang: string): string[] =>
  (EMOJI_KEYWORDS[lang]?.['economy-business-and-finance']?.stems ?? '').split('|');

describe('transport stories in languages without a vocabulary', () => {
  it('are economy stories', () => {
    const bus = item({
      title: 'Mestni avtobus bo od ponedeljka vozil vsakih deset minut',
      body: ['Nova linija povezuje železniško postajo s pristaniščem, kjer pristaja trajekt.'],
    });
    expect(tagger.enrich(bus).topics[0]).toBe('economy-business-and-finance');
    const route = item({ title: 'Шинэ автобусны чиглэл нээгдлээ', body: ['Буудлууд шинэчлэгдэнэ.'] });
    expect(tagger.enrich(route).topics[0]).toBe('economy-business-and-finance');
  });

  it('leave out words of many senses', () => {
    // Catalan "obres" (road works, a writer's works) and Polish "stacja" (any station).
    expect(economyStems('ca')).not.toContain('obres');
    expect(economyStems('pl').some((s) => s.startsWith('stacj'))).toBe(false);
  });
});
