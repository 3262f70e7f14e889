import { emptyEntities, type NormalisedItem } from '../../src/model/item.js';

/** A normalised item with every field empty; tests override what they need. */
export const normalisedItem = (over: Partial<NormalisedItem> = {}): NormalisedItem => ({
  guid: null,
  url: null,
  title: null,
  section: null,
  summary: null,
  byline: null,
  published: null,
  updated: null,
  image: null,
  body: [],
  related: [],
  categories: [],
  topics: [],
  entities: emptyEntities(),
  contentHtml: '',
  enclosures: [],
  language: null,
  dropped: [],
  ...over,
});
