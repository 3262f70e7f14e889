/**
 * The standfirst: the summary printed under the headline, or the intro that repeats the description.
 */
import { isDateLine } from '../../text/dates.js';
import {
  all,
  closestTag,
  type DomElement,
  first,
  firstUnder,
  linkDensity,
  roleWords,
  scanTags,
  scanTagsUnder,
  scanUnder,
  styledApart,
  tagOf,
  textOf,
} from '../dom.js';
import { opensParagraphRun } from './dates.js';
import { relIsAuthor } from './headline.js';
import { articleScope, letters, type MetaPage, proseWidth } from './page.js';

const DEK_ROLE =
  /^(?:dek|deck|standfirst|subtitle|subheadline|subhead|summary|lede|lead|intro|teaser|description|descr|excerpt|strapline|strap|sapo|chapo|chapeau|abstract|synopsis|tagline)$/;

/** Class words that name a summary outright, unlike "lead" or "intro", which also mark a first paragraph. */
const SUMMARY_ROLE = /^(?:summary|standfirst|dek|deck|abstract|excerpt|chapo|chapeau|sapo|strapline)$/;

/** Does the markup call this element a standfirst (class, id, itemprop or a data-*name)? */
function isDekRole(e: DomElement): boolean {
  const extra = Array.from(
    { length: 1 },
    () => e.getAttribute('data-gu-name') ?? e.getAttribute('data-component') ?? '',
  );
  return [...roleWords(e), ...extra.flatMap((x) => x.toLowerCase().split(/[\s_-]+/))].some((w) =>
    DEK_ROLE.test(w),
  );
}

/** The markup calls this block, or the one element it wraps, a standfirst. */
export function dekMarked(e: DomElement): boolean {
  const inner = e.children.length === 1 ? e.children[0] : undefined;
  return isDekRole(e) || (inner !== undefined && isDekRole(inner));
}

/** The first block of a wrapper (through nested divs) when it is a heading, else the wrapper. */
function leadingBlock(e: DomElement): DomElement {
  let cur = e;
  for (let i = 0; i < 4 && ['div', 'section', 'header', 'hgroup'].includes(tagOf(cur)); i++) {
    const first = cur.children[0];
    if (!first) return e;
    // A wrapper that opens with a paragraph is the text's; one that opens with a heading may hold the subtitle.
    if (['h2', 'h3'].includes(tagOf(first))) return first;
    cur = first;
  }
  return e;
}

/** Words of the poster's name in a "Posted by … on <date>" line. */
const POSTER_MAX_WORDS = 3;

/** A short word in lower case: a language's "by", "on" or "at". */
const SMALL_WORD = /^\p{Ll}{1,4}$/u;

/**
 * "Posted by admin on 12 March 2026 at 08:30", "Posted on 12 March 2026 by admin", in any
 * language: a word, a short one in lower case, then a name of one to three words and another short
 * word before a whole date, or a whole date and a short word before the name. A blog's meta line
 * under the headline, no standfirst: a sentence does not end on a bare date or a bare name.
 */
function isPostedLine(t: string): boolean {
  const w = t.split(/\s+/u);
  if (w.length < 4 || !/^\p{L}/u.test(w[0]!) || !SMALL_WORD.test(w[1]!)) return false;
  for (let k = 1; k <= POSTER_MAX_WORDS && 3 + k < w.length; k++) {
    // The name, the short word, the date.
    if (SMALL_WORD.test(w[2 + k]!) && isDateLine(w.slice(3 + k).join(' '))) return true;
    // The date, the short word, the name.
    const at = w.length - k - 1;
    if (at > 2 && SMALL_WORD.test(w[at]!) && isDateLine(w.slice(2, at).join(' '))) return true;
  }
  return false;
}

/** What a standfirst never holds: a date, a picture, a line break (a byline's name and role). */
const NOT_IN_DEK: ReadonlySet<string> = new Set(['time', 'figure', 'img', 'amp-img', 'br']);

export function printedDek(group: DomElement, h: DomElement): DomElement | null {
  const after: DomElement[] = [];
  let cur: DomElement | null = h;
  // Walk forward from the headline (climbing out of wrappers) over a few siblings.
  for (let depth = 0; cur && depth < 3 && after.length < 5; depth++) {
    let sib: DomElement | null = cur.nextElementSibling;
    while (sib && after.length < 5) {
      // A wrapper that opens with a heading (a subtitle boxed with the byline row):
      // its first block comes right after the headline too.
      const lead = leadingBlock(sib);
      if (lead !== sib) after.push(lead);
      after.push(sib);
      sib = sib.nextElementSibling;
    }
    cur =
      cur.parentElement && group.contains(cur.parentElement) && cur.parentElement !== group
        ? cur.parentElement
        : null;
  }
  for (const [i, e] of after.entries()) {
    const t = textOf(e);
    // A word of three letters, their vowel signs counted with them: a script that writes every
    // vowel as a mark over or under its consonant (Thaana) never sets three letters in a row.
    if (t.length < 30 || t.length > 500 || !/\p{L}[\p{L}\p{M}]{2}/u.test(t)) continue;
    if (['figure', 'picture'].includes(tagOf(e))) continue;
    if (firstUnder(e, (d) => NOT_IN_DEK.has(tagOf(d)) || relIsAuthor(d)) || linkDensity(e) > 0.5) continue;
    // A date line set apart in bold ("Published: 02.11.2025 17:40") dates the post; it sums up nothing.
    if (all(e, 'p').length > 1 || isPostedLine(t) || isDateLine(t)) continue;
    const inner = e.children.length === 1 ? e.children[0] : undefined;
    if (isDekRole(e) || (inner && isDekRole(inner))) return e;
    if (t.length > 350 || opensParagraphRun(e)) continue;
    // Unlabelled: a heading or paragraph right after the headline, or a block set in italics or
    // bold of its own among the first few (past a byline or date line).
    if (i === 0 && (tagOf(e) === 'h2' || (tagOf(e) === 'p' && !typedAsText(e)))) return e;
    if (i === 0 && (boxOfOneParagraph(e) || bareTextBoxApart(e))) return e;
    if (i <= 2 && styledApart(e)) return e;
  }
  return null;
}

/** A sentence's last mark, perhaps inside a closing quote: prose, not a label's line ("Date: 4 May"). */
const SENTENCE_CLOSE = /[.!?…。！？।][»"”’)]?\s*$/u;

/**
 * A box of bare text (no element inside) right after the headline whose next block is not one
 * too: a hand-made page's standfirst, over its byline line. A run of such boxes is a page that
 * sets its whole text so, its first box the lead paragraph; a line of a label and a date, or of
 * page furniture, ends with no sentence's mark.
 */
function bareTextBoxApart(e: DomElement): boolean {
  if (!FIELD_BOX_TAGS.has(tagOf(e)) || e.children.length > 0 || !SENTENCE_CLOSE.test(textOf(e))) return false;
  const next = e.nextElementSibling;
  return next !== null && !(FIELD_BOX_TAGS.has(tagOf(next)) && next.children.length === 0);
}

/** Boxes a content system sets each of its fields in. */
const FIELD_BOX_TAGS: ReadonlySet<string> = new Set(['div', 'section']);

/**
 * A box of its own right after the headline holding one paragraph and nothing else, set unlike
 * the box after it (a CMS's subtitle field printed above the meta line and the body field, its
 * class in the site's language): a standfirst, an element apart from the text. A builder that
 * wraps every paragraph of the text in a box alike sets the next one the same way, and its
 * paragraph too, unless the builder's subtitle style gives this one a class of its own.
 */
function boxOfOneParagraph(e: DomElement): boolean {
  const only = e.children.length === 1 ? e.children[0] : undefined;
  if (!FIELD_BOX_TAGS.has(tagOf(e)) || !only || tagOf(only) !== 'p' || textOf(only) !== textOf(e))
    return false;
  const next = e.nextElementSibling;
  const look = (x: DomElement): string => `${tagOf(x)}|${x.getAttribute('class') ?? ''}`;
  if (next === null) return false;
  // Boxes alike (a builder's row of each block), their paragraphs not: the subtitle's class.
  const nextParagraph = next.children[0];
  return (
    look(next) !== look(e) ||
    (nextParagraph !== undefined && tagOf(nextParagraph) === 'p' && look(nextParagraph) !== look(only))
  );
}

/**
 * A CMS's summary field set as bare text in a box of its own ahead of the text, on a page that
 * prints the headline in a title block outside the article: the markup names the box the summary
 * outright ("field--name-field-standfirst"), and no paragraph of the text comes before it.
 */
function summaryField(page: MetaPage, scope: DomElement): DomElement | null {
  for (const e of scanTagsUnder(page, scope, ['div', 'p'])) {
    if (tagOf(e) === 'p') return null;
    if (e.children.length > 0) continue;
    const t = textOf(e);
    if (t.length >= 30 && t.length <= 500 && roleWords(e).some((w) => SUMMARY_ROLE.test(w))) return e;
  }
  return null;
}

/**
 * The first paragraph of the article text when the markup calls it the standfirst ("intro",
 * "lead") and sets it in bold or italics: sites that print the standfirst inside the body, past
 * the picture and share bar.
 */
export function introParagraph(
  page: MetaPage,
  h: DomElement | null,
  description: string | null,
): DomElement | null {
  // A page with no article or main element (a Joomla template's divs): the text follows the headline in the body.
  const scope = articleScope(page) ?? (h ? page.doc.body : null);
  if (!scope) return null;
  if (h !== null && !scope.contains(h)) {
    const field = summaryField(page, scope);
    if (field) return field;
  }
  let seen = h === null || !scope.contains(h);
  // The headline's own tag: a template may set it as an h2.
  for (const e of scanTagsUnder(page, scope, ['h1', 'p', h ? tagOf(h) : 'h1'])) {
    if (e === h) seen = true;
    if (!seen || tagOf(e) !== 'p' || closestTag(e, ['figure', 'aside', 'nav', 'blockquote'])) continue;
    const t = textOf(e);
    if (t.length < 30) continue;
    const inner = e.children.length === 1 ? e.children[0] : undefined;
    const marked = isDekRole(e) || (inner !== undefined && isDekRole(inner));
    // Set apart in bold or italics as well: a lead paragraph only classed "lead" stays body text.
    if (marked && styledApart(e) && t.length <= 500 && linkDensity(e) < 0.5) return e;
    // Set apart in bold or italics and repeated as the page's description: the standfirst printed
    // as the first paragraph of the text (a lead paragraph in plain type stays body text).
    if (description && styledApart(e) && letters(t) === letters(description) && linkDensity(e) < 0.5)
      return e;
    // A box of its own that the markup names the summary, holding only this paragraph (a CMS's
    // summary field printed above the body field).
    const box = e.parentElement;
    const summaryBox =
      box !== null &&
      box !== scope &&
      scanUnder(page, box, 'p').length === 1 &&
      textOf(box) === t &&
      roleWords(box).some((w) => SUMMARY_ROLE.test(w));
    return summaryBox && t.length <= 500 && linkDensity(e) < 0.5 ? box : null;
  }
  return null;
}

/** Paragraphs after the headline searched for a standfirst repeating the description. */
const ECHO_PARAGRAPHS = 4;

/**
 * The page's description printed word for word in bold or italics among the first paragraphs after
 * the headline: the standfirst set as the text's opening paragraph, past a byline or date line.
 */
export function descriptionEcho(
  page: MetaPage,
  h: DomElement | null,
  description: string | null,
): DomElement | null {
  const scope = articleScope(page) ?? page.doc.body;
  const want = description ? letters(description) : '';
  if (!scope || want.length < 40) return null;
  let seen = h === null || !scope.contains(h);
  let n = 0;
  for (const e of scanTagsUnder(page, scope, ['p', h ? tagOf(h) : 'h1'])) {
    if (e === h) seen = true;
    if (!seen || tagOf(e) !== 'p' || textOf(e).length < 30) continue;
    if (letters(textOf(e)) === want && styledApart(e) && linkDensity(e) < 0.5) return e;
    if (++n >= ECHO_PARAGRAPHS) return null;
  }
  return null;
}

/**
 * A box of its own between the headline and the lead picture that prints the page's description
 * word for word: the standfirst of a template that sets it above the picture, apart from the text.
 */
export function standfirstAbovePicture(
  page: MetaPage,
  h: DomElement | null,
  figure: DomElement | null,
  description: string | null,
): DomElement | null {
  const want = description ? letters(description) : '';
  if (!figure || want.length < 40) return null;
  let seen = h === null;
  for (const e of scanTags(page, ['h1', 'h2', 'h3', 'h4', 'p', 'div', 'figure'])) {
    if (e === h) seen = true;
    if (e === figure || figure.contains(e)) return null;
    if (!seen || e.contains(figure) || tagOf(e).startsWith('h')) continue;
    if (
      letters(textOf(e)) === want &&
      linkDensity(e) < 0.5 &&
      !typedAsText(e) &&
      !opensTextAroundPicture(e, figure)
    )
      return e;
  }
  return null;
}

/** Paragraphs of prose after a first paragraph that make it the opening of the text. */
const TEXT_RUN = 2;

/**
 * Is `e` a plain paragraph that opens the text, the lead picture set between it and the rest in
 * the same box (a block editor's first paragraph in large type, then the picture)? Then it is
 * body text, though the page's description repeats it: a standfirst the markup would name.
 */
function opensTextAroundPicture(e: DomElement, figure: DomElement): boolean {
  const box = e.parentElement;
  if (tagOf(e) !== 'p' || dekMarked(e) || !box?.contains(figure)) return false;
  let prose = 0;
  for (let s = e.nextElementSibling; s && prose < TEXT_RUN; s = s.nextElementSibling)
    if (tagOf(s) === 'p' && proseWidth(textOf(s)) >= 80) prose++;
  return prose >= TEXT_RUN;
}

/**
 * A paragraph the markup names the lead ("lead", "intro") standing just before the lead picture,
 * the text after it: the standfirst printed at the top of the text box, set apart by the picture.
 */
export function leadAbovePicture(figure: DomElement | null): DomElement | null {
  const e = figure?.previousElementSibling ?? null;
  if (!e || tagOf(e) !== 'p' || !dekMarked(e)) return null;
  const t = textOf(e);
  return t.length >= 30 && t.length <= 500 && linkDensity(e) < 0.5 ? e : null;
}

/** The next paragraph after `e` in reading order, looked for among its and its parents' next siblings. */
function paragraphAfter(e: DomElement): DomElement | null {
  let cur: DomElement | null = e;
  for (let depth = 0; cur && depth < 3; depth++, cur = cur.parentElement) {
    for (let s = cur.nextElementSibling; s; s = s.nextElementSibling) {
      const p = tagOf(s) === 'p' ? s : first(s, 'p');
      if (p && textOf(p).length >= 80) return p;
    }
  }
  return null;
}

/**
 * Is `e` a paragraph set like the text after it (same tag, same class and style, no emphasis)?
 * Then it is the text's first paragraph, not a standfirst: a standfirst is an element apart,
 * named or styled differently, and a plain first paragraph stays in the body.
 */
function typedAsText(e: DomElement): boolean {
  if (tagOf(e) !== 'p' || styledApart(e)) return false;
  const next = paragraphAfter(e);
  const look = (x: DomElement): string => `${x.getAttribute('class') ?? ''}|${x.getAttribute('style') ?? ''}`;
  return next !== null && look(next) === look(e);
}
