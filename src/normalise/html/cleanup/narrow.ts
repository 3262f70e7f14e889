import {
  first,
  boundedText,
  classOf,
  linkDensity,
  pageElements,
  textLength,
  shortTextOf,
  tagOf,
  type DomDocument,
  type DomElement,
  type PageElements,
} from '../dom.js';
import { markedCaption } from '../../text/lines.js';
import { SUBHEADING_TAGS } from './furniture.js';

/**
 * A subheading among the text's paragraphs whose class calls it a header ("header-anchor-post",
 * as newsletter platforms mark linkable subheadings, or a recipe card's "Ingredients" over its
 * list): a heading is a header by nature, and the word would make Readability drop it as the
 * page's header. The class goes. `page`: the page's element lists when the caller has them.
 */
export function unmarkTextSubheadings(doc: DomDocument, page: PageElements = pageElements(doc)): void {
  for (const h of page.tagged(SUBHEADING_TAGS)) {
    if (!/header/i.test(classOf(h))) continue;
    const prev = h.previousElementSibling;
    const next = h.nextElementSibling;
    if (
      [prev, next].some((s) => s !== null && tagOf(s) === 'p' && textLength(s) > 100) ||
      (next !== null && headsTextList(next))
    )
      h.removeAttribute('class');
  }
}

/**
 * A list of text (ingredients, steps), not of links, as the block or the first thing inside it; or
 * a short block of sentences (a recipe's notes).
 */
function headsTextList(block: DomElement): boolean {
  let cur: DomElement | null = block;
  for (let depth = 0; cur && depth < 3; depth++, cur = cur.children[0] ?? null) {
    const tag = tagOf(cur);
    if (tag === 'ul' || tag === 'ol') return cur.children.length >= 2 && linkDensity(cur) < 0.3;
    if (tag !== 'div') break;
  }
  const t = boundedText(block, 600);
  return t !== null && t.trim().length >= 40 && /[.!?…]$/.test(t.trim()) && linkDensity(block) < 0.1;
}

/**
 * A picture box outside <figure>: an image whose container holds only a short line of text
 * (its caption). The box goes, so the caption cannot reach the body.
 */
export function removePictureBoxes(root: DomDocument, page: PageElements = pageElements(root)): void {
  for (const img of page.named('img')) {
    const box = img.parentElement;
    if (!box || !['div', 'span', 'p', 'a'].includes(tagOf(box))) continue;
    const holder = tagOf(box) === 'a' && box.parentElement ? box.parentElement : box;
    const t = shortTextOf(holder, 249);
    // A caption in a plain block beside the picture shows itself by the credit it carries.
    const captionBox = (): boolean =>
      first(holder, 'p, span, small, em') !== null ||
      (first(holder, 'div') !== null && !!markedCaption(t ?? '', false)?.credit);
    if (t && captionBox() && !/[:;]$/.test(t)) {
      if (tagOf(holder) !== 'body' && tagOf(holder) !== 'article') {
        holder.remove();
        page.changed();
      }
    }
  }
}

const ARTICLE_TAGS = new Set(['article', 'main']);

/**
 * When one article/main element holds nearly all of the page's prose, everything outside it is
 * site furniture: cut it away so Readability scores less and cannot wander into sidebars.
 */
export function narrowToArticle(doc: DomDocument, page: PageElements = pageElements(doc)): DomElement | null {
  // Each paragraph's length read once: linkedom builds the text anew at every read, and the sums
  // below read it for every candidate.
  const chars = new Map<DomElement, number>();
  for (const p of page.named('p')) {
    const n = (p.textContent ?? '').length;
    if (n > 80 && linkDensity(p) < 0.3) chars.set(p, n);
  }
  const prose = [...chars.keys()];
  const total = prose.reduce((n, p) => n + (chars.get(p) ?? 0), 0);
  if (total < 500) return null;
  // The paragraphs' walk gives both lists, attributes compared in JS: linkedom's selector engine
  // walks the page again for each list and is slow on attribute selectors.
  const elements = page.every();
  const cands = elements
    .filter((e) => ARTICLE_TAGS.has(tagOf(e)))
    .concat(
      elements.filter(
        (e) => e.getAttribute('itemprop') === 'articleBody' || e.getAttribute('role') === 'main',
      ),
    );
  let best: { el: DomElement; size: number } | null = null;
  for (const c of cands) {
    const inside = prose.filter((p) => c.contains(p)).reduce((n, p) => n + (chars.get(p) ?? 0), 0);
    if (inside < total * 0.85) continue;
    const size = (c.textContent ?? '').length;
    if (!best || size < best.size) best = { el: c, size };
  }
  if (!best) {
    // No marked container: the deepest block holding nearly all prose, one level up for margin.
    const sums = new Map<DomElement, number>();
    for (const p of prose) {
      const n = chars.get(p) ?? 0;
      for (let a = p.parentElement; a; a = a.parentElement) sums.set(a, (sums.get(a) ?? 0) + n);
    }
    let deepest: DomElement | null = null;
    let depth = -1;
    for (const [el, n] of sums) {
      if (n < total * 0.9) continue;
      let d = 0;
      for (let a = el.parentElement; a; a = a.parentElement) d++;
      if (d > depth) {
        depth = d;
        deepest = el;
      }
    }
    const up = deepest?.parentElement;
    if (up && !['body', 'html'].includes(tagOf(up))) best = { el: up, size: 0 };
  }
  if (!best) return null;
  for (let cur: DomElement = best.el; cur.parentElement && tagOf(cur) !== 'body'; cur = cur.parentElement) {
    for (const sib of Array.from(cur.parentElement.children))
      if (sib !== cur && tagOf(sib) !== 'head') sib.remove();
  }
  page.changed();
  return best.el;
}
