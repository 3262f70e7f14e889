import {
  all,
  closestTag,
  elementsAfter,
  firstTagged,
  textLength,
  shortTextOf,
  styledApart,
  tagOf,
  textOf,
  type DomDocument,
  type DomElement,
  type PageElements,
} from '../dom.js';
import { collapseWhitespace } from '../../text.js';
import { isSiteListHeading } from '../../text/furniture.js';
import {
  addRelated,
  boxOf,
  type Furniture,
  holdsLink,
  inFurnitureBox,
  linkTitles,
  short,
  titleLike,
} from './furniture.js';

/**
 * "More from Ann Lee", "Weitere Artikel von Ann Lee": a heading that names the story's writer lists
 * the writer's latest stories, whatever they are about, not the story's related links.
 */
function namesWriter(heading: string, byline: string | null): boolean {
  return byline !== null && byline.length > 3 && collapseWhitespace(heading).includes(byline);
}

/** Most items of a related list printed without a heading between the headline and the text. */
const MAX_HEADLESS_ITEMS = 5;
/** Blocks after the headline within which such a list sits: the header's, not the page's further down. */
const MAX_HEADLESS_DISTANCE = 8;

/** Blocks that hold a text's paragraphs: an element with none of them inside is one block of text. */
const TEXT_BLOCKS: ReadonlySet<string> = new Set(['p', 'div', 'ul', 'ol', 'table', 'section']);

/**
 * A list of story links without a heading set between the headline and the text (a portal's
 * related stories under the standfirst): two to five items, each one link of a story's title and
 * nothing else, before the first paragraph of prose. Not the page's navigation.
 */
export function extractHeadlessRelated(doc: DomDocument, headline: DomElement | null, f: Furniture): void {
  if (!headline || !doc.body) return;
  const tags = new Set(['p', 'div', 'ul', 'ol', tagOf(headline)]);
  let blocks = 0;
  for (const e of elementsAfter(doc.body, headline, tags, MAX_HEADLESS_DISTANCE + 1)) {
    if (++blocks > MAX_HEADLESS_DISTANCE) return;
    if (tagOf(e) === 'p' || tagOf(e) === 'div') {
      // The text has begun: a paragraph of prose, in a <p> or a <div> without blocks inside.
      if (!firstTagged(e, TEXT_BLOCKS) && textLength(e) > 150) return;
      continue;
    }
    if (closestTag(e, ['nav', 'header', 'footer', 'aside'])) continue;
    const items = Array.from(e.children);
    if (items.length < 2 || items.length > MAX_HEADLESS_ITEMS) continue;
    const links = items.map((li) => {
      const a = all(li, 'a');
      return tagOf(li) === 'li' && a.length === 1 && textOf(a[0]!) === textOf(li) ? a[0]! : null;
    });
    if (!links.every((a) => a !== null && titleLike(textOf(a)))) continue;
    for (const a of links) if (a) addRelated(f, textOf(a), a);
    f.dropped.push(short(textOf(e)));
    e.remove();
  }
}

/** A paragraph this long is the story's text, not a teaser's line. */
const STORY_PARAGRAPH_CHARS = 100;

/**
 * The article element that holds the headline, or null. Only its markup says where the story's
 * own matter ends: a list under the text of a page without one may as well be the section's feed
 * ("More from this section") as the story's related links.
 */
export const storyBox = (headline: DomElement | null): DomElement | null =>
  headline ? closestTag(headline, ['article']) : null;

/**
 * A list of story titles under a heading in words no list knows ("Pennadoù liammet", "Шулай ук
 * укыгыз"), inside the article element and after its last paragraph: the story's related links.
 * The site's lists (most read, the sidebar's) stand outside it, in asides and rails.
 */
export function extractTrailingTitleLists(
  box: DomElement | null,
  f: Furniture,
  byline: string | null = null,
  page: PageElements | null = null,
): void {
  if (!box?.parentNode) return;
  // In document order: the headings after the story's last paragraph.
  const blocks = all(box, 'p, h2, h3, h4, h5, h6');
  const lastAt = blocks.findLastIndex((b) => tagOf(b) === 'p' && textLength(b) > STORY_PARAGRAPH_CHARS);
  const last = blocks[lastAt];
  if (!last) return;
  for (const heading of blocks.slice(lastAt + 1)) {
    if (tagOf(heading) === 'p' || !heading.parentNode) continue;
    const label = textOf(heading);
    if (!label || label.length > 60 || isSiteListHeading(label)) continue;
    const list = boxOf(heading, 1500);
    if (!list || !box.contains(list) || list.contains(last)) continue;
    if (closestTag(list, ['aside', 'nav', 'footer', 'form']) || inFurnitureBox(list, box)) continue;
    const links = all(list, 'a').filter((a) => textOf(a) !== '');
    const titles = linkTitles(list);
    if (titles.length < 2 || titles.length < links.length * 0.6) continue;
    // Either way the list goes; one headed by the writer's name lists their other stories.
    if (!namesWriter(label, byline)) for (const t of titles) addRelated(f, t.title, t.link);
    f.dropped.push(short(textOf(list)));
    list.remove();
    page?.changed();
  }
}

/** Blocks between the text's last paragraph and a list's label at most (a signature, a rule). */
const COLUMN_LIST_REACH = 3;

/** A label over a list: a heading, or a short line all in bold or italics; no link, no sentence's end. */
function isListLabel(e: DomElement): boolean {
  const t = shortTextOf(e, 60);
  if (!t || holdsLink(e) || /[.!?…:;]$/u.test(t)) return false;
  return /^h[2-6]$/.test(tagOf(e)) || (tagOf(e) === 'p' && styledApart(e));
}

/**
 * A list of story titles under a label of its own in the text's own column, a page without an
 * article element: the label and the list stand among the text's paragraphs, a few blocks after
 * the last one (a signature and a rule between), as a hand-written page prints its "more on this"
 * list. The site's lists stand in boxes and columns of their own.
 */
export function extractColumnTitleLists(
  box: DomElement | null,
  headline: DomElement | null,
  f: Furniture,
  page: PageElements,
): void {
  // The headline is out of the page by now: that it was found says a story is printed here.
  if (box || !headline) return;
  for (const list of page.named('ul').concat(page.named('ol'))) {
    const label = list.previousElementSibling;
    if (!list.parentNode || !label || !isListLabel(label) || isSiteListHeading(textOf(label))) continue;
    if (closestTag(list, ['aside', 'nav', 'footer', 'form'])) continue;
    let prose = label.previousElementSibling;
    for (let k = 0; prose && k < COLUMN_LIST_REACH && !isLongParagraph(prose); k++)
      prose = prose.previousElementSibling;
    if (!prose || !isLongParagraph(prose)) continue;
    const items = Array.from(list.children);
    const titles = linkTitles(list);
    if (items.length < 2 || titles.length !== items.length || !items.every((li) => all(li, 'a').length === 1))
      continue;
    for (const t of titles) addRelated(f, t.title, t.link);
    f.dropped.push(short(`${textOf(label)} ${textOf(list)}`));
    label.remove();
    list.remove();
    page.changed();
  }
}

/** A paragraph of the story's text. */
const isLongParagraph = (e: DomElement): boolean => tagOf(e) === 'p' && textLength(e) > STORY_PARAGRAPH_CHARS;

/** Characters of the label over a list in the article's footer: a heading's words, not a line of text. */
const FOOTER_LABEL_MAX_CHARS = 60;

/**
 * A list of story titles in the article element's own footer, under a label of its own (the
 * related posts a blog theme prints between the tags and the links to the previous and next
 * posts): the story's related links, in whatever words, whatever a plugin's class calls them
 * ("popular-posts"). The site's lists stand outside the article; a label that names one ("Most
 * read") is heeded.
 */
export function extractFooterTitleLists(
  box: DomElement | null,
  f: Furniture,
  page: PageElements | null = null,
): void {
  if (!box?.parentNode) return;
  for (const footer of all(box, 'footer')) {
    if (closestTag(footer, ['article']) !== box) continue;
    for (const list of all(footer, 'ul, ol')) {
      const label = list.previousElementSibling;
      if (!label || holdsLink(label) || !textOf(label) || textLength(label) > FOOTER_LABEL_MAX_CHARS)
        continue;
      if (isSiteListHeading(textOf(label))) continue;
      const items = Array.from(list.children);
      const titles = linkTitles(list);
      if (
        items.length < 2 ||
        titles.length !== items.length ||
        !items.every((li) => all(li, 'a').length === 1)
      )
        continue;
      for (const t of titles) addRelated(f, t.title, t.link);
      f.dropped.push(short(`${textOf(label)} ${textOf(list)}`));
      label.remove();
      list.remove();
      page?.changed();
    }
  }
}
