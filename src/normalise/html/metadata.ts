import type { ImageRef } from '../../model/item.js';
import { absoluteUrl } from '../content.js';
import { cleanUrl } from '../../url/canonical.js';
import {
  all,
  first,
  boundedText,
  classOf,
  closestTag,
  ELEMENT_NODE,
  TEXT_NODE,
  elementsAfter,
  everyElement,
  firstUnder,
  scanDocument,
  scanFirst,
  scanTags,
  scanEvery,
  scanTagsUnder,
  scanUnder,
  type DocScan,
  linkDensity,
  roleAttrsHold,
  textLongerThan,
  roleWords,
  shortTextOf,
  tagOf,
  textOf,
  type DomDocument,
  type DomElement,
  withoutKicker,
} from './dom.js';
import { EMPHASIS, styledApart } from './dom.js';

export { EMPHASIS, styledApart };
import {
  ALSO_NAMES,
  AUTHOR_LABELS,
  BY_WORDS,
  WORK_BY,
  WRITER_NOUNS,
  alternation,
} from '../../language/byline-words.js';
import { isFurnitureLine } from './cleanup.js';
import {
  NOT_PEOPLE,
  courtesyGiver,
  creditName,
  hasAndWord,
  isCaselessName,
  isNameLike,
  markedCaption,
  nameParts,
  namesRole,
  withoutCaptionLabel,
  afterDatedBy,
} from '../text/lines.js';
import { isFormatLabel, isHomeLink, isTrailStart } from '../text/furniture.js';
import { NEWS_WORDS } from '../../language/news-words.js';
import { LABEL_COLONS } from '../../language/colons.js';
import { AND_WORDS } from '../../language/and-words.js';
import { datesIn, isDateLine, numericOrder } from '../text/dates.js';
import { weekdayNames, weekdayNamesIn } from '../../language/weekdays.js';
import { NAME_PARTICLES } from '../../language/name-particles.js';
import { isAnyGivenName } from '../../tagging/given-names.js';
import { declaredStopwords, isStopword } from '../../language/stopwords.js';
import { PHOTO_WORDS, SOURCE_WORDS } from '../../language/credit-words.js';
import { collapseWhitespace, decodeEntities } from '../text.js';

/** What the page says about itself, before any body extraction. */
export interface PageMeta {
  title: string | null;
  /** The printed headline element, used to anchor the header group. */
  headline: DomElement | null;
  section: string | null;
  summary: string | null;
  byline: string | null;
  published: string | null;
  updated: string | null;
  url: string | null;
  image: ImageRef | null;
  /** The lead figure element, when the image came from one. */
  leadFigure: DomElement | null;
  language: string | null;
  categories: string[];
  /** The site's own name (og:site_name, else the JSON-LD publisher). */
  siteName: string | null;
  /** JSON-LD articleBody, a second opinion on the body. */
  articleBody: string | null;
  /** Elements of the header group (kicker, dek, byline, dates) to keep out of the body. */
  headerBits: DomElement[];
  /** The section as printed, label and all ("Category: Events"), when its label was dropped. */
  sectionLine: string | null;
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// Every schema.org kind of article is named "…Article" ("SportsArticle", "OpinionNewsArticle").
const ARTICLE_TYPES =
  /^[A-Za-z]*Article$|^(?:Blog|LiveBlog|Social|SocialMedia|DiscussionForum)Posting$|^Report$/;

/** All JSON-LD objects in the page, @graph and arrays flattened. */
function jsonLdObjects(page: MetaPage): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json | undefined): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph'] !== undefined) visit(v['@graph']);
    }
  };
  for (const s of (page.byTag.get('script') ?? []).filter(
    (x) => x.getAttribute('type') === 'application/ld+json',
  )) {
    try {
      visit(JSON.parse((s.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, '')) as Json);
    } catch {
      // A broken JSON-LD block is common and simply ignored.
    }
  }
  return out;
}

/**
 * A node given only by reference ({"@id": "…#primaryimage"}, as a Yoast @graph links its nodes)
 * is the graph's node of that @id; anything else is itself.
 */
function resolved(v: Json | undefined, ld: JsonObject[]): Json | undefined {
  if (Array.isArray(v)) return v.map((x) => resolved(x, ld) ?? x);
  if (!isObject(v) || typeof v['@id'] !== 'string' || Object.keys(v).length !== 1) return v;
  return ld.find((o) => o !== v && o['@id'] === v['@id']) ?? v;
}

const typesOf = (o: JsonObject): string[] => {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};

const str = (v: Json | undefined): string | null => {
  if (typeof v === 'string') return collapseWhitespace(decodeEntities(v)) || null;
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v.name ?? v.url ?? v['@id']);
  return null;
};

/** Names from a JSON-LD author value (string, Person, array of either). */
function ldNames(v: Json | undefined): string[] {
  if (typeof v === 'string') return [collapseWhitespace(v)];
  if (Array.isArray(v)) return v.flatMap(ldNames);
  if (isObject(v) && typeof v.name === 'string') return [collapseWhitespace(v.name)];
  return [];
}

function ldImage(v: Json | undefined): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return ldImage(v[0]);
  if (isObject(v)) return str(v.url ?? v.contentUrl);
  return null;
}

/** Two image URLs name one picture when their paths agree (resizing parameters differ). */
function samePicture(a: string, b: string): boolean {
  try {
    return new URL(a).pathname === new URL(b).pathname;
  } catch {
    return a === b;
  }
}

/**
 * Caption and credit from the JSON-LD ImageObject of the same picture, for a page that prints
 * neither (an image without a caption line): schema.org `caption` and `creditText` (or its
 * `author`/`creator`). A copyright holder is the publisher, not a credit.
 */
function withLdCaption(image: ImageRef, ld: Json | undefined, base: string | null): ImageRef {
  if (image.caption || image.credit) return image;
  const o = Array.isArray(ld) ? ld.find(isObject) : ld;
  if (!isObject(o)) return image;
  const ldUrl = ldImage(o);
  const abs = ldUrl ? absoluteUrl(ldUrl, base) : null;
  if (image.url && abs && !samePicture(image.url, abs)) return image;
  const caption = str(o.caption);
  const credit = str(o.creditText) ?? ldNames(o.author)[0] ?? ldNames(o.creator)[0] ?? null;
  return { url: image.url ?? abs, caption, credit };
}

/**
 * The page as metadata reads it: its elements scanned once (see DocScan; the page does not change
 * while its metadata is read) and its meta tags by key.
 */
interface MetaPage extends DocScan {
  /** The first non-empty content of each meta tag by property, name or itemprop, lower-cased keys. */
  metas: Map<string, string>;
}

function metaTags(scan: DocScan): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of scan.byTag.get('meta') ?? []) {
    const k = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop');
    const v = m.getAttribute('content');
    if (k && v && v.trim() && !map.has(k.toLowerCase())) map.set(k.toLowerCase(), collapseWhitespace(v));
  }
  return map;
}

/** The first non-empty content of a meta tag by property, name or itemprop. */
function metaContent(page: MetaPage, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = page.metas.get(k.toLowerCase());
    if (v) return v;
  }
  return null;
}

/**
 * The section a schema.org microdata article declares on a printed label
 * (<span itemprop="articleSection">Health</span>): the page's declared section, as the JSON-LD
 * field is, where badges printed beside it ("Urgent", "Exclusive") are none.
 */
function microdataSection(page: MetaPage): string | null {
  const e = page.doc.querySelector('[itemprop="articleSection"]');
  const t = e && tagOf(e) !== 'meta' ? collapseWhitespace(textOf(e)) : '';
  return t && sectionLabelText(t) ? t : null;
}

/**
 * The category link a microdata article marks its genre (Joomla prints
 * "Category: <a itemprop="genre">Press releases</a>" in the article's info list): the story's own
 * category, where the breadcrumb above the headline names the menu item that lists it.
 */
function genreLink(page: MetaPage, h: DomElement): string | null {
  const item = closestAttr(h, 'itemscope');
  const e = item ? firstUnder(item, (x) => tagOf(x) === 'a' && x.getAttribute('itemprop') === 'genre') : null;
  const t = e ? collapseWhitespace(textOf(e)) : '';
  return t && sectionLabelText(t) ? t : null;
}

/** The nearest element from `e` up that carries the attribute. */
function closestAttr(e: DomElement, name: string): DomElement | null {
  for (let cur: DomElement | null = e; cur; cur = cur.parentElement) if (cur.hasAttribute(name)) return cur;
  return null;
}

/** Absolute web URL without tracking parameters or fragment (the shared URL rules). */
function pageUrlOf(href: string | null, base: string | null): string | null {
  const abs = href ? absoluteUrl(href.trim(), base) : null;
  const url = abs && /^https?:/i.test(abs) ? cleanUrl(abs) : null;
  // An address the page writes in letters outside ASCII (an IRI) is kept in its own spelling:
  // the escapes the URL parser puts in change how it reads, not where it leads.
  return url && href && NON_ASCII.test(href) ? unescapedLetters(url) : url;
}

const NON_ASCII = /[^\p{ASCII}]/u;

/** Runs of escaped bytes outside ASCII ("%C5%8B"): a letter's UTF-8, or something else. */
const ESCAPED_NON_ASCII = /(?:%[89a-f][0-9a-f])+/gi;

/** The URL with its escaped letters and marks written as such; other escapes stay. */
function unescapedLetters(url: string): string {
  return url.replace(ESCAPED_NON_ASCII, (run) => {
    try {
      const s = decodeURIComponent(run);
      return /^[\p{L}\p{M}\p{N}]+$/u.test(s) ? s : run;
    } catch {
      return run;
    }
  });
}

const HAS_ZONE = /(?:Z|[+-]\d\d:?\d\d)$/i;
const HAS_TIME = /T\d\d:\d\d/;

/** An ISO instant when the value states a date, a time and a zone; else null. */
function zonedIso(v: string | null): string | null {
  if (!v) return null;
  const s = v.trim();
  if (!HAS_TIME.test(s) || !HAS_ZONE.test(s) || Number.isNaN(Date.parse(s))) return null;
  return s;
}

const UPDATED_WORDS =
  /\b(?:updated?|modified|aktualisiert|mis à jour|actualizado|actualisé|aggiornato|bijgewerkt|zaktualizowano)\b|обновлено|обновлён/i;

/** Longest text of an h1 taken for a headline: past it, the h1 wraps more than a title. */
const MAX_HEADLINE_CHARS = 2000;

/** An element that says it is a first-level heading (role="heading" aria-level="1"). */
const isLevelOneHeading = (e: DomElement): boolean =>
  // The raw attribute values, as getAttribute gives them in an HTML document, without its checks:
  // asked of every element of the page.
  e.getAttributeNode('aria-level')?.value === '1' && e.getAttributeNode('role')?.value === 'heading';

/** The headline element: the h1 that best matches what the metadata calls the title. */
function findHeadline(page: MetaPage, metaTitles: string[], titleTagOnly: boolean): DomElement | null {
  // Each h1's text is read once and only up to a headline's length: scoring re-read the full text
  // of every h1 per comparison, and a page of thousands of long h1s took seconds.
  // An element that says it is the page's first-level heading counts as an h1 (a SharePoint
  // page's title is a div with role="heading" aria-level="1").
  const h1s = page.elements
    .filter((e, i) => page.tags[i] === 'h1' || isLevelOneHeading(e))
    .flatMap((h) => {
      const raw = boundedText(h, MAX_HEADLINE_CHARS);
      const t = raw === null ? '' : collapseWhitespace(raw.replace(/\u00a0/g, ' '));
      return t ? [{ h, t }] : [];
    });
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const metas = metaTitles.map(norm).filter(Boolean);
  if (h1s.length === 0)
    return (
      namedSubheading(page, metas, norm) ??
      microdataHeadline(page) ??
      (titleTagOnly ? openingHeading(page) : null)
    );
  const score = (h: DomElement, text: string): number => {
    const t = norm(text);
    let s = closestTag(h, ['article', 'main']) ? 1 : 0;
    if (metas.some((m) => m === t)) s += 4;
    else if (metas.some((m) => m.includes(t) || t.includes(m))) s += 2;
    if (closestTag(h, ['header', 'nav', 'footer', 'aside']) && !closestTag(h, ['article'])) s -= 2;
    return s;
  };
  let best: { h: DomElement; s: number } | null = null;
  for (const { h, t } of h1s) {
    const s = score(h, t);
    if (!best || s > best.s) best = { h, s };
  }
  const h1Named = best !== null && metas.includes(norm(boundedText(best.h, MAX_HEADLINE_CHARS) ?? ''));
  return (h1Named ? null : namedSubheading(page, metas, norm)) ?? best?.h ?? null;
}

/**
 * The heading a microdata article marks as its headline (<h2 itemprop="headline">), when no h1 is
 * and the metadata's title is the site's or the list's, not the story's: the markup's own word for
 * which heading is the title. Not a <meta> (no printed text) nor one in the header, navigation or footer.
 */
function microdataHeadline(page: MetaPage): DomElement | null {
  for (const h of scanTags(page, ['h2', 'h3', 'h4'])) {
    if (h.getAttribute('itemprop') !== 'headline' || !closestAttr(h, 'itemscope')) continue;
    if (closestTag(h, ['header', 'nav', 'footer', 'aside']) && !closestTag(h, ['article'])) continue;
    const t = boundedText(h, MAX_HEADLINE_CHARS);
    if (t && t.trim()) return h;
  }
  return null;
}

/** Paragraphs of prose after a heading that make it the opening of the text. */
const OPENING_PROSE = 3;
/** Blocks after a heading looked at for them (a date line, a picture, its caption between). */
const OPENING_BLOCKS = 8;

/**
 * The story's title on a page made by hand: no h1, no title in the metadata but the title tag (which
 * names the site, matching no heading), and the first h2 or h3 of the page outside its header,
 * navigation and footer standing before any paragraph of prose, a run of them after it in its own
 * box. A subheading has the text's prose before it.
 */
function openingHeading(page: MetaPage): DomElement | null {
  for (const e of scanTags(page, ['h2', 'h3', 'p'])) {
    if (tagOf(e) === 'p') {
      if (textLongerThan(e, 80) && !closestTag(e, ['header', 'nav', 'footer', 'aside'])) return null;
      continue;
    }
    if (closestTag(e, ['header', 'nav', 'footer', 'aside'])) continue;
    const t = boundedText(e, 300);
    if (!t || t.trim().split(/\s+/).length < 3) return null;
    let prose = 0;
    let s = e.nextElementSibling;
    for (let i = 0; s && i < OPENING_BLOCKS && prose < OPENING_PROSE; i++, s = s.nextElementSibling)
      if (tagOf(s) === 'p' && textLongerThan(s, 80)) prose++;
    return prose >= OPENING_PROSE ? e : null;
  }
  return null;
}

/**
 * A lower heading (h2–h4) whose text is the title the metadata gives, when no h1 is: templates
 * that keep the h1 for the site's name (a blog's) or print the story's title in a smaller heading
 * (a news extension's list-and-detail template). Not one in the page's header, navigation or footer.
 */
function namedSubheading(page: MetaPage, metas: string[], norm: (s: string) => string): DomElement | null {
  if (metas.length === 0) return null;
  for (const h of scanTags(page, ['h2', 'h3', 'h4'])) {
    if (closestTag(h, ['header', 'nav', 'footer', 'aside']) && !closestTag(h, ['article'])) continue;
    const t = boundedText(h, MAX_HEADLINE_CHARS);
    if (t && metas.includes(norm(t))) return h;
  }
  return titleBlock(page, metas, norm) ?? emphasisedTitle(page, metas, norm);
}

/** Words a title the <title> tag cuts short keeps at least, for the printed one to open with it. */
const SHORTENED_TITLE_MIN_WORDS = 3;

/**
 * A paragraph set in bold or a large font, no heading ("<p><font size=5><b>…</b></font></p>"), whose
 * text is the title the metadata gives, or opens with it when the <title> tag cuts the headline
 * short: a hand-written page's headline. Not a link, nor one in the header, navigation or footer.
 */
function emphasisedTitle(page: MetaPage, metas: string[], norm: (s: string) => string): DomElement | null {
  const long = metas.filter((m) => m.split(' ').length >= SHORTENED_TITLE_MIN_WORDS);
  if (long.length === 0) return null;
  for (const e of scanTags(page, ['p', 'div', 'td'])) {
    const t = boundedText(e, 300);
    if (!t || e.children.length !== 1) continue;
    const n = norm(t);
    if (!long.some((m) => n === m || n.startsWith(`${m} `))) continue;
    if (closestTag(e, ['header', 'nav', 'footer', 'aside', 'a']) || !styledApart(e)) continue;
    return e;
  }
  return null;
}

/**
 * A block the markup calls a title (class "title", "headline") whose text is the title the
 * metadata gives: site builders that set the headline in a styled div, with no heading at all.
 */
function titleBlock(page: MetaPage, metas: string[], norm: (s: string) => string): DomElement | null {
  for (const e of scanTags(page, ['div', 'p', 'span'])) {
    if (!roleWords(e).some((w) => w === 'title' || w === 'headline')) continue;
    if (closestTag(e, ['header', 'nav', 'footer', 'aside', 'a'])) continue;
    const t = boundedText(e, MAX_HEADLINE_CHARS);
    if (t && metas.includes(norm(t))) return e;
  }
  return null;
}

/** Does `box` hold `count` paragraphs longer than `chars`? Stops reading at the count. */
function longParagraphs(page: MetaPage, box: DomElement, chars: number, count: number): boolean {
  let n = 0;
  // Counted without building each paragraph's text, and only as far as `chars`.
  for (const p of scanUnder(page, box, 'p')) if (textLongerThan(p, chars) && ++n >= count) return true;
  return false;
}

/** `[rel="author"]`: HTML reads the value of rel without case. */
const relIsAuthor = (e: DomElement): boolean => e.getAttribute('rel')?.toLowerCase() === 'author';

/** The container that holds the headline and its printed furniture (kicker, dek, byline, dates). */
function headerGroup(page: MetaPage, h: DomElement): DomElement {
  let g: DomElement = h;
  for (let i = 0; i < 4 && g.parentElement; i++) {
    const p = g.parentElement;
    if (tagOf(p) === 'body' || tagOf(p) === 'main') break;
    g = p;
    if (longParagraphs(page, g, 250, 2)) break;
    if (i >= 1 && firstUnder(g, (e) => tagOf(e) === 'time' || relIsAuthor(e))) break;
  }
  return g;
}

/**
 * Where the byline is looked for: the header group, or, for a headline set straight in <main> (a
 * framework's flat page, no box of its own), <main>, where its byline is a sibling.
 */
function bylineScope(h: DomElement, group: DomElement): DomElement {
  const main = h.parentElement;
  return group === h && main !== null && tagOf(main) === 'main' ? main : group;
}

/** Elements of the tags listed in `sel` that come before `h` in document order inside `root`, not holding it. */
function before(page: MetaPage, root: DomElement, h: DomElement, tags: readonly string[]): DomElement[] {
  // One pass in document order up to `h`: looking each element up in the ordered list was
  // quadratic, seconds on a page of ten thousand elements.
  const wanted = new Set(tags);
  const out: DomElement[] = [];
  for (const e of scanTagsUnder(page, root, [...tags, tagOf(h)])) {
    if (e === h) break;
    if (wanted.has(tagOf(e)) && !e.contains(h) && !h.contains(e)) out.push(e);
  }
  return out;
}

/** A label of one or two words of any language, before its colon ("Foto", "Govor slika"). */
const LABEL_WORDS = "\\p{L}[\\p{L}\\p{M}'’]{1,14}(?:\\s\\p{L}[\\p{L}\\p{M}'’]{1,14})?";

/**
 * "By", "Text:", "بقلم:": the word before an author's name. The element is a byline already, so a
 * label may stand without its colon; one that is also a first name ("Oleh") only with it.
 */
const BYLINE_PREFIX = new RegExp(
  `^(?:(?:${alternation([...BY_WORDS, ...WORK_BY, ...AUTHOR_LABELS.filter((w) => !ALSO_NAMES.has(w))])})\\s*:?\\s+|(?:${alternation(AUTHOR_LABELS.filter((w) => ALSO_NAMES.has(w)))})\\s*:\\s*)`,
  'iu',
);

/**
 * "By" in scripts and languages the prefix above cannot spell: Chinese "作者：" or "記者：" (the
 * reporter, in either script; with a full-width colon and no space), Thai "โดย", Romanian "de"
 * (lower case only: "De" opens Dutch and Flemish surnames).
 */
const BYLINE_PREFIX_MORE = /^(?:(?:作者|撰文|文字|記者|记者)\s*[:：]\s*|โดย\s+|de\s+(?=\p{Lu}))/u;

/** "Name, Role", "Name | Role" or "Name - Role": the name alone, when the part after the separator names a role. */
function withoutRole(t: string): string {
  const m = /\s*(?:,|\s[|–—·-]\s)/.exec(t);
  if (!m || m.index === 0) return t;
  const name = t.slice(0, m.index);
  const tail = t.slice(m.index + m[0].length);
  return (namesRole(tail) ||
    namesWriterNoun(tail) ||
    namesOffice(name, tail) ||
    namesDeskInLowerCase(name, tail)) &&
    !namesRole(name)
    ? name
    : t;
}

/** Words of a desk or role written in lower case after a name at most ("press office", "staff"). */
const LOWER_DESK_MAX_WORDS = 3;

/**
 * "Ann Lee, press office", "Ana Ruiz, redacción": after a full name, a part whose every word is
 * in lower case, in a script that writes names with a capital, is the writer's desk or role in
 * words no role list knows; a second writer's name would open with a capital.
 */
function namesDeskInLowerCase(name: string, tail: string): boolean {
  const bare = withoutLabel(name);
  const words = tail.trim().split(/\s+/u);
  return (
    isNameLike(bare, 4) &&
    bare.trim().split(/\s+/u).length >= 2 &&
    words.length <= LOWER_DESK_MAX_WORDS &&
    words.every((w) => /^\p{Ll}[\p{Ll}\p{M}'’-]*$/u.test(w)) &&
    !words.some(hasAndWord)
  );
}

/**
 * "Press officer A.Lee", "Хэвлэлийн ажилтан Б.Ann": a name written as an initial joined to the
 * surname by a dot (as Mongolian and Kazakh pages sign), after words of which one is in lower
 * case: those words are the writer's role, no part of a name.
 */
const ROLE_THEN_INITIAL_NAME =
  /^(\p{L}[\p{L}\p{M}'’-]*(?:\s+\p{L}[\p{L}\p{M}'’-]*){0,4})\s+(\p{Lu}\.\s?\p{Lu}[\p{Ll}\p{M}'’-]+)$/u;

function withoutRoleBefore(t: string): string {
  const m = ROLE_THEN_INITIAL_NAME.exec(t);
  return m && m[1]!.split(/\s+/u).some((w) => /^\p{Ll}/u.test(w)) ? m[2]! : t;
}

/** Letters a language may add to a noun's end (a possessive, a case): "kirjoittaja" + "n". */
const NOUN_ENDING_MAX_LETTERS = 2;

/**
 * "Urheilun Kirjoittajan": a part whose last word is a writer's noun of the byline-word table, with
 * at most an ending of its language, names the writer's role, not a second name.
 */
function namesWriterNoun(tail: string): boolean {
  const last = tail.trim().split(/\s+/u).pop()?.toLowerCase() ?? '';
  return WRITER_NOUNS.some((w) => last.startsWith(w) && last.length - w.length <= NOUN_ENDING_MAX_LETTERS);
}

/**
 * "Ann Lee, Office of Public Affairs", "Ann Lee, Servizio di Stampa": after a full name, a
 * capitalised phrase joined by a word in lower case that opens with no given name is the
 * writer's office or desk in words no role list knows; a second writer's name ("Bo de Vries")
 * opens with a given name.
 */
function namesOffice(name: string, tail: string): boolean {
  // "Ann Lee, of the Press Office", "Ann Lee, da Secretaria de Imprensa": short words in lower
  // case before the office's name join it to the writer (of, from, the); its words follow.
  const words = tail.trim().split(/\s+/u);
  let joined = false;
  for (let i = 0; i < MAX_OFFICE_JOINERS && isJoiner(words[0]); i++, joined = true) words.shift();
  // The box's label ("Text: Ann Lee, …") is only dropped later, after the role.
  const bare = withoutLabel(name);
  return (
    isNameLike(bare, 4) &&
    bare.trim().split(/\s+/u).length >= 2 &&
    words.length >= (joined ? 2 : 3) &&
    words.length <= 6 &&
    !/\p{Nd}/u.test(tail) &&
    /^\p{Lu}/u.test(words[0]!) &&
    !isAnyGivenName(words[0]!) &&
    (joined || words.slice(1, -1).some((w) => /^\p{Ll}+$/u.test(w))) &&
    /^\p{Lu}/u.test(words[words.length - 1]!)
  );
}

/** Words that join an office's name to the writer's at most: a preposition and an article. */
const MAX_OFFICE_JOINERS = 2;

/** A word of one to four letters in lower case, not an "and": a preposition or an article ("of", "da", "the"). */
const isJoiner = (w: string | undefined): boolean =>
  w !== undefined && /^\p{Ll}{1,4}$/u.test(w) && !hasAndWord(w);

const EMAIL = /\s*\S+@\S+\.\p{L}{2,}\s*/gu;
/**
 * "… · Photographs by X", "…, additional reporting by X": a credit for other work than the words.
 * After the medium's word, "de" is the Romance "by" ("Fotografia de X"), not a surname's particle.
 */
const OTHER_CREDIT = new RegExp(
  `\\s*(?:[|•·,;–—-]|\\band\\b)\\s*(?:photo(?:graph)?s|pictures|illustrations?|graphics|video|additional reporting|reporting|editing|edited|fotos?|fotograf\\p{L}*|bilder)\\s+(?:${alternation(BY_WORDS)}|de)\\s+.*$`,
  'iu',
);
const withoutOtherCredit = (t: string): string => t.replace(OTHER_CREDIT, '');

const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * "Ann Lee - examplenews", "Ann Lee | Example News": a byline that ends in the site's own name
 * (its host's name or og:site_name) keeps the names before the separator.
 */
export function withoutOwnOutlet(byline: string, url: string | null, siteName: string | null): string {
  const m = /^(.+?)\s+[-–—|/·]\s+([^-–—|/·]+)$/u.exec(byline);
  if (!m) return byline;
  let host = '';
  try {
    host = url ? (new URL(url).hostname.replace(/^www\./, '').split('.')[0] ?? '') : '';
  } catch {
    host = '';
  }
  const outlet = letters(m[2]!);
  const own = [letters(host), letters(siteName ?? '')].filter((x) => x.length >= 4);
  const same = outlet.length >= 4 && own.some((o) => o.includes(outlet) || outlet.includes(o));
  return same ? m[1]!.trim() : byline;
}

/**
 * "ብ Ann Lee" in a script without case: a word of one letter (with its marks) before a name of two
 * to four words is the language's "by", set apart; no word of a name is a lone letter there, an
 * initial carries its dot.
 */
const LONE_LETTER_BEFORE_NAME = /^\p{Lo}\p{M}*\s+(\p{Lo}[\p{Lo}\p{M}]*(?:\s+\p{Lo}[\p{Lo}\p{M}]*){1,3})$/u;

/** A word, or a word and a word in lower case, before a name of two to four words. */
const WORDS_BEFORE_NAME =
  /^(\p{Lu}[\p{Ll}\p{M}]*)(?:\s+(\p{Ll}[\p{Ll}\p{M}]*))?\s+(\p{Lu}\S*(?:\s+\S+){1,3})$/u;

/** A word in lower case before a name of two to four capitalised words. */
const LOWER_WORD_BEFORE_NAME =
  /^(\p{Ll}[\p{Ll}\p{M}]*)\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})$/u;

/**
 * "Ein Beitrag von Ann Lee", "A report by Ann Lee": one to three words, then a "by" of the
 * byline-word table in lower case, then the names.
 */
const LEAD_IN_BEFORE_BY = new RegExp(
  `^((?:\\S+\\s+){1,3}?)(?:${alternation([...BY_WORDS, ...WORK_BY])})\\s+(.+)$`,
  'u',
);

/**
 * The phrase a box prints before its "by" ("A contribution by", "Un articolo di") is no part of
 * the names: it opens with a function word of the page's language and holds no given name, where
 * a name whose particle is a "by" ("Hilma af Klint", "Ann von Berg") opens with its given name.
 */
function withoutLeadIn(byline: string, language: string | null): string {
  const m = LEAD_IN_BEFORE_BY.exec(byline);
  if (!m) return byline;
  const lead = m[1]!.trim().split(/\s+/u);
  const opensAsPhrase =
    isStopword(lead[0]!, language) || declaredStopwords(language)?.has(lead[0]!.toLowerCase());
  return opensAsPhrase && !lead.some(isAnyGivenName) && readsAsNames(m[2]!) ? m[2]! : byline;
}

/** A byline's first word, and the rest. */
const FIRST_WORD = /^(\p{L}+)\s+(.+)$/u;

/**
 * "Vum Ann Lee", "Miktub minn Bo Roe": the author's box keeps the page's "by" in a language no
 * list knows. A name holds no word in lower case but its particles, so a lower-case word before
 * the name ends the "by"; a lone word before it is one when the page's paragraphs print it in
 * lower case ("vum" in "… vum Fonds …") and it is no given name.
 */
function withoutByWords(byline: string, page: MetaPage, language: string | null): string {
  const led = withoutLeadIn(byline, language);
  if (led !== byline) return led;
  const fn = FIRST_WORD.exec(byline);
  // "Oleh Ann Lee": a first word the page's language lists among its function words is its
  // "by", though it may be a given name in another language.
  if (fn && declaredStopwords(language)?.has(fn[1]!.toLowerCase()) && readsAsNames(fn[2]!)) return fn[2]!;
  const lone = LONE_LETTER_BEFORE_NAME.exec(byline);
  if (lone) return lone[1]!;
  // "eftir Ann Lee": a lone word in lower case before a capitalised name is the "by" as the
  // page sets it, in whatever language, unless it is a particle of the name ("van Gogh").
  const lowerBy = LOWER_WORD_BEFORE_NAME.exec(byline);
  if (lowerBy && !NAME_PARTICLES.has(lowerBy[1]!) && !hasAndWord(lowerBy[1]!) && isNameLike(lowerBy[2]!, 4))
    return lowerBy[2]!;
  const m = WORDS_BEFORE_NAME.exec(byline);
  if (!m || isAnyGivenName(m[1]!) || !isNameLike(m[3]!, 4)) return byline;
  if (m[2]) return NAME_PARTICLES.has(m[2]) ? byline : m[3]!;
  const word = m[1]!.toLowerCase();
  const lower = (p: DomElement): boolean => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(textOf(p));
  return (page.byTag.get('p') ?? []).some(lower) ? m[3]! : byline;
}

/**
 * "<name>, <role>" in a script without case: no capital tells a role from a second name, but the
 * page's structured data names its authors. The comma parts that name all of them, and after
 * them parts it names not, are the names and the role ("Ann Lee, senior reporter" where the data
 * names Ann Lee alone).
 */
function withoutUnlistedParts(byline: string, ldAuthors: readonly string[]): string {
  const parts = byline.split(/\s*,\s*/u);
  if (parts.length < 2 || ldAuthors.length === 0 || /[\p{Lu}\p{Ll}]/u.test(byline)) return byline;
  const listed = new Set(ldAuthors.map(letters));
  const names = parts.slice(0, listed.size);
  const rest = parts.slice(listed.size);
  return names.every((p) => listed.has(letters(p))) &&
    new Set(names.map(letters)).size === listed.size &&
    rest.every((p) => !listed.has(letters(p)))
    ? names.join(', ')
    : byline;
}

/** Names only, as printed: prefix and role dropped. */
export function cleanByline(s: string): string | null {
  let t = collapseWhitespace(s.replace(/\u00a0/g, ' '));
  t = t
    .replace(BYLINE_PREFIX, '')
    .replace(BYLINE_PREFIX_MORE, '')
    .replace(/\s*[|•·—–-]\s*$/, '');
  t = withoutPlace(withoutRole(withoutRoleBefore(withoutOtherCredit(t.replace(EMAIL, ' ').trim()))));
  t = withoutLabel(t.replace(/^(?:автор|author)\s*:\s*/i, ''));
  if (/\p{Nd}/u.test(t)) t = beforeDigits(t);
  if (!t || t.length > 100 || NOT_PEOPLE.test(t) || onlyRole(t) || ACCOUNT_NAME.test(t)) return null;
  return t;
}

/** A name of two to four words, a short word in lower case, and one word in capitals. */
const NAME_THEN_PLACE = /^(\p{Lu}\S*(?:\s\S+){1,3})\s(\p{Ll}{1,3})\s(\p{Lu}[\p{L}\p{M}'’-]*)$/u;

/**
 * "Ann Lee in Kampala", "Ann Lee à Lyon": where the reporter filed from, after the name. The short
 * word is the "in" of the page's language unless it is an "and" or a name's particle ("Ann de
 * Vries"); a second name of one word after an "and" is left alone.
 */
function withoutPlace(t: string): string {
  const m = NAME_THEN_PLACE.exec(t);
  if (!m || hasAndWord(m[2]!) || NAME_PARTICLES.has(m[2]!) || !isNameLike(m[1]!, 4)) return t;
  return m[1]!;
}

/**
 * "site_admin", "jdoe": a CMS account's login, one word in lower case (underscores, dots and
 * digits allowed), that the template prints where a name goes; no person's name is written so.
 */
const ACCOUNT_NAME = /^(?=.*\p{Ll})[\p{Ll}\p{Nd}_.-]+$/u;

/** A word (and a short one in lower case) and any script's colon ("፦"), before what follows. */
const WORD_LABEL = new RegExp(
  `^\\p{L}[\\p{L}\\p{M}]*(?:\\s\\p{Ll}[\\p{L}\\p{M}'’]{1,9})?\\s*[${LABEL_COLONS}]\\s*(.+)$`,
  'u',
);

/**
 * "Аўтар: Ann Lee", "Tekstas: Ann Lee": one word and a colon before a name is the box's label, in
 * whatever language, when what follows it reads as a name; or a word and a short one in lower
 * case after it ("the writer" of languages that put the article after the noun).
 */
function withoutLabel(t: string): string {
  const m = WORD_LABEL.exec(t);
  const name = m?.[1];
  return name !== undefined && readsAsNames(name) ? name : t;
}

/**
 * "Ann Lee kaj Bo Roe": two names of two words or more each, joined by a short word in lower
 * case, the "and" of a language no list holds (a name's particle, "de", "van", is no joiner).
 */
const UNKNOWN_JOINER = /^(\S+(?:\s\S+)+?)\s(\p{Ll}{1,5})\s(\S+(?:\s\S+)+)$/u;

/** Names, each a name, joined by commas and a known or unknown "and". */
function readsAsNames(s: string): boolean {
  if (nameParts(s).every((n) => isNameLike(n) || isCaselessName(n))) return true;
  const m = UNKNOWN_JOINER.exec(s);
  return m !== null && !NAME_PARTICLES.has(m[2]!) && isNameLike(m[1]!) && isNameLike(m[3]!);
}

/**
 * Names hold no digits: a byline box's text that runs into a date or a time ("Ann Lee · March 2
 * 2026 - 2:45pm") keeps what comes before the separator ahead of the first digit, else nothing.
 */
function beforeDigits(t: string): string {
  // Any script's digits: a Bengali or Persian date is no part of a name either.
  const head = t.slice(0, t.search(/\p{Nd}/u));
  const cut = head.search(/\s*(?:[,|•·–—]|\s-\s)[^,|•·–—]*$/u);
  return cut > 0 ? head.slice(0, cut).trim() : '';
}

/** "Staff writer", "Senior Reporter", "News desk": a role and no name, which is no byline. */
function onlyRole(t: string): boolean {
  return namesRole(t) && t.split(/\s+/).every((w) => namesRole(w) || /^(?:and|&|of|the)$/i.test(w));
}

/**
 * Class words with camel-case names split as well ("authorByline" → author, byline): templates
 * that name their boxes in camel case.
 */
function camelWords(el: DomElement): string[] {
  const words = roleWords(el);
  const raw = `${classOf(el)} ${el.getAttribute('id') ?? ''}`;
  // Without a capital the split gives roleWords' own class and id words again: read on every
  // element of the article, the split was most of the byline search.
  if (words.length === 0 || !/\p{Lu}/u.test(raw)) return words;
  const split = raw.split(/[\s_\-:]+|(?<=\p{Ll})(?=\p{Lu})/u).map((w) => w.toLowerCase());
  return [...words, ...split.filter((w) => w !== '')];
}

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
 * Class words of an author's box, in the languages we read, besides the writer's nouns of the
 * byline-word table (WRITER_NOUNS); "uid" names Drupal's author field, "username" the account
 * name a CMS prints in its "submitted by" line.
 */
const AUTHOR_ROLE_WORDS: readonly string[] = [
  'byline',
  'reporter',
  'uid',
  'username',
  'author',
  'authors',
  'autori',
  'autor',
  'auteurs',
  'verfasser',
  'forfattere',
  'skribent',
  'tekijä',
  'автор',
];

/** The words as written and without accents, as class names spell them ("szerzo" for "szerző"). */
const AUTHOR_ROLE: ReadonlySet<string> = new Set(
  [...AUTHOR_ROLE_WORDS, ...WRITER_NOUNS].flatMap((w) => [w, w.normalize('NFD').replace(/\p{M}/gu, '')]),
);

/**
 * The Latin "auctor" with an ending of its language: "autorius", "autorka", "autora", "auteure" —
 * a class word for the author in languages whose word the list above does not spell.
 */
const AUTHOR_STEM = /^(?:autor|auteur)\p{Ll}{1,3}$/u;

/**
 * The first four letters of every word AUTHOR_ROLE or AUTHOR_STEM takes, built from that list so a
 * word added there is never missed: a test of the raw role attributes, lower-cased, that spares
 * splitting the class of most elements of a page.
 */
const AUTHOR_HINT = new RegExp([...new Set([...AUTHOR_ROLE].map((w) => w.slice(0, 4)))].join('|'));

/** Whether the element's class or id words name it an author's box ("author-name", "bylineBox"). */
export function mayNameAuthor(el: DomElement): boolean {
  if (!roleAttrsHold(el, AUTHOR_HINT)) return false;
  return camelWords(el).some((w) => AUTHOR_ROLE.has(w) || AUTHOR_STEM.test(w));
}

/**
 * The name in an author element: its part marked as the name (itemprop="name") when it has one,
 * leaving out the label printed before it ("Written: Ann Lee") and the icons; else all its text.
 */
function authorName(a: DomElement): string {
  const named = a.querySelector('[itemprop="name"]');
  return named && textOf(named) ? textOf(named) : textOf(a);
}

/**
 * An author box without a link right before a link ("<div class="author-by">By</div> <a>Ann
 * Lee</a>"): the label of the name beside it, whatever its language, not the name.
 */
function labelsNextLink(e: DomElement): boolean {
  const next = e.nextElementSibling;
  if (tagOf(e) === 'a' || first(e, 'a')) return false;
  return next !== null && tagOf(next) === 'a' && textOf(next) !== '';
}

/** Text that reads as a person's name, in a cased script or a caseless one. */
const readsAsName = (t: string): boolean => isNameLike(t, 5) || isCaselessName(t);

/** Levels above an author's link at which the author box around it is looked for. */
const AUTHOR_BOX_LEVELS = 3;

/** Parts of an author box that may print the name: a heading, bold text, a part its class calls the name. */
const NAME_PART_TAGS = 'h2, h3, h4, h5, h6, strong, b, span, div, p';

/**
 * "<h4>Ann Lee</h4> … <a class="author-box__button" href="/author/ann">See all posts</a>": an
 * author box's link whose text is a call in the page's words, not a name. The box's own name (its
 * heading, its bold text, the part its class calls the name) stands for the link; null when the box
 * prints no such name.
 */
function authorBoxName(link: DomElement): DomElement | null {
  let box = link.parentElement;
  for (let i = 0; box && i < AUTHOR_BOX_LEVELS; i++, box = box.parentElement) {
    if (!mayNameAuthor(box)) continue;
    const named = all(box, NAME_PART_TAGS).find(
      (e) =>
        !e.contains(link) &&
        !link.contains(e) &&
        (/^(?:h[2-6]|strong|b)$/.test(tagOf(e)) || roleWords(e).includes('name')) &&
        readsAsName(textOf(e)),
    );
    if (named) return named;
  }
  return null;
}

/** A marked author's link, or the name of its author box when the link's text names no one. */
function namedAuthorPart(e: DomElement): DomElement {
  if (tagOf(e) !== 'a' || readsAsName(cleanByline(authorName(e)) ?? '')) return e;
  return authorBoxName(e) ?? e;
}

/** A microformats root class of a cited post or of an entry ("h-cite", "h-entry"). */
const CITE_ROOT = /(?:^|\s)h-cite(?:\s|$)/;
const ENTRY_ROOT = /(?:^|\s)h-entry(?:\s|$)/;

/**
 * Is `e` inside a nested microformats entry: a reply's or a mention's "h-cite", or a comment's
 * "h-entry" within the post's own? Its author is that entry's, not the story's (microformats
 * give each property to its nearest root).
 */
function inNestedEntry(e: DomElement): boolean {
  let entries = 0;
  for (let cur = e.parentElement; cur; cur = cur.parentElement) {
    const c = classOf(cur);
    if (CITE_ROOT.test(c) || (ENTRY_ROOT.test(c) && ++entries > 1)) return true;
  }
  return false;
}

/** Class words of the box that introduces the writer under the text (its photo, a line on them). */
const BIO_ROLE = /^(?:bio|biography)$/;

/**
 * Is `e` in the writer's bio box? Its links ("All posts by Ann Lee") lead to the writer's page but
 * are not the byline, which the header prints.
 */
function inAuthorBio(e: DomElement): boolean {
  for (let cur: DomElement | null = e; cur; cur = cur.parentElement)
    if (roleWords(cur).some((w) => BIO_ROLE.test(w))) return true;
  return false;
}

function printedByline(group: DomElement, page: MetaPage): string | null {
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
        );
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
function prefixedBylineLine(group: DomElement): string | null {
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
function labelledBesidePhotoLine(group: DomElement): string | null {
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
const withoutSectionLabel = (t: string): string => LABELLED_SECTION.exec(t)?.[1] ?? t;

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
function nameBesideDate(box: DomElement, language: string | null): string | null {
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
function namesBeforeTime(group: DomElement, language: string | null): string | null {
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

function printedPublished(group: DomElement, page: MetaPage): string | null {
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

/** The entries of a trail, in order: names with their link, when they have one. */
interface Crumb {
  name: string;
  href: string | null;
}

/** The JSON-LD BreadcrumbList's entries by position. */
function ldCrumbs(ld: JsonObject[]): Crumb[] {
  const list = ld.find((o) => typesOf(o).includes('BreadcrumbList'));
  const items = list?.itemListElement;
  if (!Array.isArray(items)) return [];
  return items
    .filter(isObject)
    .map((i) => ({ pos: typeof i.position === 'number' ? i.position : Number(i.position), i }))
    .sort((a, b) => a.pos - b.pos)
    .map(({ i }) => ({
      name: str(i.name) ?? (isObject(i.item) ? str(i.item.name) : null) ?? '',
      href: typeof i.item === 'string' ? i.item : isObject(i.item) ? str(i.item['@id'] ?? i.item.url) : null,
    }));
}

/** The linked entries of a breadcrumb trail printed in the page (a box the markup calls one). */
function printedCrumbs(page: MetaPage): Crumb[] {
  const trail = page.elements.find(
    (e) =>
      (roleAttrsHold(e, 'breadcrumb') && camelWords(e).some((w) => /^breadcrumbs?$/.test(w))) ||
      /breadcrumb/i.test(e.getAttribute('aria-label') ?? ''),
  );
  const found = trail ?? unnamedTrail(page);
  if (!found) return [];
  const links = all(found, 'a').map((a) => ({ name: textOf(a), href: a.getAttribute('href') }));
  // A trail in a list ends with the page's own entry, unlinked: the story's title, or the index
  // it is filed under ("Press releases") when the title is not repeated there.
  const items = all(found, 'li');
  const last = items[items.length - 1];
  return last && items.length > links.length && !first(last, 'a') && links.length >= 1
    ? [...links, { name: textOf(last), href: null }]
    : links;
}

/** A trail's separator between two entries printed as text ("News › Sport", "News > Sport"). */
const TRAIL_SEPARATOR = /\s+[›>»/]\s+/u;
/** Entries of a trail printed as text at most. */
const TRAIL_MAX_ENTRIES = 4;

/**
 * "News > Tournaments" printed as plain text right above the headline (a hand-made page's trail,
 * without links): two to four short labels between separators, none of them the headline. The
 * last entry names the story's section.
 */
function textTrailAbove(h: DomElement): string | null {
  const e = h.previousElementSibling;
  if (!e || all(e, 'a').length > 0 || all(e, 'p, div, li').length > 0) return null;
  const t = shortTextOf(e, 120);
  const parts = t ? t.split(TRAIL_SEPARATOR) : [];
  const last = parts[parts.length - 1] ?? '';
  if (parts.length < 2 || parts.length > TRAIL_MAX_ENTRIES || !sectionLabelText(last)) return null;
  return parts.every((x) => x.length <= 40 && x.split(' ').length <= 5) ? last : null;
}

/** Blocks above the headline a trail may stand, a kicker and a date between. */
const TRAIL_REACH = 3;

/**
 * "Home » News » Harbour" printed above a kicker in capitals ("HARBOUR"): the capitals are the
 * kicker's type, the trail's last entry spells the section's name. The trail's spelling of a
 * section in capitals, or null where none of the few blocks above the headline ends in it.
 */
function trailCasing(h: DomElement, section: string): string | null {
  if (section !== section.toUpperCase() || section === section.toLowerCase()) return null;
  let e = h.previousElementSibling;
  for (let k = 0; e && k < TRAIL_REACH; k++, e = e.previousElementSibling) {
    const parts = (shortTextOf(e, 120) ?? '').split(TRAIL_SEPARATOR);
    const last = parts[parts.length - 1] ?? '';
    if (parts.length >= 2 && last !== section && last.toUpperCase() === section) return last;
  }
  return null;
}

/** Links that go down one path, each below the one before ("/", "/local/", "/local/roads/"). */
function descends(links: DomElement[]): boolean {
  const paths = links.map((a) => {
    try {
      return new URL(a.getAttribute('href') ?? '', 'https://x.invalid/').pathname.replace(/\/?$/, '/');
    } catch {
      return '';
    }
  });
  return paths.every((p, i) => p !== '' && (i === 0 || (p.startsWith(paths[i - 1]!) && p !== paths[i - 1])));
}

/**
 * A trail the markup does not name: a box of two to five links and nothing else but separators
 * ("Home / Local", "Home › News › Local"), each link below the one before, before the first h1.
 */
function unnamedTrail(page: MetaPage): DomElement | null {
  const h1 = scanFirst(page, 'h1');
  for (const e of scanTags(page, ['div', 'p', 'ol', 'ul', 'nav', 'h1'])) {
    if (e === h1) break;
    if (h1 && e.contains(h1)) continue;
    const links = scanUnder(page, e, 'a');
    if (links.length < 2 || links.length > 5 || closestTag(e, ['header', 'footer'])) continue;
    if (!/^(?:\/|https?:\/\/[^/]+\/?)$/.test(links[0]!.getAttribute('href') ?? '')) continue;
    let rest = textOf(e);
    for (const a of links) rest = rest.replace(textOf(a), '');
    if (/^[\s/›>»\\]+$/u.test(rest) && /[/›>»\\]/u.test(rest) && descends(links)) return e;
  }
  return null;
}

/** The path an entry links to, or null ("/", "/news/"). */
function crumbPath(c: Crumb): string | null {
  if (c.href === null) return null;
  try {
    return new URL(c.href, 'https://x.invalid/a/b').pathname;
  } catch {
    return null;
  }
}

/** An entry that links to the site's root: the front page, in whatever words ("Thuis", "መነሻ"). */
const linksToRoot = (c: Crumb): boolean => crumbPath(c) === '/';

/**
 * The site's news index named in the page's language ("Nuacht", "Uutiset"; CLDR's words for news,
 * news-words.ts), at the top of the site's tree ("/nuacht"): the index of all its stories, no
 * section. (Below a part of the site, "/cy/newyddion", it is that part's news, a section of it.)
 */
function isNewsIndex(c: Crumb, language: string | null): boolean {
  const words = language ? NEWS_WORDS[language] : undefined;
  if (words === undefined || !/^\/[^/]+\/?$/.test(crumbPath(c) ?? '')) return false;
  return words.split('|').includes(collapseWhitespace(c.name).toLocaleLowerCase());
}

/**
 * The section a breadcrumb trail names: its last entry short of the article itself (an entry
 * repeating the headline or linking to the page), past the front page and the news index. Only linked entries of a
 * printed trail count: an unlinked last entry is the story's own tag or title.
 */
function breadcrumbSection(
  crumbs: Crumb[],
  title: string | null,
  url: string | null,
  language: string | null,
): string | null {
  const key = (x: string): string =>
    x
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const own = (c: Crumb): boolean =>
    (title !== null && key(c.name) === key(title)) ||
    (url !== null && c.href !== null && absoluteUrl(c.href, url) === url);
  const names = crumbs
    .filter((c) => !own(c) && !isTrailStart(c.name) && !linksToRoot(c) && !isNewsIndex(c, language))
    .map((c) => collapseWhitespace(c.name))
    .filter((n) => n.length > 1 && n.length <= 40 && n.split(' ').length <= 4);
  return names[names.length - 1] ?? null;
}

/**
 * The section a <title> names between the headline and the site's name: "Headline | Section |
 * Site", as portals print it. Only when the first part is the headline and the last the site.
 */
function titleTagSection(titleTag: string, headline: string | null, site: string | null): string | null {
  if (!headline || !site) return null;
  const key = (x: string): string =>
    x
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const parts = collapseWhitespace(titleTag).split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length !== 3 || key(parts[0] ?? '') !== key(headline) || key(parts[2] ?? '') !== key(site))
    return null;
  const mid = parts[1] ?? '';
  return mid.length > 1 && mid.split(' ').length <= 4 && !isHomeLink(mid) ? mid : null;
}

const BACK_LINK = /^(?:[←‹«<⟵]|back to\s)/iu;

/** Short label printed just before the headline (kicker, rubric, category badge, breadcrumb end). */
function printedSection(
  page: MetaPage,
  group: DomElement,
  h: DomElement,
  metaSection: string | null,
  linksOnly = false,
): string | null {
  const els = before(page, group, h, ['a', 'span', 'div', 'p', 'li', 'nav']).filter(
    (e) => !inSiteMenu(e) && !(linksOnly && plainKicker(e)),
  );
  const known = new Map<string, boolean>();
  const textOk = (t: string): boolean => {
    let ok = known.get(t);
    if (ok === undefined) known.set(t, (ok = sectionLabelText(t)));
    return ok;
  };
  // Only one label is taken, so the furniture tests run on the few elements that could be it: a
  // mega-menu above the headline has thousands of links.
  const nearest = els.findLast((e) => isSectionLabel(e, textOf(e), textOk));
  // A kicker the page's own trail lists is a section of the site (a desk under the declared one,
  // "Books" under "Culture"): printed next to the headline, it is the story's section.
  if (nearest && metaSection && plainKicker(nearest) && inTrail(page, textOf(nearest)))
    return textOf(nearest);
  if (metaSection) {
    const wanted = metaSection.toLowerCase();
    for (const e of els) {
      const t = textOf(e);
      if (t.toLowerCase() === wanted && isSectionLabel(e, t, textOk)) return t;
    }
  }
  if (!nearest) return null;
  // A kicker in plain text, linking nowhere, names the story's topic ("Council meeting"); when
  // the page declares a section, that is the section.
  if (metaSection && plainKicker(nearest)) return null;
  return firstOfCommaList(nearest) ?? textOf(nearest);
}

/**
 * A headline set straight in <main> (a framework's flat page, no header box of its own): its
 * section label is a sibling above it, a link to the section's page ("<a href="/news/transport">").
 * Only a link: a label in plain text there is the page's type ("Press release"), set in the meta
 * row with the date.
 */
function flatMainSection(
  page: MetaPage,
  group: DomElement,
  h: DomElement,
  metaSection: string | null,
): string | null {
  const main = bylineScope(h, group);
  return main === group ? null : printedSection(page, main, h, metaSection, true);
}

/** A label in plain text, no link in it or around it. */
const plainKicker = (e: DomElement): boolean => tagOf(e) !== 'a' && !first(e, 'a') && !closestTag(e, ['a']);

/** Does the page's breadcrumb trail hold an entry of this name? */
const inTrail = (page: MetaPage, name: string): boolean =>
  printedCrumbs(page).some((c) => collapseWhitespace(c.name).toLowerCase() === name.toLowerCase());

/**
 * A CMS's section field on a page that prints the headline in a title block outside the article:
 * a box the markup names the section ("field--name-field-section"), ahead of the text, holding one
 * link to the section and nothing else. The label printed with the story: it goes before a
 * breadcrumb above the title block, which gives the site's menu name for the same page.
 */
function sectionField(page: MetaPage, h: DomElement): string | null {
  const scope = articleScope(page);
  if (!scope || scope.contains(h)) return null;
  for (const e of scanTagsUnder(page, scope, ['div', 'span', 'p'])) {
    if (tagOf(e) === 'p') return null;
    if (!roleWords(e).includes('section')) continue;
    const links = all(e, 'a');
    const t = textOf(e);
    if (links.length === 1 && textOf(links[0]!) === t && sectionLabelText(t)) return t;
  }
  return null;
}

/** Blocks after the headline that make its meta line: the date's and author's row, a standfirst. */
const META_ROWS_AFTER_HEADLINE = 3;

/**
 * The section printed in the meta line under the headline in an element the markup names the
 * section or category ("<span class="section">Health</span> · <time>…", as blog engines print a
 * post's section beside its date): a short label, holding no more than its own link.
 */
function markedSectionAfter(h: DomElement): string | null {
  let row = h.nextElementSibling;
  for (let i = 0; row && i < META_ROWS_AFTER_HEADLINE; i++, row = row.nextElementSibling) {
    for (const e of [row, ...all(row, 'span, a, div, p, li')]) {
      if (!['span', 'a', 'div', 'p', 'li'].includes(tagOf(e)) || e.children.length > 1) continue;
      if (!roleWords(e).some((w) => w === 'section' || w === 'category')) continue;
      const t = textOf(e);
      const inner = e.children[0];
      if ((inner === undefined || (tagOf(inner) === 'a' && textOf(inner) === t)) && isSectionLabel(e, t))
        return t;
    }
  }
  return null;
}

/** A field's label and its colon closing a run of text ("… | Rubrik: ", "Kategori："). */
const FIELD_LABEL_END = new RegExp(`(?:^|[|·•])\\s*(${LABEL_WORDS})\\s*[${LABEL_COLONS}]\\s*$`, 'u');

/**
 * The rows printed after the headline (its meta line, a standfirst): its own siblings, or those of
 * the box it stands in when it is that box's last (a table cell's headline, its details row next).
 */
function rowsAfter(h: DomElement, group: DomElement): DomElement[] {
  let at: DomElement = h;
  while (!at.nextElementSibling && at !== group && at.parentElement) at = at.parentElement;
  const rows: DomElement[] = [];
  for (
    let row = at.nextElementSibling;
    row && rows.length < META_ROWS_AFTER_HEADLINE;
    row = row.nextElementSibling
  )
    rows.push(row);
  return rows;
}

/**
 * "Category: <a>Local</a> | Added by: <a>admin</a> | 07.09.2025": a field line under the headline
 * whose labelled link names one of the sections the site's menu lists above the headline (the
 * author's or a tag's link is in no menu). The label's words differ in every language.
 */
function labelledSectionLink(page: MetaPage, group: DomElement, h: DomElement): string | null {
  let menu: Set<string> | null = null;
  for (const row of rowsAfter(h, group))
    for (const a of all(row, 'a')) {
      const prev = a.previousSibling;
      const label = prev?.nodeType === TEXT_NODE ? FIELD_LABEL_END.exec(prev.textContent ?? '') : null;
      const t = textOf(a);
      if (!label || BYLINE_PREFIX.test(`${label[1]} x`) || isTagLink(a) || !isSectionLabel(a, t)) continue;
      menu ??= new Set(before(page, page.doc.body ?? group, h, ['a']).map((m) => textOf(m).toLowerCase()));
      if (menu.has(t.toLowerCase())) return t;
    }
  return null;
}

/**
 * A link the markup calls a tag (rel="tag" without "category", as blog engines mark a post's labels):
 * one of the words the post is filed under, not the section it belongs to.
 */
function isTagLink(a: DomElement): boolean {
  const rel = (a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  return rel.includes('tag') && !rel.includes('category');
}

/** Blocks after the headline within which a CMS prints its term fields ahead of the text. */
const TERM_FIELD_BLOCKS = 40;
const TERM_FIELD_TAGS: ReadonlySet<string> = new Set(['div', 'p', 'section']);

/**
 * "Rubrique : <a>Théâtre</a>": a CMS's taxonomy field (Drupal's "field-type-taxonomy-term-reference")
 * set between the headline and the text, holding one term after its label or none: the one term the
 * story is filed under, its section. The tags field stands after the text and holds several.
 */
function termFieldSection(page: MetaPage, h: DomElement): string | null {
  const root = page.doc.body;
  if (!root) return null;
  const tags = new Set([...TERM_FIELD_TAGS, tagOf(h)]);
  for (const e of elementsAfter(root, h, tags, TERM_FIELD_BLOCKS)) {
    // The text has begun: its first paragraph of prose.
    if (tagOf(e) === 'p' && textLongerThan(e, 100)) return null;
    const words = roleWords(e);
    if (!words.includes('taxonomy') || !words.includes('term')) continue;
    const links = all(e, 'a').filter((a) => textOf(a) !== '');
    if (links.length !== 1) return null;
    const t = textOf(links[0]!);
    const full = textOf(e);
    const label = full.slice(0, full.indexOf(t)).trim();
    if (full.endsWith(t) && (label === '' || LABEL_ALONE.test(label)) && sectionLabelText(t)) return t;
  }
  return null;
}

/** Links of a menu: a navigation box of this many that is not a trail lists the site's sections. */
const MENU_LINKS = 4;

/**
 * Is `e` inside the site's menu (a <nav> of several links that do not go down one path)? A
 * newsletter's header sits in the headline's box: its "Archive" link names no section.
 */
function inSiteMenu(e: DomElement): boolean {
  const nav = closestTag(e, ['nav']);
  if (!nav) return false;
  const links = all(nav, 'a');
  return links.length >= MENU_LINKS && !descends(links);
}

/**
 * A link to a category's own page ("/categories/club-news/", "/category/local/"), the route blog
 * engines and static-site generators give each category whatever the site's language.
 */
const CATEGORY_PAGE = /(?:^|\/)(?:category|categories)\/[^/?#]+/i;

/**
 * A WordPress category badge printed under the headline, in the post's meta line: a link to the
 * category's page, a link the markup gives rel="category", or a tag link in a box named for the
 * category ("taxonomy-category").
 */
function categoryBadge(group: DomElement): string | null {
  for (const a of all(group, 'a[href]')) {
    if (!CATEGORY_PAGE.test(a.getAttribute('href') ?? '')) continue;
    const t = textOf(a);
    return isSectionLabel(a, t) ? t : null;
  }
  for (const a of all(group, 'a[rel]')) {
    const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
    const boxed = (): boolean => {
      const box = a.parentElement;
      return box !== null && roleWords(box).some((w) => /^(?:category|categories)$/.test(w));
    };
    if (!rel.includes('category') && !(rel.includes('tag') && boxed())) continue;
    const t = textOf(a);
    return isSectionLabel(a, t) ? t : null;
  }
  return null;
}

/** The tests of sectionLabel that read the text alone: a short label, no count, stamp, badge or furniture. */
function sectionLabelText(t: string): boolean {
  if (t.length <= 1 || t.length > 40 || t.split(' ').length > 5 || /\d{4}/.test(t)) return false;
  // A label that opens with a figure counts something ("1 284 views", "12 comments").
  if (/^\p{Nd}/u.test(t) || isFurnitureLine(t) || isHomeLink(t)) return false;
  // A format badge ("Long read", "Live") or an update stamp ("Updated 18:02") names no section.
  if (isFormatLabel(t) || CLOCK_TIME.test(t)) return false;
  // A link back to a listing ("← Back to News", "‹ All posts") leads away from the story.
  return !BACK_LINK.test(t);
}

/**
 * Whether an element above the headline, of text `t`, reads as a section's label. `textOk` is
 * sectionLabelText, or a memo of it: a menu above the headline repeats each text in its nested
 * elements (an item, its link, the link's span).
 */
function isSectionLabel(e: DomElement, t: string, textOk = sectionLabelText): boolean {
  if (!textOk(t)) return false;
  if (e.children.length !== 0 && all(e, 'a, span').length > 2) return false;
  // A live page's or a featured story's badge in words no list knows, marked by its own class
  // ("live-badge", "post-card-featured"; not an element of a live page's block,
  // "article-live__rubric").
  return !classOf(e)
    .split(/\s+/)
    .some((c) => !c.includes('__') && /(?:^|[-_])(?:live|featured)(?:[-_]|$)/.test(c));
}

/**
 * "Film, Heritage": a post's categories printed as links with commas between them, or with white
 * space alone between links to category pages, the first the primary one, as blog engines print
 * them in the order the site ranks its categories (a trail's "›" or "/" goes the other way, to the
 * most specific last). The first link's text when `a` closes such a list, else null.
 */
function firstOfCommaList(a: DomElement): string | null {
  if (tagOf(a) !== 'a') return null;
  let first: DomElement | null = null;
  let comma = false;
  const links = [a];
  for (let n = a.previousSibling; n; n = n.previousSibling) {
    const t = (n.textContent ?? '').trim();
    if (n.nodeType === ELEMENT_NODE && tagOf(n as DomElement) === 'a') links.push((first = n as DomElement));
    else if (t === ',' || t === '，' || t === '、') comma = true;
    else if (t !== '') break;
  }
  // Parted by white space alone, the links are a list when each leads to a category's page. Not
  // WordPress's (rel="category"), which lists a post's categories by name, none the first by rank.
  const categories = (): boolean =>
    links.every(
      (l) =>
        CATEGORY_PAGE.test(l.getAttribute('href') ?? '') && !/\bcategory\b/.test(l.getAttribute('rel') ?? ''),
    );
  return first && (comma || categories()) ? textOf(first) : null;
}

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
function dekMarked(e: DomElement): boolean {
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

function printedDek(group: DomElement, h: DomElement): DomElement | null {
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

/** The element that holds the article text when the markup says so: `<article>`, else `<main>`. */
const articleScope = (page: MetaPage): DomElement | null =>
  scanFirst(page, 'article') ?? scanFirst(page, 'main');

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
function introParagraph(page: MetaPage, h: DomElement | null, description: string | null): DomElement | null {
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
function descriptionEcho(
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
function standfirstAbovePicture(
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
function leadAbovePicture(figure: DomElement | null): DomElement | null {
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

function microdataPublished(page: MetaPage): string | null {
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
function printedDateLine(page: MetaPage): string | null {
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
function dateLineUnderHeadline(headline: DomElement, page: MetaPage): string | null {
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
function opensParagraphRun(e: DomElement): boolean {
  const next = e.nextElementSibling;
  return next !== null && tagOf(next) === 'p' && tagOf(e) === 'p' && proseWidth(textOf(next)) >= 80;
}

const WIDE_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** A text's length with a Chinese, Japanese or Korean character counted twice: one says a word's worth. */
function proseWidth(t: string): number {
  return t.length + (t.match(WIDE_CHARS)?.length ?? 0);
}

/** The medium's word opening a credit ("Photo:", "Image credit:"), a whole word ("Fotoğraf" is not "Foto"). */
/** A credit's label: the medium's or the source's word, plural or with "credit" after it, or "©". */
const CREDIT_PREFIX = new RegExp(
  `^\\(?\\s*(?:(?:${alternation([...PHOTO_WORDS, ...SOURCE_WORDS])})s?(?![\\p{L}])\\s*(?:credit)?\\s*[:/©|]?|©)\\s*`,
  'iu',
);
/**
 * Any one- or two-word label with a colon opening a credit element ("Kuva: Ann Lee", "تصوير: X",
 * "Fotoğraf: X"): the word for "picture" differs in every language; a name never ends in a colon.
 */
// Georgian writes names without capitals: its letters are lower case to Unicode.
// Indic scripts write vowels as combining marks: a word is letters and marks ("फोटो").
// An apostrophe may stand inside the word (Breton "Luc'hskeudenn").
// Each script's colon may close the label ("Foto:", Ethiopic "ስእሊ፡").
const CREDIT_LABEL = new RegExp(
  `^${LABEL_WORDS}\\s*[${LABEL_COLONS}]\\s*(?=[\\p{Lu}\\p{Lo}\\p{N}\\p{Script=Georgian}])`,
  'u',
);

/**
 * A credit's label of one word in a script without capitals and a spaced dash before the name
 * ("ဓာတ်ပုံ - Ann Lee" in Burmese letters): with no case to tell the name, the shape is the label.
 */
const CASELESS_DASH_LABEL = /^\p{Lo}[\p{Lo}\p{M}]{1,14}\s+[-–—]\s+(?=\S)/u;

/**
 * A credit in brackets at a caption's end behind a one- or two-word label of any language and a
 * colon or a spaced dash ("… (ဓာတ်ပုံ - Ann Lee)", "… (ಚಿತ್ರ: Ann Lee)"), in any bracket form and
 * colon width ("…。（图：Agency）", "… [Foto: X]"): the caption, then the name. A Chinese or
 * Japanese label may be one character.
 */
const BRACKETED_LABELLED_CREDIT = new RegExp(
  `^(.+?)\\s*[(（[［【〔]\\s*\\p{L}[\\p{L}\\p{M}'’]{0,14}(?:\\s\\p{L}[\\p{L}\\p{M}'’]{1,14})?\\s*(?:[${LABEL_COLONS}]|\\s[-–—])\\s*([^()（）[\\]［］【】〔〕]{2,50})[)）\\]］】〕]$`,
  'u',
);

/**
 * A credit printed only in the picture's tooltip (its title attribute, or its link's): a label, a
 * colon and a name ("Photo: Ann Lee"), not a sentence or a headline with a colon in it.
 */
function titleCredit(img: DomElement): string | null {
  const link = closestTag(img, ['a']);
  for (const t of [img.getAttribute('title'), link?.getAttribute('title')]) {
    const v = collapseWhitespace(t ?? '');
    if (!CREDIT_LABEL.test(v)) continue;
    const name = v.replace(CREDIT_LABEL, '');
    if (isNameLike(name, 4)) return name;
  }
  return null;
}

/** Words of a picture's description at least: fewer name a file or a subject, not a caption. */
const TOOLTIP_CAPTION_MIN_WORDS = 3;

/**
 * A picture printed with its credit under it and no caption, its description written as both its
 * tooltip and its alternative text (title and alt alike): the caption the page shows on hovering.
 * Not a file's name, a credit ("Photo: Ann Lee", read by titleCredit) nor the headline repeated.
 */
function tooltipCaption(img: DomElement, headline: string | null): string | null {
  const title = collapseWhitespace(img.getAttribute('title') ?? '');
  if (title !== collapseWhitespace(img.getAttribute('alt') ?? '')) return null;
  if (title.split(' ').length < TOOLTIP_CAPTION_MIN_WORDS || title.length > 300) return null;
  if (/\.\w{3,4}$/.test(title) || CREDIT_LABEL.test(title) || letters(title) === letters(headline ?? ''))
    return null;
  return title;
}

/** "Fotos: Ann Lee": the medium's word, a colon and what follows it. */
const PHOTO_LINE = new RegExp(`^(?:${alternation(PHOTO_WORDS)})\\s*:\\s*(.{2,60})$`, 'iu');

/**
 * "Photos: Ann Lee" printed on the header's byline line, away from the picture: the lead image's
 * credit when its caption names none (the byline reader passes such a line over as the
 * photographer's, not the writer's).
 */
function headerPhotoCredit(scope: DomElement): string | null {
  for (const e of all(scope, 'p, span, div, li')) {
    if (closestTag(e, ['figure']) || first(e, 'p, div, li, span')) continue;
    const name = photoLineName(e);
    if (name) return name;
  }
  return null;
}

/** The name an element printing "Photo: Name" alone gives, or null. */
function photoLineName(e: DomElement): string | null {
  const name = PHOTO_LINE.exec(collapseWhitespace(textOf(e)))?.[1];
  return name && isNameLike(name, 5) ? name : null;
}

/**
 * "<p><em>Photo: Ann Lee</em></p>" as the first paragraph after the headline: the credit of the
 * picture printed above the text, set as the text's opening line when the picture has no caption.
 */
function openingPhotoLine(page: MetaPage, headline: DomElement): string | null {
  const body = page.doc.body;
  if (!body) return null;
  let seen = false;
  for (const e of scanTagsUnder(page, body, ['p', tagOf(headline)])) {
    if (e === headline) seen = true;
    else if (seen && tagOf(e) === 'p' && textOf(e) !== '') return photoLineName(e);
  }
  return null;
}

/** The article's img that shows the page's image (og:image), when it prints it. */
function pictureFor(page: MetaPage, imageUrl: string | null, base: string | null): DomElement | null {
  const scope = articleScope(page) ?? page.doc.body;
  if (!imageUrl || !scope) return null;
  return (
    scanUnder(page, scope, 'img').find((i) => {
      const src = i.getAttribute('src');
      return src ? samePicture(absoluteUrl(src, base) ?? src, imageUrl) : false;
    }) ?? null
  );
}

/** Caption and credit from a figcaption: the credit is its own element or a trailing prefixed part. */
/** A bracket of any width opening or closing a credit ("(Agency)", Japanese "（Agency）"). */
const BRACKET_END = /^[(（]|[)）]$/gu;

/** A credit without the brackets it is printed in. */
const withoutBrackets = (credit: string): string => credit.replace(BRACKET_END, '').trim();

/** Class words naming a credit's box. */
const CREDIT_ROLE = /^(?:credit|credits|copyright|source|byline|photographer|author|rights)$/;

/**
 * A credit printed as the element right after a caption box that holds none (a CMS's credit field
 * under its caption field, each a box of its own after the picture): the markup names it a credit.
 */
function creditAfter(cap: DomElement): string | null {
  const next = cap.nextElementSibling;
  if (!next || !roleWords(next).some((w) => CREDIT_ROLE.test(w))) return null;
  const t = shortTextOf(next, 120);
  return t ? withoutBrackets(withoutFieldLabel(next, t)).replace(CREDIT_PREFIX, '').trim() || null : null;
}

/** The name of a credit line ("Photo: Ann Lee" → "Ann Lee"). */
const creditLineName = (line: string): string | null =>
  creditName(line.replace(CREDIT_PREFIX, '').replace(CREDIT_LABEL, '').trim()) || null;

export function splitCaption(cap: DomElement): { caption: string | null; credit: string | null } {
  const labelled = afterLabelElement(cap) ?? creditFirstElement(cap);
  if (labelled) return labelled;
  let captionText = textOf(cap);
  const alone = creditAlone(captionText);
  if (alone) return { caption: null, credit: alone };
  // A box named for the credit that holds the whole caption ("photo-author" around the caption
  // and its credit span) is the caption's box, not its credit.
  const creditEl = all(cap, '*').find(
    (e) => roleWords(e).some((x) => CREDIT_ROLE.test(x)) && textOf(e) !== captionText,
  );
  let credit: string | null = null;
  // Links inside a caption are furniture ("Purchase licensing rights", "Enlarge"), unless it is all link.
  for (const a of all(cap, 'a')) {
    const at = textOf(a);
    if (at && at !== captionText && !(creditEl && creditEl.contains(a)))
      captionText = collapseWhitespace(captionText.replace(at, ''));
  }
  if (creditEl) {
    const ct = textOf(creditEl);
    credit = withoutFieldLabel(creditEl, ct);
    captionText = collapseWhitespace(captionText.replace(ct, ''));
  } else {
    // A credit element closing the caption behind the medium's word, or behind a label of any
    // language and a colon ("<span>Фотоо: Ann Lee</span>" after the caption's words).
    const small = all(cap, 'small, cite, em, i, span').filter((e) => {
      const t = textOf(e);
      return CREDIT_PREFIX.test(t) || (CREDIT_LABEL.test(t) && t !== captionText && captionText.endsWith(t));
    });
    const last = small[small.length - 1];
    if (last) {
      credit = textOf(last);
      captionText = collapseWhitespace(captionText.replace(credit, ''));
    } else {
      const m =
        /^(.*?)\s*(?:\(|\b)((?:photo(?:graph)?|image|picture|credit|foto|bild|фото)\s*(?::|by\s)\s*[^()]+|©\s*[^()]+)\)?\s*$/iu.exec(
          captionText,
        );
      if (m?.[2]) {
        credit = m[2];
        captionText = m[1] ?? '';
      } else {
        // The shared caption rules of text dumps: "(Foto Ann Lee)", "Fot. Agency", "… Beeld: X".
        const parts = markedCaption(captionText, true);
        const plain = parts?.credit ? undefined : trailingSmall(cap, captionText);
        const bracketed = BRACKETED_LABELLED_CREDIT.exec(captionText);
        if (parts?.credit) {
          credit = parts.credit;
          captionText = parts.caption ?? '';
        } else if (plain) {
          credit = textOf(plain);
          captionText = collapseWhitespace(captionText.replace(credit, ''));
          // The small type is the credit already: a label before its colon goes, whatever case
          // the name after it is written in ("Map: contributors of X").
          credit = credit.replace(LABEL_BEFORE_COLON, '');
        } else if (bracketed) {
          credit = bracketed[2]!;
          captionText = bracketed[1]!;
        }
      }
    }
  }
  if (credit) {
    credit = collapseWhitespace(
      withoutBrackets(
        withoutBrackets(credit)
          .replace(CREDIT_PREFIX, '')
          .replace(CREDIT_LABEL, '')
          .replace(CASELESS_DASH_LABEL, '')
          .replace(BYLINE_PREFIX, ''),
      ),
    );
    // The medium's word shortened ("Fot. Ann Lee") or in any script the text rules know.
    credit = creditName(credit);
  }
  // The separator left between the caption and a split-off credit ("… in Ubatuba — Foto: X").
  const caption = withoutCaptionLabel(collapseWhitespace(captionText).replace(/\s*[|–—/-]+$/u, ''));
  return { caption: caption || null, credit: credit || null };
}

/**
 * A picture's box that prints only its credit ("Grianghraf: Ann Lee", "Kuva: Bo Roe"): a label
 * of any language, its colon and a name, nothing else. The name, or null; no caption's words are
 * a bare name after a label.
 */
function creditAlone(text: string): string | null {
  const m = CREDIT_LABEL.exec(text);
  const name = m ? text.slice(m[0].length).trim() : '';
  if (!name || name.length > LABELLED_CREDIT_MAX_CHARS || /[.!?]$/u.test(name)) return null;
  return isNameLike(name, 5) || isCaselessName(name) ? creditName(name) || null : null;
}

/** A label of one or two words of any language and its colon, opening a text. */
const LABEL_BEFORE_COLON = new RegExp(`^${LABEL_WORDS}\\s*[${LABEL_COLONS}]\\s+(?=\\S)`, 'u');

/** A label of one or two words of any language and its colon, alone ("Kuva:", "Govor slika:"). */
const LABEL_ALONE = new RegExp(`^${LABEL_WORDS}\\s*[${LABEL_COLONS}]$`, 'u');

/** Characters of a credit's name at most: more is a sentence, not a name after a label. */
const LABELLED_CREDIT_MAX_CHARS = 60;

/**
 * A caption whose credit label is an element of its own, in any language, with the name after it
 * ("… the harbour. <em>Kuva:</em> <a>Ann Lee</a>"): the caption before the label, the name after.
 */
function afterLabelElement(cap: DomElement): { caption: string | null; credit: string | null } | null {
  const text = textOf(cap);
  const label = all(cap, 'small, cite, em, i, span, b, strong').find((e) => LABEL_ALONE.test(textOf(e)));
  if (!label) return null;
  const lt = textOf(label);
  const at = text.lastIndexOf(lt);
  const name = text.slice(at + lt.length).trim();
  if (at <= 0 || !name || name.length > LABELLED_CREDIT_MAX_CHARS || /[.!?]$/u.test(name)) return null;
  return { caption: withoutCaptionLabel(text.slice(0, at).trim()) || null, credit: creditName(name) || null };
}

/**
 * A caption that opens with its credit line set apart in an element of its own, then a dash and
 * the caption ("<b>Foto © Ann Lee</b> – The harbour at dawn."): the name, then the words after.
 */
function creditFirstElement(cap: DomElement): { caption: string | null; credit: string | null } | null {
  const text = textOf(cap);
  const lead = all(cap, 'small, cite, em, i, span, b, strong').find((e) => text.startsWith(textOf(e)));
  const line = lead ? creditLineText(lead) : null;
  if (!line) return null;
  const rest = text.slice(textOf(lead!).length);
  const caption = /^\s*[-–—|]\s*/u.test(rest) ? rest.replace(/^\s*[-–—|]\s*/u, '').trim() : '';
  return caption ? { caption, credit: creditLineName(line) } : null;
}

/**
 * A credit box that prints its label as an element of its own ("<div class=field__label>Photo</div>
 * <div>Ann Lee</div>", as CMS fields do): the text without the label, whose words, glued to the
 * name by textContent, no credit-prefix rule can strip.
 */
function withoutFieldLabel(box: DomElement, text: string): string {
  const label = all(box, '*').find((e) => roleWords(e).includes('label'));
  const lt = label ? textOf(label) : '';
  return lt && text.startsWith(lt) && text.length > lt.length ? text.slice(lt.length).trim() : text;
}

/**
 * A credit set in small type at the end of a caption, without a prefix ("<small>Ann Lee</small>"):
 * the last element of the caption box, short, and closing its text.
 */
function trailingSmall(cap: DomElement, captionText: string): DomElement | undefined {
  const smalls = all(cap, 'small');
  const last = smalls[smalls.length - 1];
  if (!last) return undefined;
  const t = textOf(last);
  return t && t !== captionText && t.length <= 60 && captionText.endsWith(t) ? last : undefined;
}

/** The image URL of a figure, looking past lazy-loading placeholders. */
function figureImageUrl(fig: DomElement, base: string | null): string | null {
  const imgs = all(fig, 'img, amp-img');
  for (const img of imgs) {
    for (const attr of ['data-src', 'data-original', 'data-lazy-src', 'src']) {
      const v = img.getAttribute(attr);
      if (v && !/^data:/i.test(v)) return absoluteUrl(v, base);
    }
  }
  const ns = first(fig, 'noscript');
  const m = ns ? /src=["']([^"']+)["']/i.exec(ns.textContent ?? '') : null;
  if (m?.[1]) return absoluteUrl(decodeEntities(m[1]), base);
  return null;
}

/** Whether `el` or an ancestor below `stop` is marked as an author's picture, a logo or an icon. */
function isPortraitOrLogo(el: DomElement, stop: DomElement): boolean {
  for (let cur: DomElement | null = el; cur && cur !== stop; cur = cur.parentElement)
    if (
      roleWords(cur).some((w) =>
        /^(?:author|authors|byline|avatar|logo|icon|headshot|profile|mugshot)$/.test(w),
      )
    )
      return true;
  return false;
}

const CAPTION_ROLE =
  /^(?:caption|captions|legend|credit|credits|copyright|photographer|bildunterschrift|bildtext|leyenda|pie|piefoto|didascalia|légende|legende)$/;
/** A credit written into a caption: "Photo: …", "(credit: …)", "Photograph by …", "© …". */
const CREDIT_IN_TEXT =
  /(?:^|[\s(])(?:photo(?:graph)?s?|image|picture|credit|foto|bild|фото|снимок)\s*(?::|by\s)|©/iu;

/**
 * Does the text beside an image read as its caption? Only when the markup says so (a caption or
 * credit class) or the text carries a credit: a quote or a paragraph next to a picture is body text.
 */
function hasCaptionEvidence(box: DomElement, text: string): boolean {
  if (CREDIT_IN_TEXT.test(text) || markedCaption(text, false)?.credit) return true;
  if (trailingSmall(box, text)) return true;
  // The caption's words, then its credit line in an element of its own ("<span>Source: X</span>"),
  // or the credit line printed as the next box.
  if (everyElement(box).some((e) => creditLineText(e) !== null && textOf(e) !== text)) return true;
  if (creditLineAfter(box)) return true;
  return [box, ...everyElement(box)].some((e) => {
    const words = roleWords(e);
    return words.some((w) => CAPTION_ROLE.test(w)) || describesPicture(words);
  });
}

/** The labels of a writer's line ("Author:", "Text:"): a byline, not a picture's credit. */
const WRITER_LABELS = new Set([...BY_WORDS, ...WORK_BY, ...AUTHOR_LABELS].map((w) => w.toLowerCase()));

/** A credit label that ends in its colon or sign: "Photo:", "Quelle:", "©", not "Image of …". */
const CLOSED_LABEL = new RegExp(`[${LABEL_COLONS}©]\\s*$`, 'u');

/**
 * The text of an element that is a picture's credit line and nothing more ("Photo: Ann Lee",
 * "Kuva: Bo Roe", "© Agency"): a credit's label closed by its colon or sign, then a short name,
 * no sentence. Null for anything else.
 */
function creditLineText(el: DomElement): string | null {
  const t = shortTextOf(el, 120);
  const known = t ? CREDIT_PREFIX.exec(t) : null;
  const m = known ?? (t ? CREDIT_LABEL.exec(t) : null);
  if (
    !t ||
    !m ||
    !CLOSED_LABEL.test(m[0]) ||
    WRITER_LABELS.has(m[0].replace(CLOSED_LABEL, '').trim().toLowerCase())
  )
    return null;
  const name = t.slice(m[0].length).trim();
  // A name has no digits ("Posted: May 5, 11:30" is a date line) and no full stop; after a
  // label no list knows, its words are capitalised ("Trump: Talks going well" is a headline).
  const named = known !== null || name.split(/\s+/).every((w) => !/^\p{Ll}\p{L}{3}/u.test(w));
  return name &&
    named &&
    !/\p{N}/u.test(name) &&
    name.length <= LABELLED_CREDIT_MAX_CHARS &&
    !/[.!?]$/u.test(name)
    ? t
    : null;
}

/** The next sibling that prints something, past empty ones (a paragraph a parser left open). */
function nextPrintedSibling(el: DomElement): DomElement | null {
  for (let n = el.nextElementSibling; n; n = n.nextElementSibling)
    if (shortTextOf(n, 0) !== '' || first(n, 'img, picture, figure')) return n;
  return null;
}

/**
 * A credit line printed as the box after a caption's (a site builder's centred "<small>Photo: Ann
 * Lee</small>" under its image block): climbing while nothing follows the box inside its parent,
 * the next box that prints something, when it is a credit line alone.
 */
function creditLineAfter(box: DomElement): DomElement | null {
  let cur = box;
  for (let i = 0; i < 3; i++) {
    const next = nextPrintedSibling(cur);
    if (next) return creditLineText(next) ? next : null;
    const up = cur.parentElement;
    if (!up || ['body', 'article', 'main', 'section'].includes(tagOf(up))) return null;
    cur = up;
  }
  return null;
}

/**
 * A lightbox's file information under its picture ("harbour-map 1280×720 212 KB"): a file's name
 * and its pixel size or byte count, no caption.
 */
const FILE_INFO = /^\S*\s*(?:\d+\s*[×x]\s*\d+)?\s*(?:\d+(?:[.,]\d+)?\s*[kKMG]i?B)?$/u;
const isFileInfo = (t: string): boolean => /\d\s*(?:[×x]\s*\d|[kKMG]i?B)/u.test(t) && FILE_INFO.test(t);

/** Class words of a picture's description ("img-desc", "photo-description"): a caption by another name. */
const PICTURE_WORD = /^(?:img|image|photo|pic|picture|foto)$/;
const DESCRIPTION_WORD = /^(?:desc|description)$/;
const describesPicture = (words: string[]): boolean =>
  words.some((w) => DESCRIPTION_WORD.test(w)) && words.some((w) => PICTURE_WORD.test(w));

/** Smallest picture size taken for a lead image; smaller ones are icons, portraits or spacers. */
const MIN_PICTURE_PX = 150;

/**
 * A picture box outside <figure>: the nearest container of an image that holds a short text, the
 * caption (a table cell, a caption div, a credit span), or null when the image is an icon, a
 * portrait, a linked teaser or sits in a container of prose.
 */
function pictureBox(img: DomElement): DomElement | null {
  const width = Number(img.getAttribute('width') ?? NaN);
  if (width < MIN_PICTURE_PX) return null;
  let cur: DomElement = img;
  for (let i = 0; i < 4 && cur.parentElement; i++) {
    cur = cur.parentElement;
    if (['body', 'article', 'main', 'section'].includes(tagOf(cur))) return null;
    const t = shortTextOf(cur, 300);
    if (t === null) return null;
    if (t === '' || isFileInfo(t)) continue;
    if (linkDensity(cur) > 0.5 || isPortraitOrLogo(img, cur.parentElement ?? cur)) return null;
    return hasCaptionEvidence(cur, t) ? cur : null;
  }
  return null;
}

/**
 * A caption printed as the element after a picture's own box rather than inside it (a caption
 * span under a featured image, a site builder's text block under its image block): climbing from
 * the image while its box holds no text, the next element when it is short and reads as a caption.
 */
function captionAfter(img: DomElement): DomElement | null {
  if (Number(img.getAttribute('width') ?? NaN) < MIN_PICTURE_PX) return null;
  let cur: DomElement = img;
  for (let i = 0; i < 4; i++) {
    const after = nextPrintedSibling(cur);
    // A lightbox's file information under the picture is no caption: the caption comes after.
    const next = after && isFileInfo(textOf(after)) ? nextPrintedSibling(after) : after;
    // The article's header under a picture set above it (the headline, the date, the byline) is
    // no caption, whatever its classes say.
    if (next && (tagOf(next) === 'h1' || first(next, 'h1'))) return null;
    if (next && !first(next, 'img, picture, figure')) {
      const t = shortTextOf(next, 300);
      if (t) return hasCaptionEvidence(next, t) && linkDensity(next) < 0.5 ? next : null;
    }
    const up = cur.parentElement;
    if (!up || ['body', 'article', 'main', 'section'].includes(tagOf(up))) return null;
    const upText = shortTextOf(up, 300);
    if (upText !== '' && !(upText && isFileInfo(upText))) return null;
    cur = up;
  }
  return null;
}

const absoluteUrlOrNull = (v: string | null, base: string | null): string | null =>
  v ? absoluteUrl(v, base) : null;

/** Images after the headline and before the article element: a featured image set between the two. */
function imagesBetween(page: MetaPage, h: DomElement | null, scope: DomElement): DomElement[] {
  const body = page.doc.body;
  if (!h || scope.contains(h) || h.contains(scope) || !body) return [];
  const out: DomElement[] = [];
  let seen = false;
  // One pass in document order: from the headline to the article element.
  for (const e of scanTagsUnder(page, body, ['img', tagOf(h), tagOf(scope)])) {
    if (e === scope) return out;
    if (e === h) seen = true;
    else if (seen && tagOf(e) === 'img') out.push(e);
  }
  return [];
}

/** Does more than one paragraph of prose come before `el` in `container`? Then it is an inline picture. */
function afterProse(
  page: MetaPage,
  el: DomElement,
  container: DomElement,
  orders: Map<DomElement, DomElement[]>,
): boolean {
  const order = orders.get(container) ?? scanTagsUnder(page, container, ['p', 'figure', 'img', 'amp-img']);
  orders.set(container, order);
  const idx = order.indexOf(el);
  return (
    order.slice(0, Math.max(0, idx)).filter((p) => tagOf(p) === 'p' && proseWidth(textOf(p)) > 120).length > 1
  );
}

/**
 * The lead figure: the first figure with an image, or else the first captioned picture box, in the
 * header group or before the body text.
 */
function findLeadFigure(
  page: MetaPage,
  group: DomElement | null,
  headline: DomElement | null,
): DomElement | null {
  const scope = articleScope(page) ?? page.doc.body;
  const figures = [
    ...(group ? scanUnder(page, group, 'figure') : []),
    ...(scope ? scanUnder(page, scope, 'figure') : []),
  ].filter(
    (f) => !closestTag(f, ['aside', 'nav', 'footer']) && f.querySelector('img, amp-img, picture, noscript'),
  );
  const orders = new Map<DomElement, DomElement[]>();
  for (const f of figures.slice(0, 4)) {
    const container = closestTag(f, ['article']) ?? scope;
    if (!container || !afterProse(page, f, container, orders)) return f;
  }
  if (figures.length > 0 || !scope) return null;
  const imgs = [
    ...new Set([
      ...(group ? scanUnder(page, group, 'img') : []),
      ...imagesBetween(page, headline, scope),
      ...scanUnder(page, scope, 'img'),
    ]),
  ];
  for (const img of imgs.slice(0, 6)) {
    if (closestTag(img, ['aside', 'nav', 'footer'])) continue;
    if (closestTag(img, ['header']) && !closestTag(img, ['article', 'main'])) continue;
    const box = pictureBox(img) ?? captionAfter(img);
    if (box) return scope.contains(img) && afterProse(page, img, scope, orders) ? null : box;
  }
  return null;
}

const NO_CAPTION = { caption: null, credit: null };

/**
 * A video player set as the lead figure, before the text, or a picture's placeholder a script
 * fills: a figure with a caption and no picture of its own (the script draws the page's image, or
 * the player's poster, when it runs). Its caption is the page image's.
 */
function leadPlayerCaption(page: MetaPage): DomElement | null {
  const scope = articleScope(page);
  const f = scope ? scanUnder(page, scope, 'figure')[0] : undefined;
  if (!scope || !f || closestTag(f, ['aside', 'nav', 'footer']) || f.querySelector('img, picture'))
    return null;
  const cap = first(f, 'figcaption');
  return cap && textOf(cap) && !afterProse(page, f, scope, new Map()) ? cap : null;
}

/**
 * A page without image metadata: the article's first picture of a picture's size, printed before
 * its text and without a caption (a blog's featured image), not a portrait, a logo or a teaser.
 */
function uncaptionedLead(page: MetaPage): string | null {
  const scope = articleScope(page);
  if (!scope) return null;
  const orders = new Map<DomElement, DomElement[]>();
  for (const img of scanUnder(page, scope, 'img').slice(0, 4)) {
    if (closestTag(img, ['aside', 'nav', 'footer', 'a']) || isPortraitOrLogo(img, scope)) continue;
    if (!(Number(img.getAttribute('width') ?? 0) >= MIN_PICTURE_PX) || afterProse(page, img, scope, orders))
      continue;
    const src = img.getAttribute('data-src') ?? img.getAttribute('src');
    if (src && !/^data:/i.test(src)) return src;
  }
  return null;
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

function dublinCoreDate(page: MetaPage): string | null {
  for (const k of DUBLIN_CORE_DATES) {
    const iso = zonedIso(metaContent(page, k));
    if (iso) return iso;
  }
  return null;
}

function titleFromTitleTag(t: string): string | null {
  const s = collapseWhitespace(t);
  if (!s) return null;
  const parts = s.split(/\s+[|–—-]\s+|\s+::\s+/);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '') || s;
}

/** `scan`: the page's elements read in one walk, when the caller has it already (see scanDocument). */
export function readMetadata(
  doc: DomDocument,
  pageUrl: string | null,
  scan: DocScan = scanDocument(doc),
): PageMeta {
  const page: MetaPage = { ...scan, metas: metaTags(scan) };
  const ld = jsonLdObjects(page);
  const art = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
  const ldHeadline = str(art?.headline) ?? str(art?.name);
  const ogTitle = metaContent(page, 'og:title', 'twitter:title');
  const titleTag = titleFromTitleTag(scanFirst(page, 'title')?.textContent ?? '');
  const parselyTitle = metaContent(page, 'parsely-title');
  const headline = findHeadline(
    page,
    [ldHeadline, ogTitle, titleTag, parselyTitle].filter((x): x is string => !!x),
    !ldHeadline && !ogTitle && !parselyTitle,
  );
  const group = headline ? headerGroup(page, headline) : null;

  const metaSection =
    str(art?.articleSection) ??
    metaContent(page, 'article:section', 'parsely-section') ??
    microdataSection(page);
  const canonical =
    scanTags(page, ['link'])
      .find((l) => l.getAttribute('rel') === 'canonical')
      ?.getAttribute('href') ?? null;
  const url =
    pageUrlOf(canonical, pageUrl) ??
    pageUrlOf(metaContent(page, 'og:url'), pageUrl) ??
    pageUrlOf(pageUrl, null);
  const headlineText = headline ? withoutKicker(headline) : null;
  const lang =
    doc.documentElement.getAttribute('lang') ?? metaContent(page, 'og:locale') ?? str(art?.inLanguage);
  const language = lang ? (lang.replace('_', '-').split('-')[0] ?? '').toLowerCase() || null : null;
  const sectionFound =
    (headline ? textTrailAbove(headline) : null) ??
    (headline ? sectionField(page, headline) : null) ??
    (headline ? termFieldSection(page, headline) : null) ??
    (headline ? genreLink(page, headline) : null) ??
    (group && headline ? printedSection(page, group, headline, metaSection) : null) ??
    (group && headline ? flatMainSection(page, group, headline, metaSection) : null) ??
    metaSection ??
    (headline ? markedSectionAfter(headline) : null) ??
    (group ? categoryBadge(group) : null) ??
    (group && headline ? labelledSectionLink(page, group, headline) : null) ??
    breadcrumbSection(ldCrumbs(ld), headlineText ?? ldHeadline, url, language) ??
    breadcrumbSection(printedCrumbs(page), headlineText ?? ldHeadline, url, language) ??
    titleTagSection(
      scanFirst(page, 'title')?.textContent ?? '',
      headlineText,
      metaContent(page, 'og:site_name'),
    );

  const bareSection = sectionFound && withoutSectionLabel(sectionFound);
  const section = bareSection && headline ? (trailCasing(headline, bareSection) ?? bareSection) : bareSection;

  const description = metaContent(page, 'description', 'og:description');
  const printed = group && headline ? printedDek(group, headline) : null;
  // A guess by position (the block after the headline) gives way to the description printed word
  // for word a little further down: that block was the byline or date line.
  const echo =
    printed === null || (!dekMarked(printed) && letters(textOf(printed)) !== letters(description ?? ''))
      ? descriptionEcho(page, headline, description)
      : null;
  const printedOrIntro = echo ?? printed ?? introParagraph(page, headline, description);

  const ldAuthors = [
    ...new Set(ldNames(art?.author).flatMap((n) => (/^https?:/.test(n) ? [] : [cleanByline(n) ?? '']))),
  ].filter(Boolean);
  const siteName = metaContent(page, 'og:site_name') ?? str(art?.publisher);
  const metaAuthor = cleanByline(metaContent(page, 'author', 'article:author', 'parsely-author') ?? '');
  const bylineFound =
    (group && headline ? printedByline(bylineScope(headline, group), page) : null) ??
    (ldAuthors.length ? ldAuthors.join(' and ') : null) ??
    // A blog engine fills the author field with the site's owner, named as the site is: no writer.
    (metaAuthor && letters(metaAuthor) !== letters(siteName ?? '') ? metaAuthor : null) ??
    (group ? prefixedBylineLine(group) : null) ??
    (group ? labelledBesidePhotoLine(group) : null) ??
    // A builder's page sets each row in a block of its own: the author's line the block after.
    (group?.nextElementSibling ? prefixedBylineLine(group.nextElementSibling) : null) ??
    (group ? namesBeforeTime(group, language) : null) ??
    (group ? nameBesideDate(group, language) : null) ??
    (group?.nextElementSibling ? nameBesideDate(group.nextElementSibling, language) : null);
  const byline =
    bylineFound &&
    withoutByWords(
      withoutOwnOutlet(withoutUnlistedParts(bylineFound, ldAuthors), url, siteName),
      page,
      language,
    );

  const published =
    (group ? printedPublished(group, page) : null) ??
    zonedIso(str(art?.datePublished)) ??
    // No article node: the page node's date (a WebPage that carries the story's metadata).
    zonedIso(str(ld.find((o) => typesOf(o).some((t) => /^(?:WebPage|ItemPage)$/.test(t)))?.datePublished)) ??
    zonedIso(metaContent(page, 'article:published_time', 'datePublished', 'parsely-pub-date', 'date')) ??
    dublinCoreDate(page) ??
    // No article node: the page's own node of another kind (a fact check's ClaimReview) dates the
    // page when it gives a time and a zone; a nested node (the claim reviewed) dates something else.
    (art ? null : ld.map((o) => zonedIso(str(o.datePublished))).find((d) => d !== null)) ??
    zonedIso(
      scanTags(page, ['time'])
        .find((t) => t.hasAttribute('datetime'))
        ?.getAttribute('datetime') ?? null,
    ) ??
    microdataPublished(page) ??
    printedDateLine(page) ??
    (headline ? dateLineUnderHeadline(headline, page) : null);
  const updated =
    zonedIso(str(art?.dateModified)) ?? zonedIso(metaContent(page, 'article:modified_time', 'dateModified'));

  const leadFigure = findLeadFigure(page, group, headline);
  const dekEl =
    printedOrIntro ??
    leadAbovePicture(leadFigure) ??
    standfirstAbovePicture(page, headline, leadFigure, description);
  let image: ImageRef | null = null;
  let captionBox: DomElement | null = null;
  let creditBox: DomElement | null = null;
  if (leadFigure) {
    // A picture box outside <figure> is its own caption holder.
    const cap = tagOf(leadFigure) === 'figure' ? first(leadFigure, 'figcaption') : leadFigure;
    const split = cap ? splitCaption(cap) : { caption: null, credit: null };
    const caption = split.caption;
    // The credit box after the caption's, inside a figure as outside one.
    const lineAfter = cap && !split.credit && !creditAfter(cap) ? creditLineAfter(cap) : null;
    const credit =
      split.credit ??
      (cap ? creditAfter(cap) : null) ??
      (lineAfter ? creditLineName(textOf(lineAfter)) : null);
    if (lineAfter && credit) creditBox = lineAfter;
    // A caption printed after the picture's box holds no image: the page's image stands for it.
    const figUrl =
      figureImageUrl(leadFigure, url ?? pageUrl) ??
      (tagOf(leadFigure) === 'figure'
        ? null
        : absoluteUrlOrNull(metaContent(page, 'og:image'), url ?? pageUrl));
    image = { url: figUrl, caption, credit };
  } else {
    const og = metaContent(page, 'og:image', 'twitter:image') ?? ldImage(art?.image) ?? uncaptionedLead(page);
    const player = og ? leadPlayerCaption(page) : null;
    if (og) image = { url: absoluteUrl(og, url ?? pageUrl), ...(player ? splitCaption(player) : NO_CAPTION) };
  }
  if (image) image = withLdCaption(image, resolved(art?.image, ld), url ?? pageUrl);
  if (image && !image.credit && !image.caption) {
    const img = leadFigure?.querySelector('img') ?? pictureFor(page, image.url, url ?? pageUrl);
    // The page's image printed further down the text, in a figure of its own: its caption is
    // the image's, wherever the figure stands.
    // Outside a figure, the captioned box it stands in.
    // A figure without a figcaption whose caption the page prints after the figure's box.
    const cap = !img
      ? null
      : !leadFigure
        ? (closestTag(img, ['figure'])?.querySelector('figcaption') ?? pictureBox(img) ?? captionAfter(img))
        : tagOf(leadFigure) === 'figure' && !first(leadFigure, 'figcaption')
          ? captionAfter(img)
          : null;
    if (cap) image = { ...image, ...splitCaption(cap) };
    else if (img) image = { ...image, credit: titleCredit(img) };
    // A caption printed after the picture's box, outside it, is no paragraph of the text.
    if (cap && img && !cap.contains(img) && tagOf(cap) !== 'figcaption') captionBox = cap;
  }

  if (image?.credit && !image.caption) {
    const img = leadFigure?.querySelector('img') ?? pictureFor(page, image.url, url ?? pageUrl);
    const caption = img ? tooltipCaption(img, headlineText) : null;
    if (caption) image = { ...image, caption };
  }

  if (image && !image.credit && group && headline) {
    const credit = headerPhotoCredit(bylineScope(headline, group));
    if (credit) image = { ...image, credit };
  }

  if (image && !image.credit && !image.caption && headline) {
    const credit = openingPhotoLine(page, headline);
    if (credit) image = { ...image, credit };
  }

  // "Courtesy of Agency": a credit given by its owner names the giver, as in text dumps.
  if (image?.credit) image = { ...image, credit: courtesyGiver(image.credit) };

  const headerBits = [dekEl, captionBox, creditBox].filter((x): x is DomElement => !!x);

  return {
    title: headlineText ?? ldHeadline ?? ogTitle ?? titleTag,
    headline,
    section,
    summary: dekEl ? textOf(dekEl) : null,
    byline,
    published,
    updated,
    url,
    image,
    leadFigure,
    language,
    categories: [],
    siteName,
    articleBody: str(art?.articleBody),
    headerBits,
    sectionLine: sectionFound !== section ? sectionFound : null,
  };
}
