import type { TextPart } from './item.js';
import { hasElementChildren, innerMarkup, elements, textContent, type XElement } from './tree.js';
import { looksLikeHtml } from './text.js';

/**
 * Text constructs by their declared type (RFC 4287 §3.1, Atom 0.3 `mode`, Media RSS `type`):
 * `text` is text whatever it contains; `html` is HTML source (escaped once in the XML, so read
 * once); `xhtml` and other XML types are markup written inline. An element that declares nothing
 * gets its vocabulary's default: `html` for RSS descriptions and content, `guess` for fields
 * publishers fill either way (RSS titles carry escaped HTML as often as not).
 */
export type DefaultType = 'text' | 'html' | 'guess';

const isXmlType = (t: string): boolean =>
  t === 'xhtml' || t === 'xml' || t.endsWith('/xml') || t.endsWith('+xml');
const isHtmlType = (t: string): boolean => t === 'html' || t === 'text/html';
const isTextType = (t: string): boolean => t === 'text' || t === 'plain' || t.startsWith('text/');

/** Atom 1.0's xhtml content is one `<div>` wrapping the content itself. */
function xhtmlContent(el: XElement): XElement {
  const kids = elements(el);
  const onlyDiv =
    kids.length === 1 &&
    kids[0]?.name === 'div' &&
    el.children.every((c) => typeof c !== 'string' || c.trim() === '');
  return onlyDiv && kids[0] ? kids[0] : el;
}

/** Base64 content (Atom 0.3 `mode="base64"`, Atom 1.0 non-text types) as text, when it is UTF-8 text. */
function fromBase64(s: string): string | null {
  const compact = s.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return null;
  const bytes = Buffer.from(compact, 'base64');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  // eslint-disable-next-line no-control-regex -- a NUL or replacement character means binary data, not text
  return /[\u0000\ufffd]/.test(text) ? null : text;
}

/** Read one text construct; null when it has no content here (out of line, or binary data). */
export function textConstruct(el: XElement | undefined, byDefault: DefaultType): TextPart | null {
  if (!el) return null;
  const type = (el.attrs.type ?? '').trim().toLowerCase();
  const mode = (el.attrs.mode ?? '').trim().toLowerCase();
  const base = el.base;
  if (el.vocab === 'atom' && el.attrs.src !== undefined) return null;
  const binaryType = type !== '' && !isTextType(type) && !isXmlType(type) && !isHtmlType(type);
  if (mode === 'base64' || (binaryType && el.vocab === 'atom')) {
    const decoded = fromBase64(textContent(el));
    if (decoded === null) return null;
    const html = isHtmlType(type) || isXmlType(type) || (!isTextType(type) && looksLikeHtml(decoded));
    return { value: decoded, html, base };
  }
  if (isTextType(type) && !isHtmlType(type)) return { value: textContent(el), html: false, base };
  if (isXmlType(type) || hasElementChildren(el)) {
    return { value: innerMarkup(type === 'xhtml' ? xhtmlContent(el) : el), html: true, base };
  }
  const value = textContent(el);
  if (isHtmlType(type)) return { value, html: true, base };
  const html = byDefault === 'html' || (byDefault === 'guess' && looksLikeHtml(value));
  return { value, html, base };
}
