import { describe, expect, it } from 'vitest';
import {
  furnitureKind,
  isAccessBadge,
  isAdvertLabel,
  isListHeading,
  isRelatedHeading,
  isRelatedKey,
  isSiteListHeading,
  isSiteListKey,
  keyOf,
} from '../../../src/normalise/text/furniture.js';
import { isFurnitureLine } from '../../../src/normalise/html/cleanup/index.js';

/** Invented label lines of several kinds and cases, quotes and trailing punctuation included. */
const LINES = [
  'Related',
  '“Read also:”',
  'MOST READ',
  'Trending now',
  'Lire aussi',
  'Advertisement',
  '  Anzeige  ',
  'Subscribers only',
  'Share on Facebook | Share on X',
  '1 / 12',
  'İLGİLİ HABERLER',
  'The council meets on Tuesday to vote on the new bridge.',
  '',
];

describe('label tests given a key read once', () => {
  it('answer what the tests of the line itself answer', () => {
    for (const line of LINES) {
      const key = keyOf(line);
      expect(isRelatedKey(key)).toBe(isRelatedHeading(line));
      expect(isSiteListKey(key)).toBe(isSiteListHeading(line));
      expect(isListHeading(line)).toBe(isRelatedHeading(line) || isSiteListHeading(line));
      expect(isAdvertLabel(line, key)).toBe(isAdvertLabel(line));
      expect(isAccessBadge(line, key)).toBe(isAccessBadge(line));
      expect(furnitureKind(line, key)).toBe(furnitureKind(line));
    }
  });

  it('leave the furniture-line test as it was on its plain cases', () => {
    expect(isFurnitureLine('Advertisement')).toBe(true);
    expect(isFurnitureLine('Share on Facebook | Share on X')).toBe(true);
    expect(isFurnitureLine('The council meets on Tuesday to vote on the new bridge.')).toBe(false);
  });
});
