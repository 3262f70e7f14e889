import normalizeUrl from 'normalize-url';
import { isHttpUrl } from './location.js';

/**
 * Article URLs as feedwright reads them: the canonical form dedup compares, and the clean form
 * pages, feeds and article metadata link to. One list of tracking parameters serves both.
 */

/** Query parameters that identify a campaign or a click, never the article. */
const TRACKING_PARAMS: RegExp[] = [
  /^utm_\w+/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|itid|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|cmpid|ocid|ncid|sr_share|share|smid|ref|ref_src|ref_url|rss|src|at_medium|at_campaign|at_custom\d|spm|_ga|_gl)$/i,
];

/** Host prefixes that serve the same article to phones or as AMP: `m.`, `mobile.`, `amp.`. */
const MOBILE_HOST = /^(?:m|mobile|amp)\./i;

/** Query parameters that only switch an article to its AMP rendering. */
const AMP_PARAMS = /^(amp|outputtype|output)$/i;

/** Strip the AMP rendering from a path: `/amp/…` prefix, `/amp` suffix, `.amp.html` / `.amp`. */
export function stripAmpPath(pathname: string): string {
  const out = pathname
    .replace(/^\/amp(?=\/)/i, '')
    .replace(/\/amp\/?$/i, '/')
    .replace(/\.amp(\.html?)$/i, '$1')
    .replace(/\.amp$/i, '');
  return out || '/';
}

/** The URL with its mobile host prefix and AMP markers removed (same article, another rendering). */
function desktopForm(url: URL): URL {
  const u = new URL(url.href);
  if (MOBILE_HOST.test(u.hostname) && u.hostname.split('.').length > 2) {
    u.hostname = u.hostname.replace(MOBILE_HOST, '');
  }
  u.pathname = stripAmpPath(u.pathname);
  for (const name of [...u.searchParams.keys()]) {
    const value = u.searchParams.get(name) ?? '';
    // `?amp`, `?amp=1`, `?outputType=amp`: an AMP switch, not an article parameter.
    if (AMP_PARAMS.test(name) && (name.toLowerCase() === 'amp' || /^amp$/i.test(value))) {
      u.searchParams.delete(name);
    }
  }
  return u;
}

/**
 * The canonical form of an article URL, for recognising the same article under different URLs:
 * scheme, `www.`/`m.` hosts, AMP renderings, default ports, fragments, tracking parameters,
 * trailing slashes and parameter order are normalised. Returns null when `url` is not an absolute
 * http(s) URL.
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url || !isHttpUrl(url.trim())) return null;
  try {
    const desktop = desktopForm(new URL(url.trim()));
    return normalizeUrl(desktop.href, {
      stripHash: true,
      stripWWW: true,
      removeQueryParameters: TRACKING_PARAMS,
      removeTrailingSlash: true,
      removeSingleSlash: true,
      sortQueryParameters: true,
      forceHttps: true,
      removeDirectoryIndex: false,
    });
  } catch {
    return null;
  }
}

/** True when a canonical URL names a whole site (no path, no query): never one article. */
export function isSiteRoot(canonical: string): boolean {
  const u = new URL(canonical);
  return (u.pathname === '/' || u.pathname === '') && u.search === '';
}

/** Whether a query parameter only tracks a campaign or a click. */
export const isTrackingParam = (name: string): boolean => TRACKING_PARAMS.some((re) => re.test(name));

/**
 * The same URL with tracking parameters and fragment removed but otherwise as published (resolved
 * against `base` when relative); null when it is not a URL.
 */
export function cleanUrl(url: string | null | undefined, base?: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim(), base ?? undefined);
    for (const name of [...u.searchParams.keys()]) {
      if (isTrackingParam(name)) u.searchParams.delete(name);
    }
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}
