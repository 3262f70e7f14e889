import Parser from 'rss-parser';
import { XMLParser } from 'fast-xml-parser';
import { decodeHTML, decodeHTMLStrict } from 'entities';
import { ParseError } from '../../errors/index.js';
import { capXmlNesting, escapeStrayLt, tagEnd } from '../nesting.js';

/**
 * XML feeds → a small neutral tree of the parts the mapper needs. rss-parser (sax, strict) reads
 * the document first; when it refuses (undefined entities such as a raw `&nbsp;`, a bare `&`,
 * control characters) the text is repaired and read again, and as a last resort fast-xml-parser
 * reads whatever it can (truncated or mis-nested documents).
 */

/** One XML element: its text (CDATA included), attributes (names lower-cased) and child elements by name. */
export interface XNode {
  text: string;
  attrs: Record<string, string>;
  kids: Record<string, XNode[]>;
}

export type XmlFormat = 'rss' | 'rdf' | 'atom';

export interface XmlFeed {
  format: XmlFormat;
  /** The channel (RSS) or feed (Atom) element. */
  head: XNode;
  /** Items/entries in document order. */
  items: XNode[];
  /** True when the document was only readable by the tolerant parser. */
  repaired: boolean;
}

/** Item-level elements kept raw from rss-parser (names after prefix canonicalisation). */
const ITEM_FIELDS = [
  '$',
  'title',
  'link',
  'guid',
  'id',
  'description',
  'summary',
  'content',
  'content:encoded',
  'author',
  'contributor',
  'dc:creator',
  'dc:contributor',
  'itunes:author',
  'pubDate',
  'published',
  'updated',
  // Atom 0.3 dates.
  'issued',
  'modified',
  'created',
  'dc:date',
  'dcterms:created',
  'dcterms:issued',
  'dcterms:modified',
  'atom:updated',
  'atom:published',
  'atom:link',
  'category',
  'dc:subject',
  'enclosure',
  'media:content',
  'media:thumbnail',
  'media:group',
  'dc:language',
  'source',
];

/** Feed-level elements kept raw. */
const FEED_FIELDS = [
  '$',
  'title',
  'link',
  'description',
  'subtitle',
  'language',
  'dc:language',
  'author',
  'dc:creator',
  'updated',
  'lastBuildDate',
  'pubDate',
  'dc:date',
  'atom:link',
  'id',
];

const RAW = 'raw:';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** xml2js/fast-xml-parser shape (`{_: text, $: attrs, child: [...]}` or a bare string) → XNode. */
export function toNode(v: unknown): XNode {
  if (typeof v === 'string' || typeof v === 'number') return { text: String(v), attrs: {}, kids: {} };
  const node: XNode = { text: '', attrs: {}, kids: {} };
  if (!isRecord(v)) return node;
  for (const [key, val] of Object.entries(v)) {
    if (key === '_') node.text = typeof val === 'string' ? val : String(val);
    else if (key === '$' && isRecord(val)) {
      for (const [a, av] of Object.entries(val)) node.attrs[a.toLowerCase()] = String(av);
    } else node.kids[key] = (Array.isArray(val) ? val : [val]).map(toNode);
  }
  return node;
}

/** Build a node from the raw fields rss-parser copied for us. */
function fromCopied(obj: Record<string, unknown>, fields: string[]): XNode {
  const node: XNode = { text: '', attrs: {}, kids: {} };
  for (const f of fields) {
    const val = obj[RAW + f];
    if (val === undefined) continue;
    if (f === '$') {
      if (isRecord(val)) for (const [a, av] of Object.entries(val)) node.attrs[a.toLowerCase()] = String(av);
    } else node.kids[f] = (Array.isArray(val) ? val : [val]).map(toNode);
  }
  return node;
}

/** Well-known namespaces and the prefix the mapper expects for each. */
const NAMESPACES: Record<string, string> = {
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://www.w3.org/2005/Atom': 'atom',
};

/**
 * Element names carry the prefix the publisher chose; rename prefixes of known namespaces to the
 * usual ones (`<DC:creator>` → `<dc:creator>`), and drop the prefix of a prefixed Atom document.
 */
export function canonicalisePrefixes(xml: string): string {
  const renames = new Map<string, string>();
  for (const m of xml.matchAll(/\bxmlns:([\w.-]+)\s*=\s*["']([^"']+)["']/g)) {
    const [, prefix, uri] = m;
    const canon = uri ? NAMESPACES[uri] : undefined;
    if (prefix && canon && prefix !== canon) renames.set(prefix, canon);
  }
  const root = /<([\w.-]+):feed[\s>]/.exec(xml);
  const atomPrefix = root?.[1];
  if (atomPrefix && (renames.get(atomPrefix) === 'atom' || atomPrefix === 'atom'))
    renames.set(atomPrefix, '');
  if (renames.size === 0) return xml;
  return outsideCdata(xml, (part) =>
    part.replace(/<(\/?)([\w.-]+):([\w.-]+)/g, (all, slash: string, prefix: string, local: string) => {
      const to = renames.get(prefix);
      if (to === undefined) return all;
      return `<${slash}${to ? `${to}:` : ''}${local}`;
    }),
  );
}

/** Apply `fn` to the text outside CDATA sections only. */
function outsideCdata(xml: string, fn: (s: string) => string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part : fn(part)))
    .join('');
}

/**
 * Markup written straight into a text element (Atom `type="xhtml"`, or unescaped HTML in an RSS
 * description) is parsed as XML elements, and xml2js would lose the order of mixed text and
 * elements; carry it as CDATA (serialised HTML) instead.
 */
export function markupToCdata(xml: string): string {
  // The closing tag is found with indexOf rather than a lazy `([\s\S]*?)<\/\1>` pattern, which
  // rescans to the end of the document for every unclosed opening tag (quadratic).
  const lastClose = new Map<string, number>();
  const closeAfter = (name: string, from: number): { at: number; end: number } | null => {
    let last = lastClose.get(name);
    if (last === undefined) lastClose.set(name, (last = xml.lastIndexOf(`</${name}`)));
    for (
      let at = xml.indexOf(`</${name}`, from);
      at !== -1 && at <= last;
      at = xml.indexOf(`</${name}`, at + 1)
    ) {
      const m = /^\s*>/.exec(xml.slice(at + name.length + 2, at + name.length + 66));
      if (m) return { at, end: at + name.length + 2 + m[0].length };
    }
    return null;
  };
  const open = /<(content:encoded|description|title|subtitle|summary|content|rights)(\s[^>]*)?>/g;
  let out = '';
  let done = 0;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const [tag, name = '', attrs] = m;
    const close = closeAfter(name, m.index + tag.length);
    if (!close) continue;
    const inner = xml.slice(m.index + tag.length, close.at);
    open.lastIndex = close.end;
    if (!/<[A-Za-z/]/.test(inner) || inner.includes('<![CDATA[')) continue;
    const html = inner.replace(/<(\/?)[\w.-]+:/g, '<$1').replace(/\]\]>/g, ']]]]><![CDATA[>');
    out += `${xml.slice(done, m.index)}<${name}${attrs ?? ''}><![CDATA[${html}]]></${name}>`;
    done = close.end;
  }
  return out + xml.slice(done);
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
// eslint-disable-next-line no-control-regex -- removing forbidden control characters is the point
const XML_FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const BARE_AMPERSAND = /&(?!(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9A-Fa-f]+);)/g;
const HAS_BARE_AMPERSAND = new RegExp(BARE_AMPERSAND.source);

/** Markup (a tag and its attributes, a comment, a processing instruction) made well-formed. */
function repairMarkup(markup: string): string {
  return markup
    .replace(XML_FORBIDDEN_CONTROL, '')
    .replace(/&([A-Za-z][A-Za-z0-9]*);/g, (all, name: string) => {
      if (XML_ENTITIES.has(name)) return all;
      const decoded = decodeHTML(all);
      if (decoded === all) return `&amp;${name};`;
      return [...decoded].map((c) => `&#${c.codePointAt(0) ?? 63};`).join('');
    })
    .replace(BARE_AMPERSAND, '&amp;');
}

/**
 * Element text with a bare `&` becomes CDATA holding its decoded text, which is what the parser
 * would have read from the escaped repair: a run of a million `&` written `&amp;` is a million
 * entity references, seconds of work for the XML parser; as CDATA it is one block.
 */
function repairText(text: string): string {
  if (!text.includes('&')) return text.replace(XML_FORBIDDEN_CONTROL, '');
  if (!HAS_BARE_AMPERSAND.test(text)) return repairMarkup(text);
  const decoded = decodeHTMLStrict(text).replace(XML_FORBIDDEN_CONTROL, '');
  return `<![CDATA[${decoded.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** End of the markup construct starting at `lt` (comment, processing instruction or tag). */
function markupEnd(xml: string, lt: number): number {
  const close = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<?', lt) ? '?>' : '>';
  const at = close === '>' ? tagEnd(xml, lt) : xml.indexOf(close, lt + 2);
  // Unterminated: the rest is this construct.
  return at === -1 ? xml.length : at + close.length;
}

/**
 * Make sloppy XML well-formed enough for a strict parser: HTML named entities become numeric
 * references, unknown ones and bare `&` are escaped (text with a bare `&` becomes CDATA), and
 * forbidden control characters go. One pass over text and markup, with indexOf.
 */
export function repairXml(xml: string): string {
  return outsideCdata(xml, (part) => {
    let out = '';
    for (let at = 0; at < part.length;) {
      const lt = part.indexOf('<', at);
      const textEnd = lt === -1 ? part.length : lt;
      if (textEnd > at) out += repairText(part.slice(at, textEnd));
      if (lt === -1) break;
      at = markupEnd(part, lt);
      out += repairMarkup(part.slice(lt, at));
    }
    return out;
  });
}

type CopiedItem = Record<string, unknown>;

/** Loose (non-strict) sax upper-cases names; put back the case the mapper and rss-parser expect. */
const CASED_NAMES: Record<string, string> = {
  pubdate: 'pubDate',
  lastbuilddate: 'lastBuildDate',
  'rdf:rdf': 'rdf:RDF',
};
const restoreCase = (name: string): string => {
  const lower = name.toLowerCase();
  return CASED_NAMES[lower] ?? lower;
};

function rssParser(loose: boolean): Parser<CopiedItem, CopiedItem> {
  const keep = (f: string): [string, string, { keepArray: boolean }] => [f, RAW + f, { keepArray: true }];
  // rss-parser's types only allow bare names for feed fields; the runtime takes the same tuples.
  const feedFields = FEED_FIELDS.map(keep) as unknown as (keyof CopiedItem)[];
  return new Parser<CopiedItem, CopiedItem>({
    defaultRSS: 2,
    customFields: { feed: feedFields, item: ITEM_FIELDS.map(keep) },
    xml2js: loose
      ? {
          strict: false,
          tagNameProcessors: [restoreCase],
          attrNameProcessors: [(n: string) => n.toLowerCase()],
        }
      : {},
  });
}

const formatOf = (xml: string): XmlFormat | null => {
  const root = /<(rss|rdf:RDF|feed)[\s>]/i.exec(
    xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''),
  );
  const name = root?.[1]?.toLowerCase();
  if (name === 'rss') return 'rss';
  if (name === 'rdf:rdf') return 'rdf';
  if (name === 'feed') return 'atom';
  return null;
};

async function viaRssParser(xml: string, loose = false): Promise<XmlFeed> {
  const out = (await rssParser(loose).parseString(xml)) as unknown as CopiedItem & { items: CopiedItem[] };
  const format = formatOf(xml) ?? 'rss';
  return {
    format,
    head: fromCopied(out, FEED_FIELDS),
    items: out.items.map((it) => fromCopied(it, ITEM_FIELDS)),
    repaired: false,
  };
}

/** Last resort: fast-xml-parser does not validate, so it reads truncated and mis-nested files. */
function viaFastXmlParser(xml: string): XmlFeed | null {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributesGroupName: '$',
    attributeNamePrefix: '',
    textNodeName: '_',
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
  });
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch {
    return null;
  }
  if (!isRecord(doc)) return null;
  const first = (v: unknown): XNode | null => (Array.isArray(v) && v.length > 0 ? toNode(v[0]) : null);
  const rss = first(doc.rss);
  const rdf = first(doc['rdf:RDF']);
  const atom = first(doc.feed);
  if (atom) return { format: 'atom', head: atom, items: atom.kids.entry ?? [], repaired: true };
  if (rdf) {
    const channel = rdf.kids.channel?.[0] ?? { text: '', attrs: {}, kids: {} };
    return { format: 'rdf', head: channel, items: rdf.kids.item ?? [], repaired: true };
  }
  if (rss) {
    const channel = rss.kids.channel?.[0] ?? rss;
    return { format: 'rss', head: channel, items: channel.kids.item ?? rss.kids.item ?? [], repaired: true };
  }
  return null;
}

const oneLine = (err: unknown): string =>
  (err instanceof Error ? err.message : String(err)).split('\n')[0]?.trim() ?? 'unknown error';

/** Drop a BOM and anything printed before the XML declaration or feed root (server warnings). */
function fromFirstMarkup(text: string): string {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('<')) return t;
  const at = t.search(/<\?xml\b|<(?:rss|(?:[\w.-]+:)?RDF|(?:[\w.-]+:)?feed)[\s>]/);
  return at > 0 ? t.slice(at) : t;
}

/**
 * A document cut off in transit: keep everything up to the last complete item or entry and close
 * the elements still open there. Null when not even one entry is complete.
 */
export function closeTruncated(xml: string): string | null {
  const ends = [...xml.matchAll(/<\/(?:[\w.-]+:)?(?:item|entry)\s*>/gi)];
  const last = ends[ends.length - 1];
  if (last?.index === undefined) return null;
  const kept = xml.slice(0, last.index + last[0].length);
  const open: string[] = [];
  const token = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<[?!][^>]*>|<(\/?)([\w.:-]+)(?:\s[^>]*?)?(\/?)>/g;
  for (const m of kept.matchAll(token)) {
    const [, closing, name, selfClosing] = m;
    if (!name || selfClosing) continue;
    if (!closing) open.push(name);
    else {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    }
  }
  return (
    kept +
    open
      .reverse()
      .map((n) => `</${n}>`)
      .join('')
  );
}

/**
 * The document without trailing white space, comments and processing instructions. A loop, not
 * an anchored `(?:\s|…)*$` pattern: that one backtracks quadratically on a long run of spaces.
 */
function withoutTrailingMisc(xml: string): string {
  let s = xml.trimEnd();
  for (;;) {
    const open = s.endsWith('-->') ? s.lastIndexOf('<!--') : s.endsWith('?>') ? s.lastIndexOf('<?') : -1;
    if (open < 0) return s;
    s = s.slice(0, open).trimEnd();
  }
}

async function firstReadable(attempts: (() => Promise<XmlFeed>)[]): Promise<XmlFeed | null> {
  for (const attempt of attempts) {
    try {
      return await attempt();
    } catch {
      // try the next, more tolerant reading
    }
  }
  return null;
}

/**
 * Whether the text has a `&` that cannot start a reference (followed by a space, another `&`…)
 * outside CDATA and comments: the strict parser always fails on one. One pass with indexOf.
 */
export function hasBareAmpersand(xml: string): boolean {
  const next = /&|<!\[CDATA\[|<!--/g;
  for (let m = next.exec(xml); m; m = next.exec(xml)) {
    if (m[0] === '&') {
      if (!/[#A-Za-z_:]/.test(xml.charAt(m.index + 1))) return true;
      continue;
    }
    const close = xml.indexOf(m[0] === '<!--' ? '-->' : ']]>', next.lastIndex);
    if (close === -1) return false;
    next.lastIndex = close + 3;
  }
  return false;
}

/** Read an RSS/RDF/Atom document; throws ParseError when nothing feed-like can be read from it. */
export async function readXmlFeed(text: string): Promise<XmlFeed> {
  // A `<` that cannot start markup is text: written `&lt;` (the same, for the HTML it ends up in)
  // before any parser sees it, since rss-parser's snippet pattern rescans a run of them per `<`.
  const prepared = capXmlNesting(markupToCdata(canonicalisePrefixes(escapeStrayLt(fromFirstMarkup(text)))));
  let firstError: unknown;
  try {
    // A strict pass over a document with a bare `&` is known to fail, and fails once per `&`:
    // a megabyte of them cost seconds before the repaired reading could even start.
    if (hasBareAmpersand(prepared)) throw new ParseError('bare & in the text (not an entity reference)');
    return await viaRssParser(prepared);
  } catch (err) {
    firstError = err;
  }
  const repaired = repairXml(prepared);
  // A document whose root is never closed was cut off: only its complete entries can be trusted.
  const tail = withoutTrailingMisc(repaired);
  const truncated = !/<\/(?:[\w.-]+:)?(?:rss|rdf|feed)\s*>$/i.test(tail);
  const text2 = truncated ? closeTruncated(repaired) : repaired;
  if (text2 === null) {
    throw new ParseError(`truncated feed with no complete item: ${oneLine(firstError)}`, {
      cause: firstError,
    });
  }
  const asRepaired = (feed: XmlFeed): XmlFeed => ({ ...feed, repaired: true });
  // When repairing changed nothing, the strict parser would fail again on the same text: a whole
  // wasted pass, a second or more on a multi-megabyte document.
  const strictAgain = text2 === prepared ? [] : [async () => asRepaired(await viaRssParser(text2))];
  const tolerant =
    (await firstReadable([...strictAgain, async () => asRepaired(await viaRssParser(text2, true))])) ??
    viaFastXmlParser(text2);
  if (!tolerant) {
    throw new ParseError(`not a readable RSS or Atom feed: ${oneLine(firstError)}`, { cause: firstError });
  }
  if (tolerant.items.length === 0) {
    throw new ParseError(`malformed feed with no readable items: ${oneLine(firstError)}`, {
      cause: firstError,
    });
  }
  return tolerant;
}
