import { first, closestTag, roleWords, tagOf, textOf, type DomElement } from '../dom.js';

/** Headings of end matter that is not article text: sources, references, corrections. */
export const END_MATTER =
  /^(?:sources?|references|bibliography|quellen|quellenangaben|fuentes|referencias|fonti|bronnen|źródła|источники|литература|how we reviewed this article)\s*:?$/i;

/** Class/id words that state a furniture role. */
export const FURNITURE_ROLE =
  /^(?:ad|ads|advert|adverts|advertisement|adslot|adunit|gpt|dfp|banner|sponsor|sponsored|promo|share|sharing|social|newsletter|nl|subscribe|subscription|paywall|meter|consent|cookie|cookies|comments|comment|komentar|komentarze|kommentar|kommentare|kommentarer|kommentit|yorum|yorumlar|commentaires|comentarios|commenti|reacties|disqus|related|recirc|recommended|outbrain|taboola|mostread|trending|popular|bio|biography|tags|tag|topics|breadcrumb|breadcrumbs|toolbar|rail|sidebar|widget|pullquote|signup|donate|correction|corrections|skip|embed|tweet|twitter|instagram|licensing|license|licence|noprint|infobox|topbar|langs|sources|references|mostread|mostpopular|caption|credit|credits|rating|ratings)$/;

/**
 * Class words of a tip box: furniture when it asks readers for news tips (a link, an address or a
 * form to send them to), article text when it gives the reader a tip (a recipe's, a guide's).
 */
export const TIP_ROLE = /^(?:tip|tips|tipbox)$/;
export const asksForTips = (el: DomElement): boolean =>
  first(el, 'a, form, input') !== null || /\S@\S/.test(textOf(el));

/**
 * A callout card (a box set apart in the text) that pitches the publication: a link to sign up or
 * subscribe, or talk of members and support. A callout that gives a fact or a tip stays.
 */
export const CALLOUT_ROLE = /^(?:callout|cta)$/;
const SIGNUP_HREF = /portal|signup|sign-up|subscribe|member|join|abonn|abo\b|iscri|suscri/i;
const PITCH_WORDS =
  /\b(?:paid members?|members? get|become a (?:member|subscriber)|support (?:the|our) (?:work|journalism)|subscribe)\b/i;
export const pitchesPublication = (el: DomElement): boolean =>
  textOf(el).length < 400 &&
  (Array.from(el.querySelectorAll('a, button')).some(
    (a) => SIGNUP_HREF.test(a.getAttribute('href') ?? '') || a.tagName === 'BUTTON',
  ) ||
    PITCH_WORDS.test(textOf(el)));

/**
 * A paragraph in small print and italics (an affiliate disclosure, an editor's note on the
 * terms): the site's notice, not the article's text.
 */
export const smallPrint = (el: DomElement, words: string[]): boolean =>
  words.includes('small') && italicLine(el);

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
export const closingNote = (el: DomElement, words: string[]): boolean => {
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
export const labelledFact = (el: DomElement): boolean => {
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

export const CONTAINER_NEVER = new Set([
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

export function isNever(el: DomElement): boolean {
  const tag = tagOf(el);
  if (NEVER_TAGS.has(tag)) return true;
  // The site's footer (outside any article): its copyright line is the only <p> of a recipe page of
  // lists, and Readability, scoring paragraphs, would pick it over the article.
  if (tag === 'footer' && !closestTag(el, ['article', 'main'])) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  return role !== null && NEVER_ROLES.has(role);
}

export const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Show a hidden container of prose: the rest of the article behind a paywall teaser or a "read
 * more" fold is in the page, only hidden until a click. Readability skips what is hidden, which
 * kept the teaser and dropped the paragraphs after it.
 */
export function reveal(el: DomElement): void {
  el.removeAttribute('hidden');
  el.removeAttribute('aria-hidden');
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) el.removeAttribute('style');
}
