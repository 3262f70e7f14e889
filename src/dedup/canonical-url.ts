import normalizeUrl from 'normalize-url';

/** Query parameters that identify a campaign or a click, never the article. */
const TRACKING_PARAMS: RegExp[] = [
  /^utm_\w+/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|cmpid|ocid|ncid|sr_share|share|smid|ref|ref_src|ref_url|rss|src|at_medium|at_campaign|at_custom\d|spm|_ga|_gl)$/i,
];

/**
 * The canonical form of an article URL, for recognising the same article under different URLs:
 * scheme-less comparison is not attempted, but `www.`, default ports, fragments, tracking
 * parameters, trailing slashes and parameter order are normalised. Returns null when `url` is not
 * an absolute http(s) URL.
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url.trim())) return null;
  try {
    return normalizeUrl(url.trim(), {
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

/** The same URL with tracking parameters and fragment removed but otherwise as published. */
export function cleanUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    for (const name of [...u.searchParams.keys()]) {
      if (TRACKING_PARAMS.some((re) => re.test(name))) u.searchParams.delete(name);
    }
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}
