/**
 * Author boxes and author links: what the markup calls the writer's box, and the name it prints.
 */
import { WRITER_NOUNS } from '../../../language/byline-words.js';
import { isCaselessName, isNameLike } from '../../text/lines.js';
import { all, classOf, type DomElement, first, roleAttrsHold, roleWords, tagOf, textOf } from '../dom.js';
import { camelWords } from './page.js';

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
export function authorName(a: DomElement): string {
  const named = a.querySelector('[itemprop="name"]');
  return named && textOf(named) ? textOf(named) : textOf(a);
}

/**
 * An author box without a link right before a link ("<div class="author-by">By</div> <a>Ann
 * Lee</a>") or before the part its class calls the name ("<div class="author-text">Written
 * by</div><div class="author-name">Ann Lee</div>"): the label of the name beside it, whatever its
 * language, not the name.
 */
export function labelsNextLink(e: DomElement): boolean {
  const next = e.nextElementSibling;
  if (tagOf(e) === 'a' || first(e, 'a') || !next || textOf(next) === '') return false;
  return tagOf(next) === 'a' || (roleWords(next).includes('name') && !roleWords(e).includes('name'));
}

/** Text that reads as a person's name, in a cased script or a caseless one. */
export const readsAsName = (t: string): boolean => isNameLike(t, 5) || isCaselessName(t);

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
export function authorBoxName(link: DomElement): DomElement | null {
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

/** A microformats root class of a cited post or of an entry ("h-cite", "h-entry"). */
const CITE_ROOT = /(?:^|\s)h-cite(?:\s|$)/;
const ENTRY_ROOT = /(?:^|\s)h-entry(?:\s|$)/;

/**
 * Is `e` inside a nested microformats entry: a reply's or a mention's "h-cite", or a comment's
 * "h-entry" within the post's own? Its author is that entry's, not the story's (microformats
 * give each property to its nearest root).
 */
export function inNestedEntry(e: DomElement): boolean {
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
export function inAuthorBio(e: DomElement): boolean {
  for (let cur: DomElement | null = e; cur; cur = cur.parentElement)
    if (roleWords(cur).some((w) => BIO_ROLE.test(w))) return true;
  return false;
}
