import { all, roleWords, shortTextOf, tagOf, textOf, type DomElement, type PageElements } from '../dom.js';
import { type Furniture, INLINE_WRAPPERS, short } from './furniture.js';
import {
  asksForTips,
  CALLOUT_ROLE,
  closingNote,
  CONTAINER_NEVER,
  FURNITURE_ROLE,
  HIDDEN_STYLE,
  isNever,
  labelledFact,
  pitchesPublication,
  reveal,
  smallPrint,
  TIP_ROLE,
} from './marks.js';
import { holdsParagraphs, isProse } from './trailers.js';

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
export function removeCounters(page: PageElements, f: Furniture): void {
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

/**
 * "Print this page | Send to a friend | Back to top": a line of two links or more, nothing else
 * but separators, none of which leads to a page (a script's command, an e-mail form, the page's
 * own top): the page's tools, in whatever words, not text.
 */
export function removeCommandRows(page: PageElements, f: Furniture): void {
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
export function removeMarked(
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
