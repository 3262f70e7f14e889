import {
  all,
  first,
  boundedText,
  closestTag,
  firstUnder,
  textLongerThan,
  roleWords,
  shortTextOf,
  tagOf,
  textOf,
  type DomDocument,
  type DomElement,
} from '../dom.js';
import { collapseWhitespace } from '../../text.js';
import { isSiteListHeading } from '../../text/furniture.js';
import { inSidebar, isTextBlock, namedFurniture, namesSection, sameSite, titleLike } from './furniture.js';

/** What a link-preview card's class words hold, one or the other (see isPreviewCardClass). */
export const CARD_OR_PREVIEW = /card|preview/;

/** A link-preview card's class: "bookmark-card", "link-preview", "preview-card" (blog editors' embeds). */
const isPreviewCardClass = (w: string[]): boolean =>
  (w.includes('card') && (w.includes('bookmark') || w.includes('preview'))) ||
  (w.includes('link') && w.includes('preview'));

/**
 * Link-preview cards an editor embeds in the text (a bookmark card: one link around the story's
 * title, its description, the site's icon and a picture): each points to another story, a related
 * link, and its blurb is no paragraph of this one. The card, its title and its link. `elements`:
 * those whose role attributes hold CARD_OR_PREVIEW (words are split only there: most elements
 * have neither word).
 */
export function linkPreviewCards(
  elements: readonly DomElement[],
): { box: DomElement; title: string; link: DomElement }[] {
  const out: { box: DomElement; title: string; link: DomElement }[] = [];
  for (const el of elements) {
    if (!isPreviewCardClass(roleWords(el))) continue;
    if (out.some((o) => o.box.contains(el))) continue;
    const links = all(el, 'a');
    const head = all(el, '*').find((e) => roleWords(e).includes('title') || /^h[1-6]$/.test(tagOf(e)));
    const title = head ? textOf(head) : '';
    if (links.length !== 1 || !titleLike(title)) continue;
    out.push({ box: el, title, link: links[0]! });
  }
  return out;
}

/** Characters of an in-text aside's label besides its titles ("Read also", in any words). */
const ASIDE_LABEL_MAX_CHARS = 40;

/** Boxes that may be set between two blocks of the text: an aside, or a layout's box. */
export const BOX_IN_TEXT_TAGS: ReadonlySet<string> = new Set(['aside', 'div', 'section']);

/**
 * A box set between two blocks of the text that holds a short label and links of story titles,
 * nothing else: the story's related links, whatever the label's words ("Read also" over a list,
 * an inline teaser's "Read too" over its title). (A box beside the text, a sidebar of the site's
 * lists, has no block of the text on either side.) An aside may link anywhere; a layout's box only
 * to the site's own stories, not a list of sources elsewhere.
 */
export function boxesInText(doc: DomDocument, boxes: readonly DomElement[]): DomElement[] {
  return boxes.filter((el) => {
    const prev = el.previousElementSibling;
    const next = el.nextElementSibling;
    const aside = tagOf(el) === 'aside';
    const beside = (x: DomElement): boolean => (aside ? tagOf(x) === 'p' : isTextBlock(x));
    if (!prev || !next || !beside(prev) || !beside(next)) return false;
    const text = boundedText(el, 600);
    const anchors = all(el, 'a');
    const links = anchors.map((a) => textOf(a));
    if (text === null || links.length === 0 || !links.every(titleLike)) return false;
    if (!aside && !anchors.every((a) => sameSite(doc, a.getAttribute('href') ?? ''))) return false;
    // A picture's lightbox links to the picture's file, its text the file's name and size: no story.
    if (anchors.some((a) => PICTURE_FILE.test(a.getAttribute('href') ?? ''))) return false;
    // A donation or newsletter appeal set in the text links to the site's own page, not a story.
    if (namedFurniture(el)) return false;
    if (collapseWhitespace(text).length - links.join(' ').length > ASIDE_LABEL_MAX_CHARS) return false;
    // A most-read list set in the text is the site's, not the story's.
    return aside || !isSiteListHeading(links.reduce((t, l) => t.replace(l, ''), textOf(el)).trim());
  });
}

/** An address of a picture file ("…/original/map.jpeg", "photo.webp?w=800"). */
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$/i;

/**
 * Boxes whose markup names them related ("related-posts", "relatedStories"), with no label the
 * heading lists know: two or more links, nearly all of them story titles, and little else. Not in
 * the page's header, navigation or footer outside the article.
 */
/** Levels above the article at which a listing block may follow it. */
const AFTER_ARTICLE_LEVELS = 4;

/**
 * A content system's listing block (Drupal's Views: "block-views", rows of "views-row") printed
 * right after the article, in the page's content region and not its sidebar: the listing the
 * site configured for this story, its related stories, whatever language its heading is in.
 */
export function listingBlocksAfterArticle(doc: DomDocument, section: string | null): DomElement[] {
  const article = firstUnder(doc.documentElement, (e) => tagOf(e) === 'article');
  if (!article) return [];
  let at: DomElement | null = article;
  for (let level = 0; at && level < AFTER_ARTICLE_LEVELS; level++, at = at.parentElement) {
    const next = at.nextElementSibling;
    if (!next) continue;
    return isViewsListing(next) || isCardListing(next, section) ? [next] : [];
  }
  return [];
}

/** Characters of a reference field's label besides its titles ("Related articles:", in any words). */
const FIELD_LABEL_MAX_CHARS = 40;

/** What a reference field's role attributes hold (see storyReferenceFields). */
export const REFERENCE = 'reference';

/**
 * A CMS's field of references to other stories, whatever its label's words (Drupal's
 * "field-type-node-reference", "entityreference"): the stories an editor linked to this one, each
 * item one link of a story's title, after the text. A field of taxonomy terms (tags) references
 * words, not stories. `elements`: those whose role attributes hold REFERENCE.
 */
export function storyReferenceFields(elements: readonly DomElement[]): DomElement[] {
  const out: DomElement[] = [];
  for (const el of elements) {
    if (out.some((o) => o.contains(el))) continue;
    const w = roleWords(el);
    const refersToStories =
      w.includes('field') &&
      (w.includes('entityreference') ||
        (w.includes('reference') && (w.includes('node') || w.includes('entity'))));
    if (!refersToStories) continue;
    const links = all(el, 'a').filter((a) => textOf(a) !== '');
    const titles = links.map((a) => textOf(a));
    // After the text: a reference field ahead of it files the story (its section), no reading on.
    if (links.length === 0 || !titles.every(titleLike) || !afterProse(el)) continue;
    const text = boundedText(el, 1500);
    if (text === null || collapseWhitespace(text).length - titles.join(' ').length > FIELD_LABEL_MAX_CHARS)
      continue;
    out.push(el);
  }
  return out;
}

/** Headings that may stand over a grid of story cards. */
export const GRID_HEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4']);

/** Characters of a grid of story cards at most: titles, dates, a teaser line each. */
const GRID_MAX_CHARS = 3000;

/** Paragraphs of prose that make the story's text before a box, at least. */
const TEXT_BEFORE_GRID = 2;

/**
 * The heading's own box: the outermost ancestor whose text is the heading's alone (a page builder
 * wraps each heading in a widget of its own, the grid in the next one).
 */
function headingWidget(h: DomElement): DomElement {
  const t = textOf(h);
  // Read up to a character past the heading's text: an ancestor may be the whole page.
  const same = (up: DomElement): boolean => shortTextOf(up, t.length + 1) === t;
  let w = h;
  for (let up = w.parentElement; up && tagOf(up) !== 'body' && same(up); up = up.parentElement) w = up;
  return w;
}

/** Does prose (TEXT_BEFORE_GRID paragraphs of the story's text) come before `el` among its siblings? */
function afterProse(el: DomElement): boolean {
  let prose = 0;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling)
    for (const p of all(s, 'p')) if (textLongerThan(p, 100) && ++prose >= TEXT_BEFORE_GRID) return true;
  return false;
}

/** Levels of boxes that hold a heading and its grid alone, climbed to reach the text's box. */
const GRID_BOX_LEVELS = 3;

/**
 * The outermost box around a heading's widget and its grid that holds nothing else (a builder's
 * section of its own), the heading first in each; the widget itself when its parent holds more.
 */
function boxOfGrid(w: DomElement, grid: DomElement): DomElement {
  // The spaces that join the two texts, and no more: a box with other text is not theirs alone.
  const own = textOf(w).length + textOf(grid).length + 1;
  let box = w;
  for (let k = 0, up = w.parentElement; k < GRID_BOX_LEVELS && up && tagOf(up) !== 'body'; k++) {
    if (box.previousElementSibling || shortTextOf(up, own) === null) break;
    box = up;
    up = up.parentElement;
  }
  return box;
}

/**
 * Is `box` right after the text's own section: the box before it holds the story's prose, and no
 * sidebar beside it? A section after a layout of text and sidebar is the page's, as its footer is;
 * one after the author's box or the comments is the site's reading on.
 */
function rightAfterTextSection(box: DomElement): boolean {
  const prev = box.previousElementSibling;
  if (!prev || first(prev, 'aside')) return false;
  let prose = 0;
  for (const p of all(prev, 'p')) if (textLongerThan(p, 100) && ++prose >= TEXT_BEFORE_GRID) return true;
  return false;
}

/** Is the heading's widget after the story's text: prose before it in its box, or its box's section after the text's? */
function gridAfterText(w: DomElement, grid: DomElement): boolean {
  if (afterProse(w)) return true;
  const box = boxOfGrid(w, grid);
  return box !== w && rightAfterTextSection(box);
}

/**
 * A story card's link: a story's title in a heading around the link or inside it, or a picture and
 * the title together inside the link.
 */
function isCardLink(a: DomElement): boolean {
  const h = closestTag(a, ['h2', 'h3', 'h4', 'h5']) ?? first(a, 'h2, h3, h4, h5');
  if (h) return titleLike(textOf(h));
  return first(a, 'img, picture') !== null && titleLike(textOf(a));
}

/**
 * A heading in words no list knows, in a box of its own, over a grid of story cards in the next box
 * (a page builder's posts widget under "Similar news"), both after the story's text in the box
 * that holds it: each card one link of a story's title (see isCardLink), the story's related stories.
 * The site's lists stand apart (a sidebar, the footer) or say what they are ("Most read").
 */
export function cardGridsAfterText(headings: readonly DomElement[], section: string | null): DomElement[] {
  const out: DomElement[] = [];
  for (const h of headings) {
    const label = textOf(h);
    if (!label || label.length > 60 || isSiteListHeading(label) || namesSection(label, section)) continue;
    if (first(h, 'a') || closestTag(h, ['a', 'nav', 'footer', 'aside', 'header', 'form', 'article']))
      continue;
    const w = headingWidget(h);
    const grid = w.nextElementSibling;
    // Its class is not heeded: a builder names every box a "widget", furniture's word.
    if (!grid || !CARD_BOX_TAGS.has(tagOf(grid)) || inSidebar(grid)) continue;
    // A grid of cards is short: a box of the whole text after a heading is no grid.
    if (boundedText(grid, GRID_MAX_CHARS) === null) continue;
    const links = all(grid, 'a').filter((a) => textOf(a) !== '');
    const titled = links.filter(isCardLink);
    if (titled.length < 2 || titled.length !== links.length || !gridAfterText(w, grid)) continue;
    out.push(grid);
  }
  return out;
}

/** Drupal's Views block: rows of "views-row", each one link of a story's title. */
export function isViewsListing(box: DomElement): boolean {
  const words = roleWords(box);
  if (!(words.includes('views') && words.includes('block'))) return false;
  const rows = all(box, '*').filter((r) => {
    const w = roleWords(r);
    return w.includes('views') && w.includes('row');
  });
  const titled = rows.filter((r) => all(r, 'a').length === 1 && titleLike(textOf(r)));
  return titled.length >= 2 && titled.length === rows.length;
}

/** Tags of a box of story cards that may follow the article (not a sidebar, a menu or a form). */
const CARD_BOX_TAGS: ReadonlySet<string> = new Set(['section', 'div']);

/**
 * A heading in words no list knows over story cards, each a link around a title element of its
 * own (a theme's "teaser-title"): set right after the article, the story's related stories. The
 * site's lists (most read, the sidebar's) are plain links, or stand apart and say what they are;
 * a heading that names the page's section ("More in Sport") lists that section's latest.
 */
function isCardListing(box: DomElement, section: string | null): boolean {
  if (!CARD_BOX_TAGS.has(tagOf(box))) return false;
  if (namedFurniture(box)) return false;
  const heading = box.children[0];
  if (!heading || !/^h[2-4]$/.test(tagOf(heading))) return false;
  const label = textOf(heading);
  if (!label || label.length > 60 || isSiteListHeading(label) || namesSection(label, section)) return false;
  const links = all(box, 'a').filter((a) => textOf(a) !== '');
  return (
    links.length >= 2 &&
    links.every((a) => {
      const title = a.querySelector('h2, h3, h4, h5, [class*="title"]');
      return title !== null && titleLike(textOf(title));
    })
  );
}
