import { Readability } from '@mozilla/readability';
import { ELEMENT_NODE, TEXT_NODE, withTags, type DomDocument, type DomElement, type DomNode } from './dom.js';

/**
 * Readability on linkedom, with some of its helpers answered the same way at less cost. Two are
 * asked of every element it visits, and linkedom makes them dear: reading `node.style` builds a
 * style object (a Map behind a Proxy) per element, and a selector list ("h1,h2") goes through its
 * CSS selector engine where a walk of the tree gives the same list. Measured over 181 real pages,
 * the two took a fifth of Readability's time on our cleaned pages. Where Readability no longer has
 * a helper of that name (another version), its own stays in use.
 */

/**
 * The value a style attribute gives one property, as linkedom's style object reads it: the
 * declarations split at ";", each at its first ":", names as written (not lower-cased), the last
 * non-empty value of the name winning; '' when none.
 */
export function styleProperty(style: string, name: string): string {
  let value = '';
  for (const rule of style.split(/\s*;\s*/)) {
    const colon = rule.indexOf(':');
    if (colon === -1 || rule.slice(0, colon).trim() !== name) continue;
    const v = rule.slice(colon + 1).trim();
    if (v) value = v;
  }
  return value;
}

/** Readability's visibility test (0.6), its style reads taken from the attribute. */
export function probablyVisible(node: DomElement): boolean {
  const style = node.getAttribute('style');
  if (style !== null && style.includes(':')) {
    if (styleProperty(style, 'display') === 'none' || styleProperty(style, 'visibility') === 'hidden')
      return false;
  }
  if (node.hasAttribute('hidden')) return false;
  // Its exception for "fallback-image": Wikimedia's math images are shown.
  return node.getAttribute('aria-hidden') !== 'true' || node.className.includes('fallback-image');
}

type ReaderHelpers = Record<string, unknown>;

const CDATA_NODE = 4;

/**
 * Whether `el`'s text (its text and CDATA nodes, as textContent joins them) holds anything but
 * white space (`\S`: what trim() leaves), read only as far as the first such node.
 */
function holdsText(el: DomElement): boolean {
  const stack: DomNode[] = [];
  let node: DomNode | null = el.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      if (/\S/.test(node.textContent ?? '')) return true;
    } else if (node.firstChild) {
      if (node.nextSibling) stack.push(node.nextSibling);
      node = node.firstChild;
      continue;
    }
    node = node.nextSibling ?? stack.pop() ?? null;
  }
  return false;
}

/** The parts of Readability the replaced helpers read. */
interface ReaderParts {
  REGEXPS: { byline: RegExp };
}

/**
 * Two of Readability's helpers that read the whole text of an element, answered the same way with
 * less reading. Both are asked of every element its scoring walk meets, and the text of an outer
 * container is the page's text: the byline test reads the text only once the element's attributes
 * or the class and id it is given could name a byline; the emptiness test stops at the first
 * character that is not white space.
 */
function textHelpers(reader: ReaderParts): ReaderHelpers {
  return {
    _isValidByline: (node: DomElement, matchString: string): boolean => {
      const rel = node.getAttribute('rel');
      const itemprop = node.getAttribute('itemprop');
      if (!(rel === 'author' || itemprop?.includes('author') || reader.REGEXPS.byline.test(matchString)))
        return false;
      const length = (node.textContent ?? '').trim().length;
      return length > 0 && length < 100;
    },
    _isElementWithoutContent: (node: DomElement): boolean =>
      node.nodeType === ELEMENT_NODE &&
      !holdsText(node) &&
      (!node.children.length ||
        node.children.length ===
          node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length),
  };
}

/**
 * Whether no address resolves against `doc`'s base: linkedom's document has a null baseURI, and
 * `new URL(uri, null)` throws for every uri (the base "null" does not parse). An undefined base
 * would mean none given, and absolute addresses would then parse.
 */
function baseResolvesNothing(doc: DomDocument): boolean {
  const base = (doc as unknown as { baseURI?: unknown }).baseURI;
  return base !== undefined && !URL.canParse(String(base));
}

/**
 * Readability's link fixing (0.6) as it turns out where no address resolves: each link's and
 * picture's address is written back as it was, after an error thrown and caught for each (a tenth
 * of Readability's time on our cleaned pages). What is left is its other step: a `javascript:`
 * link gives way to its text, as a text node when that is all it holds, else as a span.
 */
function unwrapScriptLinks(doc: DomDocument, content: DomElement): void {
  for (const link of withTags(content, new Set(['a']))) {
    const href = link.getAttribute('href');
    if (!href || !href.startsWith('javascript:')) continue;
    const kids = link.childNodes;
    if (kids.length === 1 && kids[0]?.nodeType === TEXT_NODE) {
      link.replaceWith(doc.createTextNode(link.textContent ?? ''));
      continue;
    }
    const span = doc.createElement('span');
    while (link.firstChild) span.appendChild(link.firstChild);
    link.replaceWith(span);
  }
}

/**
 * A Readability for `doc` (already cleaned by us) that hands back its chosen element itself, with
 * the helpers above replaced where it has them.
 */
export function elementReader(doc: DomDocument): Readability<DomElement> {
  // linkedom's document stands in for the DOM Document that Readability's types name.
  const reader = new Readability<DomElement>(doc as unknown as ConstructorParameters<typeof Readability>[0], {
    serializer: (node) => node as unknown as DomElement,
    charThreshold: 300,
    disableJSONLD: true,
  });
  const helpers = reader as unknown as ReaderHelpers;
  if (typeof helpers._isProbablyVisible === 'function') helpers._isProbablyVisible = probablyVisible;
  for (const [name, helper] of Object.entries(textHelpers(reader as unknown as ReaderParts)))
    if (typeof helpers[name] === 'function') helpers[name] = helper;
  if (typeof helpers._fixRelativeUris === 'function' && baseResolvesNothing(doc))
    helpers._fixRelativeUris = (content: DomElement): void => unwrapScriptLinks(doc, content);
  if (typeof helpers._getAllNodesWithTag === 'function')
    helpers._getAllNodesWithTag = (node: DomElement | DomDocument, tags: string[]): DomElement[] =>
      withTags(node, new Set(tags.map((t) => t.toLowerCase())));
  return reader;
}

/** The steps of Readability's parse() that lead to its chosen element (0.6), as it names them. */
interface ReaderSteps {
  _doc: unknown;
  _disableJSONLD: boolean;
  _maxElemsToParse: number;
  _metadata: unknown;
  _articleTitle: unknown;
  _unwrapNoscriptImages(doc: unknown): void;
  _removeScripts(doc: unknown): void;
  _prepDocument(): void;
  _getArticleMetadata(jsonLd: object): { title: unknown };
  _grabArticle(): DomElement | null;
  _postProcessContent(content: DomElement): void;
}

const STEPS = [
  '_unwrapNoscriptImages',
  '_removeScripts',
  '_prepDocument',
  '_getArticleMetadata',
  '_grabArticle',
  '_postProcessContent',
] as const;

/**
 * Readability's chosen element for `doc`, or null when it finds none: its parse() without what
 * follows the choice. parse() then logs the element's HTML (serialised whatever the debug
 * setting), reads its whole text and its first paragraph's for fields we do not read, which cost
 * about a tenth of its time on our cleaned pages. The steps run in parse()'s order on the reader's
 * own state; a version without them (or one asked to read JSON-LD or count elements, which
 * elementReader does not) takes parse() itself.
 */
export function readerPick(reader: Readability<DomElement>): DomElement | null {
  const steps = reader as unknown as ReaderSteps;
  const own = STEPS.every((name) => typeof steps[name] === 'function');
  if (!own || steps._disableJSONLD !== true || steps._maxElemsToParse > 0)
    return reader.parse()?.content ?? null;
  steps._unwrapNoscriptImages(steps._doc);
  steps._removeScripts(steps._doc);
  steps._prepDocument();
  const metadata = steps._getArticleMetadata({});
  steps._metadata = metadata;
  steps._articleTitle = metadata.title;
  const content = steps._grabArticle();
  if (!content) return null;
  steps._postProcessContent(content);
  return content;
}
