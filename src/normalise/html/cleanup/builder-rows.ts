import {
  first,
  linkDensity,
  pageElements,
  tagOf,
  textOf,
  type DomDocument,
  type DomElement,
  type PageElements,
} from '../dom.js';
import { BLOCK } from './paragraphs.js';

/** Depth below a row at which a site builder sets its text block (row › block › container › column › text). */
const MAX_ROW_DEPTH = 6;

/**
 * The one block deepest inside `row` that holds all its text, at least two levels down, or null:
 * a builder's row wraps each text block in several boxes of layout.
 */
function rowTextBlock(row: DomElement): DomElement | null {
  let cur = row;
  let depth = 0;
  while (depth < MAX_ROW_DEPTH) {
    const kids = Array.from(cur.children).filter((c) => textOf(c) !== '');
    if (kids.length !== 1 || !BLOCK.has(tagOf(kids[0]!))) break;
    cur = kids[0]!;
    depth++;
  }
  return depth >= 2 ? cur : null;
}

/**
 * A builder's row of text: no picture, few links, its text set in styled blocks and line breaks,
 * not in paragraphs (a page of paragraphs is read as one by the scoring already).
 */
const isTextRow = (row: DomElement): boolean =>
  textOf(row) !== '' && !first(row, 'img, picture, form, p') && linkDensity(row) < 0.3;

const ROW_TAGS = new Set(['div', 'section']);

/**
 * A builder's row's kind: its first class word ("rec" of "rec rec_pt_30 rec_pb_0"); the words
 * after it set each row's spacing, which differs from row to row.
 */
const rowKind = (row: DomElement | null): string | null =>
  row?.getAttribute('class')?.trim().split(/\s+/u)[0] || null;

/**
 * Site builders (Tilda and the like) print one story in several rows of the same class, each its
 * text block nested in boxes of layout: a subheading row, then a text row. The later rows' text
 * blocks are moved beside the first one's, so the text reads as one container.
 */
export function joinBuilderRows(doc: DomDocument, page: PageElements = pageElements(doc)): void {
  for (const row of page.tagged(ROW_TAGS)) {
    // A row joins only a next sibling of its kind: tested first, as it costs no text walk, and
    // most containers of a page have none (reading every container's text made this pass costly).
    const cls = rowKind(row);
    if (!cls || !row.parentNode || rowKind(row.nextElementSibling) !== cls) continue;
    if (!isTextRow(row)) continue;
    const prev = row.previousElementSibling;
    if (prev && rowKind(prev) === cls && isTextRow(prev)) continue;
    // The first row's text block is the only one of its box with text: what joins it goes last.
    const box = rowTextBlock(row)?.parentElement;
    if (!box) continue;
    for (let next: DomElement | null = row.nextElementSibling; next;) {
      const after: DomElement | null = next.nextElementSibling;
      // A row of its kind left empty (a widget whose data a script shows) is passed over.
      if (rowKind(next) === cls && textOf(next) === '' && !first(next, 'img, picture, iframe, video')) {
        next = after;
        continue;
      }
      if (rowKind(next) !== cls || !isTextRow(next)) break;
      const block = rowTextBlock(next);
      if (!block) break;
      box.appendChild(block);
      next.remove();
      page.changed();
      next = after;
    }
  }
}
