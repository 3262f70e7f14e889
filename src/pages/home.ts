import type { SourceDef } from '../config/index.js';
import type { StoredItem } from '../model/item.js';
import type { SourceState, TagCount } from '../store/index.js';
import { healthLine } from './health.js';
import { html, type Html } from './html.js';
import { feedSet, layout, subscribeBox, type Site } from './layout.js';
import { itemList, pager, sourcePath, tagPath, type SourceTitles } from './list.js';

export interface HomeData {
  items: StoredItem[];
  paging: { newer: string | null; older: string | null };
  tags: TagCount[];
  sources: SourceDef[];
  states: Record<string, SourceState>;
  titles: SourceTitles;
  now: Date;
}

/** Tags as small links with their counts. */
export function tagChips(site: Site, tags: TagCount[]): Html {
  return html`<ul class="chips">
    ${tags.map(
      (t) =>
        html`<li>
          <a href="${tagPath(t.tag.slug)}"
            >${t.tag.label}<span class="n"
              ><span class="visually-hidden">, items: </span>${site.fmt.count(t.count)}</span
            ></a
          >
        </li>`,
    )}
  </ul>`;
}

const TOP_TOPICS = 8;
const TOP_ENTITIES = 12;

/** The front page: the latest items, paged like the feeds; top topics and names; sources; feeds. */
export function homePage(site: Site, d: HomeData): string {
  const topics = d.tags.filter((t) => t.tag.kind === 'topic').slice(0, TOP_TOPICS);
  const names = d.tags.filter((t) => t.tag.kind === 'entity' && t.count > 1).slice(0, TOP_ENTITIES);
  const paged = d.paging.newer !== null;
  const main = html`<div class="layout">
    <div>
      <h1 class="list-title">${paged ? 'Earlier news' : 'Latest news'}</h1>
      <h2 class="visually-hidden">Items</h2>
      ${itemList(site, d.items, d.titles, 'No items yet: sources run on their schedules.')} ${pager(d.paging)}
    </div>
    <aside aria-label="Topics, sources and feeds">
      ${subscribeBox(feedSet(site, site.title, ''), 'everything', true)}
      ${
        topics.length
          ? html`<section aria-labelledby="topics-h">
              <h2 id="topics-h">Top topics</h2>
              ${tagChips(site, topics)}
            </section>`
          : ''
      }
      ${
        names.length
          ? html`<section aria-labelledby="names-h">
              <h2 id="names-h">In the news</h2>
              ${tagChips(site, names)}
              <p class="meta"><a href="/tags/">All topics and names</a></p>
            </section>`
          : ''
      }
      <section aria-labelledby="sources-h">
        <h2 id="sources-h">Sources</h2>
        ${
          d.sources.length
            ? html`<ul class="plain">
                  ${d.sources.map(
                    (s) =>
                      html`<li>
                        <a href="${sourcePath(s.id)}">${s.title}</a><br /><span class="meta"
                          >${healthLine(site, s, d.states[s.id], d.now)}</span
                        >
                      </li>`,
                  )}
                </ul>
                <p class="meta"><a href="/sources/">Every source in detail</a></p>`
            : html`<p>No sources configured.</p>`
        }
      </section>
    </aside>
  </div>`;
  return layout(
    site,
    {
      title: site.title,
      description: `The latest news collected by ${site.title}, with feeds for every topic and source.`,
      feeds: feedSet(site, site.title, ''),
      canonical: paged ? null : `${site.baseUrl}/`,
      current: 'latest',
      meta: [
        ['og:type', 'website'],
        ['og:title', site.title],
        ['og:url', `${site.baseUrl}/`],
        ['og:site_name', site.title],
      ],
    },
    main,
  );
}
