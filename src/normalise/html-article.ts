import type { NormalisedItem } from '../model/item.js';
import { emptyEntities } from '../model/item.js';
import { htmlToPlainText } from './text.js';

// FIRST VERSION, to be replaced by the HTML article normaliser.
export function normaliseHtmlArticle(html: string, opts: { url: string | null }): NormalisedItem {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? null;
  return {
    guid: null,
    url: opts.url,
    title: title ? htmlToPlainText(title) : null,
    section: null,
    summary: null,
    byline: null,
    published: null,
    updated: null,
    image: null,
    body: [htmlToPlainText(html)],
    related: [],
    categories: [],
    topics: [],
    entities: emptyEntities(),
    contentHtml: '',
    enclosures: [],
    language: null,
    dropped: [],
  };
}
