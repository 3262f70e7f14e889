/** What a fetched document is, decided from its content first and its name or type second. */
export type DocumentKind = 'rss' | 'atom' | 'jsonfeed' | 'html' | 'text';

/**
 * Server-side warnings printed before the XML declaration are common in the wild; when the text
 * does not start with markup but an XML declaration or feed root follows, start there.
 */
function skipLeadingJunk(head: string): string {
  if (head.startsWith('<') || head.startsWith('{')) return head;
  const at = head.search(/<\?xml\b|<(?:rss|(?:[\w.-]+:)?RDF|(?:[\w.-]+:)?feed)[\s>]/);
  return at > 0 ? head.slice(at) : head;
}

export function detectKind(text: string, contentType: string | null, location: string): DocumentKind {
  const head = skipLeadingJunk(
    text
      .slice(0, 4096)
      .replace(/^\uFEFF/, '')
      .trimStart(),
  );
  if (head.startsWith('{')) {
    if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(text.slice(0, 65536))) return 'jsonfeed';
  }
  // Skip the XML declaration, comments, processing instructions and a doctype to find the root.
  const root =
    /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)*<([A-Za-z][\w.:-]*)/i.exec(
      head,
    );
  const rootName = root?.[1]?.toLowerCase();
  if (rootName) {
    if (rootName === 'rss' || rootName === 'rdf:rdf' || rootName.endsWith(':rdf')) return 'rss';
    if (rootName === 'feed' || rootName.endsWith(':feed')) return 'atom';
    if (rootName === 'html' || rootName === 'head' || rootName === 'body') return 'html';
  }
  if (/^<!doctype\s+html/i.test(head) || /<html[\s>]/i.test(head.slice(0, 1024))) return 'html';
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('html')) return 'html';
  if ((type.includes('json') || /\.json$/i.test(location)) && head.startsWith('{')) return 'jsonfeed';
  if (/\.(html?|xhtml)$/i.test(location) && head.startsWith('<')) return 'html';
  return 'text';
}
