import {
  all,
  first,
  closestTag,
  pageElements,
  someTagged,
  textLength,
  textLongerThan,
  tagOf,
  textOf,
  type DomDocument,
  type DomElement,
  type PageElements,
} from '../dom.js';
import { type Furniture, short } from './furniture.js';
import { cutTrailers, removeLabelledBoxes } from './trailers.js';
import { removeCommandRows, removeCounters, removeMarked } from './marked.js';

/**
 * Remove what is never article text and what the markup marks as furniture, before Readability
 * scores the page: a cleaner input keeps its choice on the article and its output clean.
 */
export function preClean(
  doc: DomDocument,
  keep: DomElement[],
  f: Furniture,
  page: PageElements = pageElements(doc),
): void {
  const protectedEl = (e: DomElement): boolean => keep.some((k) => e === k || e.contains(k));
  // Its passes share one list of the page's elements, listed again after a pass took something out.
  removeFormBoxes(page, f);
  removeCallouts(page, f);
  removeLabelledBoxes(doc, f, page);
  cutTrailers(page, f);
  removeCommandRows(page, f);
  removeCounters(page, f);
  if (removeMarked(page.every(), protectedEl, f)) page.changed();
}

/** Most text of a box around a form that is still the form's own (a pitch, a title, a notice). */
const FORM_BOX_MAX_CHARS = 400;

/** Boxes a callout is set in. */
const CALLOUT_TAGS: ReadonlySet<string> = new Set(['div', 'aside']);
/** Most characters of a callout's line: a notice or a plug, not a paragraph of the text. */
const CALLOUT_MAX_CHARS = 200;
/** A pictograph alone ("📻", "👉🏽"), with its joiners and variation selectors. */
const PICTOGRAPH_ONLY =
  /^\p{Extended_Pictographic}[\p{Extended_Pictographic}\p{M}\u200d\p{Emoji_Modifier}\s]*$/u;

/**
 * A callout card set between the paragraphs: a box of two elements, an icon (a pictograph alone)
 * and one short line ("💡 | This letter is free: pass it on"), as blog editors' callouts print it:
 * a word to the reader beside the text, a notice or a plug, not part of it.
 */
function removeCallouts(page: PageElements, f: Furniture): void {
  for (const box of page.tagged(CALLOUT_TAGS)) {
    if (box.children.length !== 2 || !box.parentNode) continue;
    const [icon, line] = [box.children[0]!, box.children[1]!];
    if (!PICTOGRAPH_ONLY.test(textOf(icon)) || first(line, 'p, div, ul, ol, h2, h3, h4')) continue;
    if (textLongerThan(line, CALLOUT_MAX_CHARS) || textOf(line) === '') continue;
    const beside = [box.previousElementSibling, box.nextElementSibling];
    if (!beside.some((b) => b !== null && tagOf(b) === 'p')) continue;
    f.dropped.push(short(textOf(box)));
    box.remove();
    page.changed();
  }
}

/** Longest pitch a sign-up box prints; a paragraph longer than this is the article's. */
const PITCH_MAX_CHARS = 200;
const holdsProseParagraph = (el: DomElement): boolean =>
  someTagged(el, 'p', (p) => textLength(p) > PITCH_MAX_CHARS);

/**
 * The box around a form or an e-mail field (a newsletter sign-up set in the text, a search or
 * comment box): its title and pitch go with the field, whatever the language or class names. The
 * box is the widest ancestor with little text that holds no headline and no paragraph of prose.
 */
function removeFormBoxes(page: PageElements, f: Furniture): void {
  if (removeButtonBoxes(page, f)) page.changed();
  for (const field of page.every().filter(isFormOrEmailField)) {
    // A form around the whole page (as some frameworks print one) is no sign-up box; a field of a
    // form taken out before it is out of the page.
    if (!field.parentNode || !closestTag(field, ['body'])) continue;
    if (textLongerThan(field, FORM_BOX_MAX_CHARS) || holdsProseParagraph(field)) continue;
    let box: DomElement = field;
    for (
      let p = box.parentElement;
      p && !['body', 'main', 'article'].includes(tagOf(p));
      p = p.parentElement
    ) {
      // The cheap bounded test first: the others read the whole of a large ancestor.
      if (textLongerThan(p, FORM_BOX_MAX_CHARS) || first(p, 'h1') || holdsProseParagraph(p)) break;
      box = p;
    }
    // A box holding a third of the page's text is the text (a short post above its comment form).
    const host = box.parentElement ? closestTag(box.parentElement, ['article', 'main', 'body']) : null;
    if (host && !textLongerThan(host, textLength(box) * 3 - 1)) box = field;
    const t = textOf(box);
    if (t) f.dropped.push(short(t));
    box.remove();
    page.changed();
  }
}

/**
 * What the selector `form, textarea, input[type="email"]` matches: a type attribute's value
 * compared in any letter case, as selector engines compare it in HTML. A textarea is a box to
 * write a comment or message in, found without its own form inside a form around the whole page.
 */
function isFormOrEmailField(el: DomElement): boolean {
  const tag = tagOf(el);
  if (tag === 'form' || tag === 'textarea') return true;
  const type = tag === 'input' ? el.getAttribute('type') : null;
  return type !== null && type.length === 5 && type.toLowerCase() === 'email';
}

/** Most text of a box of buttons with their question ("Was this page useful?" Yes / No). */
const BUTTON_BOX_MAX_CHARS = 200;

/**
 * Two buttons or more and the question or pitch they answer, with no list or heading among
 * them: a feedback or consent widget, not text. The box is the widest ancestor that holds
 * nothing else.
 */
function removeButtonBoxes(page: PageElements, f: Furniture): boolean {
  let removed = false;
  for (const button of page.named('button')) {
    const parent = button.parentElement;
    if (!parent?.parentNode || all(parent, 'button').length < 2) continue;
    let box: DomElement | null = null;
    for (
      let p: DomElement | null = parent;
      p && !['body', 'main', 'article'].includes(tagOf(p));
      p = p.parentElement
    ) {
      if (textLength(p) > BUTTON_BOX_MAX_CHARS || first(p, 'ul, ol, h1, h2, h3, h4, h5, h6, img')) break;
      box = p;
    }
    if (!box) continue;
    const t = textOf(box);
    if (t) f.dropped.push(short(t));
    box.remove();
    removed = true;
  }
  return removed;
}
