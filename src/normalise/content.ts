import sanitizeHtml from 'sanitize-html';
import type { ImageRef } from '../model/item.js';
import { tameMarkup } from './nesting.js';

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

/** Elements whose text content is code, styling or another document, never article text. */
const NON_TEXT_TAGS = [
  'script',
  'style',
  'textarea',
  'option',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'select',
  'button',
];

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

/** A width or height attribute as a number of CSS pixels (`1`, `1px`, `0.5`), or null when it is not one. */
function pixels(value: string | undefined): number | null {
  const m = value === undefined ? null : /^\s*(\d{1,6}(?:\.\d{1,6})?)\s*(?:px)?\s*$/i.exec(value);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/** A declaration of an inline style (`display: none`), value lower-cased and trimmed. */
function styleValue(style: string | undefined, property: string): string | null {
  if (!style) return null;
  for (const decl of style.split(';')) {
    const colon = decl.indexOf(':');
    if (colon > 0 && decl.slice(0, colon).trim().toLowerCase() === property)
      return decl
        .slice(colon + 1)
        .trim()
        .toLowerCase();
  }
  return null;
}

/**
 * A tracking pixel, judged by structure: an image a reader cannot see (1×1 or smaller, set by
 * attribute or inline style, or hidden). Its only purpose is to report that the page was read.
 */
export function isTrackingPixel(attribs: Record<string, string>): boolean {
  const style = attribs.style;
  const sizes = [
    pixels(attribs.width),
    pixels(attribs.height),
    pixels(styleValue(style, 'width') ?? undefined),
    pixels(styleValue(style, 'height') ?? undefined),
  ];
  if (sizes.some((n) => n !== null && n <= 1)) return true;
  if ('hidden' in attribs) return true;
  const display = styleValue(style, 'display');
  const visibility = styleValue(style, 'visibility');
  return display?.startsWith('none') === true || visibility?.startsWith('hidden') === true;
}

/**
 * Most HTML sanitised for one article: twice the default cap on kept content (500,000 characters,
 * FEEDWRIGHT_MAX_CONTENT_CHARS), so cutting here loses nothing a default setup would keep. The
 * sanitiser handles every entity and tag with a callback: a megabyte of `&amp;` took seconds.
 */
const MAX_SANITIZED_CHARS = 1_000_000;

/**
 * Sanitise untrusted HTML for publication: a fixed allow-list of tags and attributes, http(s)
 * and mailto links only (no `javascript:`, `vbscript:` or `data:`, images http(s) only), every
 * link and image made absolute against `base`. Active content (scripts, styles, frames, objects,
 * forms, SVG/MathML) goes with its text where the text is code; tracking pixels are removed.
 */
export function sanitizeContent(html: string, base: string | null): string {
  // Past MAX_SANITIZED_CHARS the rest is cut (the sanitiser closes what is left open).
  // A no-break space is the same character written out or as a reference, in text and attribute
  // values alike; the DOM serialiser writes each as `&#160;`, which the sanitiser's parser then
  // decodes one callback at a time (a line of a million cost seconds, most of it in GC).
  const raw = html.replace(/&#160;|&nbsp;/g, '\u00a0');
  const input = raw.length > MAX_SANITIZED_CHARS ? raw.slice(0, MAX_SANITIZED_CHARS) : raw;
  // The HTML parser keeps its open-element stack with unshift and indexOf: quadratic in nesting
  // depth, so feed content nested thousands deep took seconds. Capped as pages are before parsing.
  const clean = sanitizeHtml(tameMarkup(input), {
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
    // Code and embedded documents are dropped whole: their text is not article text.
    nonTextTags: [...NON_TEXT_TAGS],
    transformTags: {
      a: (tagName, attribs) => {
        const href = attribs.href ? absoluteUrl(attribs.href, base) : null;
        const out: Record<string, string> = { ...attribs };
        if (href) out.href = href;
        else delete out.href;
        return { tagName, attribs: out };
      },
      img: (tagName, attribs) => {
        // A pixel loses its src here (its style is filtered out later); src-less images are dropped after.
        const src = attribs.src && !isTrackingPixel(attribs) ? absoluteUrl(attribs.src, base) : null;
        const out: Record<string, string> = { ...attribs };
        if (src) out.src = src;
        else delete out.src;
        return { tagName, attribs: out };
      },
    },
  });
  return dropImagesWithoutSrc(clean).trim();
}

/**
 * Remove the `<img>` tags left without a source (pixels, unsafe or unresolvable URLs). Done on the
 * sanitised output, where every tag is closed and attribute values are escaped, rather than with
 * sanitize-html's exclusiveFilter: that one re-copies the whole output for every image it drops,
 * so ten thousand pixels after half a megabyte of text took seconds.
 */
function dropImagesWithoutSrc(html: string): string {
  return html.replace(/<img\b[^>]*>/g, (tag) => (/\ssrc="/.test(tag) ? tag : ''));
}

/** Publishable HTML for an article known only as plain paragraphs (text dumps, plain feeds). */
export function paragraphsToHtml(parts: { image: ImageRef | null; body: string[] }): string {
  const out: string[] = [];
  const img = parts.image;
  // A caption without its picture means nothing to a reader: a figure needs the image itself.
  if (img?.url) {
    const caption = [img.caption, img.credit ? `© ${img.credit}` : null].filter(Boolean).join(' ');
    out.push(
      '<figure>' +
        `<img src="${escapeHtml(img.url)}" alt="${escapeHtml(img.caption ?? '')}">` +
        (caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '') +
        '</figure>',
    );
  }
  for (const p of parts.body) out.push(`<p>${escapeHtml(p)}</p>`);
  return out.join('\n');
}

export { escapeHtml };
