import {
  all,
  first,
  boundedText,
  classOf,
  closestTag,
  roleWords,
  tagOf,
  textOf,
  type DomElement,
} from '../dom.js';
import { collapseWhitespace } from '../../text.js';
import { wordCount } from '../../text/lines.js';
import { isRelatedHeading, isSiteListHeading } from '../../text/furniture.js';
import { inSidebar, relatedWords, titleLike } from './furniture.js';

/**
 * A class naming a list of similar stories, in either order ("similar-news", "similarPosts", a
 * block named for its module, "news-similar"): "similar" alone names anything.
 */
const SIMILAR_STORIES_CLASS =
  /similar[-_]?(?:news|posts?|stories|articles?)|(?:news|posts?|stories|articles?)[-_]similar(?![a-z])/i;

/**
 * A class that says "read on" in words a related heading uses ("read-more", "read_next",
 * "keep-reading"), in either order ("also-read", "alsoRead": "Also read:" heads in-text boxes).
 */
const READ_ON_CLASS = /(?:read|reading)[-_]?(?:more|next|also)|also[-_]?read|(?:keep|continue)[-_]reading/;
/** "related" or READ_ON_CLASS: both asked of every element's attributes in one read of them. */
export const RELATED_OR_READ_ON = new RegExp(`related|similar|${READ_ON_CLASS.source}`);
/**
 * Is one of `el`'s class names, its parts read as words, a related heading ("read-more" as
 * "read more")? A theme's box of post cards under the text is named so, without a heading; a
 * paywall's "keep reading" prompt holds one button, not the story titles the box must hold.
 */
const readOnClass = (el: DomElement): boolean =>
  classOf(el)
    .toLowerCase()
    .split(/\s+/)
    .some((c) => {
      if (!READ_ON_CLASS.test(c)) return false;
      const words = c.replace(/[-_]+/g, ' ').trim();
      return (
        isRelatedHeading(words) ||
        /^(?:keep|continue) reading$/.test(words) ||
        isRelatedHeading(unprefixedClassWords(c))
      );
    });

/**
 * A layout word a theme puts after a box's name ("read-more-wrap", "readnext_container",
 * "also-read-box"): the box around the thing named, not another thing.
 */
const LAYOUT_SUFFIX = /[-_](?:wrap|wrapper|container|outer|inner|box|block|section|area|holder)$/;

/**
 * A theme's class with its short namespace before it and its words glued ("gh-readmore",
 * "td_readnext"), a layout word after them ("read-more-wrap"): the words alone, spaced ("read more").
 */
const unprefixedClassWords = (c: string): string =>
  c
    .replace(/^[a-z]{1,3}[-_]/, '')
    .replace(LAYOUT_SUFFIX, '')
    .replace(/[-_]+/g, ' ')
    .replace(/^(read(?:ing)?)(?=more|next|also)/, '$1 ')
    .replace(/^also(?=read)/, 'also ')
    .trim();

/**
 * Class and id words split at their camel-case humps as well: a server control's id names its
 * type, then its role ("rptRelatedNews", "dlRelatedLinks", as WebForms pages print them).
 */
const camelCaseWords = (el: DomElement): string[] =>
  `${classOf(el)} ${el.getAttribute('id') ?? ''}`
    .split(/[\s_\-:$]+|(?<=\p{Ll})(?=\p{Lu})/u)
    .map((w) => w.toLowerCase())
    .filter((w) => w !== '');

/** `elements`: those whose role attributes hold RELATED_OR_READ_ON. */
export function classNamedRelated(elements: readonly DomElement[]): DomElement[] {
  const out: DomElement[] = [];
  for (const el of elements) {
    if (!(
      relatedWords(roleWords(el)) ||
      readOnClass(el) ||
      SIMILAR_STORIES_CLASS.test(classOf(el)) ||
      relatedWords(camelCaseWords(el))
    ))
      continue;
    if (out.some((o) => o.contains(el))) continue;
    // A <nav> named related is itself the story's list of related links, not the site's menu.
    const from = tagOf(el) === 'nav' ? el.parentElement : el;
    if (from && closestTag(from, ['nav', 'header', 'footer']) && !closestTag(el, ['article'])) continue;
    // Nor in the page's sidebar: its lists are the site's ("Popular pages"), whatever their class.
    if (!closestTag(el, ['article']) && inSidebar(el)) continue;
    const text = boundedText(el, 1500);
    if (text === null) continue;
    // A box named "related" under a "Most read" heading holds the site's list, not the story's.
    const heading = first(el, 'h1, h2, h3, h4, h5, h6');
    if (heading && isSiteListHeading(textOf(heading))) continue;
    const links = all(el, 'a')
      .map((a) => textOf(a))
      .filter((t) => t !== '');
    const titles = links.filter(titleLike);
    if (!(titles.length >= 2 && titles.length >= links.length * 0.6) && !inlineReadOn(el, text, links))
      continue;
    // Little besides the titles: a heading, dates, a line of teaser each at most.
    if (collapseWhitespace(text).length > titles.join(' ').length * 3) continue;
    out.push(el);
  }
  return out;
}

/** Characters of a heading the read-on box prints as its own element ("Also on our site today"). */
const READ_ON_HEADING_MAX_CHARS = 60;

/**
 * A read-on line inside the text, in a box its class names related: a short label in any words
 * ("Lies auch", "Lue myös"), or a heading of its own over the link, and one link of a story's
 * title, nothing else.
 */
function inlineReadOn(box: DomElement, text: string, links: string[]): boolean {
  const link = links.length === 1 ? links[0]! : null;
  if (!link || !titleLike(link)) return false;
  const t = collapseWhitespace(text);
  const label = t.endsWith(link) ? t.slice(0, -link.length).trim() : null;
  if (label === null) return false;
  const heading = box.children[0];
  const headed = heading !== undefined && /^h[2-6]$/.test(tagOf(heading)) && textOf(heading) === label;
  return (
    (label.length <= 30 && wordCount(label) <= 3) || (headed && label.length <= READ_ON_HEADING_MAX_CHARS)
  );
}
