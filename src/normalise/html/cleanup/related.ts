import {
  all,
  first,
  boundedText,
  closestTag,
  hasMoreChildren,
  pageElements,
  roleWords,
  tagOf,
  textOf,
  type DomDocument,
  type DomElement,
  type PageElements,
} from '../dom.js';
import { collapseWhitespace } from '../../text.js';
import { inlineRelated, isRelatedKey, isSiteListHeading } from '../../text/furniture.js';
import {
  addRelated,
  boxOf,
  type Furniture,
  isLoneLink,
  labels,
  linkTitles,
  namesSection,
  short,
  titleLike,
} from './furniture.js';
import {
  BOX_IN_TEXT_TAGS,
  boxesInText,
  CARD_OR_PREVIEW,
  cardGridsAfterText,
  GRID_HEADING_TAGS,
  isViewsListing,
  linkPreviewCards,
  listingBlocksAfterArticle,
  REFERENCE,
  storyReferenceFields,
} from './cards.js';
import {
  INLINE_LINE_TAGS,
  LABEL_TAGS,
  labelledLinkLine,
  spanLabelledLink,
  textLabelledLink,
} from './labelled-links.js';
import { classNamedRelated, RELATED_OR_READ_ON } from './read-on.js';

/**
 * The list a label stands over as a loose line of the text's box, not a box of its own ("<b>See
 * also:</b><ul>…</ul>" set straight in a table cell): the next element, a list whose every item
 * is one link of a story's title, or null.
 */
function listAfterLabel(label: DomElement): DomElement | null {
  const list = label.nextElementSibling;
  if (!list || !['ul', 'ol'].includes(tagOf(list))) return null;
  const items = Array.from(list.children);
  const titled = items.filter((li) => tagOf(li) === 'li' && isLoneLink(li) && titleLike(textOf(li)));
  return items.length >= 1 && titled.length === items.length ? list : null;
}

/** Class words, or a link's rel, that mark a pager's step to the story before or after this one. */
const STEP_ROLE = /^(?:prev|previous|next|older|newer)$/;

/** Is a link marked as a step of a pager, on itself or on a box around it inside `box`? */
function marksStep(a: DomElement, box: DomElement): boolean {
  if ((a.getAttribute('rel') ?? '').split(/\s+/).some((r) => STEP_ROLE.test(r))) return true;
  for (let e: DomElement | null = a; e && e !== box; e = e.parentElement)
    if (roleWords(e).some((w) => STEP_ROLE.test(w))) return true;
  return false;
}

/**
 * A pager under a related heading (a builder's "related posts" block that holds only the links to
 * the previous and the next post, each marked so by its class): the neighbours in time, not
 * stories the page relates to its own.
 */
function isPagerBox(box: DomElement): boolean {
  const links = all(box, 'a').filter((a) => textOf(a) !== '');
  return links.length >= 1 && links.length <= 2 && links.every((a) => marksStep(a, box));
}

/**
 * Related-article lists and inline "Read more: X" lines: collected as titles and removed, so
 * that neither Readability nor the body walker sees them.
 */
export function extractRelated(
  doc: DomDocument,
  f: Furniture,
  section: string | null = null,
  page: PageElements = pageElements(doc),
): void {
  // Its passes share one list of the page's elements (`page`, shared with the stages after it),
  // listed again after a pass took something out.
  for (const label of labels(doc, f, (l) => isRelatedKey(l.key), page)) {
    if (!label.parentNode || isSiteListHeading(textOf(label))) continue;
    const b = boxOf(label, 1500);
    const list = b ? null : listAfterLabel(label);
    if (list) {
      if (!namesSection(textOf(label), section))
        for (const l of linkTitles(list)) addRelated(f, l.title, l.link);
      f.dropped.push(short(`${textOf(label)} ${textOf(list)}`));
      label.remove();
      list.remove();
      page.changed();
      continue;
    }
    if (!b || (closestTag(b, ['footer', 'header']) && !closestTag(b, ['article']))) continue;
    // Either way the box goes; only a list of related stories gives related titles. A CMS's listing
    // block (see isViewsListing) is the list the site set up for the story, whatever it is headed.
    if ((!namesSection(textOf(label), section) || isViewsListing(b)) && !isPagerBox(b))
      for (const l of linkTitles(b)) addRelated(f, l.title, l.link);
    f.dropped.push(short(textOf(b)));
    b.remove();
    page.changed();
  }
  // Inline lines: a paragraph that is a prefix plus one link. The blocks holding a link are found
  // once; a block that lost its link to a removal since is still in the set, and fails the count
  // of its links below.
  const linkHolders = page.holding('a');
  for (const p of page.tagged(INLINE_LINE_TAGS)) {
    // A block without a link goes before its text is read and matched: most blocks have none.
    if (hasMoreChildren(p, 3) || !linkHolders.has(p)) continue;
    const raw = boundedText(p, 300);
    if (raw === null || inlineRelated(collapseWhitespace(raw)) === null) continue;
    if (first(p, 'p, div, li')) continue;
    const links = all(p, 'a');
    const link = links[0];
    if (links.length !== 1 || !link) continue;
    const t = textOf(p);
    const lt = textOf(link);
    if (lt.length < 12 || inlineRelated(t) !== lt) continue;
    addRelated(f, lt, link);
    f.dropped.push(short(t));
    p.remove();
    page.changed();
  }
  for (const card of linkPreviewCards(page.roleHolding(CARD_OR_PREVIEW))) {
    addRelated(f, card.title, card.link);
    f.dropped.push(short(textOf(card.box)));
    card.box.remove();
    page.changed();
  }
  for (const box of boxesInText(doc, page.tagged(BOX_IN_TEXT_TAGS))) {
    for (const l of linkTitles(box)) addRelated(f, l.title, l.link);
    f.dropped.push(short(textOf(box)));
    box.remove();
    page.changed();
  }
  const taken: DomElement[] = [];
  for (const box of [
    ...classNamedRelated(page.roleHolding(RELATED_OR_READ_ON)),
    ...listingBlocksAfterArticle(doc, section),
    ...storyReferenceFields(page.roleHolding(REFERENCE)),
    ...cardGridsAfterText(page.tagged(GRID_HEADING_TAGS), section),
  ]) {
    // The boxes are found before any goes: one may hold another (a related box by its class
    // around a grid of cards under its heading), gone with it.
    if (!box.parentNode || taken.some((t) => t.contains(box))) continue;
    for (const l of linkTitles(box)) addRelated(f, l.title, l.link);
    f.dropped.push(short(textOf(box)));
    taken.push(box);
    box.remove();
    page.changed();
  }
  for (const box of page.tagged(INLINE_LINE_TAGS)) {
    const link = textLabelledLink(doc, box);
    if (!link) continue;
    addRelated(f, textOf(link), link);
    f.dropped.push(short(textOf(box)));
    box.remove();
    page.changed();
  }
  for (const label of page.tagged(LABEL_TAGS)) {
    const link = tagOf(label) === 'span' ? spanLabelledLink(doc, label) : labelledLinkLine(label);
    if (!link) continue;
    addRelated(f, textOf(link), link);
    f.dropped.push(short(`${textOf(label)} ${textOf(link)}`));
    label.remove();
    link.remove();
    page.changed();
  }
}
