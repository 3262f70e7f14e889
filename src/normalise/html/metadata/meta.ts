/**
 * Meta tags by key, and the page's own URL from them (canonical, og:url).
 */
import { cleanUrl } from '../../../url/canonical.js';
import { absoluteUrl } from '../../content.js';
import { collapseWhitespace } from '../../text.js';
import type { DocScan, DomElement } from '../dom.js';
import type { MetaPage } from './page.js';

export function metaTags(scan: DocScan): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of scan.byTag.get('meta') ?? []) {
    const k = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop');
    const v = m.getAttribute('content');
    if (k && v && v.trim() && !map.has(k.toLowerCase())) map.set(k.toLowerCase(), collapseWhitespace(v));
  }
  return map;
}

/** The first non-empty content of a meta tag by property, name or itemprop. */
export function metaContent(page: MetaPage, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = page.metas.get(k.toLowerCase());
    if (v) return v;
  }
  return null;
}

/** The nearest element from `e` up that carries the attribute. */
export function closestAttr(e: DomElement, name: string): DomElement | null {
  for (let cur: DomElement | null = e; cur; cur = cur.parentElement) if (cur.hasAttribute(name)) return cur;
  return null;
}

/** Absolute web URL without tracking parameters or fragment (the shared URL rules). */
export function pageUrlOf(href: string | null, base: string | null): string | null {
  const abs = href ? absoluteUrl(href.trim(), base) : null;
  const url = abs && /^https?:/i.test(abs) ? cleanUrl(abs) : null;
  // An address the page writes in letters outside ASCII (an IRI) is kept in its own spelling:
  // the escapes the URL parser puts in change how it reads, not where it leads.
  return url && href && NON_ASCII.test(href) ? unescapedLetters(url) : url;
}

const NON_ASCII = /[^\p{ASCII}]/u;

/** Runs of escaped bytes outside ASCII ("%C5%8B"): a letter's UTF-8, or something else. */
const ESCAPED_NON_ASCII = /(?:%[89a-f][0-9a-f])+/gi;

/** The URL with its escaped letters and marks written as such; other escapes stay. */
function unescapedLetters(url: string): string {
  return url.replace(ESCAPED_NON_ASCII, (run) => {
    try {
      const s = decodeURIComponent(run);
      return /^[\p{L}\p{M}\p{N}]+$/u.test(s) ? s : run;
    } catch {
      return run;
    }
  });
}
