import { STATUS_CODES } from 'node:http';
import { html } from './html.js';
import { feedSet, layout, type Site } from './layout.js';

export interface ErrorData {
  status: number;
  /** What went wrong, as the error says it to clients (never internal details). */
  message: string;
}

/**
 * The page a browser gets for a failed request (a missing item, a page past the end, an outage):
 * the site's own layout, so the visitor can search or go on reading, with the error's status.
 */
export function errorPage(site: Site, d: ErrorData): string {
  const title = STATUS_CODES[d.status] ?? 'Error';
  const advice =
    d.status >= 500
      ? 'This is a fault on our side, not yours; try again in a moment.'
      : d.status === 404
        ? 'The page may have been removed, or the address mistyped.'
        : 'The request could not be answered as it stands.';
  const main = html`<div>
    <h1>${title}</h1>
    <p class="lede-page">${advice}</p>
    <p class="meta">${d.message} (HTTP ${d.status})</p>
    <p><a href="/">Latest news</a> · <a href="/tags/">Topics</a> · <a href="/sources/">Sources</a></p>
  </div>`;
  return layout(
    site,
    {
      title,
      description: `${title}: ${d.message}`,
      feeds: feedSet(site, site.title, ''),
      current: null,
      bodyClass: 'error-page',
      noindex: true,
    },
    main,
  );
}
