/**
 * The headline element and the header group around it (kicker, dek, byline, dates).
 */
import { collapseWhitespace } from '../../text.js';
import {
  boundedText,
  closestTag,
  type DomElement,
  firstUnder,
  roleWords,
  scanTags,
  scanUnder,
  styledApart,
  tagOf,
  textLongerThan,
} from '../dom.js';
import { closestAttr } from './meta.js';
import type { MetaPage } from './page.js';

/** Longest text of an h1 taken for a headline: past it, the h1 wraps more than a title. */
const MAX_HEADLINE_CHARS = 2000;

/** An element that says it is a first-level heading (role="heading" aria-level="1"). */
const isLevelOneHeading = (e: DomElement): boolean =>
  // The raw attribute values, as getAttribute gives them in an HTML document, without its checks:
  // asked of every element of the page.
  e.getAttributeNode('aria-level')?.value === '1' && e.getAttributeNode('role')?.value === 'heading';

/** The headline element: the h1 that best matches what the metadata calls the title. */
export function findHeadline(page: MetaPage, metaTitles: string[], titleTagOnly: boolean): DomElement | null {
  // Each h1's text is read once and only up to a headline's length: scoring re-read the full text
  // of every h1 per comparison, and a page of thousands of long h1s took seconds.
  // An element that says it is the page's first-level heading counts as an h1 (a SharePoint
  // page's title is a div with role="heading" aria-level="1").
  const h1s = page.elements
    .filter((e, i) => page.tags[i] === 'h1' || isLevelOneHeading(e))
    .flatMap((h) => {
      const raw = boundedText(h, MAX_HEADLINE_CHARS);
      const t = raw === null ? '' : collapseWhitespace(raw.replace(/\u00a0/g, ' '));
      return t ? [{ h, t }] : [];
    });
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const metas = metaTitles.map(norm).filter(Boolean);
  if (h1s.length === 0)
    return (
      namedSubheading(page, metas, norm) ??
      microdataHeadline(page) ??
      (titleTagOnly ? openingHeading(page) : null)
    );
  const score = (h: DomElement, text: string): number => {
    const t = norm(text);
    let s = closestTag(h, ['article', 'main']) ? 1 : 0;
    if (metas.some((m) => m === t)) s += 4;
    else if (metas.some((m) => m.includes(t) || t.includes(m))) s += 2;
    if (closestTag(h, ['header', 'nav', 'footer', 'aside']) && !closestTag(h, ['article'])) s -= 2;
    return s;
  };
  let best: { h: DomElement; s: number } | null = null;
  for (const { h, t } of h1s) {
    const s = score(h, t);
    if (!best || s > best.s) best = { h, s };
  }
  const h1Named = best !== null && metas.includes(norm(boundedText(best.h, MAX_HEADLINE_CHARS) ?? ''));
  return (h1Named ? null : namedSubheading(page, metas, norm)) ?? best?.h ?? null;
}

/**
 * The heading a microdata article marks as its headline (<h2 itemprop="headline">), when no h1 is
 * and the metadata's title is the site's or the list's, not the story's: the markup's own word for
 * which heading is the title. Not a <meta> (no printed text) nor one in the header, navigation or footer.
 */
function microdataHeadline(page: MetaPage): DomElement | null {
  for (const h of scanTags(page, ['h2', 'h3', 'h4'])) {
    if (h.getAttribute('itemprop') !== 'headline' || !closestAttr(h, 'itemscope')) continue;
    if (closestTag(h, ['header', 'nav', 'footer', 'aside']) && !closestTag(h, ['article'])) continue;
    const t = boundedText(h, MAX_HEADLINE_CHARS);
    if (t && t.trim()) return h;
  }
  return null;
}

/** Paragraphs of prose after a heading that make it the opening of the text. */
const OPENING_PROSE = 3;
/** Blocks after a heading looked at for them (a date line, a picture, its caption between). */
const OPENING_BLOCKS = 8;

/**
 * The story's title on a page made by hand: no h1, no title in the metadata but the title tag (which
 * names the site, matching no heading), and the first h2 or h3 of the page outside its header,
 * navigation and footer standing before any paragraph of prose, a run of them after it in its own
 * box. A subheading has the text's prose before it.
 */
function openingHeading(page: MetaPage): DomElement | null {
  for (const e of scanTags(page, ['h2', 'h3', 'p'])) {
    if (tagOf(e) === 'p') {
      if (textLongerThan(e, 80) && !closestTag(e, ['header', 'nav', 'footer', 'aside'])) return null;
      continue;
    }
    if (closestTag(e, ['header', 'nav', 'footer', 'aside'])) continue;
    const t = boundedText(e, 300);
    if (!t || t.trim().split(/\s+/).length < 3) return null;
    let prose = 0;
    let s = e.nextElementSibling;
    for (let i = 0; s && i < OPENING_BLOCKS && prose < OPENING_PROSE; i++, s = s.nextElementSibling)
      if (tagOf(s) === 'p' && textLongerThan(s, 80)) prose++;
    return prose >= OPENING_PROSE ? e : null;
  }
  return null;
}

/**
 * A lower heading (h2–h4) whose text is the title the metadata gives, when no h1 is: templates
 * that keep the h1 for the site's name (a blog's) or print the story's title in a smaller heading
 * (a news extension's list-and-detail template). Not one in the page's header, navigation or footer.
 */
function namedSubheading(page: MetaPage, metas: string[], norm: (s: string) => string): DomElement | null {
  if (metas.length === 0) return null;
  for (const h of scanTags(page, ['h2', 'h3', 'h4'])) {
    if (closestTag(h, ['header', 'nav', 'footer', 'aside']) && !closestTag(h, ['article'])) continue;
    const t = boundedText(h, MAX_HEADLINE_CHARS);
    if (t && metas.includes(norm(t))) return h;
  }
  return titleBlock(page, metas, norm) ?? emphasisedTitle(page, metas, norm);
}

/** Words a title the <title> tag cuts short keeps at least, for the printed one to open with it. */
const SHORTENED_TITLE_MIN_WORDS = 3;

/**
 * A paragraph set in bold or a large font, no heading ("<p><font size=5><b>…</b></font></p>"), whose
 * text is the title the metadata gives, or opens with it when the <title> tag cuts the headline
 * short: a hand-written page's headline. Not a link, nor one in the header, navigation or footer.
 */
function emphasisedTitle(page: MetaPage, metas: string[], norm: (s: string) => string): DomElement | null {
  const long = metas.filter((m) => m.split(' ').length >= SHORTENED_TITLE_MIN_WORDS);
  if (long.length === 0) return null;
  for (const e of scanTags(page, ['p', 'div', 'td'])) {
    const t = boundedText(e, 300);
    if (!t || e.children.length !== 1) continue;
    const n = norm(t);
    if (!long.some((m) => n === m || n.startsWith(`${m} `))) continue;
    if (closestTag(e, ['header', 'nav', 'footer', 'aside', 'a']) || !styledApart(e)) continue;
    return e;
  }
  return null;
}

/**
 * A block the markup calls a title (class "title", "headline") whose text is the title the
 * metadata gives: site builders that set the headline in a styled div, with no heading at all.
 */
function titleBlock(page: MetaPage, metas: string[], norm: (s: string) => string): DomElement | null {
  for (const e of scanTags(page, ['div', 'p', 'span'])) {
    if (!roleWords(e).some((w) => w === 'title' || w === 'headline')) continue;
    if (closestTag(e, ['header', 'nav', 'footer', 'aside', 'a'])) continue;
    const t = boundedText(e, MAX_HEADLINE_CHARS);
    if (t && metas.includes(norm(t))) return e;
  }
  return null;
}

/** Does `box` hold `count` paragraphs longer than `chars`? Stops reading at the count. */
function longParagraphs(page: MetaPage, box: DomElement, chars: number, count: number): boolean {
  let n = 0;
  // Counted without building each paragraph's text, and only as far as `chars`.
  for (const p of scanUnder(page, box, 'p')) if (textLongerThan(p, chars) && ++n >= count) return true;
  return false;
}

/** `[rel="author"]`: HTML reads the value of rel without case. */
export const relIsAuthor = (e: DomElement): boolean => e.getAttribute('rel')?.toLowerCase() === 'author';

/** The container that holds the headline and its printed furniture (kicker, dek, byline, dates). */
export function headerGroup(page: MetaPage, h: DomElement): DomElement {
  let g: DomElement = h;
  for (let i = 0; i < 4 && g.parentElement; i++) {
    const p = g.parentElement;
    if (tagOf(p) === 'body' || tagOf(p) === 'main') break;
    g = p;
    if (longParagraphs(page, g, 250, 2)) break;
    if (i >= 1 && firstUnder(g, (e) => tagOf(e) === 'time' || relIsAuthor(e))) break;
  }
  return g;
}

/**
 * Where the byline is looked for: the header group, or, for a headline set straight in <main> (a
 * framework's flat page, no box of its own), <main>, where its byline is a sibling.
 */
export function bylineScope(h: DomElement, group: DomElement): DomElement {
  const main = h.parentElement;
  return group === h && main !== null && tagOf(main) === 'main' ? main : group;
}
