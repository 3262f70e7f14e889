import type { NormalisedItem, RelatedLink } from '../../model/item.js';
import { emptyEntities } from '../../model/item.js';
import { ParseError } from '../../errors/index.js';
import { absoluteUrl, escapeHtml, sanitizeContent } from '../content.js';
import {
  collectParagraphs,
  extractHeadlessRelated,
  extractColumnTitleLists,
  extractTrailingTitleLists,
  extractFooterTitleLists,
  extractRelated,
  storyBox,
  isFurnitureLine,
  isTimesRow,
  removeSetApartLabelLines,
  repeatsHeadlineLead,
  joinBuilderRows,
  narrowToArticle,
  preClean,
  removePictureBoxes,
  unmarkTextSubheadings,
  type Furniture,
  type Para,
} from './cleanup/index.js';
import {
  all,
  first,
  closestTag,
  elementCount,
  linkDensity,
  MAX_TEXT_DEPTH,
  pageElements,
  parseDocument,
  shortTextOf,
  styledApart,
  tagOf,
  TEXT_NODE,
  ELEMENT_NODE,
  textOf,
  trimAndScan,
  type DomDocument,
  type DomElement,
  type DomNode,
} from './dom.js';
import { elementReader, readerPick } from './reader.js';
import { closingSignature, markEndAligned, signedLines } from './signature.js';
import { isFurnitureText, pickGivesWay, scorePage, type PageDensity } from './density.js';
import { CLOCK_ONLY } from '../../language/clock.js';
import { CLOCK_TIME, readMetadata, type PageMeta } from './metadata/index.js';
import { EMAIL_WORD } from '../text.js';

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Elements beyond which Readability is not run: its scoring re-reads subtrees per candidate and
 * costs seconds on a page of ten thousand elements. The largest of 181 real news pages has 1,200
 * left when Readability runs (after narrowing and cleanup); past the limit the cleaned body is used.
 */
const MAX_READABILITY_ELEMENTS = 5000;
/**
 * Elements beyond which a page is refused: every stage walks the DOM, and cost grows with the
 * element count and bytes (a 2.3 MB page of 38,000 elements took ten seconds on a busy two-core
 * machine, where the fuzz run allows two). The largest of 181 real news pages has 1,587 elements,
 * but real pages with a mega-menu, a long comment thread or navigation boxes pass 10,000, which
 * refused them; 20,000 keeps such pages within that budget.
 */
const MAX_PAGE_ELEMENTS = 20_000;
/**
 * Text beyond which Readability is not run either. When its first pass finds too little, it
 * re-serialises and re-parses the page for each retry, and linkedom's serialiser writes every
 * quote, `&`, `<`, `>` and no-break space in text as an entity that its parser then makes a text
 * node of its own. The largest of 181 real news pages has 90,000 characters of text, 218 of them
 * such; a text dump served as HTML has hundreds of thousands.
 */
const MAX_READABILITY_TEXT = 300_000;
const MAX_READABILITY_ESCAPED = 10_000;

/** Characters of `text` that an HTML serialiser (linkedom's) writes as entities. */
function escapedCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39 || c === 38 || c === 60 || c === 62 || c === 0xa0) n++;
  }
  return n;
}

/** What Readability's limits read of a body's text, in one walk and without building it. */
interface BodyText {
  /** Length of its textContent (text and CDATA nodes). */
  chars: number;
  /** Characters of it that linkedom's serialiser escapes (escapedCount). */
  escaped: number;
  /** Its text depth weight (see MAX_TEXT_DEPTH), counted from 1 at the body. */
  weight: number;
}

const CDATA_NODE = 4;

function bodyText(body: DomElement): BodyText {
  const out: BodyText = { chars: 0, escaped: 0, weight: 0 };
  const stack: Array<[DomNode, number]> = [[body, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === ELEMENT_NODE) stack.push([c, depth + 1]);
      else if (c.nodeType === TEXT_NODE || c.nodeType === CDATA_NODE) {
        const t = c.textContent ?? '';
        out.chars += t.length;
        out.escaped += escapedCount(t);
        if (c.nodeType === TEXT_NODE) out.weight += t.length * depth;
      }
    }
  }
  return out;
}

/**
 * Text weighted by depth (see MAX_TEXT_DEPTH) beyond which Readability is not run: it reads the
 * text of every element it visits, once per pass, so its cost grows with this weight. The largest
 * of 181 real news pages weighs 760,000 when Readability runs.
 */
const MAX_READABILITY_WEIGHT = 3_000_000;

/**
 * Run Readability on the (already cleaned) document and get its chosen element back: null when
 * it gives up, 'skipped' when the page is too large to run it on. It strips the document as it
 * scores it, so after a null what is left of the page has lost the very text it could not score.
 */
function readabilityPick(doc: DomDocument): DomElement | null | 'skipped' {
  // Counted here: Readability's own maxElemsToParse counts with getElementsByTagName('*'),
  // which finds nothing in linkedom.
  if (elementCount(doc) > MAX_READABILITY_ELEMENTS) return 'skipped';
  const text = doc.body ? bodyText(doc.body) : { chars: 0, escaped: 0, weight: 0 };
  if (text.chars > MAX_READABILITY_TEXT || text.escaped > MAX_READABILITY_ESCAPED) return 'skipped';
  if (text.weight > MAX_READABILITY_WEIGHT) return 'skipped';
  try {
    return readerPick(elementReader(doc));
  } catch {
    return null;
  }
}

/** A year, written out or as the two digits of a numeric date ("12.05.26"). */
const YEAR = /\b(?:19|20)\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d\d\b/;
const DAY_YEAR = /\b\d{1,2}(?:st|nd|rd|th)?\.?,?\s+(?:\p{L}+\.?,?\s+)?(?:19|20)\d\d\b/u;

/** A dateline of the page header ("March 3, 2026 at 6:00 a.m. EST · Updated …"), not prose. */
function isDateLine(p: Para): boolean {
  const t = p.text;
  if (CLOCK_ONLY.test(t)) return true;
  // A live entry's stamp: a <time> and a few words ("12:40 · 8 minutes ago"), no sentence.
  if (t.split(' ').length <= 6 && !/[.!?»”"]$/.test(t) && /\p{Nd}/u.test(t) && first(p.el, 'time'))
    return true;
  if (t.length > 120 || !YEAR.test(t)) return false;
  if (first(p.el, 'time') && t.length < 120) return true;
  const words = t.split(' ').length;
  return (
    words <= 16 &&
    (DAY_YEAR.test(t) || CLOCK_TIME.test(t)) &&
    !/[.!?»”"]$/.test(t.replace(/\b(?:a|p)\.m\.$/i, ''))
  );
}

const TAGS_LABEL =
  /^(?:tags?|tagged(?: with)?|topics|keywords|schlagwörter|stichwörter|themen|étiquettes|mots-clés|etiquetas|temas|argomenti|trefwoorden|tagi|теги|метки|темы)\s*:?\s/i;
const UPDATED_LINE =
  /^(?:updated|last updated|aktualisiert|mis à jour|actualizado|aggiornato|bijgewerkt|обновлено)\b[^.]{0,40}\d{1,2}[:.]\d\d/i;

/** Characters of a pager's line at most: two or three story titles. */
const PAGER_MAX_CHARS = 240;

/**
 * "‹ Older story  Newer story ›": two links or more and nothing else, ending in no sentence's
 * mark — a pager to the stories either side, not the text's own paragraph.
 */
function isPager(p: Para, t: string): boolean {
  if (t.length > PAGER_MAX_CHARS || /[.!?…:;]$/u.test(t)) return false;
  // Bounded read first: the paragraph's element may be a container of the whole page.
  if (shortTextOf(p.el, t.length + 5) === null || all(p.el, 'a').length < 2) return false;
  return linkDensity(p.el) >= 0.95;
}

/** An arrow pointing back, opening a link's text ("« Back to news", "← All posts"). */
const BACK_ARROW = /^[←‹«⟵]/u;
/** Words of a line back to the listing at most, its link and a command beside it ("Print"). */
const BACK_LINE_MAX_WORDS = 8;

/**
 * "« Back to news | Print": a short line opening with a link whose text starts with an arrow
 * pointing back, ending in no sentence's mark — the way back to the listing, not the text.
 */
function isBackLine(p: Para, t: string): boolean {
  if (!BACK_ARROW.test(t) || t.split(' ').length > BACK_LINE_MAX_WORDS || /[.!?…]$/u.test(t)) return false;
  const link = first(p.el, 'a');
  return link !== null && BACK_ARROW.test(textOf(link)) && t.startsWith(textOf(link));
}

/**
 * Link furniture: a short all-link line repeated down the page (share bars), a "Tags:" line of
 * links, an "Updated at 1:23 p.m." stamp. `n` is the paragraph's normalised text.
 */
function isLinkFurniture(p: Para, n: string, counts: Map<string, number>): boolean {
  const t = p.text;
  if (t.length <= 60 && UPDATED_LINE.test(t)) return true;
  if (isPager(p, t) || isBackLine(p, t)) return true;
  // The text tests first: the DOM reads below cost more, and most paragraphs fail both tests.
  const tagsLine = TAGS_LABEL.test(t);
  if (!tagsLine && !((counts.get(n) ?? 0) >= 2 && t.split(' ').length <= 8)) return false;
  // Bounded read: the paragraph's element may be a container of the whole page.
  const own = shortTextOf(p.el, t.length + 5) !== null;
  if (!own) return false;
  return linkDensity(p.el) >= (tagsLine ? 0.5 : 0.9);
}

/**
 * Drop paragraphs that repeat the header (headline, dek, byline, caption), are furniture lines,
 * or come from a furniture box of the page (`density`: an author box, a footer, teasers).
 */
function filterParagraphs(paras: Para[], meta: PageMeta, f: Furniture, density: PageDensity | null): Para[] {
  const repeats = new Set(
    [
      meta.title,
      meta.summary,
      meta.byline,
      meta.section,
      meta.sectionLine,
      meta.image?.caption,
      meta.image?.credit,
    ]
      .filter((x): x is string => !!x)
      .map(norm),
  );
  const texts = paras.map((p) => norm(p.text));
  const site = meta.siteName && meta.siteName.length >= 4 ? norm(meta.siteName) : null;
  const firstAuthor = meta.byline?.split(/\s+(?:and|und|et|y|e|и)\s+|,\s*/)[0] ?? null;
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  const kept: Para[] = [];
  paras.forEach((p, i) => {
    // Normalised once: on a megabyte of text each extra pass costs a tenth of a second.
    const n = texts[i] ?? '';
    let drop =
      n === '' ||
      repeats.has(n) ||
      isFurnitureLine(p.text) ||
      isDateLine(p) ||
      isLinkFurniture(p, n, counts) ||
      (density !== null && isFurnitureText(density, p.text)) ||
      isTimesRow(p.text) ||
      (/^h[2-6]$/u.test(tagOf(p.el)) && repeatsHeadlineLead(p.text, meta.title));
    // The site promoting itself: a short line naming it that is no sentence ("More news from the
    // region on Example Daily", "Join the Example Daily channel").
    if (
      !drop &&
      site &&
      p.text.split(' ').length <= 12 &&
      n.includes(site) &&
      !/[.!?»”"]$/.test(p.text) &&
      !/^h\d$/.test(tagOf(p.el)) &&
      (styledApart(p.el) || p.linkChars >= p.chars * 0.8)
    )
      drop = true;
    // A credit line ("Written by A - Reviewed by B") repeats the byline inside a short line.
    if (
      !drop &&
      meta.byline &&
      p.text.length < 200 &&
      n.includes(norm(meta.byline)) &&
      n !== norm(meta.byline)
    ) {
      drop = !/[.!?»”"]$/.test(p.text);
    }
    // A pull quote repeats a sentence of another paragraph.
    if (
      !drop &&
      closestTag(p.el, ['blockquote']) &&
      texts.some((t, j) => j !== i && t.length > n.length && t.includes(n))
    ) {
      drop = true;
    }
    // An author box at the end starts with the author's name ("Dana Whitfield covers …").
    if (
      !drop &&
      firstAuthor &&
      i >= paras.length - 3 &&
      p.text.startsWith(`${firstAuthor} `) &&
      p.text.length < 300
    ) {
      drop = true;
    }
    // A sign-off closing the text: a short line of a name, a role and an e-mail address, no sentence.
    if (
      !drop &&
      i >= paras.length - 2 &&
      p.text.split(/\s+/).length <= 6 &&
      EMAIL_WORD.test(p.text) &&
      !/[.!?»”"]$/.test(p.text)
    ) {
      drop = true;
    }
    if (drop) {
      if (n) f.dropped.push(p.text.length > 80 ? `${p.text.slice(0, 77)}…` : p.text);
      return;
    }
    kept.push(p);
  });
  return kept;
}

/**
 * "記者林怡君／台中報導", "本报记者 王强 报道": a Chinese paper's reporter line opening the text —
 * the role word, the names, where from and the word for "reports". The names, or null.
 */
const REPORTER_LINE =
  /^(?:\p{Lo}{0,4}(?:記者|记者))\s*(\p{Lo}{2,4}(?:[、，\s]\p{Lo}{2,4}){0,3})\s*(?:[／/]\s*\p{Lo}{1,8}?)?\s*(?:報導|报道|報道)?$/u;

/** The reporter's line opening the text: read only when the header named no author. */
function openingReporterLine(kept: Para[]): { para: Para; names: string } | null {
  const first = kept[0];
  const m = first && first.text.length <= 40 ? REPORTER_LINE.exec(first.text) : null;
  return first && m?.[1] ? { para: first, names: m[1] } : null;
}

/** A phone number (seven digits or more, spaced or dashed) or an e-mail address. */
const CONTACT = /(?:\+?\d[\d\s().-]{6,}\d)|\S@\S+\.\S/;

/**
 * The site's closing call for news tips ("Seen something? Message us on 0100 200 300."): the
 * last paragraph, set apart in italics or bold or printed outside the box of the text before it,
 * opening with a short question and giving a phone number or address. A police appeal in the
 * text's own type and box stays.
 */
function closingTipCall(kept: Para[]): Para | null {
  const [before, last] = kept.slice(-2);
  if (!last || !before || kept.length < 3 || tagOf(last.el) !== 'p' || last.text.length > 200) return null;
  const q = /^[^.!?]{3,40}\?\s/u.exec(last.text);
  if (!q || !CONTACT.test(last.text.slice(q[0].length))) return null;
  return styledApart(last.el) || outsideTextBox(last.el, before.el) ? last : null;
}

/**
 * Is `el` printed after the box that holds the text before it (the template's line under the
 * story's text box, beside its share row), not in that box?
 */
function outsideTextBox(el: DomElement, before: DomElement): boolean {
  const box = before.parentElement;
  return (
    box !== null && box !== el.parentElement && !box.contains(el) && el.parentElement?.contains(box) === true
  );
}

/** Words of a list's or a box's heading at most ("Other news of the section"). */
const CLOSING_HEADING_MAX_WORDS = 6;
/** Its characters at most: a script without spaces writes a paragraph as one "word". */
const CLOSING_HEADING_MAX_CHARS = 48;

/**
 * A heading with nothing under it: the last block, a few words without a sentence's end, a link
 * or a list item's place, right after a paragraph that ends like one. A subheading has text under
 * it; this one headed a list or a box the page's furniture took away.
 */
function closingHeading(kept: Para[]): Para | null {
  const [before, last] = kept.slice(-2);
  if (!last || !before || kept.length < 3 || last.linkChars > 0) return null;
  if (['li', 'td', 'dd', 'dt'].includes(tagOf(last.el))) return null;
  const t = last.text;
  const words = t.split(/\s+/u).filter(Boolean).length;
  const short = words <= CLOSING_HEADING_MAX_WORDS && t.length <= CLOSING_HEADING_MAX_CHARS;
  const heading = short && /^\p{L}/u.test(t) && !/[\p{P}\p{S}]$/u.test(t);
  return heading && /[.!?…。！？।]["'”’»)」』]?$/u.test(before.text) ? last : null;
}

/** Whether `el`'s parent shows nothing besides `el`: no other text, no image. Reads siblings only. */
function onlyVisibleChild(el: DomElement): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c === el) continue;
    if (c.nodeType === TEXT_NODE) {
      if ((c.textContent ?? '').trim() !== '') return false;
    } else if (c.nodeType === ELEMENT_NODE) {
      const sib = c as DomElement;
      if (tagOf(sib) === 'img' || first(sib, 'img') || shortTextOf(sib, 0) === null) return false;
    }
  }
  return true;
}

/**
 * Remove the elements of dropped paragraphs so the published HTML matches `body`. Linear in the
 * page: kept paragraphs' ancestors are collected once, and wrappers are judged by their other
 * children, not by re-reading their whole text for every paragraph (seconds on a big page).
 */
function pruneDom(root: DomElement, paras: Para[], kept: Para[]): void {
  const keptEls = new Set(kept.map((p) => p.el));
  const holdsKept = new Set<DomElement>();
  for (const k of kept)
    for (let a = k.el.parentElement; a && !holdsKept.has(a); a = a.parentElement) holdsKept.add(a);
  for (const p of paras) {
    if (keptEls.has(p.el) || p.el === root || holdsKept.has(p.el)) continue;
    if (!p.el.parentNode) continue;
    // Take empty wrappers (a pull quote's blockquote) with the paragraph, never one with a picture.
    let gone: DomElement = p.el;
    if (!first(gone, 'img'))
      while (gone.parentElement && gone.parentElement !== root && onlyVisibleChild(gone))
        gone = gone.parentElement;
    gone.remove();
  }
}

function leadFigureHtml(meta: PageMeta): string {
  const img = meta.image;
  if (!img?.url) return '';
  const cap = [img.caption, img.credit ? `© ${img.credit}` : null].filter(Boolean).join(' ');
  return (
    `<figure><img src="${escapeHtml(img.url)}" alt="${escapeHtml(img.caption ?? '')}">` +
    (cap ? `<figcaption>${escapeHtml(cap)}</figcaption>` : '') +
    '</figure>'
  );
}

/**
 * Between the headline and the lead figure sit the kicker, dek, byline, dates and share bar:
 * header furniture, removed so Readability cannot keep it. Prose-sized blocks are left alone.
 */
function removeHeaderRange(meta: PageMeta): void {
  const h = meta.headline;
  const fig = meta.leadFigure;
  if (!h || !fig) return;
  let a: DomElement = h;
  while (a.parentElement && !a.parentElement.contains(fig)) a = a.parentElement;
  const doomed: DomElement[] = [];
  let s = a.nextElementSibling;
  for (; s && s !== fig && !s.contains(fig); s = s.nextElementSibling) {
    if (textOf(s).length > 300 || all(s, 'p').some((p) => textOf(p).length > 150) || readsAsProse(s))
      continue;
    doomed.push(s);
  }
  // No figure after the headline (it came first): there is no range, and nothing goes.
  if (s) for (const d of doomed) d.remove();
}

/**
 * Short labels printed before the headline in its own box (a section link, a "Live" badge, a
 * kicker): header furniture too, never the start of the text.
 */
function removeLabelsAbove(meta: PageMeta): void {
  const h = meta.headline;
  const box = h?.parentElement;
  if (!h || !box || ['body', 'main', 'article'].includes(tagOf(box))) return;
  for (let s = h.previousElementSibling; s;) {
    const prev = s.previousElementSibling;
    if (textOf(s).length <= 60 && !s.querySelector('img, picture, amp-img') && !readsAsProse(s)) s.remove();
    s = prev;
  }
}

/**
 * A paragraph of prose left in the headline's box (a `<header>` holding the title and the text's
 * first paragraph) opens the text that follows the box: it is moved to the start of that text, so
 * Readability, which keeps the text's container and not the header beside it, keeps it too.
 */
function joinOpeningParagraph(box: DomElement): void {
  if (['body', 'main', 'article'].includes(tagOf(box))) return;
  const opening = Array.from(box.children).filter((c) => readsAsProse(c));
  if (opening.length === 0) return;
  let text = box.nextElementSibling;
  while (text && !first(text, 'p')) text = text.nextElementSibling;
  if (!text || ['aside', 'nav', 'footer'].includes(tagOf(text))) return;
  const opener = first(text, 'p');
  const at = opener?.parentElement === text ? opener : text.firstChild;
  for (const p of opening) text.insertBefore(p, at);
}

/** A short paragraph of prose (an intro sentence), not header furniture: several words and a full stop. */
function readsAsProse(el: DomElement): boolean {
  const t = textOf(el);
  return tagOf(el) === 'p' && t.split(' ').length >= 8 && /[.!?…»”"]$/.test(t);
}

/** A page whose text sits too deep for its size is broken markup that would take seconds to walk. */
function refuseUnboundedNesting(weight: number): void {
  if (weight > MAX_TEXT_DEPTH)
    throw new ParseError(
      `refused: the HTML page's markup is broken, its text nested too deep for its size ` +
        `(${weight} characters × depth, limit ${MAX_TEXT_DEPTH})`,
    );
}

/** The related titles' links made absolute; only web links are kept (no script: or fragment links). */
function relatedLinks(f: Furniture, base: string | null): RelatedLink[] {
  const out: RelatedLink[] = [];
  for (const title of f.related) {
    const href = f.relatedHrefs.get(title);
    const url = href ? absoluteUrl(href, base) : null;
    if (url && /^https?:/i.test(url)) out.push({ title, url });
  }
  return out;
}

/**
 * Readability drops the first heading that shares most of its words with the page title, taking it
 * for the headline: with the headline removed, that was the text's first subheading ("Why only on
 * weekdays?" under "The tram is back, but only on weekdays"). A bare copy of the title at the top
 * stands in for it to drop; the body's filter drops it too, as a repeat of the title, should it stay.
 */
function placeTitleDecoy(doc: DomDocument, title: string): void {
  if (!doc.body) return;
  const decoy = doc.createElement('h1');
  decoy.textContent = title;
  doc.body.insertBefore(decoy, doc.body.firstChild);
}

interface PreparedPage {
  doc: DomDocument;
  meta: PageMeta;
  f: Furniture;
}

/** Parse the page, read its metadata and clean away what is never article text. */
function preparePage(html: string, url: string | null): PreparedPage {
  const doc = parseDocument(html, MAX_PAGE_ELEMENTS);
  // One walk of the page trims it and lists its elements for both readers below (neither changes it).
  const { weight, scan } = trimAndScan(doc);
  refuseUnboundedNesting(weight);
  const meta = readMetadata(doc, url, scan);
  markEndAligned(scan);
  const f: Furniture = { related: [], relatedHrefs: new Map(), dropped: [] };
  const linkOrder = linkPositions(scan.byTag.get('a') ?? []);
  // Read while the headline is in place: the list is found by where it stands from it.
  extractHeadlessRelated(doc, meta.headline, f);
  const story = storyBox(meta.headline);
  // The header pieces live in metadata now; take them out so Readability cannot keep them.
  removeHeaderRange(meta);
  removeLabelsAbove(meta);
  const titleBox = meta.headline?.parentElement ?? null;
  for (const el of [meta.headline, ...meta.headerBits, meta.leadFigure]) if (el?.parentNode) el.remove();
  if (titleBox) joinOpeningParagraph(titleBox);
  // Related lists are read before narrowing: blogs and magazines print them just after the
  // article element, which narrowing cuts away with the rest of the page.
  // From here the stages share one list of the page's elements, listed again after a change: a
  // stage that takes something out says so, and the next one to read the list walks the page anew.
  const cleaned = pageElements(doc);
  extractRelated(doc, f, meta.section, cleaned);
  extractTrailingTitleLists(story, f, meta.byline, cleaned);
  extractFooterTitleLists(story, f, cleaned);
  extractColumnTitleLists(story, meta.headline, f, cleaned);
  narrowToArticle(doc, cleaned);
  preClean(doc, [], f, cleaned);
  removeSetApartLabelLines(cleaned, f);
  joinBuilderRows(doc, cleaned);
  removePictureBoxes(doc, cleaned);
  unmarkTextSubheadings(doc, cleaned);
  if (meta.headline && meta.title) placeTitleDecoy(doc, meta.title);
  return { doc, meta, f: { ...f, related: inPageOrder(f.related, linkOrder) } };
}

/** Each link text's first place among the page's links (`links`, in page order), read before anything is taken out. */
function linkPositions(links: readonly DomElement[]): Map<string, number> {
  const at = new Map<string, number>();
  links.forEach((a, i) => {
    const t = textOf(a);
    if (t && !at.has(t)) at.set(t, i);
  });
  return at;
}

/**
 * Related titles in the order the page prints them: each kind of list is read in a pass of its
 * own, so an inline read-on line in the text would otherwise follow the list under it. A title
 * whose link is not found keeps its place after the one before it.
 */
function inPageOrder(titles: string[], at: Map<string, number>): string[] {
  let last = -1;
  const keyed = titles.map((title) => {
    last = at.get(title) ?? cardLinkPosition(title, at) ?? last;
    return { title, key: last };
  });
  return keyed.sort((a, b) => a.key - b.key).map((k) => k.title);
}

/**
 * A card's link holds its title and more (a date, a teaser line): the first link whose text
 * opens with the title.
 */
function cardLinkPosition(title: string, at: Map<string, number>): number | undefined {
  for (const [text, i] of at) if (text.startsWith(title)) return i;
  return undefined;
}

/** Whole-page density of the cleaned page, or null when it has no body. */
const densityOf = (doc: DomDocument): PageDensity | null => (doc.body ? scorePage(doc.body) : null);

/** The best container by whole-page density, or the body when no container is worth anything. */
const densestRoot = (doc: DomDocument, density: PageDensity | null): DomElement | null =>
  density?.best ?? doc.body;

/** A list item typed as a paragraph: a hyphen-minus and a space before its text ("- Item"). */
const TYPED_LIST_MARK = /^-\s+(?=\S)/u;

/**
 * "<p>- First item</p><p>- Second item</p>": a list typed by hand as paragraphs, each opening with
 * a hyphen and a space. Two such paragraphs in a row or more are a list, and a list item is its
 * text without the mark. A lone one stays as printed (a quotation a dash opens; those are written
 * with an en or em dash, which this leaves alone).
 */
function withoutTypedListMarks(paras: string[]): string[] {
  const marked = paras.map((t) => TYPED_LIST_MARK.test(t));
  return paras.map((t, i) =>
    marked[i] && (marked[i - 1] || marked[i + 1]) ? t.replace(TYPED_LIST_MARK, '') : t,
  );
}

/** Normalise one HTML article page into the item shape. Pure and synchronous. */
export function normaliseHtmlArticle(html: string, opts: { url: string | null }): NormalisedItem {
  let page = preparePage(html, opts.url);
  // Scored before Readability runs: it takes the page apart as it goes.
  let density = densityOf(page.doc);
  const pick = readabilityPick(page.doc);
  let root: DomElement | null;
  let paras: Para[];
  if (pick === 'skipped') {
    root = densestRoot(page.doc, density);
    paras = root ? collectParagraphs(root) : [];
  } else {
    paras = pick ? collectParagraphs(pick) : [];
    root = pick;
    // Readability gave up, or chose a footer, an author box or a teaser list over the article:
    // the best container stands in, taken from a fresh copy of the page Readability has stripped.
    // Preparing the page again on these few pages costs less than copying every page before
    // Readability runs (measured: 5-10% fewer pages/s on the extraction benchmark).
    if (!pick || (density && pickGivesWay(density, paras))) {
      page = preparePage(html, opts.url);
      density = densityOf(page.doc);
      root = densestRoot(page.doc, density);
      paras = root ? collectParagraphs(root) : [];
    }
  }
  const { meta, f } = page;
  const kept = filterParagraphs(paras, meta, f, density);
  const reporter = meta.byline === null ? openingReporterLine(kept) : null;
  if (reporter) {
    kept.shift();
    f.dropped.push(reporter.para.text);
  }
  const signature = meta.byline === null && !reporter ? closingSignature(kept) : null;
  if (signature) {
    kept.pop();
    f.dropped.push(signature.para.text);
  }
  const signed = meta.byline === null && !reporter && !signature ? signedLines(kept) : null;
  if (signed) {
    kept.splice(kept.length - signed.paras.length);
    f.dropped.push(...signed.paras.map((p) => p.text));
  }
  const tipCall = closingTipCall(kept);
  if (tipCall) {
    kept.pop();
    f.dropped.push(tipCall.text);
  }
  const heading = closingHeading(kept);
  if (heading) {
    kept.pop();
    f.dropped.push(heading.text);
  }
  if (root) pruneDom(root, paras, kept);
  const base = meta.url ?? opts.url;
  const contentHtml = sanitizeContent(leadFigureHtml(meta) + (root ? root.innerHTML : ''), base);

  return {
    guid: null,
    url: meta.url ?? opts.url,
    title: meta.title,
    section: meta.section,
    summary: meta.summary,
    byline: meta.byline ?? reporter?.names ?? signature?.name ?? signed?.name ?? null,
    published: meta.published,
    updated: meta.updated,
    image: meta.image && (meta.image.url || meta.image.caption || meta.image.credit) ? meta.image : null,
    body: withoutTypedListMarks(kept.map((p) => p.text)),
    related: f.related,
    relatedLinks: relatedLinks(f, meta.url ?? opts.url),
    categories: meta.categories,
    topics: [],
    entities: emptyEntities(),
    contentHtml,
    enclosures: [],
    language: meta.language,
    dropped: [...new Set(f.dropped)].slice(0, 50),
  };
}
