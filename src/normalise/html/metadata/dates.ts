/**
 * The publication date: zoned instants from metadata, microdata, microformats and printed date lines.
 */
import { collapseWhitespace } from '../../text.js';
import { datesIn, numericOrder } from '../../text/dates.js';
import {
  classOf,
  type DomElement,
  ELEMENT_NODE,
  first,
  firstUnder,
  roleAttrsHold,
  roleWords,
  scanEvery,
  scanFirst,
  scanUnder,
  shortTextOf,
  tagOf,
  textOf,
} from '../dom.js';
import { metaContent } from './meta.js';
import { articleScope, type MetaPage, proseWidth } from './page.js';

const HAS_ZONE = /(?:Z|[+-]\d\d:?\d\d)$/i;
const HAS_TIME = /T\d\d:\d\d/;

/** An ISO instant when the value states a date, a time and a zone; else null. */
export function zonedIso(v: string | null): string | null {
  if (!v) return null;
  const s = v.trim();
  if (!HAS_TIME.test(s) || !HAS_ZONE.test(s) || Number.isNaN(Date.parse(s))) return null;
  return s;
}

const UPDATED_WORDS =
  /\b(?:updated?|modified|aktualisiert|mis à jour|actualizado|actualisé|aggiornato|bijgewerkt|zaktualizowano)\b|обновлено|обновлён/i;

export function printedPublished(group: DomElement, page: MetaPage): string | null {
  const scope = scanFirst(page, 'article') ?? group;
  const times = [...scanUnder(page, group, 'time'), ...scanUnder(page, scope, 'time')].filter(
    (t) => t.hasAttribute('datetime') && !stampsAnEntry(t, scope),
  );
  for (const t of times) {
    const ctx = `${classOf(t)} ${t.parentElement ? classOf(t.parentElement) : ''} ${textOf(t.parentElement).slice(0, 40)}`;
    if (UPDATED_WORDS.test(ctx) && !/publish|first|veröffentlicht|publié|publicado|опубликовано/i.test(ctx))
      continue;
    const iso = zonedIso(t.getAttribute('datetime'));
    if (iso) return iso;
  }
  return microformatPublished(scope);
}

/** The class of a microformat's publication stamp (`.published`, `.dt-published`), as a class selector reads it. */
const MICROFORMAT_PUBLISHED = /(?:^|\s)(?:dt-)?published(?:$|\s)/;

/**
 * The hAtom microformat's stamp, which blog templates print with the instant in its title
 * (`<abbr class="published" title="2026-12-04T19:30:00-05:00">7:30 PM</abbr>`).
 */
function microformatPublished(scope: DomElement): string | null {
  const stamp = (e: DomElement): string | null =>
    MICROFORMAT_PUBLISHED.test(e.getAttributeNode('class')?.value ?? '')
      ? zonedIso(e.getAttribute('title'))
      : null;
  const e = firstUnder(scope, (el) => stamp(el) !== null);
  return e && stamp(e);
}

/**
 * Does `t` stamp one entry of a run (a live blog's posts, a thread's comments)? Its block has a
 * sibling of the same tag and class with a <time> of its own: the newest entry's time is not the
 * page's date of publication.
 */
function stampsAnEntry(t: DomElement, scope: DomElement): boolean {
  for (let a = t.parentElement; a && a !== scope; a = a.parentElement) {
    const look = `${tagOf(a)}|${classOf(a)}`;
    for (const s of [a.previousElementSibling, a.nextElementSibling])
      if (s && `${tagOf(s)}|${classOf(s)}` === look && first(s, 'time')) return true;
  }
  return false;
}

/** A clock time anywhere in a text ("18:02", "7.30"): an update stamp, a date line. */
export const CLOCK_TIME = /\b\d{1,2}[:.]\d\d\b/;

/**
 * The date marked datePublished in microdata on another element than <time> (an <abbr> or a
 * <span> that keeps the instant in its content or title attribute, as blog templates print it),
 * or marked so in RDFa ("schema:dateCreated", "dc:created"), as content systems print the date
 * the story's node was created: the first, the article's own, before any comment's.
 */
const PUBLISHED_PROPERTY = /^(?:[a-z]+:)?(?:datePublished|dateCreated|created|issued)$/;
const marksPublished = (x: DomElement): boolean =>
  x.getAttribute('itemprop') === 'datePublished' ||
  (x.getAttribute('property') ?? '').split(/\s+/u).some((p) => PUBLISHED_PROPERTY.test(p));

export function microdataPublished(page: MetaPage): string | null {
  for (const e of page.elements.filter(marksPublished)) {
    for (const a of ['content', 'datetime', 'title']) {
      const iso = zonedIso(e.getAttribute(a));
      if (iso) return iso;
    }
  }
  return null;
}

/** What every DATE_ROLE word holds: a quick test of the raw attributes. */
const DATE_ROLE_PART = /dat|time|published|fecha|tidspunkt/;

/** Class words of a printed date. */
const DATE_ROLE =
  /^(?:date|dates|time|published|pubdate|dateline|timestamp|datum|data|fecha|dato|tidspunkt)$/;

/**
 * The instant a short element of at most two children prints as its date line, read with the
 * text dumps' date rules (a day, a time and a zone; an update stamp skipped), or null.
 */
function dateLineInstant(e: DomElement, page: MetaPage): string | null {
  if (e.children.length > 2) return null;
  const t = shortTextOf(e, 80);
  return t ? lineInstant(t, page) : null;
}

/** The instant a date line states (a day, a time and a zone; an update stamp skipped), or null. */
function lineInstant(t: string, page: MetaPage): string | null {
  if (t.length > 80) return null;
  const monthFirst = numericOrder(t) === 'ambiguous' && pageWritesMonthFirst(page);
  return datesIn(t, monthFirst).find((d) => d.label !== 'updated' && d.instant)?.instant ?? null;
}

/**
 * A date printed as text in an element named for it ("12 March 2026 10:00 EET"), read with the
 * text dumps' date rules: only a day, a time and a zone make an instant; an update stamp is skipped.
 */
export function printedDateLine(page: MetaPage): string | null {
  const scope = articleScope(page) ?? page.doc.body;
  if (!scope) return null;
  for (const e of scanEvery(page, scope)) {
    // The attributes tested before building the element's words or its list of children.
    if (!roleAttrsHold(e, DATE_ROLE_PART) || !roleWords(e).some((w) => DATE_ROLE.test(w))) continue;
    const instant = dateLineInstant(e, page);
    if (instant) return instant;
  }
  return null;
}

/**
 * The outermost wrapper holding the headline alone: page builders box every widget in containers
 * of its own ("<div><div><h1>"), so the blocks after the headline are the wrapper's siblings.
 */
function widgetOf(headline: DomElement): DomElement {
  let e = headline;
  while (e.parentElement && e.parentElement.children.length === 1 && tagOf(e.parentElement) !== 'body')
    e = e.parentElement;
  return e;
}

/** How many blocks after the headline a date line may stand (a standfirst and a byline between). */
const DATE_LINE_REACH = 4;

/**
 * The blocks after the headline's widget, up to `reach`: its siblings, then, where they end, the
 * siblings of the boxes around it (a page builder sets each row in a record of its own, so the
 * date line's block may be the headline's record's neighbour).
 */
function blocksAfter(widget: DomElement, reach: number): DomElement[] {
  const out: DomElement[] = [];
  let e: DomElement | null = widget;
  while (e && out.length < reach) {
    while (e && !e.nextElementSibling && e.parentElement && tagOf(e.parentElement) !== 'body')
      e = e.parentElement;
    e = e?.nextElementSibling ?? null;
    if (e) out.push(e);
  }
  return out;
}

/** The element a chain of boxes that hold one element each comes down to. */
function innermost(e: DomElement): DomElement {
  let cur = e;
  while (cur.children.length === 1 && tagOf(cur.children[0]!) !== 'br') cur = cur.children[0]!;
  return cur;
}

/** Lines of a text box at most that a date line is looked for in ("Text: Ann Lee<br>Published: …"). */
const BOX_LINES_MAX = 4;

/** The lines of a box of text broken by <br>, or none when it holds a block or many lines. */
function brokenLines(e: DomElement): string[] {
  const lines: string[] = [''];
  for (let c = e.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === ELEMENT_NODE && tagOf(c as DomElement) === 'br') lines.push('');
    else if (c.nodeType === ELEMENT_NODE && (c as DomElement).children.length > 0) return [];
    else lines[lines.length - 1] += c.textContent ?? '';
  }
  const out = lines.map(collapseWhitespace).filter(Boolean);
  return out.length > 1 && out.length <= BOX_LINES_MAX ? out : [];
}

/**
 * A date line in a block of its own among the few right after the headline, its element named
 * in words no list holds ("<p class=\"fecha-larga\">"), or a line of such a block broken by
 * <br> (the writer's line over the date's): read only when it states a day, a time and a zone
 * ("Julkaistu: ti 3.3.2026 klo 9.15 EET"), so a line of prose is never taken for one.
 */
export function dateLineUnderHeadline(headline: DomElement, page: MetaPage): string | null {
  for (const e of blocksAfter(widgetOf(headline), DATE_LINE_REACH)) {
    const instant =
      dateLineInstant(e, page) ??
      brokenLines(innermost(e))
        .map((line) => lineInstant(line, page))
        .find((i) => i !== null);
    if (instant) return instant;
  }
  return null;
}

/**
 * Does the page write its numeric dates month first? A date printed in an element named for
 * one ("10/23/2026" in a list's date column) says so when its second number cannot be a month,
 * and the other way round; asked only of a date whose order its own numbers leave open.
 */
function pageWritesMonthFirst(page: MetaPage): boolean {
  for (const e of page.elements) {
    if (!roleAttrsHold(e, DATE_ROLE_PART) || e.children.length > 0) continue;
    const t = shortTextOf(e, 80);
    const order = t ? numericOrder(t) : null;
    if (order === 'month-first') return true;
    if (order === 'day-first') return false;
  }
  return false;
}

/**
 * Is `e` the first paragraph of the article text rather than a standfirst? It is when a paragraph
 * of prose follows it as its sibling: a standfirst is an element apart, the lead paragraph opens
 * the run of paragraphs and stays in the body.
 */
export function opensParagraphRun(e: DomElement): boolean {
  const next = e.nextElementSibling;
  return next !== null && tagOf(next) === 'p' && tagOf(e) === 'p' && proseWidth(textOf(next)) >= 80;
}

/**
 * Dublin Core's date of a page (Plone and library or government CMSs print it, often alone):
 * issued before created, then the bare date, in either spelling ("DC.date.issued",
 * "dcterms.created"); the first that reads as an instant. Never the date it was modified.
 */
const DUBLIN_CORE_DATES = [
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
];

export function dublinCoreDate(page: MetaPage): string | null {
  for (const k of DUBLIN_CORE_DATES) {
    const iso = zonedIso(metaContent(page, k));
    if (iso) return iso;
  }
  return null;
}
