import type { StoredItem } from '../model/item.js';
import {
  contentBase,
  imageUrl,
  modifiedDate,
  needsSanitising,
  parseDate,
  publishedDate,
  sourceName,
  uniqueTags,
  publicLink,
  webUrl,
} from '../publish/common.js';
import { sanitizeContent } from '../normalise/content.js';
import { html, trusted, type Html } from './html.js';
import { feedSet, layout, type Site } from './layout.js';
import { itemPath, sourceLabel, sourcePath, tagPath, timeEl, type SourceTitles } from './list.js';

export interface ItemData {
  item: StoredItem;
  titles: SourceTitles;
}

/** The article's HTML as the feeds publish it (sanitised again if an older version stored it unclean). */
function bodyHtml(item: StoredItem): string {
  const stored = item.contentHtml;
  return stored && needsSanitising(stored) ? sanitizeContent(stored, contentBase(item)) : stored;
}

/** Related titles, linked where the source gave a link. */
function related(item: StoredItem): Html {
  if (item.related.length === 0) return html``;
  const links = new Map((item.relatedLinks ?? []).map((l) => [l.title, webUrl(l.url)]));
  return html`<section aria-labelledby="related-h">
    <h2 id="related-h">Related</h2>
    <ul>
      ${item.related.map((title) => {
        const href = links.get(title);
        return html`<li>${href ? html`<a href="${href}">${title}</a>` : title}</li>`;
      })}
    </ul>
  </section>`;
}

/** Every other source that carried the story, each with its own link. */
function alsoReported(site: Site, item: StoredItem, titles: SourceTitles): Html {
  const others = item.origins.slice(1);
  if (others.length === 0) return html``;
  return html`<section aria-labelledby="also-h">
    <h2 id="also-h">Also reported by</h2>
    <ul>
      ${others.map((o) => {
        const name = sourceName(o.source, titles);
        const url = webUrl(o.url);
        const seen = parseDate(o.fetchedAt);
        return html`<li>
          ${url ? html`<a href="${url}">${name}</a>` : name}${
            Object.hasOwn(titles, o.source) ? html` (<a href="${sourcePath(o.source)}">source page</a>)` : ''
          }${seen ? html` <span class="meta">· seen ${timeEl(site, seen)}</span>` : ''}
        </li>`;
      })}
    </ul>
  </section>`;
}

/** The lead image with its caption and credit, unless the body already shows it. */
function figure(item: StoredItem, body: string): Html {
  const src = imageUrl(item);
  if (!src || body.includes(src)) return html``;
  const { caption, credit } = item.image ?? { caption: null, credit: null };
  // The caption says what the image shows; repeating it as alt text would make screen readers read it twice.
  return html`<figure>
    <img src="${src}" alt="${caption ? '' : (item.title ?? '')}" loading="lazy" />${
      caption || credit
        ? html`<figcaption>
            ${caption ?? ''}${credit ? html` <span class="credit">${credit}</span>` : ''}
          </figcaption>`
        : ''
    }
  </figure>`;
}

/** schema.org NewsArticle for search engines and link previews. */
function jsonLd(site: Site, item: StoredItem, permalink: string): unknown {
  const published = publishedDate(item);
  const modified = modifiedDate(item);
  const image = imageUrl(item);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title ?? undefined,
    description: item.summary ?? undefined,
    url: permalink,
    mainEntityOfPage: permalink,
    ...(publicLink(item.url) ? { isBasedOn: publicLink(item.url) } : {}),
    ...(published ? { datePublished: published.toISOString() } : {}),
    ...(modified ? { dateModified: modified.toISOString() } : {}),
    ...(item.byline ? { author: [{ '@type': 'Person', name: item.byline }] } : {}),
    ...(item.section ? { articleSection: item.section } : {}),
    ...(image
      ? {
          image: [
            {
              '@type': 'ImageObject',
              url: image,
              ...(item.image?.caption ? { caption: item.image.caption } : {}),
              ...(item.image?.credit ? { creditText: item.image.credit } : {}),
            },
          ],
        }
      : {}),
    keywords: uniqueTags(item.tags).map((t) => t.label),
    ...(item.language ? { inLanguage: item.language } : {}),
    publisher: { '@type': 'Organization', name: site.title, url: `${site.baseUrl}/` },
  };
}

/** Open Graph properties, for link previews in chats and social sites. */
function openGraph(site: Site, item: StoredItem, permalink: string): Array<[string, string]> {
  const meta: Array<[string, string]> = [
    ['og:type', 'article'],
    ['og:title', item.title ?? '(untitled)'],
    ['og:url', permalink],
    ['og:site_name', site.title],
  ];
  if (item.summary) meta.push(['og:description', item.summary]);
  const image = imageUrl(item);
  if (image) meta.push(['og:image', image]);
  if (image && item.image?.caption) meta.push(['og:image:alt', item.image.caption]);
  const published = publishedDate(item);
  if (published) meta.push(['article:published_time', published.toISOString()]);
  const modified = modifiedDate(item);
  if (modified) meta.push(['article:modified_time', modified.toISOString()]);
  if (item.section) meta.push(['article:section', item.section]);
  for (const t of uniqueTags(item.tags)) meta.push(['article:tag', t.label]);
  return meta;
}

/** `/items/<id>`: one item in full. */
export function itemPage(site: Site, d: ItemData): string {
  const { item, titles } = d;
  const permalink = `${site.baseUrl}${itemPath(item)}`;
  const published = publishedDate(item);
  const modified = modifiedDate(item);
  const changed = published && modified && modified.getTime() - published.getTime() > 60_000;
  const body = bodyHtml(item);
  // A feed entry's content is often its standfirst again: print it once.
  const words = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const bodyRepeats =
    !!item.summary && item.body.length <= 1 && words(item.body[0] ?? '') === words(item.summary);
  const original = publicLink(item.url);
  const sectionTag = item.tags.find((t) => t.kind === 'section' && t.label === item.section);
  const tags = uniqueTags(item.tags);
  const main = html`<article class="item">
    ${item.section ? html`<p class="kicker">${sectionTag ? html`<a href="${tagPath(sectionTag.slug)}">${item.section}</a>` : item.section}</p>` : ''}
    <h1>${item.title ?? '(untitled)'}</h1>
    ${item.summary ? html`<p class="standfirst">${item.summary}</p>` : ''}
    <p class="meta">
      ${item.byline ? html`<span>By ${item.byline}</span>` : ''}${published ? timeEl(site, published, 'full') : ''}${
        changed && modified ? html`<span>updated ${timeEl(site, modified, 'full')}</span>` : ''
      }${sourceLabel(item, titles)}
    </p>
    ${figure(item, body)}
    ${bodyRepeats && !/<(?:img|figure|video|audio)\b/i.test(body) ? '' : html`<div class="body">${trusted(body)}</div>`}
    ${original ? html`<p class="original"><a class="button" href="${original}">Read the original article</a></p>` : ''}
    ${related(item)} ${alsoReported(site, item, titles)}
    ${
      tags.length
        ? html`<section aria-labelledby="tags-h">
            <h2 id="tags-h">Tags</h2>
            <ul class="chips">
              ${tags.map((t) => html`<li><a href="${tagPath(t.slug)}">${t.label}</a></li>`)}
            </ul>
          </section>`
        : ''
    }
  </article>`;
  return layout(
    site,
    {
      title: item.title ?? '(untitled)',
      description: item.summary ?? site.fmt.firstLine(item.body[0] ?? item.title ?? site.title, 200),
      feeds: feedSet(site, site.title, ''),
      canonical: original ?? permalink,
      meta: openGraph(site, item, permalink),
      jsonLd: jsonLd(site, item, permalink),
      current: null,
    },
    main,
  );
}
