import { ParseError } from '../../errors/index.js';
import { capXmlNesting } from '../nesting.js';
import { assignBases, childNamed, childrenNamed, elements, parseXmlTree, type XElement } from './tree.js';

/**
 * An XML document → the feed in it: which format, the channel or feed element, and the entries in
 * document order. Formats are told by the root element's local name and namespace, whatever
 * prefix it carries: RSS 0.9x/2.0 (`rss`), RSS 0.9/1.0 (`RDF`), Atom 1.0/0.3 (`feed`) and
 * Microsoft's CDF (`CHANNEL`).
 */

export type XmlFormat = 'rss' | 'rdf' | 'atom' | 'cdf';

export interface XmlFeed {
  format: XmlFormat;
  root: XElement;
  /** The channel (RSS, RDF, CDF) or feed (Atom) element. */
  head: XElement;
  /** Items/entries in document order. */
  items: XElement[];
  /** True when the document was not well-formed and only the tolerant reading got through. */
  recovered: boolean;
}

/** Drop a BOM and anything printed before the XML declaration or feed root (server warnings). */
function fromFirstMarkup(text: string): string {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('<')) return t;
  const at = t.search(/<\?xml\b|<(?:[\w.-]+:)?(?:rss|RDF|feed)[\s>]/);
  return at > 0 ? t.slice(at) : t;
}

const EMPTY: XElement = {
  vocab: 'rss',
  name: 'channel',
  qname: 'channel',
  attrs: {},
  children: [],
  base: null,
  lang: null,
  closed: true,
};

/** CDF channels nest; their items are read wherever they are. */
function cdfItems(channel: XElement): XElement[] {
  return elements(channel).flatMap((c) =>
    c.name === 'item' ? [c] : c.name === 'channel' ? cdfItems(c) : [],
  );
}

/** The feed's parts, found by the root's local name; null when the root is no feed's. */
function feedParts(root: XElement, declared: Set<string>): Omit<XmlFeed, 'recovered' | 'root'> | null {
  switch (root.name) {
    case 'rss': {
      // RSS 0.9x puts items in the channel; some publishers put them beside it, or write no channel.
      const channel = childNamed(root, 'rss', 'channel');
      const items = [...childrenNamed(channel, 'rss', 'item'), ...childrenNamed(root, 'rss', 'item')];
      return { format: 'rss', head: channel ?? root, items };
    }
    case 'rdf': {
      // RSS 1.0 and 0.9 put items beside the channel; some publishers put them inside it.
      const channel = childNamed(root, 'rss', 'channel');
      const items = [...childrenNamed(root, 'rss', 'item'), ...childrenNamed(channel, 'rss', 'item')];
      // An RDF document is a feed when it has RSS parts, or declares RSS (then it is an empty one).
      return channel || items.length || declared.has('rss')
        ? { format: 'rdf', head: channel ?? EMPTY, items }
        : null;
    }
    case 'feed':
      return { format: 'atom', head: root, items: childrenNamed(root, 'atom', 'entry') };
    case 'channel':
      return { format: 'cdf', head: root, items: cdfItems(root) };
    default:
      return null;
  }
}

/** The channel's own link, for documents with no base at all (a local file with relative links). */
function channelLink(head: XElement): string | null {
  const link = childNamed(head, 'rss', 'link');
  const text = link
    ? link.children
        .filter((c) => typeof c === 'string')
        .join('')
        .trim()
    : '';
  return /^https?:\/\//i.test(text) ? text : null;
}

/**
 * Read an RSS/RDF/Atom/CDF document. `base` is the document's own address (Content-Location, else
 * where it was fetched from); `entities` the literal ones its DOCTYPE declares (doctype.ts). Throws ParseError when the text is not XML, holds no feed, or (when
 * not well-formed) has no entry that could be read whole.
 */
export function readXmlFeed(
  text: string,
  base: string | null,
  entities: ReadonlyMap<string, string> = new Map(),
): XmlFeed {
  const tree = parseXmlTree(capXmlNesting(fromFirstMarkup(text)), entities);
  if (!tree) throw new ParseError('not a readable XML document: no element in it');
  const parts = feedParts(tree.root, tree.declared);
  if (!parts) {
    throw new ParseError(`no feed in this XML document: its root element is <${tree.root.qname}>`);
  }
  assignBases(tree.root, base ?? channelLink(parts.head));
  if (!tree.recovered) return { ...parts, root: tree.root, recovered: false };
  // Not well-formed: an entry the document ended inside was cut off, and is not read.
  const items = parts.items.filter((i) => i.closed);
  if (items.length === 0) {
    throw new ParseError(
      parts.items.length
        ? 'truncated feed with no complete item'
        : 'malformed feed with no readable items (the XML is not well-formed)',
    );
  }
  return { ...parts, items, root: tree.root, recovered: true };
}
