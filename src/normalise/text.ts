import { decodeHTML } from 'entities';

/** Collapse runs of white space (including no-break spaces' neighbours) to one space and trim. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u00a0]+/g, (m) => (m.includes('\u00a0') && m.length === 1 ? '\u00a0' : ' ')).trim();
}

/**
 * Decode HTML entities, twice when the source escaped them twice (`&amp;amp;`, `&amp;#8217;`),
 * which upstream feeds do more often than one would hope.
 */
export function decodeEntities(s: string): string {
  let out = decodeHTML(s);
  if (/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(out) && /&amp;(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(s)) {
    out = decodeHTML(out);
  }
  return out;
}

/** Plain text from a fragment of HTML: tags dropped, block ends as spaces, entities decoded. */
export function htmlToPlainText(html: string): string {
  const withoutTags = html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(?:br|\/p|\/div|\/li|\/h[1-6]|\/blockquote|\/tr)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return collapseWhitespace(decodeEntities(withoutTags));
}

/** The empty string becomes null; everything else is trimmed and collapsed. */
export function textOrNull(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = collapseWhitespace(s);
  return t === '' ? null : t;
}
