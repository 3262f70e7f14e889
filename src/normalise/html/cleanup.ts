import {
  all,
  first,
  boundedText,
  classOf,
  closestTag,
  elementsAfter,
  firstTagged,
  firstUnder,
  hasMoreChildren,
  ELEMENT_NODE,
  linkDensity,
  pageElements,
  someTagged,
  textLength,
  textLongerThan,
  roleWords,
  shortTextOf,
  styledApart,
  tagOf,
  TEXT_NODE,
  textOf,
  type DomDocument,
  type DomElement,
  type DomNode,
  type PageElements,
  withoutKicker,
} from './dom.js';
import { collapseWhitespace, isSpace } from '../text.js';
import { LABEL_COLONS } from '../../language/colons.js';
import { markedCaption, wordCount } from '../text/lines.js';
import {
  furnitureKind,
  inlineRelated,
  isAccessBadge,
  isAdvertLabel,
  isCopyright,
  isRelatedHeading,
  isRelatedKey,
  isRelatedLabel,
  isSiteListHeading,
  isSiteListKey,
  keyOf,
} from '../text/furniture.js';

/** Headings of end matter that is not article text: sources, references, corrections. */
const END_MATTER =
  /^(?:sources?|references|bibliography|quellen|quellenangaben|fuentes|referencias|fonti|bronnen|źródła|источники|литература|how we reviewed this article)\s*:?$/i;

/** Short furniture lines: ads, share/save, newsletter, comments, paywall (several languages), one per line. */
const FURNITURE_LINES = [
  String.raw`advertisement`,
  String.raw`advert`,
  String.raw`ad`,
  String.raw`sponsored`,
  String.raw`anzeige`,
  String.raw`werbung`,
  String.raw`publicité`,
  String.raw`publicidad`,
  String.raw`pubblicità`,
  String.raw`advertentie`,
  String.raw`annonse`,
  String.raw`reklama`,
  String.raw`реклама`,
  String.raw`story continues below(?: advertisement)?`,
  String.raw`scroll to continue`,
  String.raw`continue reading below`,
  String.raw`article continues (?:below|after)`,
  String.raw`share`,
  String.raw`share this(?: story| article)?`,
  String.raw`share on \w+`,
  String.raw`copy link`,
  String.raw`save`,
  String.raw`gift this article`,
  String.raw`email`,
  String.raw`print`,
  String.raw`back to top`,
  String.raw`follow`,
  String.raw`sign up`,
  String.raw`subscribe(?: now)?`,
  String.raw`teilen`,
  String.raw`partager`,
  String.raw`compartir`,
  String.raw`condividi`,
  String.raw`поделиться`,
  String.raw`comments?(?: \(\d+\))?`,
  String.raw`view \d+ comments`,
  String.raw`\d+ comments`,
  String.raw`join the conversation`,
  String.raw`leave a (?:reply|comment)`,
  String.raw`reuse this content`,
];
// The line's words end where a letter or digit does not follow: `\b` fails after "pubblicità".
const FURNITURE = new RegExp(`^(?:${FURNITURE_LINES.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

const FURNITURE_CONTAINS =
  /(?:^|\b)(?:sign up (?:to|for) (?:our|the)|newsletter|subscribe to|click to share|opens in new window|cookies?|purchase licensing rights|ctrl\s*\+\s*enter|was this (?:article|page) helpful|follow (?:us|the topics)|our standards|trust principles|terms of (?:service|use)|privacy (?:policy|notice))\b|подпис(?:ывайтесь|аться)|telegram|newsletter abonnieren|abonnez-vous|suscríbete/i;

/** Class/id words that state a furniture role. */
export const FURNITURE_ROLE =
  /^(?:ad|ads|advert|adverts|advertisement|adslot|adunit|gpt|dfp|banner|sponsor|sponsored|promo|share|sharing|social|newsletter|nl|subscribe|subscription|paywall|meter|consent|cookie|cookies|comments|comment|komentar|komentarze|kommentar|kommentare|kommentarer|kommentit|yorum|yorumlar|commentaires|comentarios|commenti|reacties|disqus|related|recirc|recommended|outbrain|taboola|mostread|trending|popular|bio|biography|tags|tag|topics|breadcrumb|breadcrumbs|toolbar|rail|sidebar|widget|pullquote|signup|donate|correction|corrections|skip|embed|tweet|twitter|instagram|licensing|license|licence|noprint|infobox|topbar|langs|sources|references|mostread|mostpopular|caption|credit|credits|rating|ratings)$/;

/**
 * Class words of a tip box: furniture when it asks readers for news tips (a link, an address or a
 * form to send them to), article text when it gives the reader a tip (a recipe's, a guide's).
 */
const TIP_ROLE = /^(?:tip|tips|tipbox)$/;
const asksForTips = (el: DomElement): boolean =>
  first(el, 'a, form, input') !== null || /\S@\S/.test(textOf(el));

/**
 * A callout card (a box set apart in the text) that pitches the publication: a link to sign up or
 * subscribe, or talk of members and support. A callout that gives a fact or a tip stays.
 */
const CALLOUT_ROLE = /^(?:callout|cta)$/;
const SIGNUP_HREF = /portal|signup|sign-up|subscribe|member|join|abonn|abo\b|iscri|suscri/i;
const PITCH_WORDS =
  /\b(?:paid members?|members? get|become a (?:member|subscriber)|support (?:the|our) (?:work|journalism)|subscribe)\b/i;
const pitchesPublication = (el: DomElement): boolean =>
  textOf(el).length < 400 &&
  (Array.from(el.querySelectorAll('a, button')).some(
    (a) => SIGNUP_HREF.test(a.getAttribute('href') ?? '') || a.tagName === 'BUTTON',
  ) ||
    PITCH_WORDS.test(textOf(el)));

/**
 * A paragraph in small print and italics (an affiliate disclosure, an editor's note on the
 * terms): the site's notice, not the article's text.
 */
const smallPrint = (el: DomElement, words: string[]): boolean => words.includes('small') && italicLine(el);

/** A short paragraph set wholly in italics: one em or i holding all its text. */
const italicLine = (el: DomElement): boolean => {
  if (tagOf(el) !== 'p' || textOf(el).length > 300) return false;
  const only = el.children.length === 1 ? el.children[0] : undefined;
  return only !== undefined && ['em', 'i'].includes(tagOf(only)) && textOf(only) === textOf(el);
};

/**
 * A note closing the text (who funds the reporting, where it first ran): the last paragraph of the
 * text's box, wholly in italics and the only one with a class of its own among plain paragraphs.
 * The template sets it apart twice over; the story's own last line is neither.
 */
const closingNote = (el: DomElement, words: string[]): boolean => {
  const box = el.parentElement;
  if (words.length === 0 || el.nextElementSibling !== null || !box || !italicLine(el)) return false;
  const plain = Array.from(box.children).filter((c) => tagOf(c) === 'p' && roleWords(c).length === 0);
  return plain.length >= 3;
};

/**
 * A facts line of a card ("Servings: 4", "Total time: 1 h"): a short element holding a part the
 * markup names its label, and a value of a few words. Recipe and product cards print them; the
 * story's text never does.
 */
const labelledFact = (el: DomElement): boolean => {
  const t = textOf(el);
  if (t.length > 40 || el.children.length === 0 || el.children.length > 3) return false;
  const label = Array.from(el.children).find((c) => roleWords(c).includes('label'));
  return label !== undefined && textOf(label).length <= 25 && textOf(label) !== t;
};

/** Elements never part of article text: by tag, or by a stated role or hidden state. */
const NEVER_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'dialog',
]);
const NEVER_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'dialog', 'toolbar', 'complementary']);

const CONTAINER_NEVER = new Set([
  'footer',
  'form',
  'nav',
  'dialog',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'span',
  'ul',
]);

function isNever(el: DomElement): boolean {
  const tag = tagOf(el);
  if (NEVER_TAGS.has(tag)) return true;
  // The site's footer (outside any article): its copyright line is the only <p> of a recipe page of
  // lists, and Readability, scoring paragraphs, would pick it over the article.
  if (tag === 'footer' && !closestTag(el, ['article', 'main'])) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  return role !== null && NEVER_ROLES.has(role);
}

const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Show a hidden container of prose: the rest of the article behind a paywall teaser or a "read
 * more" fold is in the page, only hidden until a click. Readability skips what is hidden, which
 * kept the teaser and dropped the paragraphs after it.
 */
function reveal(el: DomElement): void {
  el.removeAttribute('hidden');
  el.removeAttribute('aria-hidden');
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) el.removeAttribute('style');
}

export interface Furniture {
  related: string[];
  /** The href of each related title that had one, as written in the page. */
  relatedHrefs: Map<string, string>;
  dropped: string[];
  /** The page's label-like elements (see pageLabels), scanned once per page when first asked for. */
  labels?: Label[];
}

const short = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

/** Link titles of a related list: a heading inside each link when it has one, else the link text. */
function linkTitles(box: DomElement): Array<{ title: string; link: DomElement }> {
  const out: Array<{ title: string; link: DomElement }> = [];
  for (const a of all(box, 'a')) {
    const h = a.querySelector('h2, h3, h4, h5, [class*="title"], [class*="headline"]');
    const t = withoutKicker(h ?? a);
    // Two words make a title when they are long ones (compounds: "Hjemmelavet rabarbersaft").
    // Chinese or Thai titles have no spaces: their words are estimated from the letters.
    const words = wordCount(t);
    if (t.length >= 12 && (words >= 3 || (words === 2 && t.length >= 20)) && !out.some((o) => o.title === t))
      out.push({ title: t, link: a });
  }
  return out;
}

/**
 * Keep a related title and, when it had one, its link. A link to a place on the page itself (a
 * live blog's "Key events" list of its own entries) leads to no other article. A bare "#" names no
 * place: a placeholder whose target a script fills in, so the title stays, without a link; unless
 * the link works as a button (a "Share" menu's opener), which is a control, not a story.
 */
function addRelated(f: Furniture, title: string, link: DomElement): void {
  const href = link.getAttribute('href');
  if (href?.startsWith('#') && (href !== '#' || actsAsButton(link))) return;
  if (!f.related.includes(title)) f.related.push(title);
  if (href && href !== '#' && !f.relatedHrefs.has(title)) f.relatedHrefs.set(title, href);
}

/** A link a script works as a button: its role says so, or it holds a menu's open state. */
const actsAsButton = (a: DomElement): boolean =>
  a.getAttribute('role') === 'button' || a.hasAttribute('aria-expanded') || a.hasAttribute('aria-haspopup');

const HEADING_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'strong',
  'b',
  'p',
  'span',
  'div',
  'dt',
]);

/** Label-like elements of a page, each with its text, found in one pass. */
interface Label {
  el: DomElement;
  text: string;
  /** keyOf(text), read once for the label tests of every pass. */
  key: string;
}

/**
 * Short label-like elements (headings, bold labels, leaf spans, aria-labelled boxes): the
 * openers of lists and boxes. Leaf-ish only, which keeps the scan linear; scanned once per page.
 */
function pageLabels(elements: readonly DomElement[]): Label[] {
  const out: Label[] = [];
  for (const el of elements) {
    const aria = el.getAttribute('aria-label');
    if (aria && aria.length <= 60) out.push(labelOf(el, collapseWhitespace(aria)));
    if (!HEADING_TAGS.has(tagOf(el))) continue;
    // Counting children first: it spares building the text of every container of the page.
    if (hasMoreChildren(el, 2)) continue;
    const raw = boundedText(el, 60);
    if (raw === null || raw.trim() === '') continue;
    out.push(labelOf(el, collapseWhitespace(raw.replace(/\u00a0/g, ' ')).replace(/[:.]$/, '')));
  }
  return out;
}

const labelOf = (el: DomElement, text: string): Label => ({ el, text, key: keyOf(text) });

/** Labels matching `is` that are still in the document (the page's labels scanned once, kept in `f`). */
function labels(
  doc: DomDocument,
  f: Furniture,
  is: (label: Label) => boolean,
  page: PageElements = pageElements(doc),
): DomElement[] {
  f.labels ??= pageLabels(page.every());
  return f.labels.filter((l) => is(l) && doc.documentElement.contains(l.el)).map((l) => l.el);
}

/** The box a label opens: the nearest ancestor that holds links besides the label and starts with it. */
function boxOf(label: DomElement, maxText: number): DomElement | null {
  if (label.hasAttribute('aria-label') && first(label, 'a')) return label;
  const lt = textOf(label);
  let cur: DomElement | null = label.parentElement;
  for (let i = 0; cur && i < 4; i++, cur = cur.parentElement) {
    const t = textOf(cur);
    if (t.length > maxText || !t.startsWith(lt)) return null;
    if (all(cur, 'a').some((a) => !label.contains(a))) return cur;
  }
  return null;
}

/**
 * The list a label stands over as a loose line of the text's box, not a box of its own ("<b>See
 * also:</b><ul>…</ul>" set straight in a table cell): the next element, a list whose every item
 * is one link of a story's title, or null.
 */
function listAfterLabel(label: DomElement): DomElement | null {
  const list = label.nextElementSibling;
  if (!list || !['ul', 'ol'].includes(tagOf(list))) return null;
  const items = Array.from(list.children);
  const titled = items.filter((li) => tagOf(li) === 'li' && isLoneLink(li) && titleLike(textOf(li)));
  return items.length >= 1 && titled.length === items.length ? list : null;
}

/** Whether the element holds a link (an `<a>` at any depth). */
export const holdsLink = (el: DomElement): boolean => someTagged(el, 'a', () => true);

/** Blocks an inline read-on line stands in ("Read more: <a>…</a>"). */
const INLINE_LINE_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'li']);
/** Labels of a "Related:" line: bold ones between line breaks, spans opening a block of their own. */
const LABEL_TAGS: ReadonlySet<string> = new Set(['b', 'strong', 'span']);

/**
 * Related-article lists and inline "Read more: X" lines: collected as titles and removed, so
 * that neither Readability nor the body walker sees them.
 */
export function extractRelated(
  doc: DomDocument,
  f: Furniture,
  section: string | null = null,
  page: PageElements = pageElements(doc),
): void {
  // Its passes share one list of the page's elements (`page`, shared with the stages after it),
  // listed again after a pass took something out.
  for (const label of labels(doc, f, (l) => isRelatedKey(l.key), page)) {
    if (!label.parentNode || isSiteListHeading(textOf(label))) continue;
    const b = boxOf(label, 1500);
    const list = b ? null : listAfterLabel(label);
    if (list) {
      if (!namesSection(textOf(label), section))
        for (const l of linkTitles(list)) addRelated(f, l.title, l.link);
      f.dropped.push(short(`${textOf(label)} ${textOf(list)}`));
      label.remove();
      list.remove();
      page.changed();
      continue;
    }
    if (!b || (closestTag(b, ['footer', 'header']) && !closestTag(b, ['article']))) continue;
    // Either way the box goes; only a list of related stories gives related titles. A CMS's listing
    // block (see isViewsListing) is the list the site set up for the story, whatever it is headed.
    if (!namesSection(textOf(label), section) || isViewsListing(b))
      for (const l of linkTitles(b)) addRelated(f, l.title, l.link);
    f.dropped.push(short(textOf(b)));
    b.remove();
    page.changed();
  }
  // Inline lines: a paragraph that is a prefix plus one link. The blocks holding a link are found
  // once; a block that lost its link to a removal since is still in the set, and fails the count
  // of its links below.
  const linkHolders = page.holding('a');
  for (const p of page.tagged(INLINE_LINE_TAGS)) {
    // A block without a link goes before its text is read and matched: most blocks have none.
    if (hasMoreChildren(p, 3) || !linkHolders.has(p)) continue;
    const raw = boundedText(p, 300);
    if (raw === null || inlineRelated(collapseWhitespace(raw)) === null) continue;
    if (first(p, 'p, div, li')) continue;
    const links = all(p, 'a');
    const link = links[0];
    if (links.length !== 1 || !link) continue;
    const t = textOf(p);
    const lt = textOf(link);
    if (lt.length < 12 || inlineRelated(t) !== lt) continue;
    addRelated(f, lt, link);
    f.dropped.push(short(t));
    p.remove();
    page.changed();
  }
  for (const card of linkPreviewCards(page.roleHolding(CARD_OR_PREVIEW))) {
    addRelated(f, card.title, card.link);
    f.dropped.push(short(textOf(card.box)));
    card.box.remove();
    page.changed();
  }
  for (const box of boxesInText(doc, page.tagged(BOX_IN_TEXT_TAGS))) {
    for (const l of linkTitles(box)) addRelated(f, l.title, l.link);
    f.dropped.push(short(textOf(box)));
    box.remove();
    page.changed();
  }
  for (const box of [
    ...classNamedRelated(page.roleHolding(RELATED_OR_READ_ON)),
    ...listingBlocksAfterArticle(doc, section),
    ...storyReferenceFields(page.roleHolding(REFERENCE)),
    ...cardGridsAfterText(page.tagged(GRID_HEADING_TAGS), section),
  ]) {
    if (!box.parentNode) continue;
    for (const l of linkTitles(box)) addRelated(f, l.title, l.link);
    f.dropped.push(short(textOf(box)));
    box.remove();
    page.changed();
  }
  for (const box of page.tagged(INLINE_LINE_TAGS)) {
    const link = textLabelledLink(doc, box);
    if (!link) continue;
    addRelated(f, textOf(link), link);
    f.dropped.push(short(textOf(box)));
    box.remove();
    page.changed();
  }
  for (const label of page.tagged(LABEL_TAGS)) {
    const link = tagOf(label) === 'span' ? spanLabelledLink(doc, label) : labelledLinkLine(label);
    if (!link) continue;
    addRelated(f, textOf(link), link);
    f.dropped.push(short(`${textOf(label)} ${textOf(link)}`));
    label.remove();
    link.remove();
    page.changed();
  }
}

/** Words a list heading may put before the section's name ("More from", "Mehr aus", "Plus de"). */
const SECTION_FEED_LEAD_WORDS = 2;
/** "More about <topic>", "Mer om fotboll": a heading on the topic lists the story's related links. */
const ABOUT_WORD = /(?:^|\s)(?:about|on|om|over|över|sobre|über|zum|sur|su|o|про|о)\s*$/u;

/**
 * "More from Local News" over a page of the Local News section: a heading that ends in the page's
 * own section names that section's latest stories, the site's feed, not the story's related links.
 */
function namesSection(heading: string, section: string | null): boolean {
  if (!section) return false;
  const h = collapseWhitespace(heading).toLowerCase();
  const sec = collapseWhitespace(section).toLowerCase();
  if (h === sec || !(h.endsWith(` ${sec}`) || endsInGluedName(h, sec))) return false;
  const lead = h.slice(0, -sec.length);
  return wordCount(lead) <= SECTION_FEED_LEAD_WORDS && !ABOUT_WORD.test(lead);
}

/**
 * Hebrew and Arabic glue a preposition of a letter or two to the name ("More in" + "Sport" as one
 * word): the heading's last word is the section's name behind such a prefix.
 */
function endsInGluedName(h: string, sec: string): boolean {
  return h.endsWith(sec) && /(?:^|\s)\p{L}{1,2}$/u.test(h.slice(0, -sec.length));
}

/**
 * "More from Ann Lee", "Weitere Artikel von Ann Lee": a heading that names the story's writer lists
 * the writer's latest stories, whatever they are about, not the story's related links.
 */
function namesWriter(heading: string, byline: string | null): boolean {
  return byline !== null && byline.length > 3 && collapseWhitespace(heading).includes(byline);
}

/** Most items of a related list printed without a heading between the headline and the text. */
const MAX_HEADLESS_ITEMS = 5;
/** Blocks after the headline within which such a list sits: the header's, not the page's further down. */
const MAX_HEADLESS_DISTANCE = 8;

/** Blocks that hold a text's paragraphs: an element with none of them inside is one block of text. */
const TEXT_BLOCKS: ReadonlySet<string> = new Set(['p', 'div', 'ul', 'ol', 'table', 'section']);

/**
 * A list of story links without a heading set between the headline and the text (a portal's
 * related stories under the standfirst): two to five items, each one link of a story's title and
 * nothing else, before the first paragraph of prose. Not the page's navigation.
 */
export function extractHeadlessRelated(doc: DomDocument, headline: DomElement | null, f: Furniture): void {
  if (!headline || !doc.body) return;
  const tags = new Set(['p', 'div', 'ul', 'ol', tagOf(headline)]);
  let blocks = 0;
  for (const e of elementsAfter(doc.body, headline, tags, MAX_HEADLESS_DISTANCE + 1)) {
    if (++blocks > MAX_HEADLESS_DISTANCE) return;
    if (tagOf(e) === 'p' || tagOf(e) === 'div') {
      // The text has begun: a paragraph of prose, in a <p> or a <div> without blocks inside.
      if (!firstTagged(e, TEXT_BLOCKS) && textLength(e) > 150) return;
      continue;
    }
    if (closestTag(e, ['nav', 'header', 'footer', 'aside'])) continue;
    const items = Array.from(e.children);
    if (items.length < 2 || items.length > MAX_HEADLESS_ITEMS) continue;
    const links = items.map((li) => {
      const a = all(li, 'a');
      return tagOf(li) === 'li' && a.length === 1 && textOf(a[0]!) === textOf(li) ? a[0]! : null;
    });
    if (!links.every((a) => a !== null && titleLike(textOf(a)))) continue;
    for (const a of links) if (a) addRelated(f, textOf(a), a);
    f.dropped.push(short(textOf(e)));
    e.remove();
  }
}

/** A paragraph this long is the story's text, not a teaser's line. */
const STORY_PARAGRAPH_CHARS = 100;

/**
 * The article element that holds the headline, or null. Only its markup says where the story's
 * own matter ends: a list under the text of a page without one may as well be the section's feed
 * ("More from this section") as the story's related links.
 */
export const storyBox = (headline: DomElement | null): DomElement | null =>
  headline ? closestTag(headline, ['article']) : null;

/**
 * A list of story titles under a heading in words no list knows ("Pennadoù liammet", "Шулай ук
 * укыгыз"), inside the article element and after its last paragraph: the story's related links.
 * The site's lists (most read, the sidebar's) stand outside it, in asides and rails.
 */
export function extractTrailingTitleLists(
  box: DomElement | null,
  f: Furniture,
  byline: string | null = null,
  page: PageElements | null = null,
): void {
  if (!box?.parentNode) return;
  // In document order: the headings after the story's last paragraph.
  const blocks = all(box, 'p, h2, h3, h4, h5, h6');
  const lastAt = blocks.findLastIndex((b) => tagOf(b) === 'p' && textLength(b) > STORY_PARAGRAPH_CHARS);
  const last = blocks[lastAt];
  if (!last) return;
  for (const heading of blocks.slice(lastAt + 1)) {
    if (tagOf(heading) === 'p' || !heading.parentNode) continue;
    const label = textOf(heading);
    if (!label || label.length > 60 || isSiteListHeading(label)) continue;
    const list = boxOf(heading, 1500);
    if (!list || !box.contains(list) || list.contains(last)) continue;
    if (closestTag(list, ['aside', 'nav', 'footer', 'form']) || inFurnitureBox(list, box)) continue;
    const links = all(list, 'a').filter((a) => textOf(a) !== '');
    const titles = linkTitles(list);
    if (titles.length < 2 || titles.length < links.length * 0.6) continue;
    // Either way the list goes; one headed by the writer's name lists their other stories.
    if (!namesWriter(label, byline)) for (const t of titles) addRelated(f, t.title, t.link);
    f.dropped.push(short(textOf(list)));
    list.remove();
    page?.changed();
  }
}

/** Blocks between the text's last paragraph and a list's label at most (a signature, a rule). */
const COLUMN_LIST_REACH = 3;

/** A label over a list: a heading, or a short line all in bold or italics; no link, no sentence's end. */
function isListLabel(e: DomElement): boolean {
  const t = shortTextOf(e, 60);
  if (!t || holdsLink(e) || /[.!?…:;]$/u.test(t)) return false;
  return /^h[2-6]$/.test(tagOf(e)) || (tagOf(e) === 'p' && styledApart(e));
}

/**
 * A list of story titles under a label of its own in the text's own column, a page without an
 * article element: the label and the list stand among the text's paragraphs, a few blocks after
 * the last one (a signature and a rule between), as a hand-written page prints its "more on this"
 * list. The site's lists stand in boxes and columns of their own.
 */
export function extractColumnTitleLists(
  box: DomElement | null,
  headline: DomElement | null,
  f: Furniture,
  page: PageElements,
): void {
  // The headline is out of the page by now: that it was found says a story is printed here.
  if (box || !headline) return;
  for (const list of page.named('ul').concat(page.named('ol'))) {
    const label = list.previousElementSibling;
    if (!list.parentNode || !label || !isListLabel(label) || isSiteListHeading(textOf(label))) continue;
    if (closestTag(list, ['aside', 'nav', 'footer', 'form'])) continue;
    let prose = label.previousElementSibling;
    for (let k = 0; prose && k < COLUMN_LIST_REACH && !isLongParagraph(prose); k++)
      prose = prose.previousElementSibling;
    if (!prose || !isLongParagraph(prose)) continue;
    const items = Array.from(list.children);
    const titles = linkTitles(list);
    if (items.length < 2 || titles.length !== items.length || !items.every((li) => all(li, 'a').length === 1))
      continue;
    for (const t of titles) addRelated(f, t.title, t.link);
    f.dropped.push(short(`${textOf(label)} ${textOf(list)}`));
    label.remove();
    list.remove();
    page.changed();
  }
}

/** A paragraph of the story's text. */
const isLongParagraph = (e: DomElement): boolean => tagOf(e) === 'p' && textLength(e) > STORY_PARAGRAPH_CHARS;

/** Characters of the label over a list in the article's footer: a heading's words, not a line of text. */
const FOOTER_LABEL_MAX_CHARS = 60;

/**
 * A list of story titles in the article element's own footer, under a label of its own (the
 * related posts a blog theme prints between the tags and the links to the previous and next
 * posts): the story's related links, in whatever words, whatever a plugin's class calls them
 * ("popular-posts"). The site's lists stand outside the article; a label that names one ("Most
 * read") is heeded.
 */
export function extractFooterTitleLists(
  box: DomElement | null,
  f: Furniture,
  page: PageElements | null = null,
): void {
  if (!box?.parentNode) return;
  for (const footer of all(box, 'footer')) {
    if (closestTag(footer, ['article']) !== box) continue;
    for (const list of all(footer, 'ul, ol')) {
      const label = list.previousElementSibling;
      if (!label || holdsLink(label) || !textOf(label) || textLength(label) > FOOTER_LABEL_MAX_CHARS)
        continue;
      if (isSiteListHeading(textOf(label))) continue;
      const items = Array.from(list.children);
      const titles = linkTitles(list);
      if (
        items.length < 2 ||
        titles.length !== items.length ||
        !items.every((li) => all(li, 'a').length === 1)
      )
        continue;
      for (const t of titles) addRelated(f, t.title, t.link);
      f.dropped.push(short(`${textOf(label)} ${textOf(list)}`));
      label.remove();
      list.remove();
      page?.changed();
    }
  }
}

/** A share bar, a tag row or a comment thread, by its class words or its ancestors' up to `stop`. */
function inFurnitureBox(el: DomElement, stop: DomElement): boolean {
  for (let cur: DomElement | null = el; cur && cur !== stop; cur = cur.parentElement)
    if (namedFurniture(cur)) return true;
  return false;
}

/** A box whose class or id names furniture (a share bar, a donation appeal), not a related list. */
const namedFurniture = (el: DomElement): boolean =>
  roleWords(el).some((w) => FURNITURE_ROLE.test(w) && !/^(?:related|recommended|recirc)$/.test(w));

/** A link's text that reads as a story's title: a few words, not a tag or a button. */
const titleLike = (t: string): boolean => t.length >= 15 && wordCount(t) >= 3;

const relatedWords = (words: string[]): boolean =>
  words.some((w) => w === 'related' || /^related(?:posts?|stories|articles?|news)$/.test(w));

/**
 * A class naming a list of similar stories, in either order ("similar-news", "similarPosts", a
 * block named for its module, "news-similar"): "similar" alone names anything.
 */
const SIMILAR_STORIES_CLASS =
  /similar[-_]?(?:news|posts?|stories|articles?)|(?:news|posts?|stories|articles?)[-_]similar(?![a-z])/i;

/**
 * A class that says "read on" in words a related heading uses ("read-more", "read_next",
 * "keep-reading"), in either order ("also-read", "alsoRead": "Also read:" heads in-text boxes).
 */
const READ_ON_CLASS = /(?:read|reading)[-_]?(?:more|next|also)|also[-_]?read|(?:keep|continue)[-_]reading/;
/** "related" or READ_ON_CLASS: both asked of every element's attributes in one read of them. */
const RELATED_OR_READ_ON = new RegExp(`related|similar|${READ_ON_CLASS.source}`);
/**
 * Is one of `el`'s class names, its parts read as words, a related heading ("read-more" as
 * "read more")? A theme's box of post cards under the text is named so, without a heading; a
 * paywall's "keep reading" prompt holds one button, not the story titles the box must hold.
 */
const readOnClass = (el: DomElement): boolean =>
  classOf(el)
    .toLowerCase()
    .split(/\s+/)
    .some((c) => {
      if (!READ_ON_CLASS.test(c)) return false;
      const words = c.replace(/[-_]+/g, ' ').trim();
      return (
        isRelatedHeading(words) ||
        /^(?:keep|continue) reading$/.test(words) ||
        isRelatedHeading(unprefixedClassWords(c))
      );
    });

/**
 * A layout word a theme puts after a box's name ("read-more-wrap", "readnext_container",
 * "also-read-box"): the box around the thing named, not another thing.
 */
const LAYOUT_SUFFIX = /[-_](?:wrap|wrapper|container|outer|inner|box|block|section|area|holder)$/;

/**
 * A theme's class with its short namespace before it and its words glued ("gh-readmore",
 * "td_readnext"), a layout word after them ("read-more-wrap"): the words alone, spaced ("read more").
 */
const unprefixedClassWords = (c: string): string =>
  c
    .replace(/^[a-z]{1,3}[-_]/, '')
    .replace(LAYOUT_SUFFIX, '')
    .replace(/[-_]+/g, ' ')
    .replace(/^(read(?:ing)?)(?=more|next|also)/, '$1 ')
    .replace(/^also(?=read)/, 'also ')
    .trim();

/** What a link-preview card's class words hold, one or the other (see isPreviewCardClass). */
const CARD_OR_PREVIEW = /card|preview/;

/** A link-preview card's class: "bookmark-card", "link-preview", "preview-card" (blog editors' embeds). */
const isPreviewCardClass = (w: string[]): boolean =>
  (w.includes('card') && (w.includes('bookmark') || w.includes('preview'))) ||
  (w.includes('link') && w.includes('preview'));

/**
 * Link-preview cards an editor embeds in the text (a bookmark card: one link around the story's
 * title, its description, the site's icon and a picture): each points to another story, a related
 * link, and its blurb is no paragraph of this one. The card, its title and its link. `elements`:
 * those whose role attributes hold CARD_OR_PREVIEW (words are split only there: most elements
 * have neither word).
 */
function linkPreviewCards(
  elements: readonly DomElement[],
): { box: DomElement; title: string; link: DomElement }[] {
  const out: { box: DomElement; title: string; link: DomElement }[] = [];
  for (const el of elements) {
    if (!isPreviewCardClass(roleWords(el))) continue;
    if (out.some((o) => o.box.contains(el))) continue;
    const links = all(el, 'a');
    const head = all(el, '*').find((e) => roleWords(e).includes('title') || /^h[1-6]$/.test(tagOf(e)));
    const title = head ? textOf(head) : '';
    if (links.length !== 1 || !titleLike(title)) continue;
    out.push({ box: el, title, link: links[0]! });
  }
  return out;
}

/** Characters of an in-text aside's label besides its titles ("Read also", in any words). */
const ASIDE_LABEL_MAX_CHARS = 40;

/** Boxes that may be set between two blocks of the text: an aside, or a layout's box. */
const BOX_IN_TEXT_TAGS: ReadonlySet<string> = new Set(['aside', 'div', 'section']);

/** Characters of a block of the text's own paragraphs at least, beside a box set in it. */
const TEXT_BLOCK_MIN_CHARS = 80;

/**
 * A block of the article's text: a paragraph, or a layout's box of paragraphs ("<div
 * class="text"><p>…</p><p>…</p></div>", as content systems wrap each text component) with no
 * heading and few links.
 */
function isTextBlock(e: DomElement): boolean {
  if (tagOf(e) === 'p') return true;
  if (!['div', 'section'].includes(tagOf(e)) || !first(e, 'p') || first(e, 'h1, h2, h3, h4, h5, h6'))
    return false;
  const text = boundedText(e, 4000);
  return text !== null && collapseWhitespace(text).length >= TEXT_BLOCK_MIN_CHARS && linkDensity(e) < 0.2;
}

/**
 * A box set between two blocks of the text that holds a short label and links of story titles,
 * nothing else: the story's related links, whatever the label's words ("Read also" over a list,
 * an inline teaser's "Read too" over its title). (A box beside the text, a sidebar of the site's
 * lists, has no block of the text on either side.) An aside may link anywhere; a layout's box only
 * to the site's own stories, not a list of sources elsewhere.
 */
function boxesInText(doc: DomDocument, boxes: readonly DomElement[]): DomElement[] {
  return boxes.filter((el) => {
    const prev = el.previousElementSibling;
    const next = el.nextElementSibling;
    const aside = tagOf(el) === 'aside';
    const beside = (x: DomElement): boolean => (aside ? tagOf(x) === 'p' : isTextBlock(x));
    if (!prev || !next || !beside(prev) || !beside(next)) return false;
    const text = boundedText(el, 600);
    const anchors = all(el, 'a');
    const links = anchors.map((a) => textOf(a));
    if (text === null || links.length === 0 || !links.every(titleLike)) return false;
    if (!aside && !anchors.every((a) => sameSite(doc, a.getAttribute('href') ?? ''))) return false;
    // A picture's lightbox links to the picture's file, its text the file's name and size: no story.
    if (anchors.some((a) => PICTURE_FILE.test(a.getAttribute('href') ?? ''))) return false;
    // A donation or newsletter appeal set in the text links to the site's own page, not a story.
    if (namedFurniture(el)) return false;
    if (collapseWhitespace(text).length - links.join(' ').length > ASIDE_LABEL_MAX_CHARS) return false;
    // A most-read list set in the text is the site's, not the story's.
    return aside || !isSiteListHeading(links.reduce((t, l) => t.replace(l, ''), textOf(el)).trim());
  });
}

/** An address of a picture file ("…/original/map.jpeg", "photo.webp?w=800"). */
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$/i;

/**
 * Boxes whose markup names them related ("related-posts", "relatedStories"), with no label the
 * heading lists know: two or more links, nearly all of them story titles, and little else. Not in
 * the page's header, navigation or footer outside the article.
 */
/** Levels above the article at which a listing block may follow it. */
const AFTER_ARTICLE_LEVELS = 4;

/**
 * A content system's listing block (Drupal's Views: "block-views", rows of "views-row") printed
 * right after the article, in the page's content region and not its sidebar: the listing the
 * site configured for this story, its related stories, whatever language its heading is in.
 */
function listingBlocksAfterArticle(doc: DomDocument, section: string | null): DomElement[] {
  const article = firstUnder(doc.documentElement, (e) => tagOf(e) === 'article');
  if (!article) return [];
  let at: DomElement | null = article;
  for (let level = 0; at && level < AFTER_ARTICLE_LEVELS; level++, at = at.parentElement) {
    const next = at.nextElementSibling;
    if (!next) continue;
    return isViewsListing(next) || isCardListing(next, section) ? [next] : [];
  }
  return [];
}

/** Characters of a reference field's label besides its titles ("Related articles:", in any words). */
const FIELD_LABEL_MAX_CHARS = 40;

/** What a reference field's role attributes hold (see storyReferenceFields). */
const REFERENCE = 'reference';

/**
 * A CMS's field of references to other stories, whatever its label's words (Drupal's
 * "field-type-node-reference", "entityreference"): the stories an editor linked to this one, each
 * item one link of a story's title, after the text. A field of taxonomy terms (tags) references
 * words, not stories. `elements`: those whose role attributes hold REFERENCE.
 */
function storyReferenceFields(elements: readonly DomElement[]): DomElement[] {
  const out: DomElement[] = [];
  for (const el of elements) {
    if (out.some((o) => o.contains(el))) continue;
    const w = roleWords(el);
    const refersToStories =
      w.includes('field') &&
      (w.includes('entityreference') ||
        (w.includes('reference') && (w.includes('node') || w.includes('entity'))));
    if (!refersToStories) continue;
    const links = all(el, 'a').filter((a) => textOf(a) !== '');
    const titles = links.map((a) => textOf(a));
    // After the text: a reference field ahead of it files the story (its section), no reading on.
    if (links.length === 0 || !titles.every(titleLike) || !afterProse(el)) continue;
    const text = boundedText(el, 1500);
    if (text === null || collapseWhitespace(text).length - titles.join(' ').length > FIELD_LABEL_MAX_CHARS)
      continue;
    out.push(el);
  }
  return out;
}

/** Headings that may stand over a grid of story cards. */
const GRID_HEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4']);

/** Characters of a grid of story cards at most: titles, dates, a teaser line each. */
const GRID_MAX_CHARS = 3000;

/** Paragraphs of prose that make the story's text before a box, at least. */
const TEXT_BEFORE_GRID = 2;

/**
 * The heading's own box: the outermost ancestor whose text is the heading's alone (a page builder
 * wraps each heading in a widget of its own, the grid in the next one).
 */
function headingWidget(h: DomElement): DomElement {
  const t = textOf(h);
  // Read up to a character past the heading's text: an ancestor may be the whole page.
  const same = (up: DomElement): boolean => shortTextOf(up, t.length + 1) === t;
  let w = h;
  for (let up = w.parentElement; up && tagOf(up) !== 'body' && same(up); up = up.parentElement) w = up;
  return w;
}

/** Does prose (TEXT_BEFORE_GRID paragraphs of the story's text) come before `el` among its siblings? */
function afterProse(el: DomElement): boolean {
  let prose = 0;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling)
    for (const p of all(s, 'p')) if (textLongerThan(p, 100) && ++prose >= TEXT_BEFORE_GRID) return true;
  return false;
}

/**
 * A story card's link: a story's title in a heading around the link or inside it, or a picture and
 * the title together inside the link.
 */
function isCardLink(a: DomElement): boolean {
  const h = closestTag(a, ['h2', 'h3', 'h4', 'h5']) ?? first(a, 'h2, h3, h4, h5');
  if (h) return titleLike(textOf(h));
  return first(a, 'img, picture') !== null && titleLike(textOf(a));
}

/**
 * A heading in words no list knows, in a box of its own, over a grid of story cards in the next box
 * (a page builder's posts widget under "Similar news"), both after the story's text in the box
 * that holds it: each card one link of a story's title (see isCardLink), the story's related stories.
 * The site's lists stand apart (a sidebar, the footer) or say what they are ("Most read").
 */
function cardGridsAfterText(headings: readonly DomElement[], section: string | null): DomElement[] {
  const out: DomElement[] = [];
  for (const h of headings) {
    const label = textOf(h);
    if (!label || label.length > 60 || isSiteListHeading(label) || namesSection(label, section)) continue;
    if (first(h, 'a') || closestTag(h, ['a', 'nav', 'footer', 'aside', 'header', 'form', 'article']))
      continue;
    const w = headingWidget(h);
    const grid = w.nextElementSibling;
    // Its class is not heeded: a builder names every box a "widget", furniture's word.
    if (!grid || !CARD_BOX_TAGS.has(tagOf(grid)) || inSidebar(grid)) continue;
    // A grid of cards is short: a box of the whole text after a heading is no grid.
    if (boundedText(grid, GRID_MAX_CHARS) === null) continue;
    const links = all(grid, 'a').filter((a) => textOf(a) !== '');
    const titled = links.filter(isCardLink);
    if (titled.length < 2 || titled.length !== links.length || !afterProse(w)) continue;
    out.push(grid);
  }
  return out;
}

/** Drupal's Views block: rows of "views-row", each one link of a story's title. */
function isViewsListing(box: DomElement): boolean {
  const words = roleWords(box);
  if (!(words.includes('views') && words.includes('block'))) return false;
  const rows = all(box, '*').filter((r) => {
    const w = roleWords(r);
    return w.includes('views') && w.includes('row');
  });
  const titled = rows.filter((r) => all(r, 'a').length === 1 && titleLike(textOf(r)));
  return titled.length >= 2 && titled.length === rows.length;
}

/** Tags of a box of story cards that may follow the article (not a sidebar, a menu or a form). */
const CARD_BOX_TAGS: ReadonlySet<string> = new Set(['section', 'div']);

/**
 * A heading in words no list knows over story cards, each a link around a title element of its
 * own (a theme's "teaser-title"): set right after the article, the story's related stories. The
 * site's lists (most read, the sidebar's) are plain links, or stand apart and say what they are;
 * a heading that names the page's section ("More in Sport") lists that section's latest.
 */
function isCardListing(box: DomElement, section: string | null): boolean {
  if (!CARD_BOX_TAGS.has(tagOf(box))) return false;
  if (namedFurniture(box)) return false;
  const heading = box.children[0];
  if (!heading || !/^h[2-4]$/.test(tagOf(heading))) return false;
  const label = textOf(heading);
  if (!label || label.length > 60 || isSiteListHeading(label) || namesSection(label, section)) return false;
  const links = all(box, 'a').filter((a) => textOf(a) !== '');
  return (
    links.length >= 2 &&
    links.every((a) => {
      const title = a.querySelector('h2, h3, h4, h5, [class*="title"]');
      return title !== null && titleLike(textOf(title));
    })
  );
}

/**
 * Class and id words split at their camel-case humps as well: a server control's id names its
 * type, then its role ("rptRelatedNews", "dlRelatedLinks", as WebForms pages print them).
 */
const camelCaseWords = (el: DomElement): string[] =>
  `${classOf(el)} ${el.getAttribute('id') ?? ''}`
    .split(/[\s_\-:$]+|(?<=\p{Ll})(?=\p{Lu})/u)
    .map((w) => w.toLowerCase())
    .filter((w) => w !== '');

/** `elements`: those whose role attributes hold RELATED_OR_READ_ON. */
function classNamedRelated(elements: readonly DomElement[]): DomElement[] {
  const out: DomElement[] = [];
  for (const el of elements) {
    if (!(
      relatedWords(roleWords(el)) ||
      readOnClass(el) ||
      SIMILAR_STORIES_CLASS.test(classOf(el)) ||
      relatedWords(camelCaseWords(el))
    ))
      continue;
    if (out.some((o) => o.contains(el))) continue;
    // A <nav> named related is itself the story's list of related links, not the site's menu.
    const from = tagOf(el) === 'nav' ? el.parentElement : el;
    if (from && closestTag(from, ['nav', 'header', 'footer']) && !closestTag(el, ['article'])) continue;
    // Nor in the page's sidebar: its lists are the site's ("Popular pages"), whatever their class.
    if (!closestTag(el, ['article']) && inSidebar(el)) continue;
    const text = boundedText(el, 1500);
    if (text === null) continue;
    // A box named "related" under a "Most read" heading holds the site's list, not the story's.
    const heading = first(el, 'h1, h2, h3, h4, h5, h6');
    if (heading && isSiteListHeading(textOf(heading))) continue;
    const links = all(el, 'a')
      .map((a) => textOf(a))
      .filter((t) => t !== '');
    const titles = links.filter(titleLike);
    if (!(titles.length >= 2 && titles.length >= links.length * 0.6) && !inlineReadOn(el, text, links))
      continue;
    // Little besides the titles: a heading, dates, a line of teaser each at most.
    if (collapseWhitespace(text).length > titles.join(' ').length * 3) continue;
    out.push(el);
  }
  return out;
}

/** Class or id words of the column beside the text. */
const SIDEBAR_ROLE = /^(?:sidebar|rail)$/;

/**
 * Is `el` in a column the markup names the page's sidebar? Not the body's class: it names the
 * layout of the whole page ("has-sidebar-right").
 */
function inSidebar(el: DomElement): boolean {
  for (let cur = el.parentElement; cur && !['body', 'html'].includes(tagOf(cur)); cur = cur.parentElement)
    if (roleWords(cur).some((w) => SIDEBAR_ROLE.test(w))) return true;
  return false;
}

/** Characters of a heading the read-on box prints as its own element ("Also on our site today"). */
const READ_ON_HEADING_MAX_CHARS = 60;

/**
 * A read-on line inside the text, in a box its class names related: a short label in any words
 * ("Lies auch", "Lue myös"), or a heading of its own over the link, and one link of a story's
 * title, nothing else.
 */
function inlineReadOn(box: DomElement, text: string, links: string[]): boolean {
  const link = links.length === 1 ? links[0]! : null;
  if (!link || !titleLike(link)) return false;
  const t = collapseWhitespace(text);
  const label = t.endsWith(link) ? t.slice(0, -link.length).trim() : null;
  if (label === null) return false;
  const heading = box.children[0];
  const headed = heading !== undefined && /^h[2-6]$/.test(tagOf(heading)) && textOf(heading) === label;
  return (
    (label.length <= 30 && wordCount(label) <= 3) || (headed && label.length <= READ_ON_HEADING_MAX_CHARS)
  );
}

/** The next sibling node that is not white space. */
function nextVisible(n: DomNode): DomNode | null {
  let c = n.nextSibling;
  while (c && c.nodeType === TEXT_NODE && (c.textContent ?? '').trim() === '') c = c.nextSibling;
  return c;
}

/**
 * A bold label of a few words that ends in a colon ("ასევე წაიკითხეთ:", "یہ بھی پڑھیں:"): in a
 * line of its own with one link after it, it introduces that link whatever the language.
 */
const isColonLabel = (t: string): boolean =>
  LABEL_END.test(t) && !/\p{N}/u.test(t) && wordCount(t.replace(LABEL_END, '')) <= 3;

/** A label's closing colon, in any script's form ("：", Ethiopic "፡"). */
const LABEL_END = new RegExp(`[${LABEL_COLONS}]$`, 'u');

/**
 * A line of its own among the text's paragraphs that is a label in plain text, a colon of any
 * script and one link to a headline of another page of the site ("Lees ook: <a>…</a>", in words
 * no list knows): a read-on line, as editors type it into the text (a feed's "Subscribe to: <a>…"
 * under the post stands apart from it). The link, or null.
 */
function textLabelledLink(doc: DomDocument, box: DomElement): DomElement | null {
  // The box's own shape first: the text-block tests read the blocks around it, and most boxes fail.
  const link = soleWrapped(box).firstElementChild;
  if (!link || link.nextElementSibling || tagOf(link) !== 'a') return null;
  const prev = box.previousElementSibling;
  const next = box.nextElementSibling;
  // Before the next block of text, or closing a part of it before its subheading.
  if (!prev || !isTextBlock(prev) || (next && !isTextBlock(next) && !SUBHEADING_TAGS.has(tagOf(next))))
    return null;
  if (!sameSite(doc, link.getAttribute('href') ?? '')) return null;
  const t = textOf(box);
  const lt = textOf(link);
  if (!t.endsWith(lt) || lt.length < 12 || wordCount(lt) < 3) return null;
  return isColonLabel(t.slice(0, -lt.length).trim()) ? link : null;
}

/**
 * The element that holds a block's whole line: the block itself, or the one inline wrapper that
 * holds all of it, as builders print every line in a styled span ("<p><span>Label: <a>…</a></span></p>").
 */
function soleWrapped(box: DomElement): DomElement {
  let inner = box;
  for (
    let child = inner.firstElementChild;
    child && !child.nextElementSibling;
    child = inner.firstElementChild
  ) {
    if (!INLINE_WRAPPERS.has(tagOf(child)) || textOf(child).length !== textOf(inner).length) break;
    inner = child;
  }
  return inner;
}

/**
 * A "Related:" line inside text broken by <br>: a bold prefix label and one link, alone between
 * line breaks. Returns the link, or null when the label opens anything else.
 */
function labelledLinkLine(label: DomElement): DomElement | null {
  const t = boundedText(label, 40);
  const known = t !== null && isRelatedLabel(collapseWhitespace(t));
  if (t === null || !(known || isColonLabel(collapseWhitespace(t)))) return null;
  const link = nextVisible(label);
  if (!link || link.nodeType !== ELEMENT_NODE || tagOf(link as DomElement) !== 'a') return null;
  // Past a label of unknown words, only a headline-like link: several words, not an address.
  if (!known && wordCount(textOf(link as DomElement)) < 3) return null;
  const after = nextVisible(link);
  if (after && (after.nodeType !== ELEMENT_NODE || tagOf(after as DomElement) !== 'br')) return null;
  const prev = label.previousSibling;
  const startsLine =
    !prev ||
    (prev.nodeType === ELEMENT_NODE && tagOf(prev as DomElement) === 'br') ||
    (prev.nodeType === TEXT_NODE && /\n\s*$|^\s*$/.test(prev.textContent ?? ''));
  return startsLine && textOf(link as DomElement).length >= 12 ? (link as DomElement) : null;
}

/**
 * A label in a plain span ("Ошондой эле окуңуз:", in any words) that opens a block holding it and
 * one link to another page of the same site, nothing else: a read-on line. A span carries no
 * weight of its own, so the block must be the line and the link must stay on the site (a source's
 * line, "Source: <a report elsewhere>", leads off it).
 */
function spanLabelledLink(doc: DomDocument, label: DomElement): DomElement | null {
  const box = label.parentElement;
  if (!box || !INLINE_LINE_TAGS.has(tagOf(box)) || box.children.length !== 2 || box.children[0] !== label)
    return null;
  const link = labelledLinkLine(label);
  if (!link || link !== box.children[1] || !sameSite(doc, link.getAttribute('href') ?? '')) return null;
  return textOf(box) === `${textOf(label)} ${textOf(link)}` || textOf(box) === textOf(label) + textOf(link)
    ? link
    : null;
}

/** A link to a page of the site itself: a path, or an address on the host the canonical link names. */
function sameSite(doc: DomDocument, href: string): boolean {
  if (/^\/(?!\/)/.test(href)) return true;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  try {
    return canonical !== null && canonical !== undefined && new URL(href).host === new URL(canonical).host;
  } catch {
    return false;
  }
}

/** Site lists (most read, trending) and end matter (sources): removed with their box. */
function removeLabelledBoxes(doc: DomDocument, f: Furniture, page: PageElements): void {
  for (const label of labels(doc, f, (l) => isSiteListKey(l.key))) {
    if (!label.parentNode || textOf(label).split(' ').length > 6) continue;
    const b = boxOf(label, 2000);
    if (b && !isProse(b)) {
      f.dropped.push(short(textOf(b)));
      b.remove();
      page.changed();
      continue;
    }
    // A list of titles without links (a video playlist drawn by script): the heading and its list.
    const next = label.nextElementSibling;
    if (!b && next && ['ul', 'ol'].includes(tagOf(next)) && !isProse(next)) {
      f.dropped.push(short(`${textOf(label)} ${textOf(next)}`));
      next.remove();
      label.remove();
      page.changed();
    }
  }
  for (const label of labels(doc, f, (l) => END_MATTER.test(l.text))) {
    if (!label.parentNode) continue;
    const box = label.parentElement;
    // End matter is the heading plus what follows it in its box, when that is not prose.
    if (box && textOf(box).startsWith(textOf(label)) && !isProse(box) && tagOf(box) !== 'body') {
      f.dropped.push(short(textOf(box)));
      box.remove();
    } else {
      const next = label.nextElementSibling;
      if (next && ['ul', 'ol'].includes(tagOf(next))) next.remove();
      label.remove();
    }
    page.changed();
  }
}

/**
 * Headings of what a press release or a company page prints under its text: the boilerplate
 * about the issuer ("About Example Ltd") and the contact for journalists.
 */
const TRAILER_HEADING =
  /^(?:about (?:the )?\p{Lu}[^.!?]{0,80}|(?:for )?(?:further|more) information,? (?:please )?contact\b[^.!?]{0,40}|(?:press|media) contacts?)\s*:?$/iu;

/**
 * End matter under a heading: the issuer's boilerplate, contacts, notes to editors. The heading and
 * everything after it in its box go, when prose comes before it in that box (the article's text).
 */
function cutTrailers(page: PageElements, f: Furniture): void {
  for (const heading of page.tagged(SUBHEADING_TAGS)) {
    // A wiki wraps each heading in a box of its own with its edit link: the box stands for it.
    const h = headingBox(heading);
    const box = h.parentElement;
    const t = boundedText(heading, 120);
    if (!box || !h.parentNode || t === null) continue;
    const text = collapseWhitespace(t);
    // The box test first: it spares the heading's text tests for the page's every other heading.
    if (!followsProse(h)) continue;
    if (!TRAILER_HEADING.test(text) && furnitureKind(text) !== 'footer' && !headsLinkListsOnly(h)) continue;
    f.dropped.push(short(text));
    for (let s = h.nextElementSibling; s; s = h.nextElementSibling) s.remove();
    h.remove();
    page.changed();
  }
}

/**
 * Whether two paragraphs of over 100 characters come before `h` in its box (the article's text):
 * read back only until two are found, and each only as far as its 101st character.
 */
export function followsProse(h: DomElement): boolean {
  let prose = 0;
  for (let s = h.previousElementSibling; s; s = s.previousElementSibling)
    if (tagOf(s) === 'p' && textLongerThan(s, 100) && ++prose >= 2) return true;
  return false;
}

/** The heading's own box when it holds nothing else of length (an edit link), else the heading. */
function headingBox(h: DomElement): DomElement {
  const parent = h.parentElement;
  const alone =
    parent !== null &&
    tagOf(parent) === 'div' &&
    parent.children.length <= 2 &&
    textLength(parent) - textLength(h) < 20;
  return alone ? parent : h;
}

/** Characters of a small-print box that may follow a links section (a licence line). */
const SMALL_PRINT_MAX_CHARS = 200;

/**
 * "Sources", "External links" in words no list knows: a heading under the text followed, to the
 * end of its box, by lists whose every item is one link (and small print), no paragraph.
 */
function headsLinkListsOnly(h: DomElement): boolean {
  let lists = 0;
  for (let s = h.nextElementSibling; s; s = s.nextElementSibling) {
    const tag = tagOf(s);
    if ((tag === 'ul' || tag === 'ol') && s.children.length > 0 && Array.from(s.children).every(isLoneLink))
      lists++;
    else if (isHeadingOrItsBox(s)) continue;
    else if (firstTagged(s, PARAGRAPH) !== null || textLength(s) > SMALL_PRINT_MAX_CHARS) return false;
  }
  return lists > 0;
}

const SUBHEADING = /^h[2-6]$/;

/** A subheading, or the box a wiki wraps one in. */
function isHeadingOrItsBox(el: DomElement): boolean {
  if (SUBHEADING.test(tagOf(el))) return true;
  const inner = firstTagged(el, SUBHEADING_TAGS);
  return inner !== null && headingBox(inner) === el;
}

/** A list item that is one link and little else (the source's name, a date after a dash). */
function isLoneLink(li: DomElement): boolean {
  const links = all(li, 'a');
  if (links.length !== 1) return false;
  return textLength(links[0]!) * 2 >= textLength(li);
}

const SUBHEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const PARAGRAPH: ReadonlySet<string> = new Set(['p']);

/** Does this element hold paragraphs of prose (two or more of over 100 characters, few links)? */
function holdsParagraphs(el: DomElement): boolean {
  // Two are enough: stopping there keeps a check of nested containers from reading the text of
  // every paragraph inside each of them again.
  return someTagged(el, 'p', (p) => textLength(p) > 100 && linkDensity(p) < 0.5, 2);
}

/** Does this element carry enough real prose that it must not be removed as furniture? */
function isProse(el: DomElement): boolean {
  if (holdsParagraphs(el)) return true;
  // Paragraphs in divs or <br>-separated text: much text outside links is prose too (more than
  // 600 characters of it). Links are read until that is out of reach, not all of them.
  const total = textLength(el);
  if (total <= 700) return false;
  let linked = 0;
  for (const a of all(el, 'a')) {
    linked += textLength(a);
    if (total - linked <= 600) return false;
  }
  return true;
}

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

/** schema.org's words for a count of the readers' doings (likes, shares, comments, views). */
const COUNTER_PROPS: ReadonlySet<string> = new Set([
  'interactionstatistic',
  'interactioncount',
  'userinteractioncount',
  'commentcount',
]);

/** Characters of a counter's line at most: a number and its word ("37 likes"). */
const COUNTER_MAX_CHARS = 40;

/**
 * "37 likes" under a post, its box marked with schema.org's interaction count: a counter, in
 * whatever words, not text.
 */
function removeCounters(page: PageElements, f: Furniture): void {
  let removed = false;
  for (const e of page.every()) {
    const prop = e.getAttributeNode('itemprop')?.value;
    if (!prop || !COUNTER_PROPS.has(prop.toLowerCase()) || !e.parentNode) continue;
    const t = shortTextOf(e, COUNTER_MAX_CHARS);
    if (t === null) continue;
    if (t) f.dropped.push(t);
    e.remove();
    removed = true;
  }
  if (removed) page.changed();
}

/** A link that leads to no page: a script's command, an e-mail form, or the page's own top. */
const COMMAND_HREF = /^\s*(?:javascript:|mailto:|#|$)/i;

/** Characters of a row of commands at most: a few short link texts and their separators. */
const COMMAND_ROW_MAX_CHARS = 120;

/** Tags that only style a line's text, walked through up to the block that holds it. */
const INLINE_WRAPPERS: ReadonlySet<string> = new Set(['font', 'span', 'small', 'b', 'strong', 'i', 'em']);

/**
 * "Print this page | Send to a friend | Back to top": a line of two links or more, nothing else
 * but separators, none of which leads to a page (a script's command, an e-mail form, the page's
 * own top): the page's tools, in whatever words, not text.
 */
function removeCommandRows(page: PageElements, f: Furniture): void {
  let removed = false;
  for (const a of page.named('a')) {
    if (!a.parentNode || !COMMAND_HREF.test(a.getAttribute('href') ?? 'x')) continue;
    let row = a.parentElement;
    while (row && INLINE_WRAPPERS.has(tagOf(row))) row = row.parentElement;
    if (!row || !['p', 'div', 'li', 'td'].includes(tagOf(row))) continue;
    const t = shortTextOf(row, COMMAND_ROW_MAX_CHARS);
    const links = all(row, 'a');
    if (!t || links.length < 2 || links.some((l) => !COMMAND_HREF.test(l.getAttribute('href') ?? 'x')))
      continue;
    let rest = t;
    for (const l of links) rest = rest.replace(textOf(l), '');
    if (!/^[\s|·•/]*$/u.test(rest)) continue;
    f.dropped.push(short(t));
    row.remove();
    removed = true;
  }
  if (removed) page.changed();
}

/**
 * The pass of preClean over each element: what is never text, and what the markup marks as
 * furniture. Says whether it took anything out.
 */
function removeMarked(
  elements: readonly DomElement[],
  protectedEl: (e: DomElement) => boolean,
  f: Furniture,
): boolean {
  let removed = false;
  const drop = (e: DomElement): void => {
    e.remove();
    removed = true;
  };
  for (const el of elements) {
    if (!el.parentNode || protectedEl(el)) continue;
    const tag = tagOf(el);
    if (isNever(el)) {
      // Only containers can hold prose; scripts, inputs and the like go without a look.
      if (!CONTAINER_NEVER.has(tag) || !isProse(el)) drop(el);
      else if (holdsParagraphs(el)) reveal(el);
      continue;
    }
    if (HIDDEN_STYLE.test(el.getAttribute('style') ?? '') && holdsParagraphs(el)) reveal(el);
    if (
      tag !== 'figure' &&
      tag !== 'figcaption' &&
      tag !== 'picture' &&
      tag !== 'aside' &&
      !el.hasAttribute('class') &&
      !el.hasAttribute('id')
    ) {
      continue;
    }
    if (tag === 'figure' || tag === 'figcaption' || tag === 'picture') {
      // Captions and credits are not body text; the lead image is kept aside in metadata.
      if (!isProse(el)) drop(el);
      continue;
    }
    if (tag === 'aside' && !isProse(el)) {
      const t = textOf(el);
      if (t) f.dropped.push(short(t));
      drop(el);
      continue;
    }
    const words = roleWords(el);
    // A label's line, not the label alone: the whole "label value" row goes.
    const row = el.parentElement;
    if (words.includes('label') && row && labelledFact(row)) {
      f.dropped.push(short(textOf(row)));
      drop(row);
      continue;
    }
    const marked =
      words.some((w) => FURNITURE_ROLE.test(w)) ||
      // Joined only when a word holds "most" (the pattern's letters fall within one word).
      (words.some((w) => w.includes('most')) && /most-?(?:read|popular|viewed)/.test(words.join('-'))) ||
      (words.some((w) => TIP_ROLE.test(w)) && asksForTips(el)) ||
      (words.some((w) => CALLOUT_ROLE.test(w)) && pitchesPublication(el)) ||
      smallPrint(el, words);
    if ((marked && tag !== 'body' && tag !== 'html' && !isProse(el)) || closingNote(el, words)) {
      const t = textOf(el);
      if (t && t.length < 400) f.dropped.push(short(t));
      drop(el);
    }
  }
  return removed;
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

/**
 * A subheading among the text's paragraphs whose class calls it a header ("header-anchor-post",
 * as newsletter platforms mark linkable subheadings, or a recipe card's "Ingredients" over its
 * list): a heading is a header by nature, and the word would make Readability drop it as the
 * page's header. The class goes. `page`: the page's element lists when the caller has them.
 */
export function unmarkTextSubheadings(doc: DomDocument, page: PageElements = pageElements(doc)): void {
  for (const h of page.tagged(SUBHEADING_TAGS)) {
    if (!/header/i.test(classOf(h))) continue;
    const prev = h.previousElementSibling;
    const next = h.nextElementSibling;
    if (
      [prev, next].some((s) => s !== null && tagOf(s) === 'p' && textLength(s) > 100) ||
      (next !== null && headsTextList(next))
    )
      h.removeAttribute('class');
  }
}

/**
 * A list of text (ingredients, steps), not of links, as the block or the first thing inside it; or
 * a short block of sentences (a recipe's notes).
 */
function headsTextList(block: DomElement): boolean {
  let cur: DomElement | null = block;
  for (let depth = 0; cur && depth < 3; depth++, cur = cur.children[0] ?? null) {
    const tag = tagOf(cur);
    if (tag === 'ul' || tag === 'ol') return cur.children.length >= 2 && linkDensity(cur) < 0.3;
    if (tag !== 'div') break;
  }
  const t = boundedText(block, 600);
  return t !== null && t.trim().length >= 40 && /[.!?…]$/.test(t.trim()) && linkDensity(block) < 0.1;
}

/**
 * A picture box outside <figure>: an image whose container holds only a short line of text
 * (its caption). The box goes, so the caption cannot reach the body.
 */
export function removePictureBoxes(root: DomDocument, page: PageElements = pageElements(root)): void {
  for (const img of page.named('img')) {
    const box = img.parentElement;
    if (!box || !['div', 'span', 'p', 'a'].includes(tagOf(box))) continue;
    const holder = tagOf(box) === 'a' && box.parentElement ? box.parentElement : box;
    const t = shortTextOf(holder, 249);
    // A caption in a plain block beside the picture shows itself by the credit it carries.
    const captionBox = (): boolean =>
      first(holder, 'p, span, small, em') !== null ||
      (first(holder, 'div') !== null && !!markedCaption(t ?? '', false)?.credit);
    if (t && captionBox() && !/[:;]$/.test(t)) {
      if (tagOf(holder) !== 'body' && tagOf(holder) !== 'article') {
        holder.remove();
        page.changed();
      }
    }
  }
}

const ARTICLE_TAGS = new Set(['article', 'main']);

/**
 * When one article/main element holds nearly all of the page's prose, everything outside it is
 * site furniture: cut it away so Readability scores less and cannot wander into sidebars.
 */
export function narrowToArticle(doc: DomDocument, page: PageElements = pageElements(doc)): DomElement | null {
  // Each paragraph's length read once: linkedom builds the text anew at every read, and the sums
  // below read it for every candidate.
  const chars = new Map<DomElement, number>();
  for (const p of page.named('p')) {
    const n = (p.textContent ?? '').length;
    if (n > 80 && linkDensity(p) < 0.3) chars.set(p, n);
  }
  const prose = [...chars.keys()];
  const total = prose.reduce((n, p) => n + (chars.get(p) ?? 0), 0);
  if (total < 500) return null;
  // The paragraphs' walk gives both lists, attributes compared in JS: linkedom's selector engine
  // walks the page again for each list and is slow on attribute selectors.
  const elements = page.every();
  const cands = elements
    .filter((e) => ARTICLE_TAGS.has(tagOf(e)))
    .concat(
      elements.filter(
        (e) => e.getAttribute('itemprop') === 'articleBody' || e.getAttribute('role') === 'main',
      ),
    );
  let best: { el: DomElement; size: number } | null = null;
  for (const c of cands) {
    const inside = prose.filter((p) => c.contains(p)).reduce((n, p) => n + (chars.get(p) ?? 0), 0);
    if (inside < total * 0.85) continue;
    const size = (c.textContent ?? '').length;
    if (!best || size < best.size) best = { el: c, size };
  }
  if (!best) {
    // No marked container: the deepest block holding nearly all prose, one level up for margin.
    const sums = new Map<DomElement, number>();
    for (const p of prose) {
      const n = chars.get(p) ?? 0;
      for (let a = p.parentElement; a; a = a.parentElement) sums.set(a, (sums.get(a) ?? 0) + n);
    }
    let deepest: DomElement | null = null;
    let depth = -1;
    for (const [el, n] of sums) {
      if (n < total * 0.9) continue;
      let d = 0;
      for (let a = el.parentElement; a; a = a.parentElement) d++;
      if (d > depth) {
        depth = d;
        deepest = el;
      }
    }
    const up = deepest?.parentElement;
    if (up && !['body', 'html'].includes(tagOf(up))) best = { el: up, size: 0 };
  }
  if (!best) return null;
  for (let cur: DomElement = best.el; cur.parentElement && tagOf(cur) !== 'body'; cur = cur.parentElement) {
    for (const sib of Array.from(cur.parentElement.children))
      if (sib !== cur && tagOf(sib) !== 'head') sib.remove();
  }
  page.changed();
  return best.el;
}

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
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

/** The desk's initials under a story, "(abc/xyz)": who wrote and who edited it, not text. */
const EDITOR_SIGN_OFF = /^\(\s*\p{Ll}{2,4}(?:\s*[/,]\s*\p{Ll}{2,4})+\s*\)$/u;

/**
 * An editor's credit in brackets under a story, "(责任编辑：周敏)", "(Editor: Ann Lee)": a label, a
 * colon and a short name, nothing else; a story's own bracketed sentence is longer or ends in a stop.
 */
const BRACKETED_CREDIT =
  /^[(（]\s*[\p{L}\p{M}]{1,20}(?:\s[\p{L}\p{M}]{1,20})?\s*[:：]\s*[^\s.!?。:：()（）][^.!?。:：()（）]{0,24}[)）]$/u;

/**
 * A wire's end mark under its story: the Persian agencies' "انتهای پیام/" (end of message), the
 * Chinese "（完）" (the end).
 */
const END_MARK = /^[\s/(（]*(?:انتهای پیام|پایان پیام|完)[\s/)）]*$/u;

/** Is this paragraph a furniture line rather than article text? */
export function isFurnitureLine(t: string): boolean {
  // One key for the label tests below, each of which would lower-case and strip the line again.
  const key = t.length <= 120 ? keyOf(t) : '';
  if (
    t.length <= 80 &&
    (FURNITURE.test(t) ||
      isAdvertLabel(t, key) ||
      isAccessBadge(t, key) ||
      EDITOR_SIGN_OFF.test(t) ||
      BRACKETED_CREDIT.test(t) ||
      END_MARK.test(t))
  )
    return true;
  // The text dumps' controls and calls to action ("3 Min. Lesezeit", "📲 Join our channel"); a
  // line of figures alone is a table's cell here, not a dump's pager.
  if (t.length <= 120 && /\p{L}/u.test(t) && furnitureKind(t, key) === 'drop') return true;
  if (t.length <= 200 && (FURNITURE_CONTAINS.test(t) || isCopyright(t))) return true;
  return false;
}

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
