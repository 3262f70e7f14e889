import type { StoredItem } from '../model/item.js';
import { html } from './html.js';
import { layout, subscribeBox, type FeedSet, type Site } from './layout.js';
import { itemList, pager, type SourceTitles } from './list.js';

export interface SearchData {
  query: string;
  items: StoredItem[];
  total: number;
  /** 1-based page number. */
  page: number;
  paging: { newer: string | null; older: string | null };
  feeds: FeedSet;
  titles: SourceTitles;
}

/** `/search?q=`: matching items, best first, paged; the query's own feeds to follow it. */
export function searchPage(site: Site, d: SearchData): string {
  const q = d.query.trim();
  const summary = !q
    ? 'Type words to find in headlines, standfirsts and articles.'
    : d.total === 0
      ? `Nothing matches “${q}”.`
      : `${site.fmt.count(d.total)} ${d.total === 1 ? 'item matches' : 'items match'} “${q}”${d.page > 1 ? ` (page ${site.fmt.count(d.page)})` : ''}.`;
  const main = html`<div class="layout">
    <div>
      <h1>${q ? html`Search: ${q}` : 'Search'}</h1>
      <form class="search" role="search" aria-label="Search again" action="/search" method="get">
        <label class="visually-hidden" for="search-page-q">Search words</label>
        <input id="search-page-q" type="search" name="q" value="${q}" />
        <button type="submit">Search</button>
      </form>
      <p class="lede-page" role="status">${summary}</p>
      ${
        d.items.length
          ? html`<h2 class="visually-hidden">Results</h2>
              ${itemList(site, d.items, d.titles, '')}`
          : ''
      }
      ${pager({ newer: d.paging.newer, older: d.paging.older })}
    </div>
    ${q ? html`<aside aria-label="Feeds of this search">${subscribeBox(d.feeds, 'this search')}</aside>` : ''}
  </div>`;
  return layout(
    site,
    {
      title: q ? `Search: ${q}` : 'Search',
      description: `Search the news collected by ${site.title}.`,
      feeds: d.feeds,
      current: 'search',
      bodyClass: 'search-page',
      noindex: true,
    },
    main,
  );
}
