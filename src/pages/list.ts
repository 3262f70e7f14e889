import type { StoredItem } from '../model/item.js';
import { publishedDate, sourceName } from '../publish/common.js';
import { html, type Html } from './html.js';
import type { Site } from './layout.js';

/** Display names of configured sources, by id. */
export type SourceTitles = Record<string, string>;

export const itemPath = (item: StoredItem): string => `/items/${encodeURIComponent(item.id)}`;
export const tagPath = (slug: string): string => `/tags/${encodeURIComponent(slug)}/`;
export const sourcePath = (id: string): string => `/sources/${encodeURIComponent(id)}/`;

/** A date as a reader sees it, with the instant for machines. */
export function timeEl(site: Site, d: Date, style: 'day' | 'full' = 'day'): Html {
  return html`<time datetime="${d.toISOString()}"
    >${style === 'day' ? site.fmt.day(d) : site.fmt.dateTime(d)}</time
  >`;
}

/** The source an item's content came from, linked to its page when it is a configured source. */
export function sourceLabel(item: StoredItem, titles: SourceTitles): Html | null {
  const origin = item.origins[0];
  if (!origin) return null;
  const name = sourceName(origin.source, titles);
  return Object.hasOwn(titles, origin.source)
    ? html`<a href="${sourcePath(origin.source)}">${name}</a>`
    : html`<span>${name}</span>`;
}

/** The line under a title: what an item is, at a glance. */
function lede(site: Site, item: StoredItem): string {
  const text = item.summary ?? item.body[0] ?? '';
  return text ? site.fmt.firstLine(text) : '';
}

/** A list of items: title, source, section, date and the first line of the standfirst. */
export function itemList(site: Site, items: StoredItem[], titles: SourceTitles, empty: string): Html {
  if (items.length === 0) return html`<p>${empty}</p>`;
  return html`<ol class="items">
    ${items.map((item) => {
      const date = publishedDate(item);
      const text = lede(site, item);
      return html`<li>
        <h3><a href="${itemPath(item)}">${item.title ?? '(untitled)'}</a></h3>
        <p class="meta">
          ${sourceLabel(item, titles)}${item.section ? html`<span>${item.section}</span>` : ''}${date ? timeEl(site, date) : ''}
        </p>
        ${text ? html`<p class="lede">${text}</p>` : ''}
      </li> `;
    })}
  </ol>`;
}

/** Links to the newer and older pages, when there are some. */
export function pager(links: { newer: string | null; older: string | null }): Html {
  if (!links.newer && !links.older) return html``;
  return html`<nav class="pager" aria-label="More items">
    ${links.newer ? html`<a class="newer" rel="prev" href="${links.newer}">← Newer</a>` : ''}
    ${links.older ? html`<a class="older" rel="next" href="${links.older}">Older →</a>` : ''}
  </nav>`;
}
