import { parseHTML } from 'linkedom';
import { ParseError } from '../../errors/index.js';
import { tameMarkupCounted } from '../nesting.js';
import { collapseWhitespace, isSpace, stripInvisible } from '../text.js';

/**
 * The small part of the DOM that the HTML normaliser uses. linkedom ships no usable types
 * without the DOM lib, so we describe what we call and cast once at the parse boundary.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: DomElement | null;
  nextSibling: DomNode | null;
  firstChild: DomNode | null;
  previousSibling: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  remove(): void;
}

export interface DomElement extends DomNode {
  tagName: string;
  /** The tag name as parsed (lower case in an HTML document); tagName is it upper-cased anew at each read. */
  localName: string;
  id: string;
  className: string;
  innerHTML: string;
  outerHTML: string;
  children: ArrayLike<DomElement>;
  parentElement: DomElement | null;
  firstElementChild: DomElement | null;
  nextElementSibling: DomElement | null;
  previousElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  getAttributeNode(name: string): { value: string } | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  hasAttribute(name: string): boolean;
  querySelector(sel: string): DomElement | null;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  getElementsByTagName(tag: string): ArrayLike<DomElement>;
  closest(sel: string): DomElement | null;
  contains(other: DomNode): boolean;
  replaceWith(...nodes: DomNode[]): void;
  appendChild(node: DomNode): DomNode;
  insertBefore(node: DomNode, ref: DomNode | null): DomNode;
  cloneNode(deep: boolean): DomElement;
  attributes: ArrayLike<{ name: string; value: string }>;
}

export interface DomDocument {
  documentElement: DomElement;
  head: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelector(sel: string): DomElement | null;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  getElementsByTagName(tag: string): ArrayLike<DomElement>;
  createElement(tag: string): DomElement;
  createTextNode(text: string): DomNode;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Whether the page opens with its own `<html>` element: after white space, a doctype, comments and
 * processing instructions only. A loop, not a pattern: repeated comment groups backtrack.
 */
function startsWithHtmlElement(html: string): boolean {
  let at = 0;
  const skipSpace = (): void => {
    while (at < html.length && /[\s\uFEFF]/.test(html.charAt(at))) at++;
  };
  for (skipSpace(); html.startsWith('<!', at) || html.startsWith('<?', at); skipSpace()) {
    const close = html.startsWith('<!--', at) ? html.indexOf('-->', at + 4) : html.indexOf('>', at);
    if (close === -1) return false;
    at = close + (html.startsWith('<!--', at) ? 3 : 1);
  }
  return /^<html[\s>]/i.test(html.slice(at, at + 6));
}

/**
 * A <br>, or the `="` / `='` after an attribute name: the places breakOrLowerNames looks at. A
 * plain scan for them: a pattern with a look-behind for the name, called back for every match,
 * cost more than most of the parse of a page.
 */
const BR_OR_VALUE = /<[Bb][Rr]\b|=["']/g;
/** How far back a mixed-case name is looked at for the tag it stands in: a tag's length at most. */
const TAG_LOOKBACK = 2000;

/**
 * Whether position `at` of `html` is inside a tag: a `<` comes before it with no `>` between.
 * Text that merely reads like an attribute (code printed in an article) is left as written.
 */
function insideTag(html: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - TAG_LOOKBACK; i--) {
    const c = html.charCodeAt(i);
    if (c === 62) return false; // '>'
    if (c === 60) return true; // '<'
  }
  return false;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

/**
 * Start of the mixed-case attribute name ending just before `eq` ("dateTime" in ` dateTime="`):
 * a run of ASCII letters after white space, opening in lower case with a capital further on; -1
 * when the name before `eq` is not one.
 */
function mixedCaseNameStart(html: string, eq: number): number {
  let start = eq;
  let capital = false;
  while (start > 0 && isAsciiLetter(html.charCodeAt(start - 1))) {
    start--;
    if (isUpperAscii(html.charCodeAt(start))) capital = true;
  }
  if (start === eq || start === 0 || isUpperAscii(html.charCodeAt(start))) return -1;
  // The capital must come after the first letter, which is lower case here.
  if (!capital || !/\s/.test(html.charAt(start - 1))) return -1;
  return start;
}

/**
 * A space before each <br>, and attribute names in mixed case lower-cased inside tags: see
 * parseDocument. The same string when there is neither.
 */
export function breaksAndLowerNames(html: string): string {
  let out = '';
  let from = 0;
  const re = new RegExp(BR_OR_VALUE.source, 'g');
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[0].charCodeAt(0) === 60) {
      out += `${html.slice(from, m.index)} <br`;
      from = m.index + m[0].length;
      continue;
    }
    const start = mixedCaseNameStart(html, m.index);
    if (start === -1 || !insideTag(html, start)) continue;
    out += html.slice(from, start) + html.slice(start, m.index).toLowerCase();
    from = m.index;
  }
  return from === 0 ? html : out + html.slice(from);
}

/**
 * Parse a whole page. linkedom needs a document element to build a full tree: a page that does not
 * open with `<html>` (a fragment, or text before a stray `<html>` further down, which left
 * linkedom without a document element) is wrapped in one; its own document tags are then repeats,
 * dropped as browsers do.
 */
export function parseDocument(page: string, maxElements = Infinity): DomDocument {
  const whole = startsWithHtmlElement(page)
    ? page
    : `<!DOCTYPE html><html><head></head><body>${page}</body></html>`;
  // Tamed after wrapping, so that a fragment's own `<body>` or `<head>` is not nested in ours.
  const tamed = tameMarkupCounted(whole);
  // Counted before the DOM is built: building it is most of what such a page would cost.
  if (tamed.elements > maxElements)
    throw new ParseError(
      `refused: the HTML page has ${tamed.elements} elements, more than the ${maxElements} an article page is allowed`,
    );
  // A line break separates words: with a space before each <br>, the text of "Name<br>Role" reads
  // "Name Role", not "NameRole", wherever an element's text is read. In the same pass, attribute
  // names are lower-cased as browsers do (HTML names are case-insensitive; the DOM library keeps
  // them as written, and a server-rendered <time dateTime="…"> had no datetime).
  const win = parseHTML(breaksAndLowerNames(tamed.html)) as unknown as {
    document: DomDocument;
  };
  return win.document;
}

/**
 * Most text allowed in one page, weighted by depth: each text node's characters times the number
 * of elements around it. Text walks over every element (Readability's scoring, the cleanup
 * rules) cost about this much. The largest of 181 real news pages weighs 4.5 million; a page
 * whose markup never closes (a fragment repeated a thousand times) weighs hundreds of millions
 * and takes tens of seconds to extract.
 */
export const MAX_TEXT_DEPTH = 20_000_000;

/**
 * Longest run of text kept in one text node of a page. The longest of 181 real news pages is
 * 9,400 characters; a line of a million spaces or dashes is garbage that every text walk
 * (paragraph scoring, furniture checks, serialising) would copy again and again.
 */
const MAX_TEXT_NODE_CHARS = 100_000;
/**
 * Longest style attribute kept. Readability reads each element's style to tell hidden ones, and
 * linkedom splits the attribute with a pattern that backtracks on long white-space runs: one
 * style of 100,000 characters took seconds per element. Real ones are a few hundred at most.
 */
const MAX_STYLE_CHARS = 2000;
/**
 * Longest image candidate kept in a srcset (a URL and its descriptor). Readability rewrites
 * srcset URLs with a pattern that backtracks on a long run without a comma: a 100,000-character
 * one never finished. 2,000 is the practical limit of a URL.
 */
const MAX_SRCSET_CANDIDATE_CHARS = 2000;
const IMAGE_HOLDERS = new Set(['img', 'picture', 'source', 'figure']);
/** Elements whose text is code or data (JSON-LD is read whole), not prose. */
const CODE_PARENTS = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Whether a comma-separated value holds a part longer than MAX_SRCSET_CANDIDATE_CHARS. A value no
 * longer than that has none: no split, which was most of the cost of the page's every image.
 */
export const hasLongCandidate = (value: string): boolean =>
  value.length > MAX_SRCSET_CANDIDATE_CHARS &&
  value.split(',').some((c) => c.length > MAX_SRCSET_CANDIDATE_CHARS);

/** Drop an element's style attribute past MAX_STYLE_CHARS and image attributes with a srcset candidate past its limit. */
function trimAttributes(el: DomElement, name: string): void {
  if ((el.getAttribute('style') ?? '').length > MAX_STYLE_CHARS) el.removeAttribute('style');
  // Readability takes any attribute of an image that looks like a srcset as one (lazy loading).
  if (!IMAGE_HOLDERS.has(name)) return;
  const huge = Array.from(el.attributes)
    .filter((a) => hasLongCandidate(a.value))
    .map((a) => a.name);
  for (const attr of huge) el.removeAttribute(attr);
}

/**
 * Cut a prose text node to MAX_TEXT_NODE_CHARS (never inside a surrogate pair) and remove its
 * invisible in-word characters (soft hyphens, zero-width spaces); returns the length left.
 */
function trimText(node: DomNode): number {
  const text = node.textContent ?? '';
  const max = MAX_TEXT_NODE_CHARS;
  const cut =
    text.length <= max ? text : text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max);
  // Soft hyphens and zero-width spaces go here, once, so no later text read sees them.
  const clean = stripInvisible(cut);
  if (clean !== text) node.textContent = clean;
  return clean.length;
}

/**
 * The page trimmed and scanned in one walk (each walk of a whole page costs): under the document
 * element, every prose text node cut by trimText, and style and image attributes by
 * trimAttributes; `weight` is the text depth weight of what is left (see MAX_TEXT_DEPTH: the sum
 * over its text nodes of their length times their depth, 1 at the document element), checked
 * right after; `scan` is what scanDocument gives, read on the same walk.
 */
export function trimAndScan(doc: DomDocument): { weight: number; scan: DocScan } {
  return scanPage(doc, true);
}

/** The walk of trimAndScan; `trimming` false reads the page without changing it (weight then 0). */
function scanPage(doc: DomDocument, trimming: boolean): { weight: number; scan: DocScan } {
  const scan: DocScan = {
    doc,
    elements: [],
    tags: [],
    byTag: new Map(),
    at: new Map(),
    ends: [],
    templated: false,
  };
  const root = (doc.documentElement as DomElement | null) ?? null;
  let weight = 0;
  // Recursive: markup is capped at MAX_NESTING levels before it is parsed.
  const visit = (el: DomElement, depth: number, inTemplate: boolean, trim: boolean): void => {
    const tag = tagOf(el);
    addByTag(scan, el, tag);
    // linkedom's selector engine does not look inside a template; its tag lookup does.
    const at = inTemplate ? -1 : scan.elements.length;
    if (inTemplate) scan.templated = true;
    else {
      scan.at.set(el, at);
      scan.elements.push(el);
      scan.tags.push(tag);
    }
    if (trim) trimAttributes(el, tag);
    const prose = !CODE_PARENTS.has(tag);
    const inner = inTemplate || tag === 'template';
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === ELEMENT_NODE) visit(c as DomElement, depth + 1, inner, trim);
      else if (trim && c.nodeType === TEXT_NODE)
        weight += (prose ? trimText(c) : (c.textContent ?? '').length) * depth;
    }
    if (at !== -1) scan.ends[at] = scan.elements.length;
  };
  for (const top of Array.from((doc as unknown as DomNode).childNodes))
    if (top.nodeType === ELEMENT_NODE) visit(top as DomElement, 1, false, trimming && top === root);
  return { weight, scan };
}

/**
 * Every element under root in document order, a <template>'s content left out: what
 * querySelectorAll('*') gives, from a walk of the tree (linkedom's getElementsByTagName('*')
 * finds none, and its selector engine costs several times the walk).
 */
export function everyElement(root: DomElement | DomDocument): DomElement[] {
  const out: DomElement[] = [];
  const visit = (el: DomElement): boolean => {
    out.push(el);
    return tagOf(el) !== 'template';
  };
  if ((root as DomNode).nodeType === DOCUMENT_NODE) walkDocument(root as DomDocument, visit);
  else walkUnder(root as DomElement, visit);
  return out;
}

/**
 * A document's elements for the passes of one stage, walked once and walked again only after the
 * stage changed the page: each walk of a whole page costs about a millisecond, and most pages go
 * through a stage's passes with nothing taken out. A stage that removes or moves an element calls
 * `changed` before its next pass reads the lists.
 */
export interface PageElements {
  /** everyElement(doc) as the page stands. */
  every(): DomElement[];
  /** withTags(doc, tags) as the page stands. */
  tagged(tags: ReadonlySet<string>): DomElement[];
  /** all(doc, tag) for one lower-case tag, as the page stands: a template's content included. */
  named(tag: string): DomElement[];
  /**
   * The elements holding an element of `tag` (lower case) at any depth, a template's content
   * included, as the page stands: one walk up from each such element, not a search under every
   * element asked about. Kept across removals it still holds every element that holds one.
   */
  holding(tag: string): Set<DomElement>;
  /**
   * The elements of every() whose role attributes hold `part` (as roleAttrsHold tells), as the
   * page stands. The attributes are read once per listing, not once per pass: the related passes
   * each look for their own words in every element's class and id.
   */
  roleHolding(part: string | RegExp): DomElement[];
  changed(): void;
}

/** Every element of a document in document order, a template's content included, and which are in one. */
interface Listing {
  all: DomElement[];
  /** Whether each of `all` sits inside a <template>, by index. */
  inTemplate: boolean[];
  /** `all` without a template's content: the same array when the page has none. */
  every: DomElement[];
  /** tagOf of each of `every`, by index: read once per listing, not at each pass's filter. */
  everyTags: string[];
  /** roleAttrValues of each of `every`, by index: read when a pass first asks (see roleHolding). */
  everyRoles?: ReadonlyArray<readonly string[] | null>;
}

function listPage(doc: DomDocument): Listing {
  const all: DomElement[] = [];
  const inTemplate: boolean[] = [];
  const tags: string[] = [];
  let hidden = false;
  // Recursive: markup is capped at MAX_NESTING levels before it is parsed.
  const visit = (el: DomElement, inside: boolean): void => {
    const tag = tagOf(el);
    all.push(el);
    inTemplate.push(inside);
    tags.push(tag);
    if (inside) hidden = true;
    const deeper = inside || tag === 'template';
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c, deeper);
  };
  for (const top of Array.from((doc as unknown as DomNode).childNodes))
    if (top.nodeType === ELEMENT_NODE) visit(top as DomElement, false);
  if (!hidden) return { all, inTemplate, every: all, everyTags: tags };
  return {
    all,
    inTemplate,
    every: all.filter((_, i) => !inTemplate[i]),
    everyTags: tags.filter((_, i) => !inTemplate[i]),
  };
}

export function pageElements(doc: DomDocument): PageElements {
  let listing: Listing | null = null;
  const listed = (): Listing => (listing ??= listPage(doc));
  return {
    every: () => listed().every,
    tagged: (tags) => {
      const { every, everyTags } = listed();
      return every.filter((_, i) => tags.has(everyTags[i] ?? ''));
    },
    named: (tag) => listed().all.filter((el) => el.localName === tag),
    holding: (tag) => {
      const { all } = listed();
      const out = new Set<DomElement>();
      for (const el of all) {
        if (tagOf(el) !== tag) continue;
        for (let a = el.parentElement; a && !out.has(a); a = a.parentElement) out.add(a);
      }
      return out;
    },
    roleHolding: (part) => {
      const page = listed();
      const roles = (page.everyRoles ??= page.every.map(roleAttrValues));
      return page.every.filter((_, i) => roles[i]?.some((v) => valueHolds(v, part)) === true);
    },
    changed: () => {
      listing = null;
    },
  };
}

const TAG_LIST = /^[a-z][a-z0-9]*(?:\s*,\s*[a-z][a-z0-9]*)*$/i;

/**
 * Elements matching `sel` in document order. A plain list of tag names takes a fast path:
 * linkedom's selector engine is slow on selector lists, its tag walk is not.
 */
export function all(root: DomElement | DomDocument, sel: string): DomElement[] {
  if (!TAG_LIST.test(sel)) return Array.from(root.querySelectorAll(sel));
  const tags = sel.split(',').map((t) => t.trim().toLowerCase());
  if (tags.length === 1) return byTagName(root, tags[0] ?? '');
  return withTags(root, new Set(tags));
}

/**
 * The first element under `root` matching `sel`, in document order: what querySelector gives. A
 * plain list of tag names takes a walk, as in `all`: linkedom parses and compiles the selector
 * again at every call, which costs more than the search on the checks run for many elements.
 */
export function first(root: DomElement, sel: string): DomElement | null {
  if (!TAG_LIST.test(sel)) return root.querySelector(sel);
  return firstTagged(root, new Set(sel.split(',').map((t) => t.trim().toLowerCase())));
}

/**
 * What getElementsByTagName(tag) gives for a lower-case tag (a template's content included), from
 * a walk of the tree. linkedom's own upper-cases the name of every element that does not match,
 * a new string each, to compare it with the tag as well: it cannot match a lower-case name.
 */
function byTagName(root: DomElement | DomDocument, tag: string): DomElement[] {
  const out: DomElement[] = [];
  const visit = (el: DomElement): boolean => {
    if (el.localName === tag) out.push(el);
    return true;
  };
  if ((root as DomNode).nodeType === DOCUMENT_NODE) walkDocument(root as DomDocument, visit);
  else walkUnder(root as DomElement, visit);
  return out;
}

const DOCUMENT_NODE = 9;

/**
 * Elements under `root` whose tag is in `want`, in document order, from one walk: what
 * querySelectorAll of the tag list gives (a template's content left out), without listing every
 * element first and filtering the list.
 */
export function withTags(root: DomElement | DomDocument, want: ReadonlySet<string>): DomElement[] {
  const out: DomElement[] = [];
  const visit = (el: DomElement): boolean => {
    const tag = tagOf(el);
    if (want.has(tag)) out.push(el);
    return tag !== 'template';
  };
  if ((root as DomNode).nodeType === DOCUMENT_NODE) walkDocument(root as DomDocument, visit);
  else walkUnder(root as DomElement, visit);
  return out;
}

/** Whether `el` has more than `n` child elements, counted no further than that. */
export function hasMoreChildren(el: DomElement, n: number): boolean {
  let count = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (++count > n) return true;
  return false;
}

/** The node after `node` in document order under `root` (its first child first when `descend`), or null. */
function following(node: DomNode, root: DomNode, descend: boolean): DomNode | null {
  if (descend && node.firstChild) return node.firstChild;
  for (let n: DomNode | null = node; n && n !== root; n = n.parentNode)
    if (n.nextSibling) return n.nextSibling;
  return null;
}

/**
 * The first `max` elements with a tag in `tags` that follow `from` under `root`, in document
 * order: what comes after `from` in withTags(root, tags), without walking the page before it or
 * far past it. None when that list would not hold `from` (outside `root`, or in a template).
 */
export function elementsAfter(
  root: DomElement,
  from: DomElement,
  tags: ReadonlySet<string>,
  max: number,
): DomElement[] {
  if (from === root || !root.contains(from) || !tags.has(tagOf(from))) return [];
  for (let a = from.parentElement; a && a !== root; a = a.parentElement)
    if (tagOf(a) === 'template') return [];
  const out: DomElement[] = [];
  const inside = (n: DomNode): boolean =>
    n.nodeType === ELEMENT_NODE && tagOf(n as DomElement) !== 'template';
  for (let n = following(from, root, inside(from)); n && out.length < max; n = following(n, root, inside(n)))
    if (n.nodeType === ELEMENT_NODE && tags.has(tagOf(n as DomElement))) out.push(n as DomElement);
  return out;
}

/**
 * An element's tag name in lower case. Read from localName: tagName upper-cases it into a new
 * string at every read, and whole-page walks ask every element.
 */
export const tagOf = (el: DomElement): string => el.localName.toLowerCase();

/** textLength's count over text read in pieces: `n` so far, and whether white space is pending. */
interface CollapsedCount {
  n: number;
  pendingSpace: boolean;
}

function countCollapsed(t: string, c: CollapsedCount): void {
  for (let i = 0; i < t.length; i++) {
    if (isSpace(t.charCodeAt(i))) {
      c.pendingSpace = c.n > 0;
      continue;
    }
    if (c.pendingSpace) c.n++;
    c.pendingSpace = false;
    c.n++;
  }
}

/**
 * `textOf(el).length` without building the string: each run of white space counts one, none at
 * either end. Size checks over nested containers call this for every level.
 */
export function textLength(el: DomElement): number {
  const c: CollapsedCount = { n: 0, pendingSpace: false };
  countCollapsed(el.textContent ?? '', c);
  return c.n;
}

const CDATA_NODE = 4;

/**
 * Visits the text and CDATA nodes under `el` in document order until `stop` says so, without
 * building the whole text: whether it stopped.
 */
function someTextNode(el: DomElement, stop: (node: DomNode) => boolean): boolean {
  const stack: DomNode[] = [];
  let node: DomNode | null = el.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      if (stop(node)) return true;
    } else if (node.nodeType === ELEMENT_NODE && node.firstChild) {
      if (node.nextSibling) stack.push(node.nextSibling);
      node = node.firstChild;
      continue;
    }
    node = node.nextSibling ?? stack.pop() ?? null;
  }
  return false;
}

/**
 * `textLength(el) > max`, reading the element's text nodes only until the count passes `max`: a
 * size check on the ancestors of a small box (a form's) reads a few hundred characters of each,
 * not the whole text of the page around it.
 */
export function textLongerThan(el: DomElement, max: number): boolean {
  const c: CollapsedCount = { n: 0, pendingSpace: false };
  const past = someTextNode(el, (node) => {
    countCollapsed(node.textContent ?? '', c);
    return c.n > max;
  });
  return past || c.n > max;
}

/** Visible text of an element, whitespace collapsed (&nbsp; counts as a space). */
export const textOf = (el: DomElement | null): string =>
  el ? collapseWhitespace((el.textContent ?? '').replace(/\u00a0/g, ' ')) : '';

/**
 * The first `max`+1 characters of an element's text, or null past them: lets a scan over every
 * element test short labels without building the text of large containers.
 */
export function boundedText(el: DomElement, max: number): string | null {
  let out = '';
  // Text nodes alone: a CDATA section is no visible text of an HTML page.
  const past = someTextNode(el, (node) => {
    if (node.nodeType !== TEXT_NODE) return false;
    out += node.textContent ?? '';
    return out.length > max;
  });
  return past ? null : out;
}

/**
 * An element's text (as textOf) when it is at most `max` characters long, else null. Reads a
 * bounded amount of raw text, so a short-text rule tested on every image or element of a page
 * stays linear when the elements are containers of the whole page.
 */
export function shortTextOf(el: DomElement, max: number): string | null {
  // Raw text may be mostly indentation that collapses away: read well past `max` before giving up.
  const raw = boundedText(el, max * 16 + 256);
  if (raw === null) return null;
  const t = collapseWhitespace(raw.replace(/\u00a0/g, ' '));
  return t.length <= max ? t : null;
}

/** The nearest ancestor-or-self whose tag is in `tags`: closest() without the selector engine. */
export function closestTag(el: DomElement, tags: readonly string[]): DomElement | null {
  for (let cur: DomElement | null = el; cur; cur = cur.parentElement) {
    if (tags.includes(tagOf(cur))) return cur;
  }
  return null;
}

/** Elements under root with attribute `name` (optionally equal to `value`), filtered in JS. */
export function withAttr(root: DomElement | DomDocument, name: string, value?: string): DomElement[] {
  return everyElement(root).filter((e) => {
    const v = e.getAttribute(name);
    return v !== null && (value === undefined || v === value);
  });
}

/**
 * What getAttribute('class') gives in linkedom, without its cost: linkedom answers from a token
 * set it builds and keeps for every element asked (an empty one where there is no class), which
 * made reading the class of every element of a page one of its larger costs. Same value: the
 * class tokens, each once, in order, joined by a space; '' without a class.
 */
export function classOf(el: DomElement): string {
  const raw = el.getAttributeNode('class')?.value;
  if (!raw) return '';
  // One token and no white space (most classes): nothing to split or repeat.
  if (!/\s/.test(raw)) return raw;
  const tokens = raw.split(/\s+/).filter((t) => t !== '');
  return tokens.length < 2 ? (tokens[0] ?? '') : [...new Set(tokens)].join(' ');
}

/** The attributes that state an element's role in its own words: what roleWords and roleAttrsHold read. */
const ROLE_ATTRS = ['class', 'id', 'data-testid', 'itemprop'];

/** A class token a stylesheet generated, not a name: one or two letters ("b", "nl", "gu"). */
const GENERATED_TOKEN = /^[a-z]{1,2}$/;
/** Generated tokens in one class at least, for its short tokens to be read as generated. */
const GENERATED_RUN = 3;

/**
 * A class without the tokens an atomic stylesheet generated: "post-paragraph ni nj gu nl" names a
 * paragraph, and its "nl" is a style's scrambled name, not a newsletter's. Short tokens are read
 * as names only where they are not a run of such (a lone "ad" beside "ad-slot" still is one).
 */
function namedClass(cls: string): string {
  if (!cls.includes(' ')) return cls;
  const tokens = cls.split(' ');
  const generated = tokens.filter((t) => GENERATED_TOKEN.test(t)).length;
  return generated >= GENERATED_RUN ? tokens.filter((t) => !GENERATED_TOKEN.test(t)).join(' ') : cls;
}

/** Class and id words, split on separators, lower-cased: the markup's own statement of role. */
export function roleWords(el: DomElement): string[] {
  // Joined in a loop, and no split for an element without them: read for every element of a page.
  let raw = '';
  for (const name of ROLE_ATTRS) {
    const v = name === 'class' ? namedClass(classOf(el)) : el.getAttribute(name);
    if (v) raw = raw === '' ? v : `${raw} ${v}`;
  }
  if (raw === '') return [];
  return raw
    .toLowerCase()
    .split(/[\s_\-:]+/)
    .filter((w) => w !== '');
}

/**
 * Whether one of the attributes roleWords reads holds `part` (lower case, or a pattern): a test that costs no
 * string building, for scans of every element that look for one role word containing `part`.
 */
export const roleAttrsHold = (el: DomElement, part: string | RegExp): boolean =>
  roleAttrValues(el)?.some((v) => valueHolds(v, part)) === true;

const valueHolds = (value: string, part: string | RegExp): boolean =>
  typeof part === 'string' ? value.includes(part) : part.test(value);

/**
 * The values roleAttrsHold reads, lower-cased, those present and not empty; null when there are
 * none. One reading for the single test and for roleHolding's listing, which keeps them per page.
 */
function roleAttrValues(el: DomElement): string[] | null {
  let out: string[] | null = null;
  for (const name of ROLE_ATTRS) {
    const v = el.getAttributeNode(name)?.value.toLowerCase();
    if (v) (out ??= []).push(v);
  }
  return out;
}

/**
 * The first element under `root` in document order that passes `test`, a template's content left
 * out unless `intoTemplates`: what querySelector gives for a selector `test` spells out. linkedom's
 * selector engine parses and compiles the selector again at every call, which cost more than the
 * search on the checks run for every heading or block of a page.
 */
export function firstUnder(
  root: DomElement,
  test: (el: DomElement) => boolean,
  intoTemplates = false,
): DomElement | null {
  let found: DomElement | null = null;
  walkUnder(root, (el) => {
    if (test(el)) found = el;
    return found ? STOP : intoTemplates || tagOf(el) !== 'template';
  });
  return found;
}

/** firstUnder for a set of lower-case tags: querySelector of a tag list ("h2, h3"). */
export const firstTagged = (root: DomElement, tags: ReadonlySet<string>): DomElement | null =>
  firstUnder(root, (el) => tags.has(tagOf(el)));

/**
 * Whether `count` of the elements named `tag` under `root` pass `test`, read in document order
 * (a template's content included, as getElementsByTagName lists them) and no further than the
 * last one needed: a check on a large container stops at its first paragraphs.
 */
export function someTagged(
  root: DomElement,
  tag: string,
  test: (el: DomElement) => boolean,
  count = 1,
): boolean {
  let found = 0;
  return firstUnder(root, (el) => tagOf(el) === tag && test(el) && ++found >= count, true) !== null;
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: DomElement): number {
  const total = textLength(el);
  if (total === 0) return 0;
  const linked = all(el, 'a').reduce((n, a) => n + textLength(a), 0);
  return Math.min(1, linked / total);
}

/**
 * The text of a headline or a teaser link without the kicker set in it: a first child element of
 * its own (a classed span or a block) holding one to three words and no closing punctuation,
 * before the title's own text ("<span class=kicker>Budget</span> <span>Council …</span>"). Read
 * together the two make no sentence; a kicker ending in a colon is printed as part of the title.
 */
export function withoutKicker(el: DomElement): string {
  const full = textOf(el);
  let first: DomElement | null = null;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === ELEMENT_NODE) {
      first = c as DomElement;
      break;
    }
    if ((c.textContent ?? '').trim() !== '') return full;
  }
  if (!first || !(first.hasAttribute('class') || ['div', 'p'].includes(tagOf(first)))) return full;
  if (!['span', 'div', 'p', 'small'].includes(tagOf(first))) return full;
  const k = textOf(first);
  const rest = full.slice(full.indexOf(k) + k.length).trim();
  const words = k.split(' ').length;
  if (!k || words > 3 || k.length > 30 || /[:.!?,;–—-]$/.test(k) || rest.split(' ').length < 3) return full;
  return rest;
}

/**
 * A document's elements read in one walk, for a stage that only reads the page (metadata): its
 * many page-wide lookups then filter arrays instead of walking linkedom's node list again, which
 * costs as much as the lookup's own work. Built per page and dropped with it.
 */
export interface DocScan {
  doc: DomDocument;
  /** What doc.querySelectorAll('*') gives: every element in document order, a <template>'s content left out. */
  elements: DomElement[];
  /** tagOf of each of `elements`, by index. */
  tags: string[];
  /** What doc.getElementsByTagName(tag) gives, by tag: a <template>'s content included. */
  byTag: Map<string, DomElement[]>;
  /** The index of each of `elements` in it. */
  at: Map<DomElement, number>;
  /**
   * For each of `elements`, by index: the index just past its last descendant, so that an
   * element's descendants are the run of `elements` between the two.
   */
  ends: number[];
  /** Whether any element sits inside a <template> (left out of `elements`, not of `byTag`). */
  templated: boolean;
}

/** What a walk's visitor returns to end the walk at once. */
const STOP = 'stop';

/**
 * Visit the elements under `root` in document order; `visit` says whether to go inside one, or
 * STOP to end the walk. Steps from element to element: the text nodes between them (about half
 * the nodes of a page, mostly white space) are passed over inside the DOM library instead of one
 * by one here, which made this walk, asked for every tag list Readability and the cleanup passes
 * read, a quarter slower.
 */
function walkUnder(root: DomElement, visit: (el: DomElement) => boolean | typeof STOP): void {
  const stack: DomElement[] = [];
  let el: DomElement | null = root.firstElementChild;
  while (el) {
    const inside = visit(el);
    if (inside === STOP) return;
    const first = inside ? el.firstElementChild : null;
    if (first) {
      const next = el.nextElementSibling;
      if (next) stack.push(next);
      el = first;
      continue;
    }
    el = el.nextElementSibling ?? stack.pop() ?? null;
  }
}

/** walkUnder for a whole document: its own children listed, as linkedom's doctype has no nextSibling. */
function walkDocument(doc: DomDocument, visit: (el: DomElement) => boolean): void {
  for (const top of Array.from((doc as unknown as DomNode).childNodes))
    if (top.nodeType === ELEMENT_NODE && visit(top as DomElement)) walkUnder(top as DomElement, visit);
}

function addByTag(scan: DocScan, el: DomElement, tag: string): void {
  const list = scan.byTag.get(tag);
  if (list) list.push(el);
  else scan.byTag.set(tag, [el]);
}

export function scanDocument(doc: DomDocument): DocScan {
  return scanPage(doc, false).scan;
}

/** doc.querySelectorAll('*').length, without building the list. */
export function elementCount(doc: DomDocument): number {
  let n = 0;
  walkDocument(doc, (el) => {
    n++;
    return tagOf(el) !== 'template';
  });
  return n;
}

/** doc.querySelector(tag) from a scan. */
export function scanFirst(scan: DocScan, tag: string): DomElement | null {
  const i = scan.tags.indexOf(tag);
  return i === -1 ? null : (scan.elements[i] ?? null);
}

/** Is `el` inside `root` (not `root` itself)? An ancestor walk, as linkedom's contains() does. */
function isUnder(el: DomElement, root: DomElement): boolean {
  for (let a = el.parentNode; a; a = a.parentNode) if (a === root) return true;
  return false;
}

/**
 * Where root's descendants lie in the scan's `elements`, or null if some are missing from it:
 * a root in a template or a template itself (whose content a lookup under it does list).
 */
function runUnder(scan: DocScan, root: DomElement): { from: number; to: number } | null {
  const i = scan.at.get(root);
  if (i === undefined || scan.tags[i] === 'template') return null;
  return { from: i + 1, to: scan.ends[i] ?? i + 1 };
}

/** everyElement(root) from a scan of the page as it still stands: a slice, not a walk. */
export function scanEvery(scan: DocScan, root: DomElement): DomElement[] {
  const run = runUnder(scan, root);
  return run ? scan.elements.slice(run.from, run.to) : everyElement(root);
}

/**
 * all(root, tag) for one lower-case tag, from a scan of the page as it still stands, instead of
 * another walk of root's subtree. That lookup lists a template's content too: on a page with a
 * template, the page's list of the tag is kept to those under root.
 */
export function scanUnder(scan: DocScan, root: DomElement, tag: string): DomElement[] {
  const run = scan.templated ? null : runUnder(scan, root);
  if (!run) return (scan.byTag.get(tag) ?? []).filter((el) => el.localName === tag && isUnder(el, root));
  const out: DomElement[] = [];
  for (let i = run.from; i < run.to; i++) {
    const el = scan.elements[i]!;
    if (scan.tags[i] === tag && el.localName === tag) out.push(el);
  }
  return out;
}

/** all(root, list of lower-case tags) from a scan of the page as it still stands (a template's content left out). */
export function scanTagsUnder(scan: DocScan, root: DomElement, tags: readonly string[]): DomElement[] {
  const run = runUnder(scan, root);
  if (!run) return withTags(root, new Set(tags));
  const out: DomElement[] = [];
  for (let i = run.from; i < run.to; i++) if (tags.includes(scan.tags[i] ?? '')) out.push(scan.elements[i]!);
  return out;
}

/** doc.querySelectorAll of a list of tag names (lower case) from a scan, in document order. */
export function scanTags(scan: DocScan, tags: readonly string[]): DomElement[] {
  return scan.elements.filter((_, i) => tags.includes(scan.tags[i] ?? ''));
}

/** The six levels of heading, in order. */
export const HEADING_LEVELS: readonly string[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Tags that set text in italics or bold. */
export const EMPHASIS: ReadonlySet<string> = new Set(['i', 'em', 'b', 'strong']);

/**
 * The one element child of `el` that holds all of its text, or null: a step down a chain of
 * wrappers round a whole line ("<p><span><b>…</b></span></p>").
 */
export function soleTextChild(el: DomElement): DomElement | null {
  const only = el.firstElementChild;
  return only && !only.nextElementSibling && textOf(only) === textOf(el) ? only : null;
}

/** Is all of `e`'s text inside one italic or bold element (through wrappers such as font or span)? */
export function styledApart(e: DomElement): boolean {
  let cur: DomElement | null = e;
  for (let depth = 0; cur && depth < 3; depth++) {
    if (EMPHASIS.has(tagOf(cur))) return true;
    cur = soleTextChild(cur);
  }
  return false;
}
