import type { FeedFormat } from '../publish/index.js';
import { FEED_MEDIA_TYPES } from '../publish/index.js';
import type { Formatter } from './format.js';
import { html, jsonScript, type Html } from './html.js';
import { SITE_CSS_PATH } from './style.js';

/** What every page knows about the site, built once at start-up. */
export interface Site {
  title: string;
  /** Absolute base URL without a trailing slash. */
  baseUrl: string;
  /** The language of the feeds and pages (`<html lang>`, dates). */
  language: string;
  fmt: Formatter;
}

export const FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];
export const FORMAT_LABEL: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

/** One feed in its three formats: what a page advertises and links. */
export interface FeedSet {
  /** The feed's title, as readers will list it. */
  title: string;
  urls: Record<FeedFormat, string>;
}

/** The feeds under a path prefix ("" for the site, "/tags/<slug>", "/sources/<id>"). */
export function feedSet(site: Site, title: string, prefix: string): FeedSet {
  const urls = Object.fromEntries(FORMATS.map((f) => [f, `${site.baseUrl}${prefix}/feed.${f}`]));
  return { title, urls: urls as Record<FeedFormat, string> };
}

export type Section = 'latest' | 'tags' | 'sources' | 'search' | null;

export interface PageOptions {
  /** The document title (the site's name is appended). */
  title: string;
  description: string;
  /** This page's own feeds, announced with `<link rel="alternate">`. */
  feeds: FeedSet;
  canonical?: string | null;
  /** Open Graph and article meta properties, in order. */
  meta?: Array<[string, string]>;
  jsonLd?: unknown;
  current: Section;
  /** Prefills the search box. */
  query?: string;
  bodyClass?: string;
  /** Pages that change every minute or hold private controls are not for search engines. */
  noindex?: boolean;
}

const NAV: Array<[Exclude<Section, null>, string, string]> = [
  ['latest', '/', 'Latest'],
  ['tags', '/tags/', 'Topics'],
  ['sources', '/sources/', 'Sources'],
];

/** The same `<head>`, header and footer for every page. */
export function layout(site: Site, page: PageOptions, main: Html): string {
  const fullTitle = page.title === site.title ? site.title : `${page.title} — ${site.title}`;
  return html`<!doctype html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${page.description}">
<meta name="color-scheme" content="light dark">
${page.noindex ? html`<meta name="robots" content="noindex">` : ''}
<link rel="stylesheet" href="${SITE_CSS_PATH}">
${FORMATS.map(
  (
    f,
  ) => html`<link rel="alternate" type="${FEED_MEDIA_TYPES[f]}" title="${`${page.feeds.title} (${FORMAT_LABEL[f]})`}" href="${page.feeds.urls[f]}">
`,
)}${
    page.canonical
      ? html`<link rel="canonical" href="${page.canonical}">
`
      : ''
  }${(page.meta ?? []).map(
    ([property, content]) => html`<meta property="${property}" content="${content}">
`,
  )}${
    page.jsonLd
      ? html`<script type="application/ld+json">${jsonScript(page.jsonLd)}</script>
`
      : ''
  }</head>
<body${page.bodyClass ? html` class="${page.bodyClass}"` : ''}>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><div class="wrap">
<a class="brand" href="/">${site.title}</a>
<nav aria-label="Site"><ul>${NAV.map(
    ([key, href, label]) =>
      html`<li><a href="${href}" ${page.current === key ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul></nav>
<form class="search" role="search" aria-label="Site" action="/search" method="get">
<label class="visually-hidden" for="site-search">Search the news</label>
<input id="site-search" type="search" name="q" value="${page.query ?? ''}" placeholder="Search the news">
<button type="submit">Search</button>
</form>
</div></header>
<main id="main" class="wrap">
${main}
</main>
<footer class="site"><div class="wrap">
<p>Subscribe to everything: ${feedLinks(feedSet(site, site.title, ''))} · <a href="/opml">OPML of every feed</a>. Served by feedwright.</p>
</div></footer>
</body>
</html>
`.toString();
}

/** "RSS · Atom · JSON Feed" links of one feed set. */
export function feedLinks(feeds: FeedSet): Html {
  return html`<span class="feeds"
    >${FORMATS.map(
      (f, i) =>
        html`${i ? ' · ' : ''}<a href="${feeds.urls[f]}" type="${FEED_MEDIA_TYPES[f]}"
            >${FORMAT_LABEL[f]}</a
          >`,
    )}</span
  >`;
}

/** The block that tells a visitor how to follow a scope in a reader. */
export function subscribeBox(feeds: FeedSet, what: string, opml = false): Html {
  return html`<section class="box" aria-labelledby="subscribe-h">
    <h2 id="subscribe-h">Follow ${what}</h2>
    <p class="feeds-line">${feedLinks(feeds)}</p>
    <p class="meta">
      Copy a feed link into your feed reader (RSS suits almost every reader); it checks for new items for you.
      ${opml ? html`To follow every topic and source at once, import the <a href="/opml">OPML list</a>.` : ''}
    </p>
  </section>`;
}
