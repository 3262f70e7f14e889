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

/** Name of the tag starting at `lt` (`<name` or `</name`), lower-cased, or null when it is not a tag. */
function tagAt(html: string, lt: number): { name: string; closing: boolean } | null {
  const closing = html.charCodeAt(lt + 1) === 47; // '/'
  const m = /^[A-Za-z][\w:-]{0,63}/.exec(html.slice(lt + (closing ? 2 : 1), lt + (closing ? 66 : 65)));
  return m ? { name: m[0].toLowerCase(), closing } : null;
}

/**
 * `html` with every opening tag deeper than `max` levels (and its closing tag) removed, and every
 * tag longer than MAX_TAG_CHARS; the text stays. Linear: one pass with indexOf, no backtracking patterns. Unchanged (the same
 * string) when the document never gets that deep, the normal case.
 */
export function capNesting(html: string, max = MAX_NESTING): string {
  const open: string[] = [];
  const skipped = new Map<string, number>();
  const cuts: Array<[number, number]> = [];
  let lastOpen = null as { name: string; lt: number; gt: number } | null;
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', lt + 1)) {
    const tag = tagAt(html, lt);
    if (!tag) continue;
    const gt = html.indexOf('>', lt);
    if (gt === -1) break;
    const { name } = tag;
    // A tag this long is garbage, and a class list of a million tokens overflows the DOM's stack.
    if (gt - lt > MAX_TAG_CHARS) {
      cuts.push([lt, gt + 1]);
      lt = gt;
      continue;
    }
    if (tag.closing) {
      const n = skipped.get(name) ?? 0;
      if (n > 0) {
        skipped.set(name, n - 1);
        cuts.push([lt, gt + 1]);
      } else {
        const at = open.lastIndexOf(name);
        if (at >= 0) open.length = at;
        // A closing tag with nothing to close: ignored by browsers, except that `</p>` makes an empty
        // paragraph (and `</br>` a break), thousands of which cost seconds to parse and extract.
        else cuts.push([lt, gt + 1]);
      }
    } else if (!VOID.has(name) && html.charCodeAt(gt - 1) !== 47) {
      if (SIBLING_CLOSED.has(name) && open[open.length - 1] === name) {
        open.pop();
        // `<p><p>`: the first one is empty and renders as nothing; thousands of them cost seconds.
        if (lastOpen?.name === name && html.slice(lastOpen.gt + 1, lt).trim() === '')
          cuts.push([lastOpen.lt, lastOpen.gt + 1]);
      }
      lastOpen = { name, lt, gt };
      if (open.length >= max) {
        skipped.set(name, (skipped.get(name) ?? 0) + 1);
        cuts.push([lt, gt + 1]);
      } else open.push(name);
    }
    lt = gt;
  }
  if (cuts.length === 0) return html;
  let out = '';
  let from = 0;
  for (const [a, b] of cuts) {
    out += html.slice(from, a);
    from = b;
  }
  return out + html.slice(from);
}

/** Stray `<` kept as text per document: each becomes a separate DOM text node when parsed. */
const MAX_STRAY_LT = 10_000;

/**
 * A `<` that cannot start a tag (HTML: not followed by a letter, `/`, `!` or `?`) is text and is
 * written as `&lt;`, which means the same. Past MAX_STRAY_LT of them the document is garbage (a
 * run of a million `<` takes seconds to parse, one text node each) and the rest are dropped.
 */
export function escapeStrayLt(html: string): string {
  let n = 0;
  return html.replace(/<(?![A-Za-z/!?])/g, () => (++n <= MAX_STRAY_LT ? '&lt;' : ''));
}

/** Markup made safe to build a DOM from: stray `<` escaped, nesting capped. */
export const tameMarkup = (html: string): string => capNesting(escapeStrayLt(html));
