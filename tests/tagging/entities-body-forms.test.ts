/**
 * Bodies named with a case form or a cognate of a listed body word ("Komendy" of "Komenda",
 * "Sociedade" of "Sociedad"): their names run across the short function words that join a
 * body's name to what it is of or where it sits, as the listed words' names do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tagger } from '../../src/tagging/index.js';
import { isBodyWord, runs, tokenize } from '../../src/tagging/entities/tokens.js';
import { ownShortWords, spokenShortWords } from '../../src/tagging/everyday.js';
import { createTagger } from '../../src/tagging/load.js';
import { BUNDLED_TAXONOMY, readTaxonomy } from '../../src/tagging/taxonomy.js';
import { normalisedItem as item } from '../support/items.js';

let tagger: Tagger;
beforeAll(async () => {
  tagger = createTagger(await readTaxonomy(BUNDLED_TAXONOMY));
});

const runTexts = (text: string): string[] => {
  const tokens = tokenize(text);
  return runs(tokens).map((r) =>
    tokens
      .slice(r.start, r.end + 1)
      .map((t) => t.text)
      .join(' '),
  );
};

describe('forms of listed body words', () => {
  it('takes case forms and cognates of a listed body word as body words', () => {
    expect(isBodyWord('Komendy')).toBe(true);
    expect(isBodyWord('Sociedade')).toBe(true);
    expect(isBodyWord('Komenda')).toBe(true);
  });

  it('leaves words that only begin like one alone', () => {
    expect(isBodyWord('Komet')).toBe(false);
    expect(isBodyWord('Universe')).toBe(false);
    expect(isBodyWord('Ministerialdirektorin')).toBe(false);
  });

  it('runs a body named by a case form across its place preposition', () => {
    const found = runTexts('Wczoraj rzecznik Komendy Miejskiej Policji w Zalesinie potwierdził zatrzymanie.');
    expect(found).toContain('Komendy Miejskiej Policji w Zalesinie');
  });

  it('does not run an ordinary capitalised word across a function word', () => {
    expect(runTexts('Wczoraj Marek Nowak w Zalesinie otworzył sklep.')).not.toContain(
      'Marek Nowak w Zalesinie',
    );
  });
});

/** An invented Albanian story: a language the function-word lists lack. */
const ALBANIAN = [
  'Sot në mëngjes Ministria e Peshkimit dhe Pyjeve njoftoi se do të hapet një qendër e re për fëmijët e zonës.',
  'Drejtori i qendrës tha se puna do të nisë në pranverë dhe se nuk ka më vonesa për shkak të fondeve.',
  'Ai shtoi se pacientët nga fshatrat do të trajtohen në Spitali Rajonal i Valbonës deri në fund të vitit.',
  'Banorët thanë se janë të kënaqur me lajmin, por kërkojnë që rruga për në qendër të rregullohet sa më shpejt.',
];

describe('bodies named across the short words of a language without a function-word list', () => {
  it('tells the short function words of such a language from its text', () => {
    const words =
      ALBANIAN.join(' ')
        .toLowerCase()
        .match(/\p{L}+/gu) ?? [];
    const lists = spokenShortWords();
    const own = ownShortWords(words, lists);
    expect(own.has('dhe')).toBe(true);
    expect(own.has('i')).toBe(true);
    expect(ownShortWords(words.slice(0, 10), lists).size).toBe(0);
  });

  it('keeps a body\'s name whole across "e", "i" and "dhe"', () => {
    const e = tagger.enrich(item({ title: 'Lajme nga rajoni', body: ALBANIAN })).entities;
    const names = [...e.people, ...e.places, ...e.organisations];
    expect(names).toContain('Ministria e Peshkimit dhe Pyjeve');
    expect(names).toContain('Spitali Rajonal i Valbonës');
    expect(names).not.toContain('Ministria');
  });
});

describe('listed places whose names hold short lowercase words', () => {
  const placesOf = (body: string[]): string[] =>
    tagger.enrich(item({ title: 'Nieuws uit de regio', body })).entities.places;

  it('keeps a listed place whole across "op" and "aan den"', () => {
    const places = placesOf([
      'De nieuwe fietsbrug tussen Bergen op Zoom en Roosendaal gaat volgende week open.',
      'Ook in Alphen aan den Rijn wordt gewerkt aan een brug over het water.',
    ]);
    expect(places).toContain('Bergen op Zoom');
    expect(places).toContain('Alphen aan den Rijn');
    expect(places).not.toContain('Zoom');
  });

  it('leaves two names apart when no listed place spans them', () => {
    const places = placesOf([
      'De trein reed van Roosendaal op Breda zonder te stoppen, zei de woordvoerder.',
    ]);
    expect(places).not.toContain('Roosendaal op Breda');
  });
});
