import sanitizeHtml from 'sanitize-html';
import type { ImageRef } from '../model/item.js';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Resolve `href`/`src` against the document's base; keep the original when it cannot be resolved. */
export function absoluteUrl(href: string, base: string | null): string | null {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

const ALLOWED_TAGS = [
  'p',
  'br',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'q',
  'cite',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'code',
  'pre',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'figcaption',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'caption',
  'hr',
  'small',
  'abbr',
  'time',
  'dl',
  'dt',
  'dd',
];

/**
 * Sanitise untrusted HTML for publication: a fixed allow-list of tags and attributes, http(s)
 * and mailto links only, every link and image made absolute against `base`.
 */
export function sanitizeContent(html: string, base: string | null): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      time: ['datetime'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => {
        const href = attribs.href ? absoluteUrl(attribs.href, base) : null;
        const out: Record<string, string> = { ...attribs };
        if (href) out.href = href;
        else delete out.href;
        return { tagName, attribs: out };
      },
      img: (tagName, attribs) => {
        const src = attribs.src ? absoluteUrl(attribs.src, base) : null;
        const out: Record<string, string> = { ...attribs };
        if (src) out.src = src;
        else delete out.src;
        return { tagName, attribs: out };
      },
    },
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  }).trim();
}

/** Publishable HTML for an article known only as plain paragraphs (text dumps, plain feeds). */
export function paragraphsToHtml(parts: { image: ImageRef | null; body: string[] }): string {
  const out: string[] = [];
  const img = parts.image;
  if (img && (img.url || img.caption || img.credit)) {
    const caption = [img.caption, img.credit ? `© ${img.credit}` : null].filter(Boolean).join(' ');
    out.push(
      '<figure>' +
        (img.url ? `<img src="${escapeHtml(img.url)}" alt="${escapeHtml(img.caption ?? '')}">` : '') +
        (caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '') +
        '</figure>',
    );
  }
  for (const p of parts.body) out.push(`<p>${escapeHtml(p)}</p>`);
  return out.join('\n');
}

export { escapeHtml };
