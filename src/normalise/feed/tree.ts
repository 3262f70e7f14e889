import sax from 'sax';
import { absoluteUrl } from '../content.js';
import { vocabularyOf, vocabularyOfUndeclaredPrefix, type Vocabulary } from './vocabularies.js';

/**
 * XML → a small tree of what a feed reader needs, read with namespaces: every element knows the
 * vocabulary it belongs to whatever prefix it was written with, the xml:base and xml:lang in scope
 * at it, and its children in document order (text and elements mixed, as embedded XHTML needs).
 */

export interface XElement {
  /** The vocabulary of the element's namespace, or the namespace URI itself when we do not read it. */
  vocab: Vocabulary | string;
  /** Local name, lower-cased (feeds are written in every case: `pubDate`, `PUBDATE`, `<TITLE>` in CDF). */
  name: string;
  /** The name as written, for putting embedded markup back together. */
  qname: string;
  /**
   * Attributes by lower-cased local name; attributes in a namespace carry its vocabulary
   * (`xml:base`, `rdf:about`) or, when unknown, the prefix as written.
   */
  attrs: Record<string, string>;
  children: XChild[];
  /** Base URI in scope (RFC 3986: the nearest xml:base, resolved against the one above it). */
  base: string | null;
  /** xml:lang in scope. */
  lang: string | null;
  /** False when the document ended before the element's end tag (a cut-off download). */
  closed: boolean;
}

export type XChild = XElement | string;

export interface XmlTree {
  root: XElement;
  /** Vocabularies whose namespaces the root element declares (`<rdf:RDF xmlns="…rss/1.0/">`). */
  declared: Set<string>;
  /** True when the document is not well-formed and was read by the tolerant parser. */
  recovered: boolean;
}

/** Element names of feed structure that never hold markup of their own. */
const LEAF_FIELDS = new Set([
  'title',
  'link',
  'guid',
  'id',
  'pubdate',
  'published',
  'updated',
  'issued',
  'modified',
  'created',
  'author',
  'category',
  'comments',
  'date',
  'creator',
  'subject',
]);
/** Element names that start a new part of a feed: never inside a field of the same vocabulary. */
const STRUCTURE = new Set(['channel', 'item', 'entry', 'image', 'textinput', 'feed', 'rss']);
const FEED_FIELDS = new Set([...LEAF_FIELDS, ...STRUCTURE, 'description', 'summary', 'content', 'enclosure']);
const ENTRIES = new Set(['item', 'entry']);

const FEED_VOCABULARIES = new Set<string>(['rss', 'atom', 'dc', 'dcterms']);

/**
 * Builds the tree from sax events. On a document that is not well-formed it also repairs what a
 * tolerant reading leaves wrong: a field whose end tag is missing (`<title>A<link>…`) would swallow
 * the fields after it, and an entry whose end tag is missing would hold the next entry.
 */
class TreeBuilder {
  readonly #recovering: boolean;
  /** Mirrors the parser's stack of open elements, one per start tag. */
  readonly #frames: XElement[] = [];
  /** Elements content currently goes to (recovery may close one before the parser does). */
  readonly #open: XElement[] = [];
  root: XElement | null = null;
  readonly declared = new Set<string>();
  /** The root's namespace, which is the feed format's own vocabulary (`<rss xmlns="…">`). */
  #rootUri: string | null = null;
  #rootVocab: Vocabulary | null = null;

  constructor(recovering: boolean) {
    this.#recovering = recovering;
  }

  #vocab(uri: string, prefix: string, isRoot: boolean, local: string): Vocabulary | string {
    const known = vocabularyOf(uri);
    if (known) return known;
    if (isRoot) {
      // The format's root declares the format's own namespace, whatever URI it chose.
      this.#rootUri = uri;
      this.#rootVocab = local === 'feed' ? 'atom' : 'rss';
      return this.#rootVocab;
    }
    if (uri === this.#rootUri && this.#rootVocab) return this.#rootVocab;
    if (uri === '') return 'rss';
    // A prefix nobody declared: the tolerant parser gives the prefix itself as the URI.
    if (uri === prefix) return vocabularyOfUndeclaredPrefix(prefix) ?? uri;
    return uri;
  }

  open(tag: sax.QualifiedTag): void {
    const parent = this.#open[this.#open.length - 1] ?? null;
    // sax splits names at `:`; garbage like `<a:>` or `<:b>` leaves parts missing.
    const local = (tag.local || tag.name).toLowerCase();
    const isRoot = this.root === null;
    const vocab = this.#vocab(tag.uri ?? '', tag.prefix ?? '', isRoot, local);
    if (isRoot) {
      for (const uri of Object.values(tag.ns ?? {})) {
        const declared = vocabularyOf(uri);
        if (declared) this.declared.add(declared);
      }
    }
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes) as (sax.QualifiedAttribute | string)[]) {
      // The tolerant parser leaves a bare string for some broken attributes: nothing to read.
      if (typeof a === 'string') continue;
      if (a.prefix === 'xmlns' || (a.prefix === '' && a.local === 'xmlns')) continue;
      const aVocab = a.prefix
        ? (vocabularyOf(a.uri ?? '') ?? vocabularyOfUndeclaredPrefix(a.prefix) ?? a.prefix)
        : '';
      attrs[(aVocab ? `${aVocab}:` : '') + (a.local || a.name).toLowerCase()] = a.value;
    }
    const el: XElement = {
      vocab,
      name: local,
      qname: tag.name,
      attrs,
      children: [],
      base: null,
      lang: attrs['xml:lang']?.trim() || parent?.lang || null,
      closed: false,
    };
    if (this.#recovering) this.#closeImplied(el);
    const host = this.#open[this.#open.length - 1];
    if (host) host.children.push(el);
    else this.root ??= el;
    this.#frames.push(el);
    this.#open.push(el);
  }

  /**
   * Recovery: a feed field cannot hold another feed field, and an entry cannot hold an entry;
   * the end tag that would have closed the outer one is taken as missing.
   */
  #closeImplied(el: XElement): void {
    if (!FEED_VOCABULARIES.has(String(el.vocab)) || !FEED_FIELDS.has(el.name)) return;
    for (;;) {
      const top = this.#open[this.#open.length - 1];
      if (!top || !FEED_VOCABULARIES.has(String(top.vocab))) return;
      const fieldInField = LEAF_FIELDS.has(top.name);
      const entryInEntry = ENTRIES.has(el.name) && ENTRIES.has(top.name);
      if (!fieldInField && !entryInEntry) return;
      top.closed = true;
      this.#open.pop();
    }
  }

  text(t: string): void {
    const host = this.#open[this.#open.length - 1];
    if (!host || t === '') return;
    const last = host.children[host.children.length - 1];
    if (typeof last === 'string') host.children[host.children.length - 1] = last + t;
    else host.children.push(t);
  }

  close(): void {
    const el = this.#frames.pop();
    if (!el) return;
    el.closed = true;
    const at = this.#open.lastIndexOf(el);
    if (at >= 0) this.#open.length = at;
  }
}

function build(xml: string, strict: boolean, entities: ReadonlyMap<string, string>): XmlTree | null {
  const builder = new TreeBuilder(!strict);
  const parser = sax.parser(strict, { xmlns: true, lowercase: true, position: false });
  // Own properties only: a name like `__proto__` must not reach the prototype chain.
  for (const [name, value] of entities)
    Object.defineProperty(parser.ENTITIES, name, { value, enumerable: true });
  let failure: Error | null = null;
  parser.onopentag = (tag) => builder.open(tag as sax.QualifiedTag);
  parser.onclosetag = () => builder.close();
  parser.ontext = (t) => builder.text(t);
  parser.oncdata = (t) => builder.text(t);
  parser.onerror = (err) => {
    if (strict) {
      failure = err;
      throw err;
    }
    // The tolerant parser reports what it repairs; carry on.
    parser.resume();
  };
  try {
    parser.write(xml).close();
  } catch (err) {
    if (failure) throw failure;
    throw err;
  }
  return builder.root ? { root: builder.root, declared: builder.declared, recovered: !strict } : null;
}

/**
 * Parse XML into a tree: strictly first; a document that is not well-formed is read again by
 * sax's tolerant mode (unclosed and mis-nested elements, bare `&`, undefined entities, undeclared
 * prefixes), with the repairs above. `entities` are those the DOCTYPE declares (doctype.ts). Null
 * when no element could be read at all.
 */
export function parseXmlTree(xml: string, entities: ReadonlyMap<string, string> = new Map()): XmlTree | null {
  try {
    return build(xml, true, entities);
  } catch {
    return build(xml, false, entities);
  }
}

/**
 * Set every element's base (RFC 3986 §5.1): its own xml:base resolved against its parent's base,
 * the document's base (Content-Location, else the address it was fetched from) at the root.
 */
export function assignBases(root: XElement, documentBase: string | null): void {
  const stack: [XElement, string | null][] = [[root, documentBase]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [el, parentBase] = next;
    const own = el.attrs['xml:base']?.trim();
    el.base = own ? (absoluteUrl(own, parentBase) ?? parentBase) : parentBase;
    for (const c of el.children) if (typeof c !== 'string') stack.push([c, el.base]);
  }
}

// ---- reading the tree ---------------------------------------------------------------------------

export const elements = (el: XElement | null | undefined): XElement[] =>
  el ? el.children.filter((c): c is XElement => typeof c !== 'string') : [];

/** Child elements of one vocabulary and name, in document order. */
export const childrenNamed = (el: XElement | null | undefined, vocab: string, name: string): XElement[] =>
  elements(el).filter((c) => c.vocab === vocab && c.name === name);

export const childNamed = (
  el: XElement | null | undefined,
  vocab: string,
  name: string,
): XElement | undefined => elements(el).find((c) => c.vocab === vocab && c.name === name);

function allText(el: XElement): string {
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : allText(c);
  return out;
}

/**
 * A whole field wrapped in a CDATA section that was then escaped anyway (`&lt;![CDATA[…]]&gt;`, or
 * one CDATA section nested in another): the wrapper is the publisher's quoting, not text.
 */
const ESCAPED_CDATA = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/;

/** All the text inside an element, markup removed. */
export function textContent(el: XElement): string {
  const text = allText(el);
  return ESCAPED_CDATA.exec(text)?.[1] ?? text;
}

export const hasElementChildren = (el: XElement): boolean => el.children.some((c) => typeof c !== 'string');

const escapeText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/** HTML elements that never have content, written as empty-element tags. */
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));

/** Attributes holding addresses, resolved against the base in scope where they are written. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'poster', 'background']);

/**
 * Markup embedded in a feed element (Atom XHTML, an unescaped RSS description) as HTML source:
 * prefixes dropped, addresses resolved against the xml:base in scope at each element.
 */
export function innerMarkup(el: XElement): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') {
      out += escapeText(c);
      continue;
    }
    const name = c.qname.includes(':') ? c.qname.slice(c.qname.indexOf(':') + 1) : c.qname;
    const attrs = Object.entries(c.attrs)
      .filter(([k]) => !k.startsWith('xml:'))
      .map(([k, v]) => {
        const value = URL_ATTRIBUTES.has(k) ? (absoluteUrl(v.trim(), c.base) ?? v) : v;
        return ` ${k}="${escapeAttr(value)}"`;
      })
      .join('');
    const inner = innerMarkup(c);
    out += inner === '' && VOID.has(c.name) ? `<${name}${attrs} />` : `<${name}${attrs}>${inner}</${name}>`;
  }
  return out;
}
