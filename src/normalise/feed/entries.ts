import type { Enclosure } from '../../model/item.js';
import { parseFeedDate } from './dates.js';
import { textConstruct, type DefaultType } from './constructs.js';
import { resolveLink, type EntryFields, type TextPart } from './item.js';
import { cleanInline, htmlToText, personName } from './text.js';
import { childNamed, childrenNamed, elements, textContent, type XElement } from './tree.js';
import type { XmlFeed } from './xml.js';

/**
 * RSS 0.9x/1.0/2.0 items, Atom 1.0/0.3 entries and CDF items → EntryFields, one reader for all:
 * each field is read from every common vocabulary in the order README.md ("How feed items are
 * read") documents, so an RSS item carrying Atom or Media RSS elements is read as well as a plain one.
 */

/** Feed-level facts entries inherit: language, authors (Atom), the base of the channel. */
export interface FeedContext {
  base: string | null;
  language: string | null;
  authors: string[];
}

/** A vocabulary and element name, as `vocab:name`. */
type Field = `${string}:${string}`;

const split = (f: Field): [string, string] => {
  const at = f.indexOf(':');
  return [f.slice(0, at), f.slice(at + 1)];
};

/** The first child element of any of the fields, in the order given. */
function first(el: XElement, fields: Field[]): XElement | undefined {
  for (const f of fields) {
    const [vocab, name] = split(f);
    const found = childNamed(el, vocab, name);
    if (found) return found;
  }
  return undefined;
}

const all = (el: XElement, fields: Field[]): XElement[] =>
  fields.flatMap((f) => {
    const [vocab, name] = split(f);
    return childrenNamed(el, vocab, name);
  });

const trimmed = (el: XElement | undefined): string | null => {
  const t = el ? textContent(el).trim() : '';
  return t === '' ? null : t;
};

/** Media RSS elements sit on the item, in a media:group, or inside a media:content. */
function mediaScopes(item: XElement): XElement[] {
  const groups = childrenNamed(item, 'media', 'group');
  const contents = [item, ...groups].flatMap((s) => childrenNamed(s, 'media', 'content'));
  return [item, ...groups, ...contents];
}

function mediaField(item: XElement, name: string): XElement | undefined {
  for (const scope of mediaScopes(item)) {
    const found = childNamed(scope, 'media', name);
    if (found && trimmed(found)) return found;
  }
  return undefined;
}

/** The first non-empty text construct among the candidates, each read with its own default type. */
function firstText(candidates: [XElement | undefined, DefaultType][]): TextPart | null {
  for (const [el, byDefault] of candidates) {
    const part = textConstruct(el, byDefault);
    if (part && part.value.trim() !== '') return part;
  }
  return null;
}

const plain = (part: TextPart | null): string | null => {
  if (!part) return null;
  const t = part.html ? htmlToText(part.value) : part.value.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

function titleOf(item: XElement): string | null {
  return plain(
    firstText([
      [first(item, ['rss:title']), 'guess'],
      [first(item, ['atom:title']), 'text'],
      [first(item, ['dc:title']), 'guess'],
      [mediaField(item, 'title'), 'guess'],
      [first(item, ['itunes:title']), 'text'],
    ]),
  );
}

function summaryOf(item: XElement): TextPart | null {
  return firstText([
    [first(item, ['rss:description']), 'html'],
    [first(item, ['atom:summary']), 'text'],
    [first(item, ['dc:description']), 'guess'],
    [first(item, ['rss:abstract']), 'guess'],
    [first(item, ['itunes:summary', 'itunes:subtitle']), 'guess'],
  ]);
}

/** Full content, in order: content:encoded, Atom content, an XHTML body, `<body>`, `<fullitem>`. */
function contentOf(item: XElement): TextPart[] {
  const parts = [
    textConstruct(first(item, ['content:encoded']), 'html'),
    textConstruct(first(item, ['atom:content']), 'text'),
    textConstruct(first(item, ['xhtml:body']), 'html'),
    textConstruct(first(item, ['rss:body']), 'html'),
    textConstruct(first(item, ['rss:fullitem']), 'html'),
  ];
  return parts.filter((p): p is TextPart => p !== null && p.value.trim() !== '');
}

const firstDate = (values: (string | null | undefined)[]): string | null => {
  for (const v of values) {
    const d = parseFeedDate(v);
    if (d) return d;
  }
  return null;
};

const dateOf = (item: XElement, fields: Field[]): string | null =>
  firstDate(all(item, fields).map((el) => trimmed(el)));

const PUBLISHED: Field[] = [
  'rss:pubdate',
  'atom:published',
  'atom:issued',
  'dc:date',
  'dcterms:issued',
  'dcterms:created',
  'dcterms:date',
  'atom:created',
];
const UPDATED: Field[] = ['atom:updated', 'atom:modified', 'dcterms:modified'];

/** A link's address: its `href` (Atom), else its text (RSS, and Atom links written the old way). */
function addressOf(l: XElement): string | null {
  return resolveLink(l.attrs.href ?? trimmed(l), l.base);
}

/** A link's relation; an RSS `<link>` and an Atom link without `rel` are the alternate page. */
const relOf = (l: XElement): string => (l.attrs.rel ?? 'alternate').trim().toLowerCase();

const linksOf = (item: XElement): XElement[] => [
  ...childrenNamed(item, 'rss', 'link'),
  ...childrenNamed(item, 'atom', 'link'),
];

/** The alternate page among the links, RSS before Atom: an HTML (or untyped) one first, then any. */
function alternate(links: XElement[]): string | null {
  const alternates = links.filter((l) => relOf(l) === 'alternate' && addressOf(l));
  const chosen = alternates.find((l) => !l.attrs.type || /html/i.test(l.attrs.type)) ?? alternates[0];
  return chosen ? addressOf(chosen) : null;
}

/** A relative reference shaped like a path ("/notes/2026/fair", "notes/fair"), not a bare key ("item-1042"). */
const PATH_SHAPED = /^(?:\.{0,2}\/|[^\s:/?#]+\/)[^\s]*$/;

/**
 * RSS `<guid>` is a permalink unless it says `isPermaLink="false"`. Many feeds leave the attribute
 * out of keys that are no address, so without it only a web address or a path-shaped value is
 * taken; one marked `isPermaLink="true"` is resolved whatever its shape.
 */
function guidLink(item: XElement): string | null {
  const guid = first(item, ['rss:guid']);
  const value = trimmed(guid);
  const marked = guid?.attrs.ispermalink?.trim().toLowerCase();
  if (!guid || !value || marked === 'false') return null;
  if (!/^https?:\/\//i.test(value) && marked !== 'true' && !PATH_SHAPED.test(value)) return null;
  const url = resolveLink(value, guid.base);
  // A key marked as a permalink ("urn:uuid:…") or a path with no base to resolve against is no link.
  return url && /^https?:/i.test(url) ? url : null;
}

/**
 * The link a feed proxy replaced with its redirect (`<feedburner:origLink>`): the article's own
 * address, which the redirect only leads to.
 */
function originalLink(item: XElement): string | null {
  const el = first(item, ['feedburner:origlink']);
  return el ? resolveLink(trimmed(el), el.base) : null;
}

/**
 * The article's address: a proxied item's original link, the alternate link (RSS or Atom), a
 * permalink guid, a CDF item's `href`.
 */
function urlOf(item: XElement): string | null {
  return (
    originalLink(item) ??
    alternate(linksOf(item)) ??
    guidLink(item) ??
    resolveLink(item.attrs.href, item.base)
  );
}

/**
 * An Atom id must be an absolute IRI; one written as a path (`/2026/03/story`) is a reference to
 * resolve against the base in scope, as its links are. Other ids are kept as written.
 */
function atomId(item: XElement): string | null {
  const el = first(item, ['atom:id']);
  const id = trimmed(el);
  if (!el || !id || !/^\.{0,2}\//.test(id)) return id;
  return resolveLink(id, el.base) ?? id;
}

function guidOf(item: XElement): string | null {
  return (
    trimmed(first(item, ['rss:guid'])) ??
    atomId(item) ??
    item.attrs['rdf:about']?.trim() ??
    trimmed(first(item, ['dc:identifier'])) ??
    null
  );
}

/** A person: an Atom person construct (its `<name>`), or a name written as text. */
function personOf(el: XElement): string | null {
  const name = elements(el).find((c) => c.name === 'name');
  return personName(name ? textContent(name) : textContent(el));
}

const people = (els: XElement[]): string[] => els.map(personOf).filter((n): n is string => n !== null);

/**
 * Authors: every dc:creator (or dc:author); else the Atom authors; else the first RSS or iTunes
 * author that names a person; else an Atom entry's source's authors; else (Atom) the feed's.
 */
function authorsOf(item: XElement, ctx: FeedContext, atom: boolean): string[] {
  const creators = people(all(item, ['dc:creator', 'dc:author']));
  if (creators.length) return creators;
  const atomAuthors = people(childrenNamed(item, 'atom', 'author'));
  if (atomAuthors.length) return atomAuthors;
  const named = people(all(item, ['rss:author', 'itunes:author'])).slice(0, 1);
  if (named.length) return named;
  const source = people(childrenNamed(childNamed(item, 'atom', 'source'), 'atom', 'author'));
  if (source.length) return source;
  return atom ? ctx.authors : [];
}

/** iTunes categories nest (`<itunes:category text="Technology"><itunes:category text="Gadgets"/>`). */
function itunesCategories(el: XElement): string[] {
  return childrenNamed(el, 'itunes', 'category').flatMap((c) => [
    c.attrs.text?.trim() ?? '',
    ...itunesCategories(c),
  ]);
}

/** Categories: RSS/Atom category (an Atom label before its term), dc:subject, iTunes and Media RSS categories. */
function categoriesOf(item: XElement): string[] {
  const core = all(item, ['rss:category', 'atom:category']).map(
    (c) => c.attrs.label?.trim() || c.attrs.term?.trim() || textContent(c),
  );
  const media = mediaScopes(item).flatMap((s) => childrenNamed(s, 'media', 'category').map(textContent));
  const subjects = all(item, ['dc:subject']).map(textContent);
  return [...core, ...subjects, ...itunesCategories(item), ...media]
    .map((c) => cleanInline(c) ?? '')
    .filter((c) => c !== '');
}

const IMAGE_EXT = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/** A Media RSS node, enclosure or link is an image when its medium, type or file name says so. */
function isImage(n: XElement, urlAttr = 'url'): boolean {
  const medium = n.attrs.medium?.toLowerCase();
  const type = n.attrs.type?.toLowerCase();
  if (medium) return medium === 'image';
  if (type) return type.startsWith('image/');
  return IMAGE_EXT.test(n.attrs[urlAttr] ?? '');
}

const lengthOf = (v: string | undefined): number | null => {
  const n = v ? Number(v.trim()) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
};

const enclosure = (url: string | null, type: string | undefined, length: string | undefined): Enclosure[] =>
  url ? [{ url, type: type?.trim() || null, length: lengthOf(length) }] : [];

/** Enclosures (RSS enclosure, Atom rel="enclosure", non-image Media RSS content) and the lead image. */
function mediaOf(item: XElement): { image: string | null; enclosures: Enclosure[] } {
  const contents = [item, ...childrenNamed(item, 'media', 'group')].flatMap((s) =>
    childrenNamed(s, 'media', 'content'),
  );
  const rssEnclosures = childrenNamed(item, 'rss', 'enclosure');
  const linkEnclosures = linksOf(item).filter((l) => relOf(l) === 'enclosure');
  const thumbnail = mediaScopes(item)
    .flatMap((s) => childrenNamed(s, 'media', 'thumbnail'))
    .find((t) => t.attrs.url);
  // iTunes images: `<itunes:image href>`, or the old `<itunes:link rel="image" href>`.
  const itunesImage =
    childNamed(item, 'itunes', 'image') ??
    childrenNamed(item, 'itunes', 'link').find((l) => relOf(l) === 'image');
  const imageNode = contents.find((n) => isImage(n));
  const image =
    (imageNode && resolveLink(imageNode.attrs.url, imageNode.base)) ??
    (thumbnail && resolveLink(thumbnail.attrs.url, thumbnail.base)) ??
    (itunesImage &&
      resolveLink(
        itunesImage.attrs.href ?? itunesImage.attrs.url ?? trimmed(itunesImage),
        itunesImage.base,
      )) ??
    firstImage(rssEnclosures, 'url') ??
    firstImage(linkEnclosures, 'href');

  return {
    image,
    enclosures: [
      ...rssEnclosures.flatMap((n) =>
        enclosure(resolveLink(n.attrs.url, n.base), n.attrs.type, n.attrs.length),
      ),
      ...linkEnclosures.flatMap((l) => enclosure(addressOf(l), l.attrs.type, l.attrs.length)),
      ...contents
        .filter((n) => !isImage(n))
        .flatMap((n) => enclosure(resolveLink(n.attrs.url, n.base), n.attrs.type, n.attrs.filesize)),
    ],
  };
}

function firstImage(nodes: XElement[], urlAttr: string): string | null {
  const n = nodes.find((x) => isImage(x, urlAttr));
  return n ? resolveLink(n.attrs[urlAttr], n.base) : null;
}

function entry(item: XElement, ctx: FeedContext, atom: boolean): EntryFields {
  const media = mediaOf(item);
  // CDF writes an item's last change as an attribute.
  const lastmod = item.attrs.lastmod;
  return {
    guid: guidOf(item),
    url: urlOf(item),
    title: titleOf(item),
    summary: summaryOf(item),
    content: contentOf(item),
    mediaDescription: textConstruct(mediaField(item, 'description'), 'guess'),
    authors: authorsOf(item, ctx, atom),
    published: dateOf(item, PUBLISHED) ?? dateOf(item, UPDATED) ?? firstDate([lastmod]),
    updated: dateOf(item, UPDATED) ?? firstDate([lastmod]),
    categories: categoriesOf(item),
    imageUrl: media.image,
    enclosures: media.enclosures,
    language: trimmed(first(item, ['dc:language'])) ?? item.lang ?? ctx.language,
    base: item.base,
  };
}

/** Feed-level metadata, as the FeedMeta of parseFeed. */
export interface XmlFeedMeta {
  title: string | null;
  link: string | null;
  description: string | null;
  language: string | null;
  updated: string | null;
}

/** The context entries inherit, and the feed's own metadata. */
export function feedContext(doc: XmlFeed): { ctx: FeedContext; meta: XmlFeedMeta } {
  const head = doc.head;
  const atom = doc.format === 'atom';
  const language =
    trimmed(first(head, ['rss:language', 'dc:language'])) ?? head.lang ?? doc.root.lang ?? null;
  const description = plain(
    firstText([
      [first(head, ['rss:description']), 'guess'],
      [first(head, ['atom:subtitle', 'atom:tagline']), 'text'],
      [first(head, ['dc:description', 'rss:abstract', 'itunes:summary', 'itunes:subtitle']), 'guess'],
    ]),
  );
  return {
    ctx: { base: head.base, language, authors: atom ? people(childrenNamed(head, 'atom', 'author')) : [] },
    meta: {
      title: titleOf(head),
      link: urlOf(head),
      description,
      language,
      updated: firstDate(
        all(head, ['atom:updated', 'atom:modified', 'rss:lastbuilddate', 'rss:pubdate', 'dc:date']).map(
          trimmed,
        ),
      ),
    },
  };
}

/** Every entry of an XML feed → EntryFields, in document order. */
export function xmlEntries(doc: XmlFeed, ctx: FeedContext): EntryFields[] {
  return doc.items.map((n) => entry(n, ctx, doc.format === 'atom'));
}
