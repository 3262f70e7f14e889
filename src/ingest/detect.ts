/** What a fetched document is, decided from its content first and its name or type second. */
export type DocumentKind = 'rss' | 'atom' | 'jsonfeed' | 'html' | 'text';

/**
 * What detection can also find: data that is no document we read (`binary`: an image, an archive),
 * an XML document whose root is no feed's and no page's (`xml`), JSON that is not a JSON Feed
 * (`json`), and nothing at all (`empty`: white space, or markup declarations with no element).
 */
export type DetectedKind = DocumentKind | 'binary' | 'xml' | 'json' | 'empty';

/** How much of the start of a document detection looks at. */
const SNIFF_BYTES = 8192;

/** UTF-16 or UTF-32 text: a byte-order mark, or markup's `<` beside zero bytes. */
function isWideText(bytes: Buffer): boolean {
  const [a, b, c] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  if (a === 0 && b === 0 && c === 0xfe) return true;
  return (a === 0x3c && b === 0) || (a === 0 && (b === 0x3c || (b === 0 && c === 0)));
}

/**
 * Binary data, not text: control characters (other than white space and the escape that some
 * East Asian encodings use) make up more than 3% of the first bytes. Text in any charset has
 * next to none; images, archives and compressed data have them every few dozen bytes. UTF-16 and
 * UTF-32 text (zero bytes throughout) is told by its byte-order mark or its first `<`.
 */
export function isBinary(bytes: Buffer): boolean {
  if (isWideText(bytes)) return false;
  const head = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const b of head) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b)
      controls++;
    else if (b === 0x7f) controls++;
  }
  return head.length > 0 && controls / head.length > 0.03;
}

/**
 * Server-side warnings printed before the XML declaration are common in the wild; when the text
 * does not start with markup but an XML declaration or feed root follows, start there.
 */
function skipLeadingJunk(head: string): string {
  if (head.startsWith('<') || head.startsWith('{')) return head;
  const at = head.search(/<\?xml\b|<(?:[\w.-]+:)?(?:rss|RDF|feed)[\s>]/);
  return at > 0 ? head.slice(at) : head;
}

/** The XML prolog: declaration, comments, processing instructions, a doctype (with its subset). */
const PROLOG = /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)*/i;

/** Local names of feed roots: RSS, RDF (RSS 0.9/1.0), Atom, CDF. Any prefix: `<r:rss xmlns:r=…>`. */
const FEED_ROOTS: Record<string, DocumentKind> = { rss: 'rss', rdf: 'rss', channel: 'rss', feed: 'atom' };
const PAGE_ROOTS = new Set(['html', 'head', 'body']);

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function detectKind(text: string, contentType: string | null, location: string): DetectedKind {
  const start = skipLeadingJunk(
    text
      .slice(0, SNIFF_BYTES)
      .replace(/^\uFEFF/, '')
      .trimStart(),
  );
  if (start === '') return 'empty';
  if (start.startsWith('{') || start.startsWith('[')) {
    if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(text.slice(0, 65536))) return 'jsonfeed';
    if (isJson(text.trim())) return 'json';
  }
  const prolog = PROLOG.exec(start)?.[0] ?? '';
  const root = /^<([A-Za-z_][\w.:-]*)/.exec(start.slice(prolog.length))?.[1];
  if (root) {
    const local = root.slice(root.indexOf(':') + 1).toLowerCase();
    const feed = FEED_ROOTS[local];
    if (feed) return feed;
    if (PAGE_ROOTS.has(local)) return 'html';
  }
  if (/^<!doctype\s+html/i.test(start) || /<html[\s>]/i.test(start.slice(0, 1024))) return 'html';
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('html')) return 'html';
  if ((type.includes('json') || /\.json$/i.test(location)) && start.startsWith('{')) return 'jsonfeed';
  if (/\.(html?|xhtml)$/i.test(location) && start.startsWith('<')) return 'html';
  // Declarations and comments with no element after them hold nothing to read.
  if (prolog !== '' && start.slice(prolog.length).trim() === '') return 'empty';
  // An XML document (it says so, or its root declares a namespace) whose root is no feed or page.
  if (
    root &&
    (prolog.startsWith('<?xml') || /^<[^>]*\sxmlns(?::[\w.-]+)?\s*=/.test(start.slice(prolog.length)))
  )
    return 'xml';
  return 'text';
}
