import { isSpace } from './text.js';

/**
 * A cap on markup nesting depth, applied before a document is parsed into a DOM. Pages nested
 * thousands of levels deep (by accident or on purpose) make tree walks quadratic and recursive
 * code overflow its stack; browsers also stop nesting at a fixed depth (Blink: 512) and attach
 * deeper elements to the last allowed ancestor, which is what dropping the extra tags does here.
 * 128 is far above real article markup (one page in 181 of a real-world sample goes deeper) and
 * keeps Readability's per-level text walks (quadratic in depth) well under a second.
 */
export const MAX_NESTING = 128;

/** Longest tag kept (name and attributes): real pages' longest are inline JSON props, well below. */
const MAX_TAG_CHARS = 100_000;

/** Elements that never have content, so never add a level. */
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/** Elements a sibling of the same name closes implicitly (`<p>a<p>b`): not a new level. */
const SIBLING_CLOSED = new Set('p li dt dd option tr td th'.split(' '));
/**
 * Headings: a heading opened while another is the current element closes it in browsers (HTML
 * tree construction), but the DOM library nests them, and a page of a thousand unclosed `<h1>`
 * became one heading holding the page a hundred times over (seconds in every text walk).
 */
const HEADING = new Set('h1 h2 h3 h4 h5 h6'.split(' '));
/** Elements whose content is text to the tokenizer: a `<body>` in a script is not a tag. */
const RAW_TEXT = new Set(
  'script style textarea title xmp iframe noembed noframes noscript plaintext'.split(' '),
);
/**
 * Whether the body of the raw-text element `name` (its tag at [lt, gt]) is read by no stage: a
 * style sheet, or a script other than JSON-LD (parsed by the metadata reader). Such a body never
 * reaches the tree: an element's text would otherwise include the code (an ad call read as a
 * byline beside it), and each is a text node the parser builds for nothing.
 */
function unreadBody(html: string, name: string, lt: number, gt: number): boolean {
  if (name === 'style') return true;
  return name === 'script' && !/\stype\s*=\s*["']?\s*application\/ld\+json/i.test(html.slice(lt, gt));
}
/** A document has one of each: browsers ignore a second start tag (and a `<head>` after `<body>`). */
const DOCUMENT_TAGS = new Set(['html', 'head', 'body']);

/** Where a `<svg>` or `<math>` starts foreign content, in which `<x/>` closes itself; these reopen HTML. */
const FOREIGN = new Set(['svg', 'math']);
const INTEGRATION = new Set('mi mo mn ms mtext annotation-xml foreignobject desc title'.split(' '));

/** Whether the innermost open element is in foreign content (the HTML parser's rule for `/>`). */
function inForeignContent(open: readonly string[]): boolean {
  for (let i = open.length - 1; i >= 0; i--) {
    const name = open[i] ?? '';
    if (FOREIGN.has(name)) return true;
    if (INTEGRATION.has(name)) return false;
  }
  return false;
}

/**
 * Index of the `>` ending the tag that starts at `lt`, skipping quoted attribute values as the
 * HTML tokenizer does (a `>` or `/>` inside a value does not end the tag); -1 when none.
 */
export function tagEnd(html: string, lt: number): number {
  for (let i = lt + 1; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 62) return i; // '>'
    if (c !== 61) continue; // '='
    let v = i + 1;
    while (v < html.length && /\s/.test(html.charAt(v))) v++;
    const q = html.charCodeAt(v);
    if (q === 34 || q === 39) {
      const close = html.indexOf(q === 34 ? '"' : "'", v + 1);
      if (close === -1) return -1;
      i = close;
    } else i = v - 1;
  }
  return -1;
}

/** Name of the tag starting at `lt` (`<name` or `</name`), lower-cased, or null when it is not a tag. */
function tagAt(html: string, lt: number): { name: string; closing: boolean } | null {
  const closing = html.charCodeAt(lt + 1) === 47; // '/'
  const start = lt + (closing ? 2 : 1);
  // A loop, not a pattern on a slice: this runs for every tag of the page.
  if (!isAsciiLetter(html.charCodeAt(start))) return null;
  let end = start + 1;
  while (end < start + 64 && end < html.length && isNameChar(html.charCodeAt(end))) end++;
  return { name: html.slice(start, end).toLowerCase(), closing };
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** `[\w:-]`: a letter, digit, underscore, colon or hyphen. */
const isNameChar = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 58) || c === 95 || c === 45;

/** ASCII letters compared without case: what a tag name's letters are. */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * Index of the next `</name` from `from`, its letters in any case, or -1. Compared in place: the
 * lower-cased copy of a whole page costs more than the rest of the scan when it holds any
 * character beyond Latin-1 (a curly quote).
 */
function closingTagAt(html: string, name: string, from: number, strays: boolean): number {
  for (let at = html.indexOf('</', from); at !== -1; at = html.indexOf('</', at + 2)) {
    // A stray `</name;` is text once escaped, not this closing tag.
    if (strays && isStrayLt(html, at)) continue;
    let i = 0;
    while (i < name.length && lowerAscii(html.charCodeAt(at + 2 + i)) === name.charCodeAt(i)) i++;
    if (i === name.length) return at;
  }
  return -1;
}

/** The elements open at a point of the scan, and the opening tags cut whose closing tags must go too. */
class OpenElements {
  readonly stack: string[] = [];
  readonly #skipped = new Map<string, number>();

  /** An opening tag was cut: its closing tag will be cut as well. */
  skip(name: string): void {
    this.#skipped.set(name, (this.#skipped.get(name) ?? 0) + 1);
  }

  /**
   * A closing tag: 'cut' when it belongs to a cut opening tag, 'closed' when it closes an open
   * element (and whatever was left open inside it), 'unmatched' when there is nothing to close.
   */
  close(name: string): 'cut' | 'closed' | 'unmatched' {
    const n = this.#skipped.get(name) ?? 0;
    if (n > 0) {
      this.#skipped.set(name, n - 1);
      return 'cut';
    }
    const at = this.stack.lastIndexOf(name);
    if (at < 0) return 'unmatched';
    this.stack.length = at;
    return 'closed';
  }
}

/** `text` with each [from, to) replaced by its text (removed when none); edits in document order. */
function applyEdits(text: string, edits: ReadonlyArray<readonly [number, number, string?]>): string {
  if (edits.length === 0) return text;
  let out = '';
  let from = 0;
  for (const [a, b, replacement = ''] of edits) {
    out += text.slice(from, a) + replacement;
    from = b;
  }
  return out + text.slice(from);
}

/**
 * `html` with every opening tag deeper than `max` levels (and its closing tag) removed, and every
 * tag longer than MAX_TAG_CHARS; the text stays. A heading opened inside a heading closes it first,
 * and a second `<html>`, `<head>` or `<body>` is dropped, as in browsers (a body nested in a body
 * sends Readability into an endless loop). Linear: one pass with indexOf, no backtracking
 * patterns. Unchanged (the same string) when the document never gets that deep, the normal case.
 */
export function capNesting(html: string, max = MAX_NESTING): string {
  return capNestingCounted(html, max).html;
}

/**
 * capNesting, also counting the elements the DOM will hold (opening tags kept). With `strays`
 * (the positions of the stray `<`, see isStrayLt), it reads `html` as escapeStrayLt would have
 * written it and writes those escapes in the same pass: one copy of the page instead of two.
 */
function capNestingCounted(
  html: string,
  max = MAX_NESTING,
  strays: readonly number[] | null = null,
): { html: string; elements: number } {
  let count = 0;
  const elements = new OpenElements();
  const open = elements.stack;
  // Edits in document order: replace html[from, to) with text (a cut when there is none).
  const cuts: Array<[number, number, string?]> = [];
  let lastOpen = null as { name: string; lt: number; gt: number } | null;
  const documentTags = new Set<string>();
  let seenDoctype = false;
  // Where the text before the current `<` starts: just past the last tag, comment or raw element.
  let textFrom = 0;
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', lt + 1)) {
    // Comments hold no tags (a commented-out `<body>` is not one).
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close === -1) break;
      if (open[open.length - 1] === 'head' && isBlank(html, textFrom, lt)) cuts.push([textFrom, lt]);
      lt = close + 2;
      textFrom = lt + 1;
      continue;
    }
    // Outside SVG and MathML, `<![CDATA[` opens a bogus comment that the next `>` ends, and a
    // DOCTYPE after the first is ignored: so browsers read them. The DOM library reads the first
    // as CDATA up to `]]>` (or the end of the page) and keeps the second, and the tree it built
    // from both sent Readability into an endless loop. Both are cut.
    let bogus = false;
    if (html.startsWith('<![CDATA[', lt)) bogus = !inForeignContent(open);
    else if (html.charCodeAt(lt + 1) === 33 && /^<!doctype/i.test(html.slice(lt, lt + 9))) {
      bogus = seenDoctype;
      seenDoctype = true;
    }
    if (bogus) {
      const gt = html.indexOf('>', lt);
      cuts.push([lt, gt === -1 ? html.length : gt + 1]);
      if (gt === -1) break;
      lt = gt;
      textFrom = gt + 1;
      continue;
    }
    if (strays && isStrayLt(html, lt)) continue;
    const tag = tagAt(html, lt);
    if (!tag) continue;
    const gt = tagEnd(html, lt);
    if (gt === -1) break;
    const { name } = tag;
    // White space before a head's own element (void or raw text, none with text of its own to
    // run into) or its closing tag: a text node each, which nothing reads or shows.
    const headOwn = tag.closing ? name === 'head' : VOID.has(name) || RAW_TEXT.has(name);
    if (headOwn && open[open.length - 1] === 'head' && isBlank(html, textFrom, lt)) cuts.push([textFrom, lt]);
    if (!tag.closing && RAW_TEXT.has(name) && html.charCodeAt(gt - 1) !== 47) {
      // Its content is text up to its own closing tag: the element is a leaf, kept as it is, and
      // the scan goes on after its closing tag.
      const close = closingTagAt(html, name, gt + 1, strays !== null);
      if (close === -1) break;
      const closeEnd = html.indexOf('>', close);
      if (closeEnd === -1) break;
      if (close > gt + 1 && unreadBody(html, name, lt, gt)) cuts.push([gt + 1, close]);
      count++;
      lt = closeEnd;
      textFrom = closeEnd + 1;
      continue;
    }
    // A tag this long is garbage, and a class list of a million tokens overflows the DOM's stack.
    // Its length as escaped: each stray `<` in it is written as four characters.
    if (gt - lt + (strays ? 3 * countWithin(strays, lt, gt) : 0) > MAX_TAG_CHARS) {
      cuts.push([lt, gt + 1]);
      lt = gt;
      textFrom = gt + 1;
      continue;
    }
    if (!tag.closing && DOCUMENT_TAGS.has(name)) {
      const repeated = documentTags.has(name) || (name === 'head' && documentTags.has('body'));
      documentTags.add(name);
      if (repeated) {
        cuts.push([lt, gt + 1]);
        lt = gt;
        textFrom = gt + 1;
        continue;
      }
    }
    if (tag.closing) {
      // A closing tag with nothing to close: ignored by browsers, except that `</p>` makes an empty
      // paragraph (and `</br>` a break), thousands of which cost seconds to parse and extract.
      if (elements.close(name) !== 'closed') cuts.push([lt, gt + 1]);
    } else if (VOID.has(name) || (html.charCodeAt(gt - 1) === 47 && inForeignContent(open))) {
      count++;
    } else {
      if (SIBLING_CLOSED.has(name) && open[open.length - 1] === name) {
        open.pop();
        // `<p><p>`: the first one is empty and renders as nothing; thousands of them cost seconds.
        if (lastOpen?.name === name && html.slice(lastOpen.gt + 1, lt).trim() === '')
          cuts.push([lastOpen.lt, lastOpen.gt + 1]);
      }
      const current = open[open.length - 1];
      if (HEADING.has(name) && current !== undefined && HEADING.has(current)) {
        open.pop();
        cuts.push([lt, lt, `</${current}>`]);
      }
      lastOpen = { name, lt, gt };
      if (open.length >= max) {
        elements.skip(name);
        cuts.push([lt, gt + 1]);
      } else {
        open.push(name);
        count++;
      }
    }
    lt = gt;
    textFrom = gt + 1;
  }
  return { html: applyEdits(html, strays ? withEscapes(cuts, strays) : cuts), elements: count };
}

/** Whether html[from, to) is some HTML white space (space, tab, line break) and nothing else. */
function isBlank(html: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = html.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) return false;
  }
  return true;
}

/** How many of the sorted positions `at` lie strictly between `from` and `to`. */
function countWithin(at: readonly number[], from: number, to: number): number {
  return firstAtOrAfter(at, to) - firstAtOrAfter(at, from + 1);
}

/** Index of the first of the sorted positions `at` that is `pos` or later (binary search). */
function firstAtOrAfter(at: readonly number[], pos: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The cuts with each stray `<` written as `&lt;` merged in, in document order; a stray inside a
 * cut goes with it, as it would have when escaped first and cut after.
 */
function withEscapes(
  cuts: ReadonlyArray<readonly [number, number, string?]>,
  strays: readonly number[],
): Array<readonly [number, number, string?]> {
  const out: Array<readonly [number, number, string?]> = [];
  let s = 0;
  for (const cut of cuts) {
    for (; s < strays.length && (strays[s] ?? 0) < cut[0]; s++) out.push(strayEdit(strays[s] ?? 0));
    // Strays the cut removes (an attribute value's `<` in a tag cut for depth).
    while (s < strays.length && (strays[s] ?? 0) < cut[1]) s++;
    out.push(cut);
  }
  for (; s < strays.length; s++) out.push(strayEdit(strays[s] ?? 0));
  return out;
}

const strayEdit = (at: number): readonly [number, number, string] => [at, at + 1, '&lt;'];

/** Stray `<` kept as text per document: each becomes a separate DOM text node when parsed. */
const MAX_STRAY_LT = 10_000;

/**
 * A `<` that cannot start a tag (HTML: not followed by a letter, `/`, `!` or `?`, or a tag name
 * that runs into a stray character) is text and is written as `&lt;`. Past MAX_STRAY_LT of them the document is garbage (a
 * run of a million `<` takes seconds to parse, one text node each) and the rest are dropped.
 */
export function escapeStrayLt(html: string): string {
  const parts: string[] = [];
  let from = 0;
  for (const lt of strayPositions(html)) {
    parts.push(html.slice(from, lt), parts.length / 2 < MAX_STRAY_LT ? '&lt;' : '');
    from = lt + 1;
  }
  return parts.length === 0 ? html : parts.join('') + html.slice(from);
}

/** Positions of the stray `<` of `html` (see isStrayLt), in order. */
function strayPositions(html: string): number[] {
  const out: number[] = [];
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', lt + 1))
    if (isStrayLt(html, lt)) out.push(lt);
  return out;
}

/** `[\w:.-]`: a character of a tag name as the stray-`<` rule reads it. */
const isLooseNameChar = (c: number): boolean => isNameChar(c) || c === 46;

/**
 * Whether the `<` at `lt` is text: followed by none of a letter, `/`, `!` or `?`, or starting a tag
 * name (`/` and a letter, or a letter) that runs into a character no element name has (`<b<textarea
 * &#xd800;<h1 …>` is one element to the HTML parser, and such names sent Readability into an
 * endless loop). A loop over the name, not a pattern: the page's every `<` is tested.
 */
function isStrayLt(html: string, lt: number): boolean {
  const next = html.charCodeAt(lt + 1);
  if (next === 33 || next === 63) return false; // `<!`, `<?`
  let at = next === 47 ? lt + 2 : lt + 1; // `</`
  if (!isAsciiLetter(html.charCodeAt(at))) return next !== 47;
  for (at++; at < html.length && isLooseNameChar(html.charCodeAt(at)); at++);
  if (at >= html.length) return false;
  const end = html.charCodeAt(at);
  return end !== 47 && end !== 62 && !isSpace(end);
}

/** Markup made safe to build a DOM from: stray `<` escaped, nesting capped. */
export const tameMarkup = (html: string): string => capNesting(escapeStrayLt(html));

/**
 * tameMarkup, also counting the elements the DOM will hold: escaping and capping in one pass over
 * the page, and one copy of it (a page is often a megabyte of scripts). Past MAX_STRAY_LT stray
 * `<` (garbage, whose extra ones are dropped, not escaped) it is the two passes one after the other.
 */
export function tameMarkupCounted(html: string): { html: string; elements: number } {
  const strays = strayPositions(html);
  if (strays.length > MAX_STRAY_LT) return capNestingCounted(escapeStrayLt(html));
  return capNestingCounted(html, MAX_NESTING, strays.length > 0 ? strays : null);
}

/**
 * Element depth kept in an XML feed. Feed structure is a handful of levels (rss › channel › item ›
 * media:group › media:content); markup in text elements has become CDATA by then. A document
 * nested deeper is broken or hostile: a million unclosed `<a>` took the XML parsers seconds per try.
 */
export const MAX_XML_NESTING = 64;

/** End of the markup construct starting at `lt` that is not an element tag, or -1 when it is a tag. */
function xmlNonTagEnd(xml: string, lt: number): number {
  if (xml.startsWith('<![CDATA[', lt)) return endOf(xml, ']]>', lt + 9);
  if (xml.startsWith('<!--', lt)) return endOf(xml, '-->', lt + 4);
  const next = xml.charCodeAt(lt + 1);
  if (next === 33 || next === 63) return endOf(xml, '>', lt + 2); // `<!…>`, `<?…?>`
  return -1;
}

/** Index just past the next `close` from `from`, or the end of the text when there is none. */
function endOf(text: string, close: string, from: number): number {
  const at = text.indexOf(close, from);
  return at === -1 ? text.length : at + close.length;
}

/**
 * XML text with every element deeper than `max` levels, or with a tag longer than MAX_TAG_CHARS,
 * removed (its tags; the text stays). CDATA,
 * comments and processing instructions are passed over. Linear; the same string when the
 * document never gets that deep.
 */
export function capXmlNesting(xml: string, max = MAX_XML_NESTING): string {
  const elements = new OpenElements();
  const cuts: Array<[number, number]> = [];
  for (let lt = xml.indexOf('<'); lt !== -1; lt = xml.indexOf('<', lt + 1)) {
    const end = xmlNonTagEnd(xml, lt);
    if (end !== -1) {
      lt = end - 1;
      continue;
    }
    const tag = tagAt(xml, lt);
    if (!tag) continue;
    const gt = xml.indexOf('>', lt);
    if (gt === -1) break;
    const { name } = tag;
    // A tag this long is garbage (an attribute of a megabyte), which the XML parsers build a
    // character at a time: dropped with its element's closing tag; its text stays.
    if (gt - lt > MAX_TAG_CHARS) {
      if (!tag.closing && xml.charCodeAt(gt - 1) !== 47) elements.skip(name);
      cuts.push([lt, gt + 1]);
      lt = gt;
      continue;
    }
    if (tag.closing) {
      // An unmatched closing tag is left for the XML parsers' own repair.
      if (elements.close(name) === 'cut') cuts.push([lt, gt + 1]);
    } else if (xml.charCodeAt(gt - 1) !== 47) {
      if (elements.stack.length >= max) {
        elements.skip(name);
        cuts.push([lt, gt + 1]);
      } else elements.stack.push(name);
    }
    lt = gt;
  }
  return applyEdits(xml, cuts);
}
