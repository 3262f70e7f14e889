/**
 * Full-text search over stored items for stores without a search engine of their own (the
 * embedded store): an in-memory MiniSearch index of titles, standfirsts and bodies, kept in step
 * with the store by each item's id and `modified` time, so a change re-indexes only what changed.
 */
import MiniSearch from 'minisearch';
import type { StoredItem } from '../model/item.js';
import { isStopword } from '../language/stopwords.js';
import { compareNewestFirst } from '../store/retention.js';

/** Case and accents folded ("Zürich" finds "zurich"); function words left out of index and query. */
export function searchTerm(term: string): string | null {
  const folded = term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return folded && !isStopword(folded) ? folded : null;
}

/** The words of a query that can match anything: none means the query cannot be answered. */
export function searchableWords(text: string): string[] {
  return MiniSearch.getDefault('tokenize')(text)
    .map((w: string) => searchTerm(w))
    .filter((w: string | null): w is string => !!w);
}

interface Doc {
  id: string;
  title: string;
  summary: string;
  body: string;
}

const toDoc = (item: StoredItem): Doc => ({
  id: item.id,
  title: item.title ?? '',
  summary: item.summary ?? '',
  body: item.body.join('\n'),
});

/** Items re-indexed per event-loop turn while catching up, so a large first build never stalls polls. */
const CHUNK = 200;

export class SearchIndex {
  readonly #mini = new MiniSearch<Doc>({
    fields: ['title', 'summary', 'body'],
    storeFields: [],
    processTerm: searchTerm,
    searchOptions: {
      // Every word must match; a word also finds longer forms ("flood" → "flooding").
      combineWith: 'AND',
      prefix: (term) => term.length >= 4,
      // The headline says what a story is about more than any paragraph does.
      boost: { title: 4, summary: 2 },
    },
  });
  /** id → `modified` of the version indexed. */
  readonly #indexed = new Map<string, string>();
  #items = new Map<string, StoredItem>();
  #synced: readonly StoredItem[] | null = null;
  #syncing: Promise<void> = Promise.resolve();

  /** Make the index hold exactly these items (the store's current list); cheap when nothing changed. */
  sync(items: readonly StoredItem[]): Promise<void> {
    const run = this.#syncing.then(() => this.#sync(items));
    this.#syncing = run.catch(() => undefined);
    return run;
  }

  async #sync(items: readonly StoredItem[]): Promise<void> {
    if (this.#synced === items) return;
    const current = new Map(items.map((i) => [i.id, i]));
    for (const id of this.#indexed.keys()) {
      const item = current.get(id);
      if (!item || item.modified !== this.#indexed.get(id)) {
        this.#mini.discard(id);
        this.#indexed.delete(id);
      }
    }
    const fresh = items.filter((i) => !this.#indexed.has(i.id));
    for (let i = 0; i < fresh.length; i += CHUNK) {
      for (const item of fresh.slice(i, i + CHUNK)) {
        this.#mini.add(toDoc(item));
        this.#indexed.set(item.id, item.modified);
      }
      if (i + CHUNK < fresh.length) await new Promise((resolve) => setImmediate(resolve));
    }
    this.#items = current;
    this.#synced = items;
  }

  /** Matching items, best first (equal scores: newest first), or newest first with `order: 'newest'`. */
  search(text: string, order: 'relevance' | 'newest' = 'relevance'): StoredItem[] {
    if (searchableWords(text).length === 0) return [];
    const hits = this.#mini
      .search(text)
      .map((h) => ({ item: this.#items.get(String(h.id)), score: h.score }))
      .filter((h): h is { item: StoredItem; score: number } => !!h.item);
    hits.sort((a, b) =>
      order === 'newest'
        ? compareNewestFirst(a.item, b.item)
        : b.score - a.score || compareNewestFirst(a.item, b.item),
    );
    return hits.map((h) => h.item);
  }
}
