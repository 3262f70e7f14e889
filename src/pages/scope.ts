import type { SourceDef } from '../config/index.js';
import type { StoredItem, Tag } from '../model/item.js';
import type { SourceState } from '../store/index.js';
import { healthLine } from './health.js';
import { html, type Html } from './html.js';
import { feedSet, layout, subscribeBox, type Site } from './layout.js';
import { itemList, pager, sourcePath, tagPath, type SourceTitles } from './list.js';

interface ListPage {
  items: StoredItem[];
  paging: { newer: string | null; older: string | null };
  titles: SourceTitles;
}

export const TAG_KIND_LABEL: Record<Tag['kind'], string> = {
  topic: 'Topic',
  section: 'Section',
  category: 'Category',
  source: 'Tag',
  entity: 'Name',
};

function scopePage(
  site: Site,
  o: { heading: string; kicker: string; intro: Html; path: string; feedPrefix: string; description: string },
  d: ListPage,
): string {
  const feeds = feedSet(site, `${site.title}: ${o.heading}`, o.feedPrefix);
  const paged = d.paging.newer !== null;
  const main = html`<div class="layout">
    <div>
      <p class="kicker">${o.kicker}</p>
      <h1>${o.heading}</h1>
      ${o.intro}
      <h2 class="visually-hidden">Items</h2>
      ${itemList(site, d.items, d.titles, 'No items here yet.')} ${pager(d.paging)}
    </div>
    <aside aria-label="Feeds">${subscribeBox(feeds, o.heading)}</aside>
  </div>`;
  return layout(
    site,
    {
      title: o.heading,
      description: o.description,
      feeds,
      canonical: paged ? null : `${site.baseUrl}${o.path}`,
      current: o.feedPrefix.startsWith('/sources') ? 'sources' : 'tags',
      meta: [
        ['og:type', 'website'],
        ['og:title', `${o.heading} — ${site.title}`],
        ['og:url', `${site.baseUrl}${o.path}`],
        ['og:site_name', site.title],
      ],
    },
    main,
  );
}

/** `/tags/<slug>/`: the items of one tag, paged, with the tag's feeds. */
export function tagPage(
  site: Site,
  d: ListPage & { tag: Tag; entityKind: string | null; count: number },
): string {
  const path = tagPath(d.tag.slug);
  const kicker = d.entityKind ?? TAG_KIND_LABEL[d.tag.kind];
  return scopePage(
    site,
    {
      heading: d.tag.label,
      kicker,
      intro: html`<p class="lede-page">
        ${site.fmt.count(d.count)} ${d.count === 1 ? 'item' : 'items'} tagged ${d.tag.label}.
      </p>`,
      path,
      feedPrefix: path.slice(0, -1),
      description: `News tagged ${d.tag.label} on ${site.title}.`,
    },
    d,
  );
}

/** `/sources/<id>/`: the items one source brought, paged, with its state and feeds. */
export function sourcePage(
  site: Site,
  d: ListPage & { source: SourceDef; state: SourceState | undefined; now: Date; homepage: string | null },
): string {
  const path = sourcePath(d.source.id);
  return scopePage(
    site,
    {
      heading: d.source.title,
      kicker: 'Source',
      intro: html`<p class="meta lede-page">
        ${healthLine(site, d.source, d.state, d.now)}${
          d.homepage ? html`<a href="${d.homepage}">The source's site</a>` : ''
        }<a href="/sources/#source-${d.source.id}">Run details</a>
      </p>`,
      path,
      feedPrefix: path.slice(0, -1),
      description: `News from ${d.source.title}, collected by ${site.title}.`,
    },
    d,
  );
}
