import { ELEMENT_NODE, HEADING_LEVELS, tagOf, TEXT_NODE, type DomElement, type DomNode } from '../dom.js';
import { collapseWhitespace, isSpace } from '../../text.js';

export const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  ...HEADING_LEVELS,
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'hr',
  'address',
  'details',
  'summary',
  'center',
]);

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'figure',
  'figcaption',
  'picture',
]);

/** One paragraph of text with the block element it came from. */
export interface Para {
  text: string;
  el: DomElement;
  /** Characters other than white space, in the whole paragraph and inside its links. */
  chars: number;
  linkChars: number;
}

/** Characters of `t` other than white space: lengths for ratios, without building strings. */
function visibleChars(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) if (!isSpace(t.charCodeAt(i))) n++;
  return n;
}

/**
 * Paragraphs in reading order: each block element ends a paragraph, `<br><br>` splits one, and
 * inline runs between blocks (text directly in a div) become paragraphs of their own.
 */
export function collectParagraphs(root: DomElement): Para[] {
  const out: Para[] = [];
  let buf = '';
  // Whether buf holds more than white space: a flag, since re-trimming a long inline run at
  // every text node is quadratic (a page of 100k inline elements took seconds).
  let bufHasText = false;
  let owner: DomElement = root;
  let brRun = 0;
  let inLink = 0;
  let chars = 0;
  let linkChars = 0;
  const flush = (): void => {
    const t = collapseWhitespace(buf.replace(/\u00a0/g, ' '));
    if (t) out.push({ text: t, el: owner, chars, linkChars });
    buf = '';
    bufHasText = false;
    chars = 0;
    linkChars = 0;
  };
  const walk = (node: DomNode, blockOwner: DomElement): void => {
    if (node.nodeType === TEXT_NODE) {
      const t = node.textContent ?? '';
      if (t.trim()) {
        if (!bufHasText) owner = blockOwner;
        bufHasText = true;
        brRun = 0;
        const n = visibleChars(t);
        chars += n;
        if (inLink > 0) linkChars += n;
      }
      buf += t;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as DomElement;
    const tag = tagOf(el);
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      brRun++;
      if (brRun >= 2) flush();
      else buf += ' ';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      brRun = 0;
    }
    if (tag === 'a') inLink++;
    // Siblings followed, not childNodes: linkedom builds a new array for each childNodes read.
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, block ? el : blockOwner);
    if (tag === 'a') inLink--;
    if (block) flush();
  };
  walk(root, root);
  flush();
  return out;
}
