import { collapseWhitespace, decodeEntities } from '../text.js';

/**
 * Text helpers for feed fields. Feed text is often HTML (RSS descriptions, Atom type="html"), and
 * often escaped once too many; these turn it into plain text without eating a literal "<" in text.
 */

/** Only things shaped like real tags: `<p>`, `</a>`, `<br/>`, `<img src=…>` — not "< 40%". */
const TAG = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>/g;
const BLOCK =
  /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|pre|tr|table|figure|figcaption|section|article|header|footer|dd|dt|dl|hr)\b[^<>]*>/gi;
const DROPPED = /<(script|style|noscript|template|iframe|object)\b[\s\S]*?<\/\1\s*>/gi;

/** `&nbsp;` counts as a space in extracted text; runs of white space become one space. */
const spaces = (s: string): string => collapseWhitespace(s.replace(/\u00a0/g, ' '));

/** Plain text of an HTML fragment: tags dropped, blocks separated by a space, entities decoded. */
export function htmlToText(html: string): string {
  const stripped = html
    .replace(DROPPED, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(BLOCK, ' ')
    .replace(TAG, '');
  // Markup that was itself escaped (`&lt;b&gt;`) only shows up after decoding.
  return spaces(decodeEntities(stripped).replace(TAG, ''));
}

/** A title or name: markup and (double-)escaped entities removed, white space collapsed. */
export function cleanInline(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = htmlToText(s);
  return t === '' ? null : t;
}

/** Paragraphs of an HTML fragment: block elements and line breaks delimit them; captions dropped. */
export function htmlToParagraphs(html: string): string[] {
  const marked = html
    .replace(DROPPED, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<figcaption\b[\s\S]*?<\/figcaption\s*>/gi, ' ')
    .replace(BLOCK, '\n\n')
    .replace(TAG, '');
  return decodeEntities(marked)
    .replace(TAG, '')
    .split(/\n\s*\n/)
    .map(spaces)
    .filter((p) => p !== '');
}

/** Paragraphs of plain text: blank lines separate them, single line breaks are spaces. */
export function textToParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map(spaces)
    .filter((p) => p !== '');
}

/**
 * A person as feeds write them: "email (Name)" → "Name", "Name <email>" → "Name", a bare e-mail
 * address → null (it names no one).
 */
export function personName(raw: string | null | undefined): string | null {
  const s = cleanInline(raw);
  if (!s) return null;
  // No name is this long; the patterns below backtrack quadratically on long runs of `x@`.
  if (s.length > MAX_NAME_CHARS) return s;
  const paren = /^\S+@\S+\s*\((.+)\)$/.exec(s);
  if (paren?.[1]) return collapseWhitespace(paren[1]);
  const angle = /^(.+?)\s*<[^<>@\s]+@[^<>\s]+>$/.exec(s) ?? /^(.+?)\s*\(\s*[^()@\s]+@[^()\s]+\s*\)$/.exec(s);
  if (angle?.[1]) return collapseWhitespace(angle[1].replace(/^"|"$/g, ''));
  if (/^\S+@\S+\.\S+$/.test(s) || /^mailto:/i.test(s)) return null;
  return s.replace(BYLINE_PREFIX, '').trim() || null;
}

const MAX_NAME_CHARS = 300;

/** Words that introduce a byline in several languages ("By", "Von", "Par", "Автор:"), not part of the name. */
const BYLINE_PREFIX = /^(?:by|von|par|por|door|av|af|przez|автор|автори|от)\s*:?\s+(?=\p{Lu})/iu;

/** Several names as one display string: "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string | null {
  const unique = [...new Set(names.filter((n) => n !== ''))];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0] ?? null;
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}
