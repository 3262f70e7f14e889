import type { TagCount } from '../store/index.js';
import { html } from './html.js';
import { tagChips } from './home.js';
import { feedSet, layout, type Site } from './layout.js';

/** What kind of name an entity tag is, when known (from the items that carry it). */
export type EntityKind = 'person' | 'place' | 'organisation';

const GROUPS: Array<{
  id: string;
  heading: string;
  test: (t: TagCount, kind: EntityKind | null) => boolean;
}> = [
  { id: 'topics', heading: 'Topics', test: (t) => t.tag.kind === 'topic' },
  { id: 'sections', heading: 'Sections', test: (t) => t.tag.kind === 'section' },
  { id: 'places', heading: 'Places', test: (t, k) => t.tag.kind === 'entity' && k === 'place' },
  { id: 'people', heading: 'People', test: (t, k) => t.tag.kind === 'entity' && k === 'person' },
  {
    id: 'organisations',
    heading: 'Organisations',
    test: (t, k) => t.tag.kind === 'entity' && k === 'organisation',
  },
  { id: 'names', heading: 'Other names', test: (t, k) => t.tag.kind === 'entity' && k === null },
  {
    id: 'categories',
    heading: 'Categories',
    test: (t) => t.tag.kind === 'category' || t.tag.kind === 'source',
  },
];

export const ENTITY_KIND_LABEL: Record<EntityKind, string> = {
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
};

/**
 * `/tags/`: every tag, grouped by kind, busiest first. Tags with a single item are many and say
 * little; they wait behind a "more" link (`?all=1`) so the index stays short.
 */
export function tagsIndexPage(
  site: Site,
  d: { tags: TagCount[]; entityKinds: Map<string, EntityKind>; all: boolean },
): string {
  const groups = GROUPS.map((g) => {
    const tags = d.tags.filter((t) => g.test(t, d.entityKinds.get(t.tag.slug) ?? null));
    const shown = d.all ? tags : tags.filter((t) => t.count > 1);
    return { ...g, tags, shown, hidden: tags.length - shown.length };
  }).filter((g) => g.tags.length > 0);
  const hidden = groups.reduce((n, g) => n + g.hidden, 0);
  const main = html`<h1>Topics and names</h1>
    <p class="lede-page">
      Every tag has its own page and feeds.
      ${
        d.all
          ? html`Showing every tag. <a href="/tags/">Show only tags with several items</a>.`
          : hidden
            ? html`Tags with a single item are hidden:
                <a href="/tags/?all=1">show ${site.fmt.count(hidden)} more</a>.`
            : ''
      }
    </p>
    ${groups.length === 0 ? html`<p>No tags yet.</p>` : ''}
    ${groups.map(
      (g) =>
        html`<section aria-labelledby="${g.id}-h">
          <h2 id="${g.id}-h">${g.heading} <span class="meta">(${site.fmt.count(g.tags.length)})</span></h2>
          ${g.shown.length ? tagChips(site, g.shown) : ''}
          ${g.hidden ? html`<p class="meta"><a href="/tags/?all=1#${g.id}-h">${site.fmt.count(g.hidden)} more with one item each</a></p>` : ''}
        </section>`,
    )}`;
  return layout(
    site,
    {
      title: 'Topics and names',
      description: `Every topic, section, place, person and organisation tagged on ${site.title}.`,
      feeds: feedSet(site, site.title, ''),
      canonical: `${site.baseUrl}/tags/`,
      current: 'tags',
    },
    main,
  );
}
