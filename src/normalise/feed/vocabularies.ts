/**
 * The namespaces a feed's elements are read by: each known namespace URI names a vocabulary,
 * whatever prefix the publisher bound it to (`<r:item xmlns:r="http://purl.org/rss/1.0/">` is an
 * RSS item). URIs are compared without case and without a trailing `/` or `#`, as publishers write
 * them either way.
 */
export type Vocabulary =
  'rss' | 'atom' | 'dc' | 'dcterms' | 'content' | 'media' | 'itunes' | 'feedburner' | 'xhtml' | 'rdf' | 'xml';

const NAMESPACES: Record<Vocabulary, string[]> = {
  // RSS 0.9 (Netscape), RSS 1.0, and the namespaces some RSS 0.9x/2.0 publishers declare.
  rss: [
    'http://my.netscape.com/rdf/simple/0.9/',
    'http://channel.netscape.com/rdf/simple/0.9/',
    'http://purl.org/rss/1.0/',
    'http://purl.org/rss/1.0/modules/rss091#',
    'http://backend.userland.com/rss',
    'http://backend.userland.com/rss2',
    'http://blogs.law.harvard.edu/tech/rss',
  ],
  // Atom 1.0 (RFC 4287) and Atom 0.3.
  atom: ['http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#'],
  dc: ['http://purl.org/dc/elements/1.1/'],
  dcterms: ['http://purl.org/dc/terms/'],
  content: ['http://purl.org/rss/1.0/modules/content/'],
  media: ['http://search.yahoo.com/mrss/'],
  itunes: ['http://www.itunes.com/dtds/podcast-1.0.dtd'],
  // A feed proxy that rewrites item links to its own redirects records each original here.
  feedburner: ['http://rssnamespace.org/feedburner/ext/1.0'],
  xhtml: ['http://www.w3.org/1999/xhtml'],
  rdf: ['http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  xml: ['http://www.w3.org/XML/1998/namespace'],
};

const key = (uri: string): string => uri.trim().toLowerCase().replace(/[/#]$/, '');

const BY_URI = new Map<string, Vocabulary>(
  (Object.entries(NAMESPACES) as [Vocabulary, string[]][]).flatMap(([vocab, uris]) =>
    uris.map((u): [string, Vocabulary] => [key(u), vocab]),
  ),
);

const CONVENTIONAL_PREFIXES = new Set<string>(Object.keys(NAMESPACES));

/** The vocabulary a namespace URI names, or null for one we do not read. */
export function vocabularyOf(uri: string): Vocabulary | null {
  return BY_URI.get(key(uri)) ?? null;
}

/**
 * A prefix used without a declaration (an ill-formed but common slip: `<dc:creator>` with no
 * `xmlns:dc`) is read as the vocabulary it conventionally stands for.
 */
export function vocabularyOfUndeclaredPrefix(prefix: string): Vocabulary | null {
  const p = prefix.toLowerCase();
  return CONVENTIONAL_PREFIXES.has(p) ? (p as Vocabulary) : null;
}
