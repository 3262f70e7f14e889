import type { StoredItem } from '../model/item.js';
import type { SourceDef } from '../config/index.js';
import type { SourceState, TagCount } from '../store/index.js';
import type { FeedFormat } from '../publish/index.js';
import { FEED_MEDIA_TYPES } from '../publish/types.js';
import { escapeHtml } from '../normalise/content.js';
import { FEED_FORMATS } from './feed-cache.js';

const FORMAT_LABEL: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

function feedLinks(prefix: string): string {
  return FEED_FORMATS.map(
    (f) => `<a href="${escapeHtml(`${prefix}/feed.${f}`)}">${FORMAT_LABEL[f]}</a>`,
  ).join(' · ');
}

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
a{color:#0b57d0}h1{font-size:1.6rem}li{margin:.3rem 0}.meta{color:#666;font-size:.9rem}figure{margin:1rem 0}
img{max-width:100%}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export interface HomeData {
  siteTitle: string;
  baseUrl: string;
  items: StoredItem[];
  tags: TagCount[];
  sources: SourceDef[];
  states: Record<string, SourceState>;
}

/** When a failing source will be tried again (its backoff), so a reader of `/` knows. */
const retryNote = (st: SourceState): string =>
  st.lastResult === 'error' && st.retryAt
    ? ` — retry after ${st.retryAt.slice(0, 16).replace('T', ' ')}Z`
    : '';

const itemHref = (item: StoredItem): string => `/items/${item.id}`;

/** The front page: every feed (with discovery links) and the latest items. */
export function homePage(d: HomeData): string {
  const discovery = FEED_FORMATS.map(
    (f) =>
      `<link rel="alternate" type="${FEED_MEDIA_TYPES[f]}" title="${escapeHtml(`${d.siteTitle} (${FORMAT_LABEL[f]})`)}" href="${escapeHtml(`${d.baseUrl}/feed.${f}`)}">`,
  ).join('\n');
  const items = d.items
    .map(
      (i) =>
        `<li><a href="${escapeHtml(itemHref(i))}">${escapeHtml(i.title ?? '(untitled)')}</a>` +
        ` <span class="meta">${escapeHtml([i.section, i.published?.slice(0, 10)].filter(Boolean).join(' · '))}</span></li>`,
    )
    .join('\n');
  const sources = d.sources
    .map((s) => {
      const st = d.states[s.id];
      const status = st?.lastResult
        ? `${st.lastResult}${st.lastError ? `: ${st.lastError}` : ''}${retryNote(st)}`
        : 'not run yet';
      return `<li>${escapeHtml(s.title)} — ${feedLinks(`/sources/${encodeURIComponent(s.id)}`)} <span class="meta">${escapeHtml(status)}</span></li>`;
    })
    .join('\n');
  const tags = d.tags
    .map(
      (t) =>
        `<li>${escapeHtml(t.tag.label)} (${t.count}) — ${feedLinks(`/tags/${encodeURIComponent(t.tag.slug)}`)}</li>`,
    )
    .join('\n');
  return page(
    d.siteTitle,
    discovery,
    `<h1>${escapeHtml(d.siteTitle)}</h1>
<p>All items: ${feedLinks('')} · <a href="/tags">tags (JSON)</a></p>
<h2>Latest</h2>
<ul>
${items || '<li>No items yet.</li>'}
</ul>
<h2>Sources</h2>
<ul>
${sources || '<li>No sources configured.</li>'}
</ul>
<h2>Tags</h2>
<ul>
${tags || '<li>No tags yet.</li>'}
</ul>`,
  );
}

/** A stored item as a page: the permalink of items that have no URL of their own. */
export function itemPage(siteTitle: string, item: StoredItem): string {
  const meta = [item.section, item.byline, item.published].filter(Boolean).join(' · ');
  const related = item.related.length
    ? `<h2>Related</h2><ul>${item.related.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`
    : '';
  const original = item.url ? `<p><a href="${escapeHtml(item.url)}">Original article</a></p>` : '';
  return page(
    `${item.title ?? '(untitled)'} — ${siteTitle}`,
    '',
    `<p><a href="/">${escapeHtml(siteTitle)}</a></p>
<h1>${escapeHtml(item.title ?? '(untitled)')}</h1>
<p class="meta">${escapeHtml(meta)}</p>
${item.summary ? `<p><strong>${escapeHtml(item.summary)}</strong></p>` : ''}
${item.contentHtml}
${related}
${original}`,
  );
}
