import iconv from 'iconv-lite';

const BOMS: [Buffer, string][] = [
  [Buffer.from([0xef, 0xbb, 0xbf]), 'utf-8'],
  [Buffer.from([0xff, 0xfe]), 'utf-16le'],
  [Buffer.from([0xfe, 0xff]), 'utf-16be'],
];

function charsetFromContentType(contentType: string | null): string | null {
  const m = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return m?.[1] ?? null;
}

/** Charset declared inside the document: an XML declaration or an HTML `<meta>`. */
function charsetFromDocument(head: string): string | null {
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

export interface DecodedDocument {
  text: string;
  charset: string;
}

/**
 * Bytes → text. Precedence follows the HTML and XML specs: a BOM wins, then the HTTP header, then
 * what the document declares, then UTF-8. Unknown charsets fall back to UTF-8 rather than failing.
 */
export function decodeDocument(bytes: Buffer, contentType: string | null = null): DecodedDocument {
  for (const [bom, charset] of BOMS) {
    if (bytes.subarray(0, bom.length).equals(bom)) {
      return { text: iconv.decode(bytes.subarray(bom.length), charset), charset };
    }
  }
  const head = bytes.subarray(0, 2048).toString('latin1');
  const declared = charsetFromContentType(contentType) ?? charsetFromDocument(head);
  const charset = declared && iconv.encodingExists(declared) ? declared.toLowerCase() : 'utf-8';
  return { text: iconv.decode(bytes, charset), charset };
}
