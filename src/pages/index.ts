/**
 * The pages a person sees, rendered on the server: small, accessible, no client code. Each page is
 * a pure function of the data its HTTP handler gathers (src/http/pages.ts) and the `Site`.
 */
export { Formatter } from './format.js';
export type { Site } from './layout.js';
export { homePage, type HomeData } from './home.js';
export { tagPage, sourcePage } from './scope.js';
export { tagsIndexPage, type EntityKind } from './tags.js';
export { itemPage } from './item.js';
export { searchPage } from './search.js';
export { sourcesPage, type SourceRow } from './sources.js';
export { isRunning } from './health.js';
export { SITE_CSS, SITE_CSS_PATH } from './style.js';
export { FEED_XSL, FEED_XSL_PATH, feedStylesheetHref } from './feed-xsl.js';
export { errorPage } from './error.js';
