import {
  all,
  first,
  boundedText,
  hasMoreChildren,
  HEADING_LEVELS,
  linkDensity,
  pageElements,
  someTagged,
  textLength,
  roleWords,
  tagOf,
  textOf,
  type DomDocument,
  type DomElement,
  type PageElements,
  withoutKicker,
} from '../dom.js';
import { collapseWhitespace } from '../../text.js';
import { wordCount } from '../../text/lines.js';
import { keyOf } from '../../text/furniture.js';
import { FURNITURE_ROLE } from './marks.js';

export interface Furniture {
  related: string[];
  /** The href of each related title that had one, as written in the page. */
  relatedHrefs: Map<string, string>;
  dropped: string[];
  /** The page's label-like elements (see pageLabels), scanned once per page when first asked for. */
  labels?: Label[];
}

export const short = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

/** Link titles of a related list: a heading inside each link when it has one, else the link text. */
export function linkTitles(box: DomElement): Array<{ title: string; link: DomElement }> {
  const out: Array<{ title: string; link: DomElement }> = [];
  for (const a of all(box, 'a')) {
    const h = a.querySelector('h2, h3, h4, h5, [class*="title"], [class*="headline"]');
    const t = withoutKicker(h ?? a);
    // Two words make a title when they are long ones (compounds: "Hjemmelavet rabarbersaft").
    // Chinese or Thai titles have no spaces: their words are estimated from the letters.
    const words = wordCount(t);
    if (t.length >= 12 && (words >= 3 || (words === 2 && t.length >= 20)) && !out.some((o) => o.title === t))
      out.push({ title: t, link: a });
  }
  return out;
}

/**
 * Keep a related title and, when it had one, its link. A link to a place on the page itself (a
 * live blog's "Key events" list of its own entries) leads to no other article. A bare "#" names no
 * place: a placeholder whose target a script fills in, so the title stays, without a link; unless
 * the link works as a button (a "Share" menu's opener), which is a control, not a story.
 */
export function addRelated(f: Furniture, title: string, link: DomElement): void {
  const href = link.getAttribute('href');
  if (href?.startsWith('#') && (href !== '#' || actsAsButton(link))) return;
  if (!f.related.includes(title)) f.related.push(title);
  if (href && href !== '#' && !f.relatedHrefs.has(title)) f.relatedHrefs.set(title, href);
}

/** A link a script works as a button: its role says so, or it holds a menu's open state. */
const actsAsButton = (a: DomElement): boolean =>
  a.getAttribute('role') === 'button' || a.hasAttribute('aria-expanded') || a.hasAttribute('aria-haspopup');

const HEADING_TAGS = new Set([...HEADING_LEVELS, 'header', 'strong', 'b', 'p', 'span', 'div', 'dt']);

/** Label-like elements of a page, each with its text, found in one pass. */
interface Label {
  el: DomElement;
  text: string;
  /** keyOf(text), read once for the label tests of every pass. */
  key: string;
}

/**
 * Short label-like elements (headings, bold labels, leaf spans, aria-labelled boxes): the
 * openers of lists and boxes. Leaf-ish only, which keeps the scan linear; scanned once per page.
 */
function pageLabels(elements: readonly DomElement[]): Label[] {
  const out: Label[] = [];
  for (const el of elements) {
    const aria = el.getAttribute('aria-label');
    if (aria && aria.length <= 60) out.push(labelOf(el, collapseWhitespace(aria)));
    if (!HEADING_TAGS.has(tagOf(el))) continue;
    // Counting children first: it spares building the text of every container of the page.
    if (hasMoreChildren(el, 2)) continue;
    const raw = boundedText(el, 60);
    if (raw === null || raw.trim() === '') continue;
    out.push(labelOf(el, collapseWhitespace(raw.replace(/\u00a0/g, ' ')).replace(/[:.]$/, '')));
  }
  return out;
}

const labelOf = (el: DomElement, text: string): Label => ({ el, text, key: keyOf(text) });

/** Labels matching `is` that are still in the document (the page's labels scanned once, kept in `f`). */
export function labels(
  doc: DomDocument,
  f: Furniture,
  is: (label: Label) => boolean,
  page: PageElements = pageElements(doc),
): DomElement[] {
  f.labels ??= pageLabels(page.every());
  return f.labels.filter((l) => is(l) && doc.documentElement.contains(l.el)).map((l) => l.el);
}

/** The box a label opens: the nearest ancestor that holds links besides the label and starts with it. */
export function boxOf(label: DomElement, maxText: number): DomElement | null {
  if (label.hasAttribute('aria-label') && first(label, 'a')) return label;
  const lt = textOf(label);
  let cur: DomElement | null = label.parentElement;
  for (let i = 0; cur && i < 4; i++, cur = cur.parentElement) {
    const t = textOf(cur);
    if (t.length > maxText || !t.startsWith(lt)) return null;
    if (all(cur, 'a').some((a) => !label.contains(a))) return cur;
  }
  return null;
}

/** Whether the element holds a link (an `<a>` at any depth). */
export const holdsLink = (el: DomElement): boolean => someTagged(el, 'a', () => true);

/** Words a list heading may put before the section's name ("More from", "Mehr aus", "Plus de"). */
const SECTION_FEED_LEAD_WORDS = 2;
/** "More about <topic>", "Mer om fotboll": a heading on the topic lists the story's related links. */
const ABOUT_WORD = /(?:^|\s)(?:about|on|om|over|över|sobre|über|zum|sur|su|o|про|о)\s*$/u;

/**
 * "More from Local News" over a page of the Local News section: a heading that ends in the page's
 * own section names that section's latest stories, the site's feed, not the story's related links.
 */
export function namesSection(heading: string, section: string | null): boolean {
  if (!section) return false;
  const h = collapseWhitespace(heading).toLowerCase();
  const sec = collapseWhitespace(section).toLowerCase();
  if (h === sec || !(h.endsWith(` ${sec}`) || endsInGluedName(h, sec))) return false;
  const lead = h.slice(0, -sec.length);
  return wordCount(lead) <= SECTION_FEED_LEAD_WORDS && !ABOUT_WORD.test(lead);
}

/**
 * Hebrew and Arabic glue a preposition of a letter or two to the name ("More in" + "Sport" as one
 * word): the heading's last word is the section's name behind such a prefix.
 */
function endsInGluedName(h: string, sec: string): boolean {
  return h.endsWith(sec) && /(?:^|\s)\p{L}{1,2}$/u.test(h.slice(0, -sec.length));
}

/** A share bar, a tag row or a comment thread, by its class words or its ancestors' up to `stop`. */
export function inFurnitureBox(el: DomElement, stop: DomElement): boolean {
  for (let cur: DomElement | null = el; cur && cur !== stop; cur = cur.parentElement)
    if (namedFurniture(cur)) return true;
  return false;
}

/** A box whose class or id names furniture (a share bar, a donation appeal), not a related list. */
export const namedFurniture = (el: DomElement): boolean =>
  roleWords(el).some((w) => FURNITURE_ROLE.test(w) && !/^(?:related|recommended|recirc)$/.test(w));

/** A link's text that reads as a story's title: a few words, not a tag or a button. */
export const titleLike = (t: string): boolean => t.length >= 15 && wordCount(t) >= 3;

export const relatedWords = (words: string[]): boolean =>
  words.some((w) => w === 'related' || /^related(?:posts?|stories|articles?|news)$/.test(w));

/** Characters of a block of the text's own paragraphs at least, beside a box set in it. */
const TEXT_BLOCK_MIN_CHARS = 80;

/**
 * A block of the article's text: a paragraph, or a layout's box of paragraphs ("<div
 * class="text"><p>…</p><p>…</p></div>", as content systems wrap each text component) with no
 * heading and few links.
 */
export function isTextBlock(e: DomElement): boolean {
  if (tagOf(e) === 'p') return true;
  if (!['div', 'section'].includes(tagOf(e)) || !first(e, 'p') || first(e, 'h1, h2, h3, h4, h5, h6'))
    return false;
  const text = boundedText(e, 4000);
  return text !== null && collapseWhitespace(text).length >= TEXT_BLOCK_MIN_CHARS && linkDensity(e) < 0.2;
}

/** Class or id words of the column beside the text. */
const SIDEBAR_ROLE = /^(?:sidebar|rail)$/;

/**
 * Is `el` in a column the markup names the page's sidebar? Not the body's class: it names the
 * layout of the whole page ("has-sidebar-right").
 */
export function inSidebar(el: DomElement): boolean {
  for (let cur = el.parentElement; cur && !['body', 'html'].includes(tagOf(cur)); cur = cur.parentElement)
    if (roleWords(cur).some((w) => SIDEBAR_ROLE.test(w))) return true;
  return false;
}

/** A link to a page of the site itself: a path, or an address on the host the canonical link names. */
export function sameSite(doc: DomDocument, href: string): boolean {
  if (/^\/(?!\/)/.test(href)) return true;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  try {
    return canonical !== null && canonical !== undefined && new URL(href).host === new URL(canonical).host;
  } catch {
    return false;
  }
}

/** A list item that is one link and little else (the source's name, a date after a dash). */
export function isLoneLink(li: DomElement): boolean {
  const links = all(li, 'a');
  if (links.length !== 1) return false;
  return textLength(links[0]!) * 2 >= textLength(li);
}

export const SUBHEADING_TAGS: ReadonlySet<string> = new Set(HEADING_LEVELS.slice(1));
export const PARAGRAPH: ReadonlySet<string> = new Set(['p']);

/** Tags that only style a line's text, walked through up to the block that holds it. */
export const INLINE_WRAPPERS: ReadonlySet<string> = new Set([
  'font',
  'span',
  'small',
  'b',
  'strong',
  'i',
  'em',
]);
