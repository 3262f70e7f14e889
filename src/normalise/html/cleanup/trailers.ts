import {
  all,
  boundedText,
  firstTagged,
  linkDensity,
  someTagged,
  textLength,
  textLongerThan,
  tagOf,
  textOf,
  type DomDocument,
  type DomElement,
  type PageElements,
} from '../dom.js';
import { collapseWhitespace } from '../../text.js';
import { furnitureKind, isSiteListKey } from '../../text/furniture.js';
import { boxOf, type Furniture, isLoneLink, labels, PARAGRAPH, short, SUBHEADING_TAGS } from './furniture.js';
import { END_MATTER } from './marks.js';

/** Site lists (most read, trending) and end matter (sources): removed with their box. */
export function removeLabelledBoxes(doc: DomDocument, f: Furniture, page: PageElements): void {
  for (const label of labels(doc, f, (l) => isSiteListKey(l.key))) {
    if (!label.parentNode || textOf(label).split(' ').length > 6) continue;
    const b = boxOf(label, 2000);
    if (b && !isProse(b)) {
      f.dropped.push(short(textOf(b)));
      b.remove();
      page.changed();
      continue;
    }
    // A list of titles without links (a video playlist drawn by script): the heading and its list.
    const next = label.nextElementSibling;
    if (!b && next && ['ul', 'ol'].includes(tagOf(next)) && !isProse(next)) {
      f.dropped.push(short(`${textOf(label)} ${textOf(next)}`));
      next.remove();
      label.remove();
      page.changed();
    }
  }
  for (const label of labels(doc, f, (l) => END_MATTER.test(l.text))) {
    if (!label.parentNode) continue;
    const box = label.parentElement;
    // End matter is the heading plus what follows it in its box, when that is not prose.
    if (box && textOf(box).startsWith(textOf(label)) && !isProse(box) && tagOf(box) !== 'body') {
      f.dropped.push(short(textOf(box)));
      box.remove();
    } else {
      const next = label.nextElementSibling;
      if (next && ['ul', 'ol'].includes(tagOf(next))) next.remove();
      label.remove();
    }
    page.changed();
  }
}

/**
 * Headings of what a press release or a company page prints under its text: the boilerplate
 * about the issuer ("About Example Ltd") and the contact for journalists.
 */
const TRAILER_HEADING =
  /^(?:about (?:the )?\p{Lu}[^.!?]{0,80}|(?:for )?(?:further|more) information,? (?:please )?contact\b[^.!?]{0,40}|(?:press|media) contacts?)\s*:?$/iu;

/**
 * End matter under a heading: the issuer's boilerplate, contacts, notes to editors. The heading and
 * everything after it in its box go, when prose comes before it in that box (the article's text).
 */
export function cutTrailers(page: PageElements, f: Furniture): void {
  for (const heading of page.tagged(SUBHEADING_TAGS)) {
    // A wiki wraps each heading in a box of its own with its edit link: the box stands for it.
    const h = headingBox(heading);
    const box = h.parentElement;
    const t = boundedText(heading, 120);
    if (!box || !h.parentNode || t === null) continue;
    const text = collapseWhitespace(t);
    // The box test first: it spares the heading's text tests for the page's every other heading.
    if (!followsProse(h)) continue;
    if (!TRAILER_HEADING.test(text) && furnitureKind(text) !== 'footer' && !headsLinkListsOnly(h)) continue;
    f.dropped.push(short(text));
    for (let s = h.nextElementSibling; s; s = h.nextElementSibling) s.remove();
    h.remove();
    page.changed();
  }
}

/**
 * Whether two paragraphs of over 100 characters come before `h` in its box (the article's text):
 * read back only until two are found, and each only as far as its 101st character.
 */
export function followsProse(h: DomElement): boolean {
  let prose = 0;
  for (let s = h.previousElementSibling; s; s = s.previousElementSibling)
    if (tagOf(s) === 'p' && textLongerThan(s, 100) && ++prose >= 2) return true;
  return false;
}

/** The heading's own box when it holds nothing else of length (an edit link), else the heading. */
function headingBox(h: DomElement): DomElement {
  const parent = h.parentElement;
  const alone =
    parent !== null &&
    tagOf(parent) === 'div' &&
    parent.children.length <= 2 &&
    textLength(parent) - textLength(h) < 20;
  return alone ? parent : h;
}

/** Characters of a small-print box that may follow a links section (a licence line). */
const SMALL_PRINT_MAX_CHARS = 200;

/**
 * "Sources", "External links" in words no list knows: a heading under the text followed, to the
 * end of its box, by lists whose every item is one link (and small print), no paragraph.
 */
function headsLinkListsOnly(h: DomElement): boolean {
  let lists = 0;
  for (let s = h.nextElementSibling; s; s = s.nextElementSibling) {
    const tag = tagOf(s);
    if ((tag === 'ul' || tag === 'ol') && s.children.length > 0 && Array.from(s.children).every(isLoneLink))
      lists++;
    else if (isHeadingOrItsBox(s)) continue;
    else if (firstTagged(s, PARAGRAPH) !== null || textLength(s) > SMALL_PRINT_MAX_CHARS) return false;
  }
  return lists > 0;
}

const SUBHEADING = /^h[2-6]$/;

/** A subheading, or the box a wiki wraps one in. */
function isHeadingOrItsBox(el: DomElement): boolean {
  if (SUBHEADING.test(tagOf(el))) return true;
  const inner = firstTagged(el, SUBHEADING_TAGS);
  return inner !== null && headingBox(inner) === el;
}

/** Does this element hold paragraphs of prose (two or more of over 100 characters, few links)? */
export function holdsParagraphs(el: DomElement): boolean {
  // Two are enough: stopping there keeps a check of nested containers from reading the text of
  // every paragraph inside each of them again.
  return someTagged(el, 'p', (p) => textLength(p) > 100 && linkDensity(p) < 0.5, 2);
}

/** Does this element carry enough real prose that it must not be removed as furniture? */
export function isProse(el: DomElement): boolean {
  if (holdsParagraphs(el)) return true;
  // Paragraphs in divs or <br>-separated text: much text outside links is prose too (more than
  // 600 characters of it). Links are read until that is out of reach, not all of them.
  const total = textLength(el);
  if (total <= 700) return false;
  let linked = 0;
  for (const a of all(el, 'a')) {
    linked += textLength(a);
    if (total - linked <= 600) return false;
  }
  return true;
}
