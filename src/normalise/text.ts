import { decodeHTML } from 'entities';

/**
 * Characters that print nothing inside a word: the soft hyphen (a hyphenation hint) and the zero-width
 * space and word joiner (break hints). Left in, they split a word for search, dedup and tagging
 * ("infor\u00admation" is not "information"). Zero-width (non-)joiners stay: they change how
 * letters join in Arabic-script and Indic text and how emoji combine.
 */
const INVISIBLE = /[\u00ad\u200b\u2060]/g;

/** `s` without soft hyphens and zero-width break hints. */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** An e-mail address standing as a word of its own (white space or the line's ends around it). */
export const EMAIL_WORD = /(?:^|\s)[^\s@]+@[^\s@]+\.\p{L}{2,}(?=\s|$)/u;

/** White space as `\s` matches it. */
export const isSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) ||
  c === 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/**
 * Collapse runs of white space (including no-break spaces' neighbours) to one space and trim;
 * invisible in-word characters (see stripInvisible) go too.
 */
export function collapseWhitespace(s: string): string {
  // A run of two or more, or one white-space character other than a space, a lone no-break space
  // or a lone ideographic space, becomes a space. The ideographic space is a character of CJK
  // text as an editor prints it (it parts a headline's clauses and sits inside a headline or name
  // as written), not layout: turned into a space, the text no longer matches its source. No
  // callback: this runs over whole pages, word by word.
  return stripInvisible(s)
    .replace(/\s{2,}|[^\S \u00a0\u3000]/g, ' ')
    .trim();
}

const DECIMAL_DIGIT = /\p{Nd}/u;
/** A decimal digit of a script other than ASCII's. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
const OTHER_DIGITS = /(?![0-9])\p{Nd}/gu;

/** The value of one decimal digit of any script: its place in its block of ten. */
function digitValue(c: string): string {
  let cp = c.codePointAt(0)!;
  let steps = 0;
  // Blocks of ten are contiguous and may adjoin (mathematical digits): count back to the run's start.
  while (steps < 50 && DECIMAL_DIGIT.test(String.fromCodePoint(cp - 1))) {
    cp -= 1;
    steps += 1;
  }
  return String(steps % 10);
}

/**
 * `s` with the decimal digits of every script ("۱۴", "১৪", "๑๔") as ASCII digits: dates, times
 * and counters have one shape whatever digits a page prints them in.
 */
export function asciiDigits(s: string): string {
  return OTHER_DIGIT.test(s) ? s.replace(OTHER_DIGITS, digitValue) : s;
}

/**
 * Decode HTML entities, twice when the source escaped them twice (`&amp;amp;`, `&amp;#8217;`),
 * which upstream feeds do more often than one would hope.
 */
export function decodeEntities(s: string): string {
  let out = decodeHTML(s);
  if (/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(out) && /&amp;(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(s)) {
    out = decodeHTML(out);
  }
  return out;
}

/** `html` with script/style/noscript elements and comments replaced by a space. Linear. */
function removeBlocks(html: string): string {
  const lower = html.toLowerCase();
  const open = /<(script|style|noscript)\b|<!--/g;
  // Where each kind's last closing tag is: an opening tag after it has none, without a rescan.
  const last = new Map<string, number>();
  let out = '';
  let from = 0;
  for (let m = open.exec(lower); m; m = open.exec(lower)) {
    const close = m[1] ? `</${m[1]}` : '-->';
    if (!last.has(close)) last.set(close, lower.lastIndexOf(close));
    if ((last.get(close) ?? -1) < m.index + m[0].length) continue; // unclosed: left to the tag pass
    const at = lower.indexOf(close, m.index + m[0].length);
    const end = m[1] ? lower.indexOf('>', at) + 1 || html.length : at + 3;
    out += `${html.slice(from, m.index)} `;
    from = end;
    open.lastIndex = end;
  }
  return out + html.slice(from);
}

/** Plain text from a fragment of HTML: tags dropped, block ends as spaces, entities decoded. */
export function htmlToPlainText(html: string): string {
  // Tags are `<…>` without a `<` inside: `[^>]*` would rescan to the end for every `<` of a long
  // run that has no `>` (quadratic). Code blocks and comments are cut with indexOf for the same reason.
  const withoutTags = removeBlocks(html)
    .replace(/<(?:br|\/p|\/div|\/li|\/h[1-6]|\/blockquote|\/tr)\b[^<>]*>/gi, ' ')
    .replace(/<[^<>]*>/g, '');
  return collapseWhitespace(decodeEntities(withoutTags));
}

/** The empty string becomes null; everything else is trimmed and collapsed. */
export function textOrNull(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = collapseWhitespace(s);
  return t === '' ? null : t;
}
