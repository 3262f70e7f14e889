import { sameKey, type Line } from './features.js';
import { SECTIONS_MENU, menuRow } from './lines.js';

/**
 * Where the site's masthead ends in a text dump, so the headline is looked for under it.
 *
 * A page opens with the site's own lines: its name, a place line, opening hours or service
 * times, a slogan, a "now on air" line, the menu. Many of them are headline-shaped, and some have
 * a longer line under them that reads like a standfirst. The article's header starts under the
 * page's "you are here" trail ("Home › News › Town"), and under the section label that repeats
 * the trail's last crumb on its own line ("Town", or "TOWN"), when the page prints one: no line of
 * the masthead stands below them.
 */

/** A trail's separator, spaced: the directional marks, the slash, the full-width angle bracket. */
const TRAIL_SPLIT = /\s+[»›>/＞→]\s+/u;

/** "You are here:", "Sie sind hier:": a short label before the trail. */
const TRAIL_LABEL = /^[^:：]{1,30}[:：]\s*/u;

/** The crumbs of a trail-shaped line ("Home › News › Town"), or null when it has none. */
function trailCrumbs(l: Line): string[] | null {
  if (l.terminal || l.prose) return null;
  const crumbs = l.text.replace(TRAIL_LABEL, '').split(TRAIL_SPLIT);
  return crumbs.length >= 2 && crumbs.every((c) => c.trim().length > 0) ? crumbs : null;
}

/** The next line after `i` that is not furniture, and its index. */
function nextContent(lines: Line[], i: number): number {
  let j = i + 1;
  while (j < lines.length && lines[j]!.noise) j++;
  return j;
}

/**
 * The trail's last crumb printed again on the next line of its own: the page's section label,
 * in the trail's case or in capitals for show. Its index, or -1.
 */
function repeatedCrumb(lines: Line[], i: number, crumbs: string[]): number {
  const j = nextContent(lines, i);
  const next = lines[j];
  return next !== undefined && next.key === sameKey(crumbs[crumbs.length - 1]!) ? j : -1;
}

/**
 * The last line of the masthead above `limit` (where the story's prose starts): the last
 * breadcrumb trail there, or the section label repeating its last crumb under it; -1 when the
 * page prints no trail. A trail the line-reader did not know (a separator or a crumb it does not
 * take) counts when the page prints its last crumb again as the section label under it.
 */
export function mastheadEnd(lines: Line[], limit: number): number {
  for (let i = Math.min(limit, lines.length) - 1; i >= 0; i--) {
    const crumbs = trailCrumbs(lines[i]!);
    if (crumbs === null) continue;
    const label = repeatedCrumb(lines, i, crumbs);
    if (label >= 0 && label < limit) return label;
    if (lines[i]!.breadcrumb) return i;
  }
  return -1;
}

/**
 * "Home | Town | Farming | Sport | Arts | Contact" printed as one line: the site's menu of
 * sections (lines.ts's SECTIONS_MENU) and no label before it (a labelled row, "Share: …",
 * "Tags: …", is the story's own). The site's name, its slogan and the day's date stand above it,
 * the story's header below.
 */
export function isMenuRow(l: Line): boolean {
  if (l.prose || l.terminal || l.labelled !== null) return false;
  return menuRow(l.text, SECTIONS_MENU) !== null;
}
