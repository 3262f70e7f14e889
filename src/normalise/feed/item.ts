import { emptyEntities, type Enclosure, type ImageRef, type NormalisedItem } from '../../model/item.js';
import { absoluteUrl, paragraphsToHtml, sanitizeContent } from '../content.js';
import { htmlToParagraphs, htmlToText, joinNames, textToParagraphs } from './text.js';

/** A piece of entry text and whether it is markup (RSS description, Atom type="html") or plain. */
export interface TextPart {
  value: string;
  html: boolean;
  /** Base for the relative links in it: the xml:base in scope where it was written. */
  base: string | null;
}

/** What every feed format yields per entry before it becomes a NormalisedItem. */
export interface EntryFields {
  guid: string | null;
  url: string | null;
  title: string | null;
  /** Short text: RSS description, Atom summary, JSON Feed summary. */
  summary: TextPart | null;
  /** Full text: content:encoded, Atom content, JSON Feed content_text then content_html (summary order). */
  content: TextPart[];
  /**
   * A Media RSS description: it describes the photo or video, so it stands for the entry's text
   * only when the entry has none of its own (a video feed's items).
   */
  mediaDescription: TextPart | null;
  authors: string[];
  published: string | null;
  updated: string | null;
  categories: string[];
  imageUrl: string | null;
  enclosures: Enclosure[];
  language: string | null;
  /** Base for the entry's relative links (xml:base chain or the document URL). */
  base: string | null;
}

const asText = (part: TextPart): string => (part.html ? htmlToText(part.value) : plainText(part.value));
const asParagraphs = (part: TextPart): string[] =>
  part.html ? htmlToParagraphs(part.value) : textToParagraphs(part.value);

/** Plain text stays as written apart from white space. */
function plainText(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

const nonEmpty = (part: TextPart | null | undefined): part is TextPart => !!part && part.value.trim() !== '';

/** The entry's own categories, trimmed, each once. */
function uniqueCategories(categories: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of categories) {
    const t = c.replace(/\s+/g, ' ').trim();
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}

function uniqueEnclosures(list: Enclosure[]): Enclosure[] {
  const seen = new Set<string>();
  return list.filter((e) => (seen.has(e.url) ? false : (seen.add(e.url), true)));
}

/** Resolve a link against the entry's base; unresolvable ones are dropped. */
export function resolveLink(href: string | null | undefined, base: string | null): string | null {
  // Links escaped once too often (`?a=1&amp;b=2`) are common; no real link needs a literal `&amp;`.
  const h = href?.trim().replace(/&amp;/g, '&');
  if (!h) return null;
  return absoluteUrl(h, base);
}

/** Descriptions are often bare inline text; give them a paragraph so the published HTML is well-formed. */
function blockHtml(html: string): string {
  if (html === '' || /<(?:p|div|ul|ol|blockquote|h[2-6]|figure|table|pre|dl)\b/i.test(html)) return html;
  return `<p>${html}</p>`;
}

/** Turn the gathered fields of one entry into the NormalisedItem contract. */
export function buildItem(e: EntryFields): NormalisedItem {
  const summaryPart = [e.summary, ...e.content, e.mediaDescription].find(nonEmpty) ?? null;
  const summary = summaryPart ? asText(summaryPart) || null : null;
  // Full content wins for the body; between two renderings of it, the markup keeps more structure.
  const fullPart =
    e.content.find((p) => nonEmpty(p) && p.html) ??
    e.content.find(nonEmpty) ??
    [e.summary, e.mediaDescription].find(nonEmpty) ??
    null;
  const body = fullPart ? asParagraphs(fullPart) : [];
  const image: ImageRef | null = e.imageUrl ? { url: e.imageUrl, caption: null, credit: null } : null;
  const contentHtml =
    fullPart && fullPart.html
      ? blockHtml(sanitizeContent(fullPart.value, fullPart.base ?? e.base))
      : paragraphsToHtml({ image, body });
  return {
    guid: e.guid,
    url: e.url,
    title: e.title,
    section: null,
    summary,
    byline: joinNames(e.authors),
    published: e.published,
    updated: e.updated,
    image,
    body,
    related: [],
    categories: uniqueCategories(e.categories),
    topics: [],
    entities: emptyEntities(),
    contentHtml,
    enclosures: uniqueEnclosures(e.enclosures),
    language: e.language,
    dropped: [],
  };
}

/** Keep the first entry of each guid: feeds repeat items, and updates usually come later. */
export function dropDuplicateGuids(items: NormalisedItem[]): NormalisedItem[] {
  const seen = new Set<string>();
  return items.filter((it) => {
    if (it.guid === null) return true;
    if (seen.has(it.guid)) return false;
    seen.add(it.guid);
    return true;
  });
}
