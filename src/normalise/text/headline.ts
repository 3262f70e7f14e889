import { BY_WORDS, alternation } from '../../language/byline-words.js';
import { isLabelledCount } from './furniture.js';
import { sameKey, type Line } from './features.js';
import { isDateRow, labelledName } from './header.js';
import { isMenuRow, mastheadEnd } from './masthead.js';
import { isLabelLike, rowParts } from './lines.js';

/**
 * The headline and the section label of a text dump.
 *
 * Headline: among the headline-shaped lines above the first paragraph of prose, the one with the
 * most evidence, the earliest on a tie. Evidence, by weight:
 *  - `metaBelow` (3): a byline, an author's name or a date line stands within the next two
 *    lines — pages print who and when right under the headline or under its standfirst;
 *  - `metaFar` (1): one stands only on the third line — a label printed over the headline also
 *    sees that meta within three lines, so the headline under it must keep the better claim;
 *  - `repeated` (2): the line recurs in the document, alone or with the site's name ("Headline |
 *    Example News") — pages print their headline again in the browser title and share bars;
 *  - `labelAbove` (1): a section label, badge or breadcrumb stands right above it;
 *  - `standfirstBelow` (1): a longer line of eight words or more, no date line, follows it (a
 *    standfirst or the first paragraph) — a ticker or banner line over the menu has menus around
 *    it instead.
 *  - `pastMenu` (1): no menu (a run of label lines) stands between it and the prose — a line
 *    over the menu is the masthead's (a slogan, the day's date under it).
 * A series label printed over its own headline ("Harbour Games 2026" over "Harbour Games 2026:
 * day three") is not a candidate.
 *
 * Section: the label printed just above the headline, looking past format badges ("Live"),
 * dates, the series label and an emphatic kicker ("'SHOCKING'", "BREAKING"); the last crumb of
 * a breadcrumb trail; never furniture or the site's own name. When two labels are stacked over
 * the headline, the one the breadcrumb trail confirms is the section and the other a kicker; a
 * menu entry printed again right under the menu, over another label, is the section too.
 */

const TITLE_WEIGHTS = {
  metaBelow: 3,
  metaFar: 1,
  repeated: 2,
  labelAbove: 1,
  standfirstBelow: 1,
  pastMenu: 1,
} as const;

/** Label lines in a row that make a menu (section links), not a kicker over a headline. */
const MENU_LINES = 4;

/** Words in a standfirst at least, when it tells a headline from a ticker line above the page. */
const STANDFIRST_WORDS = 8;

/** How far below a headline its byline or date stands: under it, or under its standfirst. */
const META_REACH = 2;
/** A byline or date this far below is weaker evidence: another line stands between. */
const META_FAR = 3;

/** How far above a headline its section label may stand. */
const SECTION_REACH = 6;

/** Lines after a paragraph within which the story's next paragraph stands. */
const PROSE_RUN_REACH = 3;

const isStoryProse = (l: Line): boolean => !l.noise && l.prose && !l.caption;

/**
 * Where prose starts: a headline stands above it. The story is a run of paragraphs; a lone
 * sentence with menu entries and buttons after it (a consent banner in a language no list knows,
 * a site's slogan), or with a breadcrumb trail under it (the site's address), is not where it starts. A dump with a single paragraph starts at it.
 */
function firstProse(lines: Line[]): number {
  const first = lines.findIndex(isStoryProse);
  if (first < 0) return lines.length;
  for (let i = first; i < lines.length; i++) {
    if (!isStoryProse(lines[i]!)) continue;
    // The next few lines that are not furniture: a bounded look keeps long pages linear.
    let seen = 0;
    for (let j = i + 1; j < lines.length && seen < PROSE_RUN_REACH; j++) {
      // A breadcrumb trail stands over the article: a line above it is the site's, not the story's.
      if (lines[j]!.breadcrumb) break;
      if (lines[j]!.noise) continue;
      if (isStoryProse(lines[j]!)) {
        if (headerBetween(lines, i, j)) break;
        return pastHeader(lines, i);
      }
      seen++;
    }
  }
  return pastHeader(lines, first);
}

/**
 * A label over a headline-shaped line between two sentences of prose, with who or when under the
 * next one ("Call 112 in an emergency.", "Rescues", "Climber airlifted off the ridge", standfirst,
 * date line): the article's header, so the sentence above it is the site's notice, not the story.
 */
function headerBetween(lines: Line[], from: number, to: number): boolean {
  const headed = lines
    .slice(from + 1, to)
    .some((l, k) => l.headline && !l.noise && !isMeta(l) && labelBefore(lines, from + 1 + k));
  return headed && contentAfter(lines, to, META_REACH).some(isMeta);
}

/** Lines from the first prose on (itself, a repeat, a standfirst) within which who and when may stand. */
const HEADER_REACH = 4;

/**
 * A long headline reads as prose ("Harbour board approves the new ferry terminal after a
 * two-year wait", a question ending in "?"); printed over its standfirst, it looks like the start
 * of the story. The byline or date line under them says it is not: when no such line stands
 * above, the story starts at the first who-and-when line within reach of a headline-shaped start.
 */
function pastHeader(lines: Line[], start: number): number {
  if (!lines[start]!.headline || lines.slice(0, start).some((l) => !l.noise && isMeta(l))) return start;
  let seen = 0;
  for (let j = start; j < lines.length && seen < HEADER_REACH; j++) {
    if (lines[j]!.noise) continue;
    if (isMeta(lines[j]!)) return j;
    seen++;
  }
  return start;
}

/** The next `n` lines after `i` that are not furniture. */
function contentAfter(lines: Line[], i: number, n: number): Line[] {
  const out: Line[] = [];
  for (let j = i + 1; j < lines.length && out.length < n; j++) if (!lines[j]!.noise) out.push(lines[j]!);
  return out;
}

/**
 * Who and when: a byline, an author's name, a date line (read, or in words no list knows), a name
 * after a label ("<Report>: Ann Lee"), or the desk and agency the story came from ("City desk /
 * Agency"), printed where a byline would stand.
 */
const isMeta = (l: Line): boolean =>
  l.byline !== null ||
  isDateRow(l) ||
  l.author !== null ||
  l.outletCredit !== null ||
  (l.labelled !== null && labelledName(l) !== null);

/** A label printed over its own, longer headline. */
function isSeriesLabel(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  const next = contentAfter(lines, i, 3).find((n) => n.headline);
  return next !== undefined && next.key.length > l.key.length && next.key.startsWith(l.key);
}

/**
 * "News provided by", "Photos by": a line ending in a "by" word runs on into the next line, the
 * name it introduces. A paragraph of prose under it is no name: the word closes a headline in a
 * language where it means something else (Tagalog "bukas na", "open now").
 */
const BY_AT_END = new RegExp(`\\s(?:${alternation(BY_WORDS)})$`, 'iu');

/** The next line that is not furniture is a paragraph of prose. */
const runsIntoProse = (lines: Line[], i: number): boolean => {
  const next = contentAfter(lines, i, 1)[0];
  return next !== undefined && isStoryProse(next);
};

function canBeTitle(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  if (!l.headline || l.noise || isDateRow(l) || l.byline || l.caption || l.related || l.wireCaption)
    return false;
  if (BY_AT_END.test(l.text) && !runsIntoProse(lines, i)) return false;
  return !isSeriesLabel(lines, i) && !isMenuRow(l) && !menuRowOverLabel(lines, i);
}

/** Entries of a menu row printed as one line, at least; and how far under it the label may stand. */
const MENU_ROW_MIN_WORDS = 4;
const MENU_ROW_LABEL_REACH = 4;

/**
 * "Home News Farming Sport Contact" over "Farming" over the headline: a row of capitalised words
 * and nothing else (the dump lost the gaps between its entries), one of which the page prints
 * again as a label under it, as it marks the section of the story. A headline stands under its
 * section label, never over it.
 */
function menuRowOverLabel(lines: Line[], i: number): boolean {
  const words = lines[i]!.text.split(/\s+/u);
  if (words.length < MENU_ROW_MIN_WORDS || !words.every((w) => /^(?:\p{Lu}[\p{L}\p{M}]*|&)$/u.test(w)))
    return false;
  const padded = ` ${lines[i]!.key} `;
  return lines
    .slice(i + 1, i + 1 + MENU_ROW_LABEL_REACH)
    .some(
      (l) => l.label && !l.noise && !l.dateLine && l.key !== lines[i]!.key && padded.includes(` ${l.key} `),
    );
}

/**
 * The line before `i` that is not furniture, or a breadcrumb (which is furniture but a label), is a
 * label: label-shaped and either not headline-shaped or shorter than the line under it (a section
 * named in a few words with a lower-case one, "Brno and around", is still a label over a headline).
 */
function labelBefore(lines: Line[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (l.breadcrumb || l.badge) return true;
    if (!l.noise) return l.label && (!l.headline || l.words < lines[i]!.words);
  }
  return false;
}

/**
 * Where the last menu between `from` and `limit` ends, or -1: a run of `MENU_LINES` label lines
 * (not headline-shaped), or the menu printed as one row, its entries parted by bars or run
 * together in capitals. A headline-shaped line breaks a run, so one pass serves every candidate.
 */
function lastMenu(lines: Line[], from: number, limit: number): number {
  let run = 0;
  let at = -1;
  for (let j = from; j < limit; j++) {
    const l = lines[j]!;
    run = l.label && !l.noise && !l.headline && !l.dateLine ? run + 1 : 0;
    if (run >= MENU_LINES || isMenuRow(l) || menuRowOverLabel(lines, j)) at = j;
  }
  return at;
}

/** The evidence for the line at `i`; the last menu above the prose ends at `menuAt`. */
function titleScore(lines: Line[], i: number, menuAt: number, rights: readonly string[]): number {
  const l = lines[i]!;
  const below = contentAfter(lines, i, META_FAR);
  const next = below[0];
  const evidence = {
    metaBelow: below.slice(0, META_REACH).some(isMeta),
    metaFar: !below.slice(0, META_REACH).some(isMeta) && below.slice(META_REACH, META_FAR).some(isMeta),
    repeated: l.recurs >= 2 || l.echoed,
    labelAbove: labelBefore(lines, i),
    // A date line is no standfirst: a masthead's slogan has the day's date under it, too.
    standfirstBelow: standfirstUnder(l, next),
    pastMenu: menuAt <= i,
  };
  let score = isMasthead(l, rights) ? -MASTHEAD_PENALTY : 0;
  if (inHeaderBlock(lines, i)) score -= HEADER_BLOCK_PENALTY;
  for (const k of Object.keys(evidence) as (keyof typeof evidence)[])
    if (evidence[k]) score += TITLE_WEIGHTS[k];
  if (
    evidence.metaBelow &&
    below.slice(0, META_REACH).every((b) => !isMeta(b) || labelOverHeadline(lines, b))
  )
    score -= BARE_NAME_TIE;
  return score;
}

/** Cancels the byline block's evidence under a line that stands in another headline's header. */
const HEADER_BLOCK_PENALTY = TITLE_WEIGHTS.metaBelow;

/** How far under a headline the lines of its header block (standfirst, picture, byline) reach. */
const HEADER_BLOCK_REACH = 6;

/**
 * A longer line of eight words or more under a headline-shaped one, no date line and no menu: a
 * standfirst or the first paragraph (a ticker or banner line over the menu has menus around it).
 */
const standfirstUnder = (l: Line, next: Line | undefined): boolean =>
  next !== undefined &&
  !next.dateLine &&
  !isMenuRow(next) &&
  next.words >= STANDFIRST_WORDS &&
  next.text.length > l.text.length;

/**
 * Headline, standfirst, picture and caption, "<by> Ann Lee", date line: a line under another
 * headline-shaped line and its standfirst, with no menu, trail or label of its own over it, stands
 * in that headline's header block (a byline in words no list knows, a caption), however much who
 * and when stands under it.
 */
function inHeaderBlock(lines: Line[], i: number): boolean {
  if (labelBefore(lines, i)) return false;
  for (let k = i - 1; k >= 0 && k >= i - HEADER_BLOCK_REACH; k--) {
    const l = lines[k]!;
    if (l.breadcrumb || isMenuRow(l)) return false;
    if (!canBeTitle(lines, k)) continue;
    const next = contentAfter(lines, k, 1)[0];
    if (next === undefined || lines.indexOf(next, k) >= i) continue;
    if (isStoryProse(next) || standfirstUnder(l, next)) return true;
  }
  return false;
}

/** Words of a headline at least, when it tells a section label over it from an author's name. */
const HEADLINE_UNDER_LABEL_WORDS = 6;

/**
 * A bare name-shaped line ("Club News" read as a name) with a long headline-shaped line right under
 * it, which has a date line or "By" line under it in turn: the section label over that headline,
 * not the byline of the line above — an author's name has a role, a date or the story under it.
 */
function labelOverHeadline(lines: Line[], l: Line): boolean {
  if (l.author === null || l.byline !== null || l.dateLine) return false;
  const i = lines.indexOf(l);
  const [next, after] = contentAfter(lines, i, 2);
  return (
    next !== undefined &&
    canBeTitle(lines, lines.indexOf(next)) &&
    next.words >= HEADLINE_UNDER_LABEL_WORDS &&
    after !== undefined &&
    (after.dateLine || after.byline !== null)
  );
}

/** Less than any weight: it only parts equal scores. */
const BARE_NAME_TIE = 0.5;

/** Outweighs a masthead's chance evidence (the headline's byline block two lines under it). */
const MASTHEAD_PENALTY = 4;

/** What parts a site's name from its slogan on the masthead line ("Site | Slogan", "Site — Slogan"). */
const MASTHEAD_SPLIT = /\s+[|–—]\s+|｜/u;

/**
 * The masthead: the site's name, alone or before its slogan ("Harbour Kitchen — home cooking
 * from the coast"), that the copyright line prints again ("© 2026 Harbour Kitchen."). A headline
 * printed again with the site's name puts the name after it, so only the first part is read.
 */
function isMasthead(l: Line, rights: readonly string[]): boolean {
  const name = sameKey(l.text.split(MASTHEAD_SPLIT)[0]!);
  if (name.length < 3) return false;
  return rights.some((r) => r !== l.key && holdsWhole(r, name));
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** `part` stands in `text` with no letter or digit glued to either end. */
function holdsWhole(text: string, part: string): boolean {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + part.length] ?? ' ';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}

/**
 * A headline too short for a headline's shape ("Ann Lee, 1938-2026" over an obituary): with no
 * headline-shaped line above the prose, the last line above it with a byline or date line right
 * under it, as pages print who and when under the headline.
 */
function shortTitle(lines: Line[], limit: number): number {
  for (let i = limit - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.noise || isMeta(l) || l.caption || l.related || l.breadcrumb || l.badge || !l.label) continue;
    const next = contentAfter(lines, i, 1)[0];
    const before = lines.slice(0, i).findLast((x) => !x.noise);
    if (next && isMeta(next) && !(before && isMeta(before))) return i;
  }
  return -1;
}

/** The headline-shaped line between `from` and `limit` with the most evidence, the earliest on a tie; or -1. */
function bestTitle(lines: Line[], from: number, limit: number, rights: readonly string[]): number {
  let best = -1;
  let bestScore = -1;
  const menuAt = lastMenu(lines, from, limit);
  for (let i = from; i < limit; i++) {
    if (!canBeTitle(lines, i)) continue;
    const score = titleScore(lines, i, menuAt, rights);
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  return best;
}

/** The headline's index, or -1 for an empty dump. */
export function pickTitle(lines: Line[]): number {
  const limit = firstProse(lines);
  const rights = lines.filter((l) => l.copyright).map((l) => l.key);
  // Under the masthead when a headline stands there; the whole top of the page otherwise.
  const start = mastheadEnd(lines, limit) + 1;
  const best = bestTitle(lines, start, limit, rights);
  if (best >= 0) return best;
  const anywhere = start > 0 ? bestTitle(lines, 0, limit, rights) : -1;
  if (anywhere >= 0) return anywhere;
  const short = shortTitle(lines, limit);
  if (short >= 0) return short;
  // No headline-shaped line above the prose: the first one anywhere, else the first real line.
  for (let i = 0; i < lines.length; i++) if (canBeTitle(lines, i)) return i;
  return lines.findIndex((l) => !l.noise);
}

/** A breadcrumb's separator alone on a line. */
const CRUMB_SEPARATOR = /^[»›>/|→]$/u;

/** The separator between a trail's crumbs, spaced. */
const CRUMB_SPLIT = /\s+[»›>/|→]\s+/u;

/** The last crumb of a breadcrumb trail. */
const lastCrumb = (l: Line): string => l.text.split(CRUMB_SPLIT).pop()?.trim() ?? '';

/** The crumbs of every breadcrumb trail in the document, as keys. */
function crumbs(lines: Line[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) {
    if (!l.breadcrumb) continue;
    for (const c of l.text.split(/\s+[»›>/|→]\s+/u)) out.add(c.trim().toLowerCase());
  }
  return out;
}

/**
 * The site's own name: a short line printed again in the copyright line. Not a word of a longer
 * name the page prints as a line of its own and in that copyright line ("Harbour" of the masthead
 * "Harbour News" is the section for the harbour).
 */
function isSiteName(l: Line, lines: Line[]): boolean {
  if (l.key.length <= 1) return false;
  const rights = lines.filter((o) => o !== l && o.copyright && o.key.includes(l.key));
  const longer = (o: Line): boolean =>
    o.key !== l.key && o.key.includes(l.key) && !o.noise && rights.some((r) => r.key.includes(o.key));
  return rights.length > 0 && !lines.some(longer);
}

/**
 * "Press release No. 042/2026", "Circular nº 17": a document's number (a number after an
 * abbreviated "number" word, or a number over a year) names the document, not a section.
 */
const isReference = (t: string): boolean =>
  t.length <= 60 && /(?:(?<!\p{L})\p{L}{1,3}\.|[№#º])\s*\p{N}+(?:[/.-]\p{N}+)*$|\p{N}+\/\p{N}{4}$/u.test(t);

/**
 * Lines over a headline that are neither section nor a stop: badges, dates, authors, counters
 * ("Views: 1532", the story's number), series, kickers. A
 * series label opens its headline ("Harbour Games 2026: day three"); a place the headline opens
 * with as a sentence of its own ("Millbrook. Former mayor dies at 87", the local paper's dateline)
 * is the page's local section, not a series.
 */
function passOver(
  l: Line,
  below: Line | undefined,
  title: Line,
  capsMenu: boolean,
  printedAbove = false,
): boolean {
  if (l.key === title.key || l.badge || l.dateLine || isLabelledCount(l.text) || isReference(l.text))
    return true;
  // An emphatic kicker, but not the menu's own entry printed again in capitals ("HEALTH").
  // Capitals are no emphasis where the menu above is printed in capitals too ("NEWS", "SPORT").
  if (l.emphatic && l.recurs < 2 && !capsMenu) return true;
  // "2 417" alone: a counter whose label is an icon (views, comments), in digits of any script.
  if (/^\p{N}[\p{N}\s.,]*$/u.test(l.text)) return true;
  // "Ann Lee", then the date, then the headline: who and when printed over it.
  if ((l.author !== null || l.byline !== null) && below?.dateLine === true) return true;
  // "By Ann Lee" (its prefix says so) names who wrote the story wherever it stands, never a section.
  if (l.byline?.names) return true;
  // A label the page printed above as a line of its own (the menu's "Town" over "Town: …") is
  // the section, not a series label.
  return opensTitle(l, title) && !printedAbove;
}

/**
 * A series label is set off in its headline by a mark ("Games 2026: day three"); a place the
 * headline simply opens with as its subject ("Town hospital opens ward") is the section.
 */
function opensTitle(l: Line, title: Line): boolean {
  const opens = l.key.length < title.key.length && title.key.startsWith(l.key);
  return opens && /^\s*[:：|–—-]/u.test(title.text.slice(l.text.length));
}

/**
 * A label in capitals right over the headline's block ("LOCAL NEWS"): a kicker when a section
 * stands above it, else the section printed in capitals. Not a badge, date or the series label.
 */
const isCapitalsLabel = (l: Line, title: Line): boolean =>
  l.emphatic &&
  l.label &&
  !l.noise &&
  !l.badge &&
  !l.dateLine &&
  !/^['‘"“«]/u.test(l.text) &&
  !title.key.startsWith(l.key);

/** A label line (no furniture, no date) that the headline opens with before a mark. */
const opensAsLabel = (l: Line, title: Line): boolean =>
  l.label && !l.noise && !l.badge && !l.dateLine && opensTitle(l, title);

/** The label at `j` closes a run of menu entries all printed in capitals, as it is. */
const inCapsMenu = (lines: Line[], j: number): boolean =>
  closesMenu(lines, j) && lines.slice(j - MENU_RUN, j).every((l) => l.emphatic);

/**
 * "Home | Sport | Arts" over "SPORT", "News | Culture | Contact" over "CULTURE / INTERVIEWS": a
 * label whose first crumb names an entry of the menu above it (a menu line's, or a menu entry's
 * line) is that entry printed again as the page's section, in capitals for show, not a kicker.
 */
function namesMenuEntry(lines: Line[], j: number): boolean {
  const l = lines[j]!;
  const first = sameKey(l.text.split(CRUMB_SPLIT)[0]!);
  return lines
    .slice(0, j)
    .some((m) =>
      m.breadcrumb ? m.text.split(CRUMB_SPLIT).some((c) => sameKey(c) === first) : m.label && m.key === first,
    );
}

/** "Category: Travel", "Rubrik: Sport": the label's name and a colon before the section itself. */
const labelValue = (t: string): string => /^\p{L}[\p{L}\p{M}]{1,20}\s*[:：]\s*(\S.*)$/u.exec(t)?.[1] ?? t;

/** Menu entries right above a label that make it look like one more entry of the menu. */
const MENU_RUN = 2;

/**
 * The label at `j` closes a run of menu entries ("News", "Sport", "Money", then the label): it
 * may be the page's section or just the menu's last entry, which the text alone cannot tell.
 * Controls ("Search", "Sign in") and breadcrumbs are furniture, not entries of a menu of sections.
 */
function closesMenu(lines: Line[], j: number): boolean {
  if (j < MENU_RUN) return false;
  return lines.slice(j - MENU_RUN, j).every((l) => l.label && !l.noise && !l.headline);
}

/**
 * "News", "Sport", "Arts", then "News" again over the headline: an entry of the menu above printed
 * once more after it, as a page marks the section it files the story under. The menu's last
 * entry alone is printed once.
 */
function marksEntry(lines: Line[], j: number): boolean {
  const key = lines[j]!.key;
  return lines.slice(0, j - 1).some((l) => l.key === key && l.label && !l.noise);
}

/**
 * The section label printed over the headline at `titleIdx`, or null; `unconfirmed` when the
 * label closes a menu run and only the article's subject can say whether it is the section.
 */
export function pickSection(lines: Line[], titleIdx: number): { label: string; unconfirmed: boolean } | null {
  const picked = sectionAbove(lines, titleIdx);
  return picked && { ...picked, label: asPrintedElsewhere(picked.label, lines, titleIdx) };
}

/**
 * "Sport" in the menu, "Home › Sport" over "SPORT" and the headline: a label set in capitals for
 * show (a style sheet's doing) under a trail that ends in the same word, which the menu prints in
 * that case as well, is the section as both name it, in its own case. Without such a trail and
 * menu entry the capitals are all the page says of it.
 */
function asPrintedElsewhere(label: string, lines: Line[], titleIdx: number): string {
  if (!/\p{Lu}/u.test(label) || /\p{Ll}/u.test(label)) return label;
  const key = sameKey(label);
  const crumbs = lines
    .slice(0, titleIdx)
    .filter((l) => l.breadcrumb)
    .map(lastCrumb);
  // The menu prints it in that case too: the trail's last crumb alone is one more style.
  // A line of its own or an entry of a menu row ("Home | Sport | Arts").
  const inMenu = (c: string): boolean => lines.slice(0, titleIdx).some((l) => rowParts(l.text).includes(c));
  return crumbs.find((c) => sameKey(c) === key && /\p{Ll}/u.test(c) && inMenu(c)) ?? label;
}

/** Letters a word of the story shares with the label's at least to name it ("Podgórze" … "Podgórza"). */
const NAMED_STEM_MIN_LETTERS = 4;

/**
 * The headline or a line under it names the label: holds it, or a form of one of its words (the
 * same first letters, but for an ending of two).
 */
function namedBelow(lines: Line[], titleIdx: number, label: Line): boolean {
  const below = lines.slice(titleIdx);
  if (below.some((m) => m.key.includes(label.key))) return true;
  const stems = label.key
    .split(' ')
    .filter((w) => w.length >= NAMED_STEM_MIN_LETTERS)
    .map((w) => w.slice(0, Math.max(NAMED_STEM_MIN_LETTERS, w.length - 2)));
  return below.some((m) => m.key.split(' ').some((w) => stems.some((st) => w.startsWith(st))));
}

function sectionAbove(lines: Line[], titleIdx: number): { label: string; unconfirmed: boolean } | null {
  const title = lines[titleIdx]!;
  // A label in capitals passed over as a kicker: the section after all when no label stands above.
  // So is a label the headline opens with ("Millbrook" over "Millbrook: pool shut all summer"): a
  // series is filed under a section printed above it, a local page's place label has none.
  let kicker: { label: string; unconfirmed: boolean } | null = null;
  for (let j = titleIdx - 1; j >= 0 && j >= titleIdx - SECTION_REACH; j--) {
    const l = lines[j]!;
    // "Home", "›", "Region", "›", "Town": a trail printed a crumb a line; the last crumb is under
    // the last separator.
    if (CRUMB_SEPARATOR.test(l.text) && lines[j + 1]!.label && !lines[j + 1]!.noise)
      return { label: lines[j + 1]!.text, unconfirmed: false };
    const printedAbove = lines.slice(0, j).some((m) => m.key === l.key);
    if (passOver(l, lines[j + 1], title, inCapsMenu(lines, j) || namesMenuEntry(lines, j), printedAbove)) {
      if (kicker === null && (isCapitalsLabel(l, title) || opensAsLabel(l, title)))
        kicker = { label: l.text, unconfirmed: false };
      continue;
    }
    if (l.breadcrumb) {
      const last = lastCrumb(l);
      return isLabelLike(last) ? { label: last, unconfirmed: false } : kicker;
    }
    if (l.noise || !l.label || isSiteName(l, lines)) return kicker;
    const above = j > 0 ? lines[j - 1]! : null;
    const trail = crumbs(lines);
    const confirmed = (x: Line): boolean => trail.has(x.text.toLowerCase());
    // "Home > News > Releases", "Releases", then "Environment", a menu entry printed again over the
    // headline: the trail's crumb heads the list page, the menu's entry is the story's section.
    const menuEntry = lines
      .slice(0, j - 1)
      .some((m) => m.key === l.key && m.label && !m.noise && !m.breadcrumb);
    if (above && above.label && !above.noise && confirmed(above) && !confirmed(l) && !menuEntry)
      return { label: above.text, unconfirmed: false };
    // "Opinion", "Opinion", "Column", headline: the menu's entry printed again under the menu is
    // the page's section; the label between it and the headline is a kicker (a genre, a column).
    // Further down the menu too, set in capitals for show ("Opinion", "Shop", "OPINION", "Column
    // Sea Breeze"), when the label under it names no menu entry: a column's name is printed only
    // over its column. A repeat in the menu's own case is a trail's parent over the section.
    const inMenu = (x: Line): boolean => lines.slice(0, j - 1).some((m) => m.key === x.key);
    const shouted = above !== null && /\p{Lu}/u.test(above.text) && !/\p{Ll}/u.test(above.text);
    // So is a menu entry printed again over a label the story never names ("Town", "Plus" or a
    // column's name, headline): a section files the story under what it is about, which the text
    // names; a badge ("Plus", "Live") or a column's title is not the story's words.
    const badged = above !== null && inMenu(above) && !namedBelow(lines, titleIdx, l);
    const twice =
      j > 1 &&
      above !== null &&
      above.key !== l.key &&
      (lines[j - 2]!.key === above.key || ((shouted || badged) && inMenu(above) && !inMenu(l)));
    if (twice && above.label && !above.noise && !isSiteName(above, lines))
      return { label: above.text, unconfirmed: false };
    return {
      label: labelValue(l.text),
      unconfirmed: !confirmed(l) && closesMenu(lines, j) && !marksEntry(lines, j),
    };
  }
  return kicker;
}
