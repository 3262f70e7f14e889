import { createRequire } from 'node:module';
import type nlp from 'compromise';
import { folderOf, loadPrebuilt, type PrebuiltTable } from '../prebuilt/table.js';

type Lexicon = Record<string, string | string[]>;

/**
 * compromise's lexicon, kept by the build (scripts/name-table.mjs): loading compromise and
 * expanding its model took most of a second of every process's start-up. Built from its one-file
 * CommonJS build, the same model as its ES module entry's 400-odd files.
 */
export const LEXICON_TABLE: PrebuiltTable<Lexicon> = {
  file: 'lexicon.json',
  here: folderOf(import.meta.url),
  code: ['lexicon.js'],
  packages: ['compromise'],
  build: () =>
    (
      (createRequire(import.meta.url)('compromise') as typeof nlp).model() as {
        one: { lexicon: Lexicon };
      }
    ).one.lexicon,
};

/**
 * compromise's English lexicon, word (lower case) → its tag or tags ("paris" → "City"): the one
 * copy every reader of it asks, the gazetteer, the word tables and the topic vocabulary alike.
 */
export const LEXICON: Readonly<Lexicon> = loadPrebuilt(LEXICON_TABLE);
