/**
 * The section: breadcrumb trails, kickers, labels and term fields printed about the headline.
 */
import { LABEL_COLONS } from '../../../language/colons.js';
import { NEWS_WORDS } from '../../../language/news-words.js';
import { absoluteUrl } from '../../content.js';
import { collapseWhitespace } from '../../text.js';
import { isFormatLabel, isHomeLink, isTrailStart } from '../../text/furniture.js';
import { isFurnitureLine } from '../cleanup/index.js';
import {
  all,
  classOf,
  closestTag,
  type DomElement,
  ELEMENT_NODE,
  elementsAfter,
  first,
  firstUnder,
  roleAttrsHold,
  roleWords,
  scanFirst,
  scanTags,
  scanTagsUnder,
  scanUnder,
  shortTextOf,
  tagOf,
  TEXT_NODE,
  textLongerThan,
  textOf,
} from '../dom.js';
import { CLOCK_TIME } from './dates.js';
import { bylineScope } from './headline.js';
import { isObject, type JsonObject, str, typesOf } from './jsonld.js';
import { BYLINE_PREFIX, LABEL_ALONE, LABEL_WORDS } from './labels.js';
import { closestAttr } from './meta.js';
import { articleScope, camelWords, type MetaPage } from './page.js';

/**
 * The section a schema.org microdata article declares on a printed label
 * (<span itemprop="articleSection">Health</span>): the page's declared section, as the JSON-LD
 * field is, where badges printed beside it ("Urgent", "Exclusive") are none.
 */
export function microdataSection(page: MetaPage): string | null {
  const e = page.doc.querySelector('[itemprop="articleSection"]');
  const t = e && tagOf(e) !== 'meta' ? collapseWhitespace(textOf(e)) : '';
  return t && sectionLabelText(t) ? t : null;
}

/**
 * The category link a microdata article marks its genre (Joomla prints
 * "Category: <a itemprop="genre">Press releases</a>" in the article's info list): the story's own
 * category, where the breadcrumb above the headline names the menu item that lists it.
 */
export function genreLink(page: MetaPage, h: DomElement): string | null {
  const item = closestAttr(h, 'itemscope');
  const e = item ? firstUnder(item, (x) => tagOf(x) === 'a' && x.getAttribute('itemprop') === 'genre') : null;
  const t = e ? collapseWhitespace(textOf(e)) : '';
  return t && sectionLabelText(t) ? t : null;
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

/** The entries of a trail, in order: names with their link, when they have one. */
interface Crumb {
  name: string;
  href: string | null;
}

/** The JSON-LD BreadcrumbList's entries by position. */
export function ldCrumbs(ld: JsonObject[]): Crumb[] {
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
export function printedCrumbs(page: MetaPage): Crumb[] {
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
export function textTrailAbove(h: DomElement): string | null {
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
export function trailCasing(h: DomElement, section: string): string | null {
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

/** A trail's label before its first entry, a few words and a colon ("You are here:", "Sie sind hier:"). */
const TRAIL_LABEL = new RegExp(
  `^\\s*(?:\\p{L}[\\p{L}\\p{M}'’]*\\s+){0,3}\\p{L}[\\p{L}\\p{M}'’]*\\s*[${LABEL_COLONS}]`,
  'u',
);

/**
 * A trail the markup does not name: a box of two to five links and nothing else but separators
 * ("Home / Local", "Home › News › Local") and perhaps its label before them ("You are here:"), each
 * link below the one before, before the first h1.
 */
function unnamedTrail(page: MetaPage): DomElement | null {
  const h1 = scanFirst(page, 'h1');
  for (const e of scanTags(page, ['div', 'p', 'ol', 'ul', 'nav', 'h1'])) {
    if (e === h1) break;
    if (h1 && e.contains(h1)) continue;
    const links = scanUnder(page, e, 'a');
    if (links.length < 2 || links.length > 5 || closestTag(e, ['header', 'footer'])) continue;
    if (!/^(?:\/|https?:\/\/[^/]+\/?)$/.test(links[0]!.getAttribute('href') ?? '')) continue;
    let rest = textOf(e).replace(TRAIL_LABEL, '');
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

/** Is `name` the page language's word for news ("Nuacht", "Uutiset"; CLDR's words, news-words.ts)? */
function isNewsWord(name: string, language: string | null): boolean {
  const words = language ? NEWS_WORDS[language] : undefined;
  return words !== undefined && words.split('|').includes(collapseWhitespace(name).toLocaleLowerCase());
}

/**
 * The path of the site's front page by the trail's first entry: "/" on most sites, the portal's
 * site folder on a portal that serves several from one host ("Home" → "/web/town"). The root when
 * the first entry is no front page.
 */
function frontPath(crumbs: Crumb[]): string {
  const c = crumbs[0];
  const path = c ? crumbPath(c) : null;
  return c && path && (isTrailStart(c.name) || isHomeLink(c.name)) ? path.replace(/\/?$/, '/') : '/';
}

/**
 * The site's news index named in the page's language ("Nuacht", "Uutiset"), at the top of the
 * site's tree, one step below its front page ("/nuacht", "/web/town/nuacht"): the index of all its
 * stories, no section. (Below a part of the site, "/cy/newyddion", it is that part's news, a
 * section of it.)
 */
function isNewsIndex(c: Crumb, language: string | null, front: string): boolean {
  const path = crumbPath(c) ?? '';
  if (!path.startsWith(front) || !/^[^/]+\/?$/.test(path.slice(front.length))) return false;
  return isNewsWord(c.name, language);
}

/**
 * The section a breadcrumb trail names: its last entry short of the article itself (an entry
 * repeating the headline or linking to the page), past the front page and the news index. Only linked entries of a
 * printed trail count: an unlinked last entry is the story's own tag or title.
 */
export function breadcrumbSection(
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
  const front = frontPath(crumbs);
  const names = crumbs
    .filter((c) => !own(c) && !isTrailStart(c.name) && !linksToRoot(c) && !isNewsIndex(c, language, front))
    .map((c) => collapseWhitespace(c.name))
    .filter((n) => n.length > 1 && n.length <= 40 && n.split(' ').length <= 4);
  return names[names.length - 1] ?? null;
}

/**
 * The section a <title> names between the headline and the site's name: "Headline | Section |
 * Site", as portals print it. Only when the first part is the headline and the last the site, and
 * the middle not the page language's word for news: the site's news index, where every story is
 * filed, as the trail's entry of that name is.
 */
export function titleTagSection(
  titleTag: string,
  headline: string | null,
  site: string | null,
  language: string | null,
): string | null {
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
  const fits = mid.length > 1 && mid.split(' ').length <= 4;
  return fits && !isHomeLink(mid) && !isNewsWord(mid, language) ? mid : null;
}

const BACK_LINK = /^(?:[←‹«<⟵]|back to\s)/iu;

/** Short label printed just before the headline (kicker, rubric, category badge, breadcrumb end). */
export function printedSection(
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
export function flatMainSection(
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
export function sectionField(page: MetaPage, h: DomElement): string | null {
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
 * post's section beside its date): a short label, holding no more than its own link. A headline
 * alone in a box of its own (a news extension's "header" box) has the meta line after that box.
 */
export function markedSectionAfter(h: DomElement, group: DomElement | null): string | null {
  for (const row of rowsAfter(h, group ?? h)) {
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
export function labelledSectionLink(page: MetaPage, group: DomElement, h: DomElement): string | null {
  let menu: Set<string> | null = null;
  for (const row of rowsAfter(h, group))
    for (const a of all(row, 'a')) {
      const prev = a.previousSibling;
      const label = prev?.nodeType === TEXT_NODE ? FIELD_LABEL_END.exec(prev.textContent ?? '') : null;
      const t = textOf(a);
      if (!label || !leadsToPage(a) || BYLINE_PREFIX.test(`${label[1]} x`) || isTagLink(a)) continue;
      if (!isSectionLabel(a, t)) continue;
      menu ??= new Set(before(page, page.doc.body ?? group, h, ['a']).map((m) => textOf(m).toLowerCase()));
      if (menu.has(t.toLowerCase())) return t;
    }
  return null;
}

/**
 * A link that leads to a page: a section's link does. A share bar's buttons ("Share:
 * <a>Facebook</a>") are anchors without an address, or to a script, run when clicked.
 */
function leadsToPage(a: DomElement): boolean {
  const href = (a.getAttribute('href') ?? '').trim();
  return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
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
export function termFieldSection(page: MetaPage, h: DomElement): string | null {
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

/** A class WordPress gives a post's box for each category it is filed under ("category-<slug>"). */
const POST_CATEGORY_CLASS = /^category-(\S+)$/;

/**
 * The category slugs the post's box names in its classes ("post type-post category-local-news"),
 * on the header group or a box around it: WordPress prints them whatever the site's language.
 */
function postCategorySlugs(group: DomElement): Set<string> {
  const slugs = new Set<string>();
  for (let e: DomElement | null = group; e && tagOf(e) !== 'body'; e = e.parentElement)
    for (const c of classOf(e).split(/\s+/)) {
      const m = POST_CATEGORY_CLASS.exec(c);
      if (m) slugs.add(m[1]!.toLowerCase());
    }
  return slugs;
}

/** The last part of a link's path, lower case ("/kategorie/local-news/" gives "local-news"). */
function lastPathPart(href: string): string {
  let path: string;
  try {
    path = new URL(href, 'https://x.invalid/').pathname;
  } catch {
    return '';
  }
  const part = path.replace(/\/+$/, '').split('/').pop() ?? '';
  // A slug in another script is percent-encoded in the link; the class keeps its hex digits.
  return part.toLowerCase().replace(/%/g, '');
}

/**
 * A WordPress category badge printed under the headline, in the post's meta line: a link to the
 * category's page, a link the markup gives rel="category", or a tag link in a box named for the
 * category ("taxonomy-category"). The category's page may sit under a base in the site's own
 * language ("/kategorie/local/"): a link to the slug the post's box names its category by.
 */
export function categoryBadge(group: DomElement): string | null {
  const slugs = postCategorySlugs(group);
  for (const a of all(group, 'a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (!CATEGORY_PAGE.test(href) && !(slugs.size > 0 && slugs.has(lastPathPart(href)))) continue;
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

/**
 * A subscription mark: the paper's initials and a plus sign ("XY+", "Z +"), the badge a paywalled
 * story carries beside its kicker. It says who may read the story, and names no section.
 */
const PLUS_MARK = /^\p{Lu}{1,4}\s?\+$/u;

/** The tests of sectionLabel that read the text alone: a short label, no count, stamp, badge or furniture. */
function sectionLabelText(t: string): boolean {
  if (t.length <= 1 || t.length > 40 || t.split(' ').length > 5 || /\d{4}/.test(t)) return false;
  // A label that opens with a figure counts something ("1 284 views", "12 comments").
  if (/^\p{Nd}/u.test(t) || isFurnitureLine(t) || isHomeLink(t)) return false;
  // A format badge ("Long read", "Live") or an update stamp ("Updated 18:02") names no section.
  if (isFormatLabel(t) || CLOCK_TIME.test(t) || PLUS_MARK.test(t)) return false;
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
