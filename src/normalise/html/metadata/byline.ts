/**
 * The byline printed in the header group: the author's box, link, label or line beside the date.
 */
import { AND_WORDS } from '../../../language/and-words.js';
import { alternation } from '../../../language/byline-words.js';
import { LABEL_COLONS } from '../../../language/colons.js';
import { PHOTO_WORDS } from '../../../language/credit-words.js';
import { weekdayNames, weekdayNamesIn } from '../../../language/weekdays.js';
import { collapseWhitespace } from '../../text.js';
import { datesIn } from '../../text/dates.js';
import {
  afterDatedBy,
  hasAndWord,
  isCaselessName,
  isNameLike,
  nameParts,
  namesRole,
  NOT_PEOPLE,
} from '../../text/lines.js';
import { isFurnitureLine } from '../cleanup/index.js';
import {
  all,
  classOf,
  closestTag,
  type DomElement,
  ELEMENT_NODE,
  first,
  roleWords,
  scanEvery,
  scanFirst,
  shortTextOf,
  tagOf,
  TEXT_NODE,
  textOf,
} from '../dom.js';
import {
  authorBoxName,
  authorName,
  inAuthorBio,
  inNestedEntry,
  labelsNextLink,
  mayNameAuthor,
  readsAsName,
} from './author-box.js';
import { BYLINE_PREFIX_MORE, cleanByline, namesWriterNoun, WORD_LABEL } from './byline-clean.js';
import { BYLINE_PREFIX, CREDIT_PREFIX } from './labels.js';
import { camelWords, type MetaPage } from './page.js';

/** Class words of a date printed in a byline box ("publishedDate", "pub-time"). */
const BYLINE_DATE_ROLE = /^(?:date|time|published|pubdate|timestamp)$/;

/** A part of a byline box that states the author's role ("Staff Writer", "Health correspondent"). */
function isRolePart(el: DomElement): boolean {
  if (first(el, 'a')) return false;
  // The date printed in the box ("Published 4 December 2026"), marked as one by its class.
  if (camelWords(el).some((w) => BYLINE_DATE_ROLE.test(w))) return true;
  // A date printed in the byline box ("Af Ann Lee · 22. april 2026") is not part of the name.
  if (tagOf(el) === 'time') return true;
  if (roleWords(el).some((w) => /^(?:role|title|jobtitle|position|job)$/.test(w))) return true;
  const t = textOf(el);
  return t.length > 0 && t.length <= 60 && t.split(' ').length <= 5 && (namesRole(t) || namesWriterNoun(t));
}

/** The text of a byline box without the role printed beside the name. */
function bylineText(box: DomElement): string {
  let out = '';
  let afterElement = false;
  for (let c = box.firstChild; c; c = c.nextSibling) {
    const element = c.nodeType === ELEMENT_NODE;
    if (element && isRolePart(c as DomElement)) out += ' ';
    // Elements side by side apart: a name and an e-mail address in adjacent spans are two words.
    // Text glued to an element stays glued: Hebrew's "and" is a letter before the next name's link.
    else if (element) out += `${afterElement ? ' ' : ''}${c.textContent ?? ''}`;
    else out += c.textContent ?? '';
    afterElement = element;
  }
  return collapseWhitespace(out.replace(/\u00a0/g, ' '));
}

/**
 * A byline box of labelled credits, each its own element of a label and a linked name ("Text Ann
 * Lee" · "Photos Bo Roe"): the first credits the words, the others the pictures or the video.
 * The first credit's name, or null when the box is not of that shape.
 */
function firstLabelledCredit(box: DomElement): string | null {
  const parts = Array.from(box.children).filter((c) => textOf(c) !== '');
  if (parts.length < 2) return null;
  const names: string[] = [];
  for (const part of parts) {
    const links = all(part, 'a');
    const name = links.length === 1 ? textOf(links[0]!) : '';
    const label = textOf(part).replace(name, '').trim();
    if (!name || !label || label.split(/\s+/).length > 2 || /\d/.test(label)) return null;
    names.push(name);
  }
  return names[0] ?? null;
}

/**
 * "<span>Author:</span> <a>Ann Lee</a>", "Report: <a>Ann Lee</a> · 2 May": a byline box whose name
 * is its one link, after a short label in whatever language (at most two words, no figures).
 * The link's text, or null when the box is not of that shape.
 */
function labelledLinkName(box: DomElement): string | null {
  const linked = all(box, 'a').filter((a) => textOf(a) !== '');
  // "Oleh <strong>ANN LEE</strong>": a name set in bold after its label, where no link is.
  // An hCard's name part ("Posted by <span class="fn">Ann Lee</span>") stands in the same way.
  const links =
    linked.length > 0
      ? linked
      : all(box, '.fn, [itemprop="name"], strong, b').filter((a) => textOf(a) !== '');
  if (links.length !== 1) return null;
  const name = textOf(links[0]!);
  const full = textOf(box);
  const at = full.indexOf(name);
  const label = at > 0 ? full.slice(0, at).trim() : '';
  if (!label || /\p{N}/u.test(label) || label.split(/\s+/).length > 2) return null;
  return name.split(/\s+/).length <= 5 ? name : null;
}

/**
 * An author's page link ("/author/ann-lee/"): the CMS's link from a byline to its writer; or a
 * profile path of a handle alone ("/@annlee"), as newsletter and blog platforms address writers.
 */
const AUTHOR_HREF = /\/(?:author|authors)\/[^/?#]+|^(?:https?:\/\/[^/]+)?\/@[^/?#@]+\/?(?:[?#].*)?$/i;

/** A box's text on one line, no-break spaces as spaces: the text bylines are cut from. */
function flatText(box: DomElement): string {
  return collapseWhitespace(textOf(box).replace(/\u00a0/g, ' '));
}

/**
 * "Per <a>Ann Lee</a> e <a>Bo Roe</a>": the linked names of a byline box and the page's own joiner
 * between them, from the first name to the end of the last, out of the box's flat text; the words
 * before the first name are the page's "by", in whatever language. Null when a name is not found.
 */
function spanOfLinkedNames(full: string, links: DomElement[]): string | null {
  const first = collapseWhitespace(textOf(links[0]!));
  const last = collapseWhitespace(textOf(links[links.length - 1]!));
  const at = full.indexOf(first);
  const end = full.lastIndexOf(last);
  return at < 0 || end < at ? null : full.slice(at, end + last.length);
}

/**
 * A byline box of two or more linked names after a short label ("Per <a>Ann Lee</a> e <a>Bo
 * Roe</a>"): the names with their joiner, or null when the box is not of that shape.
 */
function labelledLinkedNames(box: DomElement): string | null {
  const links = all(box, 'a').filter((a) => textOf(a) !== '');
  // A link to the writer's own page is a name by the CMS's word, even in a script whose names are
  // one unspaced word.
  const named = (a: DomElement): boolean =>
    AUTHOR_HREF.test(a.getAttribute('href') ?? '') || isNameLike(textOf(a), 5) || isCaselessName(textOf(a));
  if (links.length < 2 || !links.every(named)) return null;
  const full = flatText(box);
  const names = spanOfLinkedNames(full, links);
  if (!names) return null;
  const label = full.slice(0, full.indexOf(names)).trim();
  return !/\p{N}/u.test(label) && label.split(/\s+/).length <= 3 ? names : null;
}

/**
 * "<div class="article-author"><a>Ann Lee</a> <time>3 May</time> Updated</div>": an author box
 * whose line reads as no byline (the date and a status word printed after the name), and whose one
 * link reads as a name: the link to the writer's profile, the name.
 */
function soleNameLink(box: DomElement): string | null {
  const links = all(box, 'a').filter((a) => textOf(a) !== '');
  if (links.length !== 1) return null;
  const t = collapseWhitespace(textOf(links[0]!));
  return readsAsName(t) ? cleanByline(t) : null;
}

/** A marked author's link, or the name of its author box when the link's text names no one. */
function namedAuthorPart(e: DomElement): DomElement {
  if (tagOf(e) !== 'a' || readsAsName(cleanByline(authorName(e)) ?? '')) return e;
  return authorBoxName(e) ?? e;
}

export function printedByline(group: DomElement, page: MetaPage): string | null {
  const scopes = [group, scanFirst(page, 'article') ?? group];
  for (const scope of scopes) {
    const scopeEls = scanEvery(page, scope);
    const shown = (a: DomElement): boolean =>
      textOf(a).length > 1 &&
      textOf(a).length < 60 &&
      !closestTag(a, ['aside', 'footer', 'figure']) &&
      !inAuthorBio(a);
    const marked = scopeEls
      .filter(
        (e) =>
          e.getAttribute('rel') === 'author' ||
          e.getAttribute('itemprop') === 'author' ||
          (tagOf(e) === 'a' && classOf(e).includes('author')),
      )
      .filter((e) => shown(e) && !inNestedEntry(e))
      .map(namedAuthorPart);
    // Unmarked links to an author's page stand in only when nothing is marked, and only those
    // that read as a name (not "Follow Ann", "More by Ann").
    const authorLinks =
      marked.length > 0
        ? marked
        : scopeEls.filter(
            (e) =>
              tagOf(e) === 'a' &&
              AUTHOR_HREF.test(e.getAttribute('href') ?? '') &&
              shown(e) &&
              (isNameLike(textOf(e), 5) || isCaselessName(textOf(e))) &&
              !isFurnitureLine(textOf(e)),
          );
    const names = [
      ...new Set(authorLinks.map((a) => cleanByline(authorName(a))).filter((x): x is string => !!x)),
    ];
    if (names.length > 0) {
      // Keep the printed joiner ("A and B", "A, B und C") when the names share one container.
      const box = authorLinks[0]?.parentElement;
      if (names.length > 1 && box && authorLinks.every((a) => box.contains(a))) {
        const joined = cleanByline(spanOfLinkedNames(flatText(box), authorLinks) ?? textOf(box));
        if (joined && names.every((n) => joined.includes(n)) && joined.length < 120) return joined;
      }
      return names.length === 1 ? (names[0] ?? null) : names.join(' and ');
    }
    const boxes = scopeEls.filter((e) => {
      // The name first: reading the text of every element of the article first cost more than
      // all the rest of the byline search.
      if (!mayNameAuthor(e)) return false;
      const n = textOf(e).length;
      // A "byline" inside a figure, or one that opens with "Photo:", is the photographer's credit
      // ("Bild: Ann Lee"; an "image-author" line under a picture box).
      return (
        n < 120 && n > 2 && !closestTag(e, ['figure']) && !CREDIT_PREFIX.test(textOf(e)) && !labelsNextLink(e)
      );
    });
    // The innermost box first: an outer byline box also holds the dates and share links.
    const innermost = (b: DomElement): boolean => !boxes.some((o) => o !== b && b.contains(o));
    for (const box of [...boxes.filter(innermost), ...boxes.filter((b) => !innermost(b))]) {
      // "Publicado el 12/11/2026 por Ann Lee": a box of the date and the author, the date first.
      const text = bylineText(box);
      const n =
        boldNameBeforePlace(box, collapseWhitespace(text.replace(/\u00a0/g, ' '))) ??
        cleanByline(
          labelledLinkName(box) ??
            firstLabelledCredit(box) ??
            labelledLinkedNames(box) ??
            afterDatedBy(text) ??
            text,
        ) ??
        soleNameLink(box);
      // "Staff reporter, Kampala": a desk's role before the place it files from names no one.
      if (n && !namesRole(n.split(',')[0]!)) return n;
    }
  }
  return null;
}

/** A place after a name's comma: one to three words, the first capitalised, and nothing else. */
const AFTER_COMMA_PLACE = /^\s*,\s*(\p{Lu}[\p{L}\p{M}'’-]*(?:\s[\p{L}\p{M}'’-]+){0,2})\s*$/u;

/**
 * "Von <b>Ann Lee</b>, Graz": the by-word, the name set in bold and, after a comma, the place the
 * reporter files from in plain type. The bold marks where the name ends; two names in bold (two
 * authors) are left to the line's own reading.
 */
function boldNameBeforePlace(e: DomElement, line: string): string | null {
  const bolds = all(e, 'b, strong');
  if (bolds.length !== 1) return null;
  const name = collapseWhitespace(textOf(bolds[0]!).replace(/\u00a0/g, ' '));
  const rest = line.replace(BYLINE_PREFIX, '').replace(BYLINE_PREFIX_MORE, '');
  if (!rest.startsWith(name) || !isNameLike(name)) return null;
  const place = AFTER_COMMA_PLACE.exec(rest.slice(name.length))?.[1];
  return place ? name : null;
}

/**
 * A line of the header group that opens with the word for "by" ("โดย Ann Lee | 4 Dec 2026"): the
 * author's line of a template that marks it with no class, read up to the date that follows it.
 */
export function prefixedBylineLine(group: DomElement): string | null {
  for (const e of all(group, 'p, div, span, li')) {
    const t = shortTextOf(e, 150);
    if (!t || first(e, 'p, div, li')) continue;
    const line = collapseWhitespace(t.replace(/\u00a0/g, ' '));
    if (!BYLINE_PREFIX.test(line) && !BYLINE_PREFIX_MORE.test(line)) continue;
    const name = boldNameBeforePlace(e, line) ?? cleanByline(line);
    if (name && nameParts(name).every((n) => isNameLike(n) || isCaselessName(n) || HAN_NAME.test(n)))
      return name;
  }
  return null;
}

/**
 * "Fotos:", "Fotolar:": a line opening with the medium's word, with at most an ending of its
 * language (a plural), and a colon: the photographer's line.
 */
const PHOTO_LINE_START = new RegExp(`^(?:${alternation(PHOTO_WORDS)})\\p{L}{0,3}\\s*[${LABEL_COLONS}]`, 'iu');

/**
 * "Müəllif: Ann Lee" over "Fotolar: Bo Roe": two credit lines side by side in the header, each a
 * label and a name; beside the photographer's line, the other labelled line credits the words,
 * whatever its label's language.
 */
export function labelledBesidePhotoLine(group: DomElement): string | null {
  for (const e of all(group, 'p, div, span, li')) {
    const t = shortTextOf(e, 150);
    if (!t || first(e, 'p, div, li') || PHOTO_LINE_START.test(t)) continue;
    const beside = [e.previousElementSibling, e.nextElementSibling].some(
      (s) => s !== null && PHOTO_LINE_START.test(textOf(s)),
    );
    const name = beside ? WORD_LABEL.exec(collapseWhitespace(t.replace(/\u00a0/g, ' ')))?.[1] : undefined;
    if (name && nameParts(name).every((n) => isNameLike(n) || isCaselessName(n))) return name;
  }
  return null;
}

/**
 * "Category: Events", "Rubrik: Kultur": a section printed behind its own label, one word of any
 * language and a colon, before a capitalised name of a few words. The name alone.
 */
const LABELLED_SECTION = new RegExp(
  `^\\p{L}[\\p{L}\\p{M}]{2,20}\\s*[${LABEL_COLONS}]\\s*(\\p{Lu}\\S*(?:\\s\\S+){0,3})$`,
  'u',
);
export const withoutSectionLabel = (t: string): string => LABELLED_SECTION.exec(t)?.[1] ?? t;

/** Characters of a header line that names the writer beside the date at most. */
const NAME_DATE_LINE_MAX_CHARS = 200;

/** The lines an element prints: its text broken at each <br> and each block inside it. */
function printedLines(el: DomElement): string[] {
  const lines: string[] = [''];
  const walk = (n: DomElement): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) lines[lines.length - 1] += c.textContent ?? '';
      if (c.nodeType !== ELEMENT_NODE) continue;
      const e = c as DomElement;
      const block = ['p', 'div', 'li', 'br'].includes(tagOf(e));
      if (block) lines.push('');
      if (tagOf(e) !== 'br') walk(e);
      if (block) lines.push('');
    }
  };
  walk(el);
  return lines.map((l) => collapseWhitespace(l.replace(/\u00a0/g, ' '))).filter(Boolean);
}

/** A full name of two to four words, no desk or agency. */
const fullName = (t: string): boolean =>
  t.split(' ').length >= 2 && t.split(' ').length <= 4 && isNameLike(t, 4) && !NOT_PEOPLE.test(t);

/** Is `t` a weekday's name ("Saturday, 5 May" heads a date, not a writer's name)? */
const namesWeekday = (t: string, language: string | null): boolean =>
  WEEKDAYS.has(t.toLowerCase()) ||
  (language !== null && weekdayNamesIn([language]).includes(t.toLowerCase()));
const WEEKDAYS: ReadonlySet<string> = new Set(weekdayNames());

/** Does a date open `t` (its digits within the first words)? */
const opensWithDate = (t: string): boolean => /^\P{Nd}{0,12}\p{Nd}/u.test(t) && datesIn(t).length > 0;

/**
 * The writer named beside the date in one header element, with no by-word a list knows: "Ann
 * Lee, 12 May 2025, 18:30" on one line, or "Text: Ann Lee" over "Published: 12 May 2025" (a
 * label in any language before the name, a line with a date beside it). The name, or null.
 */
export function nameBesideDate(box: DomElement, language: string | null): string | null {
  for (const e of [box, ...all(box, 'p, div')]) {
    const t = shortTextOf(e, NAME_DATE_LINE_MAX_CHARS);
    if (!t || first(e, 'p, div, li, a')) continue;
    const lines = printedLines(e);
    if (lines.length === 1) {
      const comma = t.indexOf(',');
      const name = t.slice(0, comma).trim();
      if (
        comma > 0 &&
        fullName(name) &&
        !namesWeekday(name, language) &&
        opensWithDate(t.slice(comma + 1).trim())
      )
        return name;
    } else if (lines.length <= 3 && lines.some((l) => datesIn(l).length > 0)) {
      for (const l of lines) {
        const name = WORD_LABEL.exec(l)?.[1];
        if (name && !/\p{Nd}/u.test(name) && fullName(name)) return name;
      }
    }
  }
  return null;
}

/** Characters of the text before a header line's date: a few names, not a sentence. */
const NAMES_BEFORE_TIME_MAX_CHARS = 120;

/**
 * "Ann Lee agus Bo Roe · <time>": the header's line of the date whose text before the <time> is
 * two or more full names joined by an "and" (the page language's, from CLDR's list patterns in
 * and-words.ts, or one every reader knows), without a label: the authors, as minimal themes
 * print them. One name alone there may as well be a place or a desk; names joined so are people.
 */
export function namesBeforeTime(group: DomElement, language: string | null): string | null {
  for (const time of all(group, 'time')) {
    const line = time.parentElement;
    if (!line || line === group) continue;
    let before = '';
    for (
      let n = line.firstChild;
      n && n !== time && !(n.nodeType === ELEMENT_NODE && (n as DomElement).contains(time));
      n = n.nextSibling
    )
      before += n.textContent ?? '';
    const t = collapseWhitespace(before.replace(/\u00a0/g, ' ')).replace(/[\s|•·—–,-]+$/u, '');
    if (t.length <= NAMES_BEFORE_TIME_MAX_CHARS && joinedFullNames(t, language)) return t;
  }
  return null;
}

/** Two or more names of two words or more, joined by commas and an "and" of `language` or a common one. */
function joinedFullNames(t: string, language: string | null): boolean {
  const own = language ? AND_WORDS[language] : undefined;
  const pieces = own ? t.split(new RegExp(`\\s+(?:${own})\\s+`, 'iu')) : [t];
  if (pieces.length < 2 && !hasAndWord(t)) return false;
  const parts = pieces.flatMap(nameParts);
  return (
    parts.length >= 2 &&
    parts.every((p) => isNameLike(p, 5) && p.split(' ').length >= 2 && !NOT_PEOPLE.test(p))
  );
}

/** A Chinese name, two to four characters without a space: trusted only behind a byline label. */
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
