import { collectParagraphs, type Para } from './cleanup/index.js';
import { isListHeading } from '../text/furniture.js';
import { classOf, tagOf, TEXT_NODE, type DomElement, type DomNode, first } from './dom.js';

/**
 * Whole-page block scoring. Every text block of the page (paragraph, list item, heading, line)
 * is classed by its own density (length, share of its text inside links, whether it reads as
 * sentences) and by what holds it (a footer, an aside, an author box, a teaser list, a "see
 * also" box); each container scores what its blocks are worth minus the furniture it holds, and
 * the best container is where the main content is. Used to check Readability's pick, and to
 * stand in for it when it has none.
 */

/** prose: sentences; line: short text (a list item, a step, a heading); links and furniture: not content. */
export type BlockKind = 'prose' | 'line' | 'links' | 'furniture';

export interface Block {
  para: Para;
  kind: BlockKind;
  value: number;
}

export interface PageDensity {
  blocks: Block[];
  /** The container holding the most content for the least furniture, or null when none is worth anything. */
  best: DomElement | null;
  bestScore: number;
  /** Kind of each block text; a text found both as content and as furniture counts as content. */
  kinds: Map<string, BlockKind>;
  /** Texts of the blocks inside the best container. */
  inBest: Set<string>;
}

/**
 * Is this paragraph text furniture of the page: only ever found inside a furniture box (a footer,
 * an author box, teasers), none of them inside the best container?
 */
export const isFurnitureText = (d: PageDensity, text: string): boolean =>
  d.kinds.get(text) === 'furniture' && !d.inBest.has(text);

/** Share of a block's text inside links above which it is navigation, not content. */
const LINKY = 0.5;
/** Prose: this many visible characters, few of them linked, or a sentence ending. */
const PROSE_CHARS = 60;
const PROSE_MAX_LINKS = 0.3;
/** Short lines (ingredients, steps, headings) count for half their length. */
const LINE_WEIGHT = 0.5;
/** A teaser list: at least this many items, most of them short and led by a link. */
const TEASER_ITEMS = 3;
const TEASER_ITEM_CHARS = 300;
const TEASER_LINK_ONLY = 0.6;
const TEASER_ITEM_LINKS = 0.1;
const TEASER_SHARE = 0.75;
/** Text besides a list that a box may hold and still be the list's box: a label. */
const LABEL_CHARS = 60;
/** A labelled box ("See also", "Most read") larger than this is not a box but a page region. */
const LABELLED_BOX_CHARS = 3000;

/**
 * Class/id words of the furniture that holds prose, which cleanup keeps (it removes marked boxes
 * only when they hold none): footers, author boxes, teasers with excerpts, comments, sidebars.
 * Not cleanup's list: that one also names boxes that hide the article itself (paywall, meter).
 */
const BOX_ROLE =
  /^(?:footer|colophon|author|authors|bio|biography|profile|contributor|contributors|byline|teaser|teasers|related|recirc|recommended|sidebar|rail|widget|comment|comments|promo|menu|trending|popular|mostread)$/;
/** Class/id words naming a body of text: a box named so is content whatever else its name says. */
const CONTENT_ROLE = /^(?:content|body|text|main)$/;
/** Words of a layout name ("with-right-rail", "widget-wrap"): such a name says where a box sits, not what it is. */
const LAYOUT_WORD =
  /^(?:with|has|wrap|wrapper|container|inner|outer|grid|layout|col|cols|column|columns|row|region|area|page)$/;
const FURNITURE_TAGS = new Set(['footer', 'aside', 'nav']);
const FURNITURE_ARIA = new Set(['contentinfo', 'complementary', 'navigation', 'banner']);
const NEVER_FURNITURE = new Set(['html', 'body', 'main', 'article']);
const SENTENCE_END = /[.!?…:;»”"')]$/;
/**
 * Text (outside links) above which a box only named as furniture by its class is not taken for
 * furniture: site builders name whole columns "widget" or "rail". Real author boxes, footers and
 * teaser boxes hold less.
 */
const NAMED_BOX_CHARS = 1500;

/** The words of each class and id name of an element, lower-cased: "site-footer" gives [site, footer]. */
function nameWords(el: DomElement): string[][] {
  const names = `${classOf(el)} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return names
    .split(/\s+/)
    .filter((n) => n !== '')
    .map((n) => n.split(/[_\-:]+/).filter((w) => w !== ''));
}

/**
 * A BEM element named as a body of text ("l-right-rail__main", "story__body"): the part after "__"
 * says what the box is, the block before it only which layout holds it.
 */
function bemContent(el: DomElement): boolean {
  return classOf(el)
    .toLowerCase()
    .split(/\s+/)
    .some((n) => {
      const at = n.lastIndexOf('__');
      return at > 0 && CONTENT_ROLE.test(n.slice(at + 2));
    });
}

/**
 * What the markup says this element is: furniture by tag or ARIA role ('semantic'), furniture by
 * a class or id name ('named': "author-bio", "site-footer"), a body of text by name ('content':
 * "post-body", "entry-content"), or nothing. A layout name ("with-right-rail", "widget-wrap")
 * says where a box sits, not what it is.
 */
export function furnitureMark(el: DomElement): 'semantic' | 'named' | 'content' | null {
  const tag = tagOf(el);
  if (NEVER_FURNITURE.has(tag)) return null;
  if (FURNITURE_TAGS.has(tag)) return 'semantic';
  const role = el.getAttribute('role');
  if (role !== null && FURNITURE_ARIA.has(role)) return 'semantic';
  // The landmark of the page's main content, whatever its class says of the layout around it.
  if (role === 'main' || bemContent(el)) return 'content';
  const names = nameWords(el);
  // "widget" before more words is a page builder's type prefix ("widget-theme-post-content",
  // "widget-text-editor"): the words after it say what the block is.
  const boxName = (words: string[]): boolean =>
    words.some((w, i) => BOX_ROLE.test(w) && !(w === 'widget' && i < words.length - 1));
  if (names.some((words) => !boxName(words) && words.some((w) => CONTENT_ROLE.test(w)))) return 'content';
  return names.some((words) => boxName(words) && !words.some((w) => LAYOUT_WORD.test(w))) ? 'named' : null;
}

/** The kind of a block from its own text alone. */
export function ownKind(p: Para): BlockKind {
  const links = p.chars > 0 ? p.linkChars / p.chars : 0;
  if (links > LINKY) return 'links';
  if (links < PROSE_MAX_LINKS && p.chars >= PROSE_CHARS && (SENTENCE_END.test(p.text) || p.chars >= 150))
    return 'prose';
  return 'line';
}

/** What a block adds to the containers holding it: content counts, furniture and link lists cost. */
export function blockValue(kind: BlockKind, p: Para): number {
  const own = p.chars - p.linkChars;
  if (kind === 'prose') return own;
  if (kind === 'line') return own * LINE_WEIGHT;
  return -p.chars;
}

interface Stats {
  chars: number;
  linkChars: number;
  value: number;
  /** Index of the first block inside. */
  first: number;
}

/** Per-element sums of the blocks each element holds, for every element from a block up to `root`. */
function sumUp(root: DomElement, paras: Para[], values: number[] | null): Map<DomElement, Stats> {
  const stats = new Map<DomElement, Stats>();
  paras.forEach((p, i) => {
    for (let a: DomElement | null = p.el; a; a = a === root ? null : a.parentElement) {
      let s = stats.get(a);
      if (!s) stats.set(a, (s = { chars: 0, linkChars: 0, value: 0, first: i }));
      s.chars += p.chars;
      s.linkChars += p.linkChars;
      s.value += values?.[i] ?? 0;
    }
  });
  return stats;
}

/** Whether the first text inside `item` is link text: a list entry that opens with its link. */
function ledByLink(item: DomElement): boolean {
  const stack: DomNode[] = [item];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === TEXT_NODE) {
      if ((node.textContent ?? '').trim() === '') continue;
      for (let a = node.parentNode; a && a !== item.parentElement; a = a.parentElement)
        if (tagOf(a) === 'a') return true;
      return false;
    }
    const kids = Array.from(node.childNodes);
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push(k);
    }
  }
  return false;
}

/**
 * A teaser: a short item mostly of link text, or one that opens with its link (a linked title
 * or word and a line about it), or a card of a linked heading and an excerpt.
 */
function isTeaser(item: DomElement, s: Stats): boolean {
  if (s.chars > TEASER_ITEM_CHARS || s.linkChars === 0) return false;
  if (s.linkChars >= s.chars * TEASER_LINK_ONLY) return true;
  if (s.linkChars < s.chars * TEASER_ITEM_LINKS) return false;
  return ledByLink(item) || first(item, 'h2, h3, h4, h5, h6') !== null;
}

interface ItemCounts {
  items: number;
  teasers: number;
  teaserChars: number;
}

/**
 * For each element, how many of its children hold text and how many of those are teasers: read
 * from the block sums, without listing any element's children.
 */
function countItems(stats: Map<DomElement, Stats>): Map<DomElement, ItemCounts> {
  const counts = new Map<DomElement, ItemCounts>();
  for (const [el, s] of stats) {
    const parent = el.parentElement;
    if (!parent || s.chars === 0) continue;
    let c = counts.get(parent);
    if (!c) counts.set(parent, (c = { items: 0, teasers: 0, teaserChars: 0 }));
    c.items++;
    if (isTeaser(el, s)) {
      c.teasers++;
      c.teaserChars += s.chars;
    }
  }
  return counts;
}

/** A run of short items, each led by a link, making up nearly all of its box: a teaser or "more stories" list. */
function isTeaserList(c: ItemCounts | undefined, total: number): boolean {
  // Text of the box's own (inline runs between the items) counts against it.
  return (
    !!c &&
    c.teasers >= TEASER_ITEMS &&
    c.teasers >= c.items * TEASER_SHARE &&
    c.teaserChars >= total * TEASER_SHARE
  );
}

/** A teaser list with the box around it that holds nothing else but a short label ("Words nearby"). */
function labelledBox(list: DomElement, root: DomElement, stats: Map<DomElement, Stats>): DomElement {
  const own = stats.get(list)?.chars ?? 0;
  let box = list;
  for (
    let up = list.parentElement;
    up && up !== root && !NEVER_FURNITURE.has(tagOf(up));
    up = up.parentElement
  ) {
    if ((stats.get(up)?.chars ?? 0) - own > LABEL_CHARS) break;
    box = up;
  }
  return box;
}

/** Furniture containers: marked by the markup, teaser lists, and boxes opened by a "See also"-type label. */
function furnitureBoxes(root: DomElement, paras: Para[], stats: Map<DomElement, Stats>): Set<DomElement> {
  const marks = new Map<DomElement, ReturnType<typeof furnitureMark>>();
  // A box named as furniture that holds one named as text is a column of the page, not furniture.
  const holdsText = new Set<DomElement>();
  for (const el of stats.keys()) {
    const mark = furnitureMark(el);
    marks.set(el, mark);
    if (mark === 'content')
      for (let a = el.parentElement; a && !holdsText.has(a); a = a.parentElement) holdsText.add(a);
  }
  const items = countItems(stats);
  const boxes = new Set<DomElement>();
  for (const [el, s] of stats) {
    if (el === root) continue;
    const mark = marks.get(el);
    const named = mark === 'named' && !holdsText.has(el) && s.chars - s.linkChars <= NAMED_BOX_CHARS;
    if (mark === 'semantic' || named) {
      boxes.add(el);
      continue;
    }
    if (isTeaserList(items.get(el), s.chars)) {
      boxes.add(labelledBox(el, root, stats));
      continue;
    }
    const label = paras[s.first];
    const box = el.parentElement;
    if (
      label &&
      label.el === el &&
      label.text.length <= 60 &&
      isListHeading(label.text) &&
      box &&
      box !== root &&
      !NEVER_FURNITURE.has(tagOf(box)) &&
      stats.get(box)?.first === s.first &&
      (stats.get(box)?.chars ?? Infinity) <= LABELLED_BOX_CHARS
    )
      boxes.add(box);
  }
  return boxes;
}

/** Is `el` `box` or inside it? An ancestor walk: linkedom's contains() reads the box's whole subtree. */
function insideOrIs(el: DomElement, box: DomElement, root: DomElement): boolean {
  for (let a: DomElement | null = el; a; a = a === root ? null : a.parentElement) if (a === box) return true;
  return false;
}

function insideAny(el: DomElement, root: DomElement, boxes: Set<DomElement>): boolean {
  for (let a: DomElement | null = el; a && a !== root; a = a.parentElement) if (boxes.has(a)) return true;
  return false;
}

/** Score every block and container under `root` (the cleaned page body) and find the best container. */
export function scorePage(root: DomElement): PageDensity {
  const paras = collectParagraphs(root);
  const boxes = furnitureBoxes(root, paras, sumUp(root, paras, null));
  const blocks: Block[] = paras.map((para) => {
    const kind = insideAny(para.el, root, boxes) ? 'furniture' : ownKind(para);
    return { para, kind, value: blockValue(kind, para) };
  });
  const stats = sumUp(
    root,
    paras,
    blocks.map((b) => b.value),
  );
  let best: DomElement | null = null;
  let bestStats: Stats | null = null;
  for (const [el, s] of stats) {
    if (s.value <= 0) continue;
    // Ties go to the smaller container: the same content with less around it.
    if (
      !bestStats ||
      s.value > bestStats.value ||
      (s.value === bestStats.value && s.chars < bestStats.chars)
    ) {
      best = el;
      bestStats = s;
    }
  }
  const kinds = new Map<string, BlockKind>();
  for (const b of blocks) {
    const had = kinds.get(b.para.text);
    if (!had || had === 'furniture' || had === 'links') kinds.set(b.para.text, b.kind);
  }
  const inBest = new Set<string>();
  if (best) for (const b of blocks) if (insideOrIs(b.para.el, best, root)) inBest.add(b.para.text);
  return { blocks, best, bestScore: bestStats?.value ?? 0, kinds, inBest };
}

/** Below this score the best container is too little to overrule anything. */
const MIN_BEST_SCORE = 100;
/** A pick outside the best container is overruled only when worth less than this share of it. */
const OUTWEIGHED = 0.25;

/**
 * Should another extractor's pick (its paragraphs) give way to the best container? When it holds
 * no content besides furniture and link lists, or when its content lies mostly outside the best
 * container and is worth less than a quarter of it. Furniture inside a pick that holds the
 * article is no reason: it is dropped from the pick instead.
 */
export function pickGivesWay(d: PageDensity, picked: Para[]): boolean {
  if (!d.best || d.bestScore < MIN_BEST_SCORE) return false;
  let chars = 0;
  let shared = 0;
  let value = 0;
  for (const p of picked) {
    const kind = d.kinds.get(p.text) ?? ownKind(p);
    if (kind === 'furniture' || kind === 'links') continue;
    chars += p.chars;
    value += blockValue(kind, p);
    if (d.inBest.has(p.text)) shared += p.chars;
  }
  if (chars === 0) return true;
  return shared < chars / 2 && value < d.bestScore * OUTWEIGHED;
}
