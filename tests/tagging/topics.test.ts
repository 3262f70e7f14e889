/**
 * Topics from the bundled rules and vocabulary, on invented stories: a regional desk's name says
 * nothing about the subject, words every desk uses ("team") do not make a story sport, and a
 * story gets at most two topics.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tagger } from '../../src/tagging/index.js';
import { buildGazetteer } from '../../src/tagging/gazetteer.js';
import { createTagger, topicInputFor } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { normalisedItem as item } from '../support/items.js';

let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

describe('bundled topic rules', () => {
  it('reads a story under a regional desk by what it says', () => {
    const out = tagger.enrich(
      item({
        section: 'Europe',
        title: 'Cathedral chapter allows evening worship in the crypt for the first time',
        body: [
          'The cathedral chapter has voted to hold evening prayer and a weekly mass in the crypt from Advent.',
          'The bishop said the change would let the parish welcome pilgrims who arrive after the church closes.',
        ],
      }),
    );
    expect(out.topics[0]).toBe('religion');
  });
  it('does not make a rescue by teams of volunteers a sports story', () => {
    const out = tagger.enrich(
      item({
        title: 'Rescue teams search collapsed flats after gas explosion',
        body: [
          'Rescue teams worked through the night to search the rubble of a block of flats after a gas explosion.',
          'Two people were killed and eleven injured, emergency services said. Teams of firefighters cleared the site.',
        ],
      }),
    );
    expect(out.topics[0]).toBe('disaster-accident-and-emergency-incident');
    expect(out.topics).not.toContain('sport');
  });
  it('does not make a story about cyclists on the road a sports story', () => {
    const out = tagger.enrich(
      item({
        title: 'Cyclists and bus riders face longer commutes as bridge shuts for repairs',
        body: [
          'Commuters who cycle across the bridge will be sent on a detour of two kilometres while the deck is resurfaced.',
          'The transport authority said cyclists and pedestrians would share a temporary lane and buses would run every ten minutes.',
        ],
      }),
    );
    expect(out.topics).not.toContain('sport');
  });
  it('gives a story at most two topics', () => {
    const out = tagger.enrich(
      item({
        title: 'Council approves school, clinic and stadium in flood-hit district',
        body: [
          'The council approved a new school, a health clinic and a football stadium for the district hit by floods.',
          'Teachers, doctors and the club’s fans welcomed the vote; the budget is 40 million euros.',
        ],
      }),
    );
    expect(out.topics.length).toBeGreaterThan(0);
    expect(out.topics.length).toBeLessThanOrEqual(2);
  });
  it('does not read a function word of the article’s language as another language’s keyword', () => {
    const out = tagger.enrich(
      item({
        title: 'Altes Café am Marktplatz hat wieder geöffnet',
        body: [
          'Das Café am Marktplatz war zwei Jahre geschlossen. Nun hat eine Familie es übernommen.',
          'Es war schon immer ein beliebter Treffpunkt, sagt die neue Inhaberin. Der Andrang war groß.',
          'Der Kuchen war am ersten Tag schon mittags ausverkauft.',
        ],
      }),
    );
    // German "war" is "was", not the English keyword.
    expect(out.topics).not.toContain('conflict-war-and-peace');
  });
});

describe('names are not subject words', () => {
  it('does not read a person’s or a place’s name as a topic word', () => {
    const out = tagger.enrich(
      item({
        title: 'Bakery chain Parson & Daughters opens its 40th shop',
        body: [
          'The bakery chain founded by Matthew Bishop opened its 40th shop in Church Stretton on Friday.',
          'Bishop said sales had risen by a fifth, and the company plans ten more shops next year.',
        ],
      }),
    );
    expect(out.topics[0]).toBe('economy-business-and-finance');
    expect(out.topics).not.toContain('religion');
  });
});

describe('general vocabulary, not the names of one story', () => {
  // The bundled rules name no weather service, union or league: the IPTC vocabulary and the
  // everyday words carry such stories whatever the body is called.
  const stories: [string, string, string[]][] = [
    [
      'weather',
      'Forecasters warn of gales and heavy snow on the high passes',
      [
        'The Vallmark Meteorological Bureau said gusts of up to 110km/h and 40cm of snow were expected above 1,500 metres overnight.',
        'Forecasters advised drivers to carry chains and to expect the temperature to fall well below freezing by dawn.',
      ],
    ],
    [
      'labour',
      'Bus drivers vote to walk out over pay and shift patterns',
      [
        'Members of the Transit Workers’ Alliance voted by 82% to strike for two days next month after talks with the operator broke down.',
        'The union said drivers had been offered a pay rise below inflation and longer shifts; the employer said its offer was fair.',
      ],
    ],
    [
      'sport',
      'Eastholm Rovers 3-1 Carrow Athletic: late goals settle the derby',
      [
        'Two goals in the final ten minutes gave Eastholm Rovers victory in the Northern Counties League derby on Saturday.',
        'The striker scored his eleventh goal of the season before the midfielder added a third from the penalty spot.',
      ],
    ],
  ];
  it.each(stories)('reads a %s story whose body no rule names', (topic, title, body) => {
    expect(tagger.enrich(item({ title, body })).topics[0]).toBe(topic);
  });
});

describe('what topic scoring reads of an item', () => {
  // bench/topics-fit.mjs re-scores from this input, so it must be what the tagger itself reads.
  it('puts standfirst and first paragraph in the lede, the section and categories apart', async () => {
    const taxonomy = await readTaxonomy(BUNDLED_TAXONOMY);
    const { input } = topicInputFor(
      item({
        title: 'Ferry crews at Port Ellery walk out over rosters',
        summary: 'Crossings to the islands are cancelled until Friday.',
        section: 'Transport',
        categories: ['Islands'],
        body: ['The crews’ union called the stoppage on Monday.', 'Talks resume next week.'],
      }),
      taxonomy,
      buildGazetteer(),
    );
    // Weekday names are blanked: a date names no subject.
    expect(input.lede).toEqual([
      'Crossings to the islands are cancelled until  .',
      'The crews’ union called the stoppage on  .',
    ]);
    expect(input.body).toEqual(['Talks resume next week.']);
    expect(input.sections).toEqual(['Transport', 'Islands']);
    expect(input.language).toBe('en');
  });
});
