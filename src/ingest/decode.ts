import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';

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

/** UTF-16 without a BOM still starts with `<` (or `{`) next to a zero byte. */
function utf16WithoutBom(bytes: Buffer): string | null {
  if (bytes.length < 4) return null;
  if (bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be';
  return null;
}

/** True when the bytes are well-formed UTF-8 and contain at least one multi-byte sequence. */
function looksLikeUtf8(bytes: Buffer): boolean {
  let multi = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return false;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return false;
    }
    i += len - 1;
    multi = true;
  }
  return multi;
}

/**
 * Whether undeclared bytes are read as UTF-8: plain ASCII, or well-formed UTF-8. Node's own strict
 * check first (native, and what nearly every page is): bytes it passes also pass the looser scan,
 * which is left for the rare page it rejects (a surrogate or overlong form it lets through).
 */
export const readsAsUtf8 = (bytes: Buffer): boolean =>
  isUtf8(bytes) || looksLikeUtf8(bytes) || isAscii(bytes);

/**
 * Labels browsers treat as windows-1252 (WHATWG Encoding): publishers who say Latin-1 or ASCII
 * routinely send curly quotes and euro signs from the 0x80–0x9F range.
 */
const WINDOWS_1252_LABELS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
  'cp1252',
]);

function normaliseLabel(label: string): string {
  const l = label.toLowerCase();
  return WINDOWS_1252_LABELS.has(l) ? 'windows-1252' : l;
}

/**
 * Bytes in `charset` as text. UTF-8 is decoded by Buffer itself, several times faster than
 * iconv-lite's decoder and the same text (both put U+FFFD for each bad sequence); iconv-lite
 * also drops a leading byte-order mark, and so does this.
 */
function decode(bytes: Buffer, charset: string): string {
  if (charset !== 'utf-8' && charset !== 'utf8') return iconv.decode(bytes, charset);
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface DecodedDocument {
  text: string;
  charset: string;
}

/**
 * The charset of bytes that declare none and are not UTF-8, as a statistical detector guesses it
 * (jschardet, a port of Mozilla's universal detector: KOI8-R, windows-1251, Shift_JIS, Big5…);
 * windows-1252 when it has no guess iconv can decode.
 */
function guessCharset(bytes: Buffer): string {
  const guess = jschardet.detect(bytes.subarray(0, 65536)).encoding;
  const label = guess ? normaliseLabel(guess) : null;
  // Wide encodings were ruled out by their byte-order mark and zero bytes already.
  const wide = label !== null && /^utf-?(?:16|32)/.test(label);
  return label && !wide && iconv.encodingExists(label) ? label : 'windows-1252';
}

/**
 * Bytes → text. Precedence follows the HTML and XML specs: a BOM wins, then the HTTP header, then
 * what the document declares, then UTF-8. Two repairs for what is found in the wild: a document
 * declared as a single-byte Western charset whose bytes are in fact valid UTF-8 is read as UTF-8,
 * and an undeclared document that is not valid UTF-8 is read in the charset a detector finds
 * rather than as replacement characters. Unknown charsets fall back to UTF-8 rather than failing.
 */
export function decodeDocument(bytes: Buffer, contentType: string | null = null): DecodedDocument {
  for (const [bom, charset] of BOMS) {
    if (bytes.subarray(0, bom.length).equals(bom)) {
      return { text: decode(bytes.subarray(bom.length), charset), charset };
    }
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: iconv.decode(bytes, utf16), charset: utf16 };
  const head = bytes.subarray(0, 2048).toString('latin1');
  const declared = charsetFromContentType(contentType) ?? charsetFromDocument(head);
  const label = declared ? normaliseLabel(declared) : null;
  if (label && iconv.encodingExists(label)) {
    const misdeclared = label === 'windows-1252' && looksLikeUtf8(bytes);
    const charset = misdeclared ? 'utf-8' : label;
    return { text: decode(bytes, charset), charset };
  }
  const charset = readsAsUtf8(bytes) ? 'utf-8' : guessCharset(bytes);
  return { text: decode(bytes, charset), charset };
}
