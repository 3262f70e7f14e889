import type { NormalisedItem } from '../model/item.js';
import { emptyEntities } from '../model/item.js';
import { paragraphsToHtml } from './content.js';

// FIRST VERSION, to be replaced by the text-dump normaliser.
export function normaliseTextDump(text: string, opts: { url: string | null }): NormalisedItem {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const body = lines.slice(1);
  return {
    guid: null,
    url: opts.url,
    title: lines[0] ?? null,
    section: null,
    summary: null,
    byline: null,
    published: null,
    updated: null,
    image: null,
    body,
    related: [],
    categories: [],
    topics: [],
    entities: emptyEntities(),
    contentHtml: paragraphsToHtml({ image: null, body }),
    enclosures: [],
    language: null,
    dropped: [],
  };
}
