import {
  boundedText,
  ELEMENT_NODE,
  soleTextChild,
  tagOf,
  TEXT_NODE,
  textOf,
  type DomDocument,
  type DomElement,
  type DomNode,
} from '../dom.js';
import { collapseWhitespace } from '../../text.js';
import { LABEL_COLONS } from '../../../language/colons.js';
import { wordCount } from '../../text/lines.js';
import { isRelatedLabel } from '../../text/furniture.js';
import { INLINE_WRAPPERS, isTextBlock, sameSite, SUBHEADING_TAGS } from './furniture.js';

/** Blocks an inline read-on line stands in ("Read more: <a>…</a>"). */
export const INLINE_LINE_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'li']);
/** Labels of a "Related:" line: bold ones between line breaks, spans opening a block of their own. */
export const LABEL_TAGS: ReadonlySet<string> = new Set(['b', 'strong', 'span']);

/** The next sibling node that is not white space. */
function nextVisible(n: DomNode): DomNode | null {
  let c = n.nextSibling;
  while (c && c.nodeType === TEXT_NODE && (c.textContent ?? '').trim() === '') c = c.nextSibling;
  return c;
}

/**
 * A bold label of a few words that ends in a colon ("ასევე წაიკითხეთ:", "یہ بھی پڑھیں:"): in a
 * line of its own with one link after it, it introduces that link whatever the language.
 */
const isColonLabel = (t: string): boolean =>
  LABEL_END.test(t) && !/\p{N}/u.test(t) && wordCount(t.replace(LABEL_END, '')) <= 3;

/** A label's closing colon, in any script's form ("：", Ethiopic "፡"). */
const LABEL_END = new RegExp(`[${LABEL_COLONS}]$`, 'u');

/**
 * A line of its own among the text's paragraphs that is a label in plain text, a colon of any
 * script and one link to a headline of another page of the site ("Lees ook: <a>…</a>", in words
 * no list knows): a read-on line, as editors type it into the text (a feed's "Subscribe to: <a>…"
 * under the post stands apart from it). The link, or null.
 */
export function textLabelledLink(doc: DomDocument, box: DomElement): DomElement | null {
  // The box's own shape first: the text-block tests read the blocks around it, and most boxes fail.
  const link = soleWrapped(box).firstElementChild;
  if (!link || link.nextElementSibling || tagOf(link) !== 'a') return null;
  const prev = box.previousElementSibling;
  const next = box.nextElementSibling;
  // Before the next block of text, or closing a part of it before its subheading.
  if (!prev || !isTextBlock(prev) || (next && !isTextBlock(next) && !SUBHEADING_TAGS.has(tagOf(next))))
    return null;
  if (!sameSite(doc, link.getAttribute('href') ?? '')) return null;
  const t = textOf(box);
  const lt = textOf(link);
  if (!t.endsWith(lt) || lt.length < 12 || wordCount(lt) < 3) return null;
  return isColonLabel(t.slice(0, -lt.length).trim()) ? link : null;
}

/**
 * The element that holds a block's whole line: the block itself, or the one inline wrapper that
 * holds all of it, as builders print every line in a styled span ("<p><span>Label: <a>…</a></span></p>").
 */
function soleWrapped(box: DomElement): DomElement {
  let inner = box;
  for (let c = soleTextChild(inner); c && INLINE_WRAPPERS.has(tagOf(c)); c = soleTextChild(inner)) inner = c;
  return inner;
}

/**
 * A "Related:" line inside text broken by <br>: a bold prefix label and one link, alone between
 * line breaks. Returns the link, or null when the label opens anything else.
 */
export function labelledLinkLine(label: DomElement): DomElement | null {
  const t = boundedText(label, 40);
  const known = t !== null && isRelatedLabel(collapseWhitespace(t));
  if (t === null || !(known || isColonLabel(collapseWhitespace(t)))) return null;
  const link = nextVisible(label);
  if (!link || link.nodeType !== ELEMENT_NODE || tagOf(link as DomElement) !== 'a') return null;
  // Past a label of unknown words, only a headline-like link: several words, not an address.
  if (!known && wordCount(textOf(link as DomElement)) < 3) return null;
  const after = nextVisible(link);
  if (after && (after.nodeType !== ELEMENT_NODE || tagOf(after as DomElement) !== 'br')) return null;
  const prev = label.previousSibling;
  const startsLine =
    !prev ||
    (prev.nodeType === ELEMENT_NODE && tagOf(prev as DomElement) === 'br') ||
    (prev.nodeType === TEXT_NODE && /\n\s*$|^\s*$/.test(prev.textContent ?? ''));
  return startsLine && textOf(link as DomElement).length >= 12 ? (link as DomElement) : null;
}

/**
 * A label in a plain span ("Ошондой эле окуңуз:", in any words) that opens a block holding it and
 * one link to another page of the same site, nothing else: a read-on line. A span carries no
 * weight of its own, so the block must be the line and the link must stay on the site (a source's
 * line, "Source: <a report elsewhere>", leads off it).
 */
export function spanLabelledLink(doc: DomDocument, label: DomElement): DomElement | null {
  const box = label.parentElement;
  if (!box || !INLINE_LINE_TAGS.has(tagOf(box)) || box.children.length !== 2 || box.children[0] !== label)
    return null;
  const link = labelledLinkLine(label);
  if (!link || link !== box.children[1] || !sameSite(doc, link.getAttribute('href') ?? '')) return null;
  return textOf(box) === `${textOf(label)} ${textOf(link)}` || textOf(box) === textOf(label) + textOf(link)
    ? link
    : null;
}
