import type { NormalisedItem } from '../../model/item.js';
import { emptyEntities } from '../../model/item.js';
import { ParseError } from '../../errors/index.js';
import { paragraphsToHtml } from '../content.js';
import { collapseWhitespace } from '../text.js';
import { isLinkRow, isNameRow, isStepLink, keyOf, splitListHead, unglueTail } from './furniture.js';
import type { DateInfo } from './dates.js';
import { describeLines, sameKey, type Line } from './features.js';
import { isAnyGivenName } from '../../tagging/given-names.js';
import { pickSection, pickTitle } from './headline.js';
import { readHeader, type Header } from './header.js';
import {
  BULLET,
  dropPageCall,
  dropReaderCall,
  dropRepeats,
  dropSignature,
  dropSourceRequest,
  holdsControlOrPhone,
  readBody,
} from './body/index.js';
import { giverOf, isNameLike, isParagraph, isUnreadDate, withoutCaptionLabel, wordCount } from './lines.js';

/**
 * Plain-text dumps of scraped news pages. Each line is described by general features
 * (features.ts); the headline is the line with the most evidence of being one and the section
 * the label over it (headline.ts); the lines under it are read as standfirst, byline, dates and
 * lead caption until the body starts (header.ts); the body keeps prose and collects related links
 * (body.ts). Everything else is furniture, kept in `dropped` for the operator's preview.
 */

/**
 * Zero-width characters: invisible, and they make an empty line look like text. Not the
 * (non-)joiners: they are part of Persian and Indic words ("ماشین‌آلات") and of emoji.
 */
const ZERO_WIDTH = /[\u200b\u2060\ufeff]/g;

/** The credit closes one of the lines in brackets ("…(<photo>=Example County 제공)"). */
const closesInBrackets = (credit: string, lines: readonly Line[]): boolean =>
  lines.some((l) => l.text.endsWith(`${credit})`) || l.text.endsWith(`${credit}）`));

/** A dump's lines, and for each whether a blank line stands above it (a block's first line). */
interface Split {
  lines: string[];
  gaps: boolean[];
}

/**
 * A row of a table dumped with tabs between its cells ("1<tab>Ann Lee<tab>6,5"): the tabs part the
 * cells as the page did, so they stay; white space inside each cell is collapsed.
 */
function keepCells(line: string): string {
  const cells = line.trim().split(/[ ]*\t[\t ]*/u);
  return cells.length > 1 ? cells.map(collapseWhitespace).join('\t') : collapseWhitespace(line);
}

function splitLines(text: string): Split {
  const raw = text.replace(ZERO_WIDTH, '').split(/\r\n?|\n|\u2028|\u2029/);
  const blank = raw.filter((l) => l.trim() === '').length;
  // Dumps that separate paragraphs by blank lines may also hard-wrap them: join each block back.
  const blocks: string[][] = [[]];
  for (const l of raw) {
    if (l.trim() === '') blocks.push([]);
    else blocks[blocks.length - 1]!.push(l);
  }
  const wrapped = blank >= 0.3 * (raw.length - blank);
  const out: Split = { lines: [], gaps: [] };
  const push = (l: string, gap: boolean): void => {
    const text = keepCells(l);
    if (text === '') return;
    out.lines.push(text);
    out.gaps.push(gap && out.lines.length > 1);
  };
  blocks.forEach((b, k) => {
    if (wrapped && isWrappedParagraph(b)) push(b.join(' '), k > 0);
    // One push per line: spreading a block of a million lines overflows the call stack.
    else b.forEach((l, n) => push(l, k > 0 && n === 0));
  });
  return out;
}

/**
 * Lines a dump ran together where it lost its line breaks, parted again once the body has begun
 * (above it, a headline may open with a list's word): furniture after a paragraph's last
 * sentence, a site list's heading before its titles.
 */
function unglue(split: Split): Split {
  const out: Split = { lines: [], gaps: [] };
  let body = false;
  split.lines.forEach((l, k) => {
    const parts = body ? (splitListHead(l) ?? unglueTail(l)) : [l];
    parts.forEach((p, n) => {
      out.lines.push(p);
      out.gaps.push(split.gaps[k]! && n === 0);
    });
    body ||= isParagraph(l);
  });
  return out;
}

/** Hard wraps fall near one column: every line but the last is about as long as the longest. */
const WRAP_MIN = 60;
const WRAP_MAX = 100;
const WRAP_SPREAD = 16;

/** "Label: …" or "Two words: …": a row of a box opens with a label of a word or two and a colon. */
const ROW_LABEL = /^\p{L}[\p{L}\p{M}]*(?:\s[\p{L}\p{M}]+)?(?=\s*[:：]\s)/u;

/**
 * "The claim: … closed." over "Rating: False": two lines each opening with a label of its own and
 * its colon, the first closing its sentence, are a box's rows; a hard wrap breaks a sentence at any
 * space. (One label twice, "Photo: <caption>." over "Photo: <name>", is one picture's two parts.)
 */
function nextRow(line: string, next: string): boolean {
  const [a, b] = [ROW_LABEL.exec(line)?.[0], ROW_LABEL.exec(next)?.[0]];
  return a !== undefined && b !== undefined && a !== b && /[.!?…।۔。።]["”’»)]?$/u.test(line);
}

/** Lines of a block of titles printed a line each at least. */
const TITLE_BLOCK_MIN_LINES = 3;

/**
 * A list of titles printed a line each with no blank line between them ("Zoo gets two macaws" /
 * "Holiday workshop for children" / "See all news"): every line opens with a capital, holds no
 * sentence's end nor a row's bars, and none breaks off after a comma or a dash, as a hard wrap
 * inside a sentence does.
 */
function titlesEach(block: string[]): boolean {
  const lines = block.map((l) => l.trim());
  return (
    lines.length >= TITLE_BLOCK_MIN_LINES &&
    lines.every((l) => /^\p{Lu}/u.test(l) && !/\s[|·•]\s|[.!?]\s/u.test(l)) &&
    lines.slice(0, -1).every((l) => !/[,;:\-–—]$/u.test(l))
  );
}

/** A block of lines that is one paragraph wrapped at a fixed width. */
function isWrappedParagraph(block: string[]): boolean {
  if (block.length < 2) return false;
  const widths = block.slice(0, -1).map((l) => l.trim().length);
  const widest = Math.max(...widths);
  const rows = block.slice(1).some((l, k) => nextRow(block[k]!.trim(), l.trim()));
  if (titlesEach(block)) return false;
  // A date line under the byline ends the block where a wrapped paragraph's last words would.
  return (
    !rows &&
    !isUnreadDate(block[block.length - 1]!.trim()) &&
    widths.every((w) => w >= WRAP_MIN && w <= WRAP_MAX && widest - w <= WRAP_SPREAD)
  );
}

/**
 * Lines (paragraphs, once hard-wrapped ones are joined) beyond which a dump is refused: each line
 * is described by a few dozen patterns, and a dump of 200,000 lines took seconds. An article
 * page has dozens; a live blog might have a few thousand.
 */
const MAX_LINES = 10_000;

/** The first-published instant: a labelled first-published line, else an unlabelled one, else "Updated". */
function pickPublished(dates: DateInfo[]): string | null {
  for (const label of ['published', null, 'updated'] as const) {
    const d = dates.find((x) => x.label === label && x.instant);
    if (d) return d.instant;
  }
  return null;
}

/**
 * The page's own date for ordering: the published instant, else the calendar day of its date
 * line ("4 March 2026" states no time or zone, so `published` stays null, but it still orders).
 */
function pickDay(dates: DateInfo[]): string | null {
  for (const label of ['published', null, 'updated'] as const) {
    const d = dates.find((x) => x.label === label && x.day);
    if (d) return d.day;
  }
  return null;
}

const unique = (xs: string[]): string[] => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = keyOf(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/** Lines above the headline: furniture except the section label; date lines still count. */
function readAbove(lines: Line[], titleIdx: number, section: string | null, dropped: string[]): DateInfo[] {
  const dates: DateInfo[] = [];
  for (const l of lines.slice(0, Math.max(titleIdx, 0))) {
    if (l.text !== section) dropped.push(l.text);
    if (!l.noise) dates.push(...l.dates);
  }
  return dates;
}

/** How far above the headline the author and date lines may stand. */
const AUTHOR_ABOVE_REACH = 3;

/**
 * The author printed over the headline: "Ann Lee" over the date line, or a byline whose prefix
 * says so ("By Ann Lee") anywhere just above.
 */
function authorAbove(lines: Line[], titleIdx: number): string | null {
  for (let j = titleIdx - 1; j >= 0 && j >= titleIdx - AUTHOR_ABOVE_REACH; j--) {
    const l = lines[j]!;
    if (l.byline?.names && !l.byline.credit) return l.byline.names;
    if (l.author && lines[j + 1]!.dateLine) return l.author;
  }
  return null;
}

/**
 * "Ann Lee, Example News": a byline part that the page prints above its headline (the masthead, a
 * menu entry) or in its copyright line names the outlet or a desk, not an author. "By: Example
 * News Agency" alone, the masthead over the headline that the copyright line names too, is the
 * site signing its own copy: no one's byline (a personal site's name, opening with a given name, stays).
 */
function withoutOutlet(byline: string | null, lines: Line[], titleIdx: number): string | null {
  if (byline === null) return byline;
  const above = new Set(lines.slice(0, Math.max(titleIdx, 0)).map((l) => l.key));
  const rights = lines.filter((l) => l.furniture === 'footer' && l.copyright).map((l) => l.key);
  const inRights = (k: string): boolean => rights.some((r) => r.includes(k));
  const whole = sameKey(byline);
  const personal = isAnyGivenName(byline.split(' ')[0]!);
  if (above.has(whole) && inRights(whole) && !personal) return null;
  if (!personal && officeOfSite(byline, rights)) return null;
  if (!byline.includes(',')) return byline;
  const outlet = (part: string): boolean => {
    const k = sameKey(part);
    return above.has(k) || inRights(k);
  };
  const parts = byline.split(/\s*,\s*/u);
  const people = parts.filter((p) => !outlet(p));
  return people.length > 0 && people.length < parts.length ? people.join(', ') : byline;
}

/**
 * "Communications Office of the EXA": a byline whose last word, after a joining word in lower
 * case, is an abbreviation in capitals that the copyright line prints as a word of its own (the
 * site's name) is one of the site's offices signing its copy, no one's name.
 */
function officeOfSite(byline: string, rights: readonly string[]): boolean {
  const words = byline.split(' ');
  const [joiner, last] = [words[words.length - 2] ?? '', words[words.length - 1] ?? ''];
  if (words.length < 3 || !/^\p{Ll}+$/u.test(joiner) || !/^\p{Lu}{2,}$/u.test(last)) return false;
  const k = sameKey(last);
  return rights.some((r) => r.split(/[^\p{L}\p{N}]+/u).includes(k));
}

/**
 * "<Editorial team> Harbour Rowing Club" in the posted line: a word or few, then the site's name
 * as its copyright line prints it ("© 2026 Harbour Rowing Club") — the site's desk signing, no
 * person; a closing "Text: Ann Lee / Photos: Bo Berg" line names the author. A byline opening
 * with a given name is a person's.
 */
function signedBySite(byline: string, rights: readonly string[]): boolean {
  const words = byline.split(' ');
  if (words.length < 2 || isAnyGivenName(words[0]!)) return false;
  // Each copyright line's words, spaced, read once for every tail of the byline.
  const spaced = rights.map((r) => wordsSpaced(` ${r} `));
  for (let k = 1; k < words.length; k++) {
    const rest = sameKey(words.slice(k).join(' '));
    const tail = ` ${wordsSpaced(rest)} `;
    if (rest.length > 3 && spaced.some((r) => r.includes(tail))) return true;
  }
  return false;
}

/** The words of `t`, letters, marks and digits, one space between them. */
const wordsSpaced = (t: string): string => t.split(/[^\p{L}\p{M}\p{N}]+/u).join(' ');

/** Lines besides the byline's own in which its first word stands before it counts as the language's. */
const BY_WORD_MIN_LINES = 3;

/**
 * "<by> <given name> <surname>" in a script without capitals and a language no list knows: the
 * first word is the language's "by" (or "from") when the page uses it as a word of its own in
 * several other lines; a given name is not printed again and again around a story.
 */
function withoutCaselessByWord(byline: string | null, lines: Line[]): string | null {
  const words = byline?.split(' ') ?? [];
  if (words.length < 3 || !words.every((w) => /^[\p{Lo}\p{M}]+$/u.test(w))) return byline;
  const first = words[0]!;
  const uses = lines.filter(
    (l) =>
      !l.text.replace(/\s/gu, ' ').includes(byline!) && l.text.split(/[\s,.;:!?"“”«»()]+/u).includes(first),
  );
  return uses.length >= BY_WORD_MIN_LINES ? words.slice(1).join(' ') : byline;
}

/**
 * "<role> <name>" in a script without capitals: of a byline's two words, the one the page prints
 * again as a word of its own opening another line (an author box's "<name>（<reading>）") is the
 * name; the other is the writer's role. Left as it is when both or neither open one.
 */
function withoutCaselessRole(byline: string | null, lines: Line[]): string | null {
  const words = byline?.split(' ') ?? [];
  if (words.length !== 2 || !words.every((w) => /^[\p{Lo}\p{M}]+$/u.test(w))) return byline;
  // The byline's line may part the words with an ideographic space where the byline has a plain one.
  const opensLine = (w: string): boolean =>
    lines.some(
      (l) =>
        !l.text.replace(/\s/gu, ' ').includes(byline!) &&
        l.text.startsWith(w) &&
        !/^[\p{L}\p{M}]/u.test(l.text.slice(w.length)),
    );
  const named = words.filter(opensLine);
  return named.length === 1 ? named[0]! : byline;
}

/** Words of a header line that may hold a byline in words no list knows ("Written by Ann Lee"). */
const BIO_BYLINE_LINE_MAX_WORDS = 5;
/** Words of a name at least and at most. */
const BIO_NAME_MIN_WORDS = 2;
const BIO_NAME_MAX_WORDS = 3;
/** Last paragraphs an author's note may stand among (the note, a disclaimer and a link under it). */
const BIO_REACH = 3;

/**
 * A byline in words no list knows ("<Written by> Ann Lee", its "by" perhaps glued to the name as
 * some languages write it, "naAnn"): a short header line ending in a name that one of the text's
 * last paragraphs opens with, as the author's note under the story does ("Ann Lee teaches …").
 * The name, or null.
 */
function bylineOfNote(lines: Line[], titleIdx: number, bodyStart: number, body: string[]): string | null {
  const closing = body.slice(-BIO_REACH);
  for (const l of lines.slice(titleIdx + 1, bodyStart)) {
    if (l.prose || l.words > BIO_BYLINE_LINE_MAX_WORDS) continue;
    const words = l.text.split(' ');
    for (let n = BIO_NAME_MIN_WORDS; n <= BIO_NAME_MAX_WORDS && n < words.length; n++) {
      // A prefix in lower case glued to the name's first word ("naAnn"): the language's "by".
      const name = words
        .slice(-n)
        .join(' ')
        .replace(/^\p{Ll}+(?=\p{Lu})/u, '');
      if (isNameLike(name) && closing.some((p) => p.startsWith(`${name} `))) return name;
    }
  }
  return null;
}

/** The site's name: a line above the headline that the copyright line (or a "©" line) prints again. */
function siteNames(lines: Line[], titleIdx: number): string[] {
  const rights = lines.filter((l) => l.copyright || l.text.includes('©')).map((l) => l.key);
  return lines
    .slice(0, Math.max(titleIdx, 0))
    .filter((l) => l.key.length > 3 && rights.some((r) => r !== l.key && r.includes(l.key)))
    .map((l) => l.text);
}

/**
 * A line naming the site that prints it ("Get <Site>'s news on your phone"): the site's own pitch.
 * A teaser of another story never names the outlet it is printed in.
 */
const namesSite = (line: string, sites: readonly string[]): boolean =>
  sites.some((site) => {
    // A masthead of two words or more: a one-word menu entry the copyright line holds too
    // ("News") is a word any title may use.
    const k = sameKey(site);
    return k.includes(' ') && ` ${sameKey(line)} `.includes(` ${k} `);
  });

/**
 * "Ministry of Example Affairs" under the related list: the site's name as the masthead over the
 * headline prints it, which a longer footer line under the headline holds again ("Ministry of
 * Example Affairs – Government of Example"). The footer's institution, no story's title.
 */
function namesMasthead(related: string, lines: Line[], titleIdx: number): boolean {
  const k = sameKey(related);
  if (titleIdx <= 0 || !lines.slice(0, titleIdx).some((l) => l.key === k)) return false;
  return lines.slice(titleIdx + 1).some((l) => l.key !== k && l.key.includes(k));
}

/** Answer buttons under a page's feedback question, and letters of each at most. */
const ANSWER_BUTTONS_MAX = 3;
const ANSWER_MAX_LETTERS = 5;
/** One answer button: a short capitalised word ("Yes", "Nein", "Oui"). */
const ANSWER_WORD = new RegExp(`^\\p{Lu}\\p{Ll}{0,${ANSWER_MAX_LETTERS - 1}}$`, 'u');

/**
 * "Was this page useful?" over "Yes No" (in any language): a question whose next line is a row of
 * two or three one-word buttons, each a short capitalised word, is the page's feedback widget.
 */
function asksFeedback(related: string, lines: Line[]): boolean {
  if (!/[?？]$/u.test(related.trim())) return false;
  const k = sameKey(related);
  const at = lines.findIndex((l) => l.key === k);
  const buttons = lines[at + 1]?.text.split(/\s+/u) ?? [];
  return (
    at >= 0 &&
    buttons.length >= 2 &&
    buttons.length <= ANSWER_BUTTONS_MAX &&
    buttons.every((b) => ANSWER_WORD.test(b))
  );
}

/** Words of an inline link's label ("See also", "Read too") at most. */
const LINK_LABEL_MAX_WORDS = 3;

/**
 * "<See also>: <title>" in words no list knows, whose title the page prints again as a line of
 * its own (an item of its list of links): the label is the link's, not the title's.
 */
function withoutLinkLabel(related: string, lines: Line[]): string {
  const m = /^([^:：]{1,40})[:：]\s+(\S.*)$/u.exec(related);
  if (!m || wordCount(m[1]!) > LINK_LABEL_MAX_WORDS) return related;
  const key = sameKey(m[2]!);
  return lines.some((l) => sameKey(l.text.replace(BULLET, '')) === key) ? m[2]! : related;
}

/** A dump without a headline has no header block: the body starts at once. */
const NO_HEADER: Header = { bodyStart: 0, summary: null, image: null, byline: null, dates: [] };

/**
 * Normalise a plain-text dump of a scraped news page: headline once, section label, standfirst,
 * byline, published instant (and the day, for ordering), lead photo caption and credit, body
 * paragraphs and related links, with site furniture moved to `dropped`.
 */
export function normaliseTextDump(text: string, opts: { url: string | null }): NormalisedItem {
  const { lines: raw, gaps } = unglue(splitLines(text));
  if (raw.length > MAX_LINES)
    throw new ParseError(
      `refused: the text dump has ${raw.length} lines, more than the ${MAX_LINES} an article is allowed`,
    );
  const lines = describeLines(raw);
  lines.forEach((l, k) => (l.gapAbove = gaps[k]!));
  const dropped: string[] = [];
  const titleIdx = pickTitle(lines);
  const title = titleIdx >= 0 ? lines[titleIdx]!.text : null;
  const picked = titleIdx >= 0 ? pickSection(lines, titleIdx) : null;
  const section = picked?.label ?? null;
  const above = readAbove(lines, titleIdx, section, dropped);
  const header = titleIdx >= 0 ? readHeader(lines, titleIdx, dropped) : NO_HEADER;
  const titleKey = titleIdx >= 0 ? lines[titleIdx]!.key : '\u0000';
  const main = readBody(
    lines,
    header.bodyStart,
    titleKey,
    dropped,
    header.byline,
    header.image?.credit ?? null,
  );
  const copyrights = lines.filter((l) => l.copyright);
  // A desk of the site signing the header gives way to the person a closing credit names.
  const deskSigned =
    header.byline !== null &&
    main.byline !== null &&
    signedBySite(
      header.byline,
      copyrights.map((l) => l.key),
    );
  const named =
    (deskSigned ? main.byline : header.byline) ??
    authorAbove(lines, titleIdx) ??
    main.byline ??
    (titleIdx >= 0 ? bylineOfNote(lines, titleIdx, header.bodyStart, main.body) : null);
  const byline = withoutCaselessRole(
    withoutCaselessByWord(withoutOutlet(named, lines, titleIdx), lines),
    lines,
  );
  const signed = dropSignature(dropRepeats(main.body, header.summary, dropped), byline, dropped);
  const sites = siteNames(lines, titleIdx);
  const overTitle = titleIdx > 0 ? lines.slice(0, titleIdx).map((l) => l.text) : [];
  const rights = copyrights.map((l) => l.text);
  const called = dropPageCall(dropSourceRequest(signed, sites, dropped), overTitle, dropped, rights);
  const body = dropReaderCall(called, dropped);
  // The header's date lines, then those above the headline, then labelled ones in the body
  // ("Originally published: …" printed under the text).
  const dates = [...header.dates, ...above, ...main.dates];
  const published = pickPublished(dates);
  const found = header.image ?? main.image;
  const lead = found?.caption ? { ...found, caption: withoutCaptionLabel(found.caption) } : found;
  const image = lead?.credit
    ? { ...lead, credit: giverOf(lead.credit, closesInBrackets(lead.credit, lines)) }
    : lead;
  return {
    guid: null,
    url: lines.find((l) => l.statedUrl)?.statedUrl ?? opts.url,
    title,
    section,
    ...(picked?.unconfirmed ? { sectionUnconfirmed: true } : {}),
    summary: header.summary,
    byline,
    published,
    dateForOrdering: published ?? pickDay(dates),
    updated: null,
    image,
    body,
    related: unique(main.related.map((r) => withoutLinkLabel(r, lines))).filter(
      (r) =>
        !isLinkRow(r, sameKey(r) === lines[lines.length - 1]?.key) &&
        !isNameRow(r) &&
        !isStepLink(r) &&
        !namesSite(r, sites) &&
        !namesMasthead(r, lines, titleIdx) &&
        !asksFeedback(r, lines) &&
        !holdsControlOrPhone(r),
    ),
    categories: [],
    topics: [],
    entities: emptyEntities(),
    contentHtml: paragraphsToHtml({ image, body }),
    enclosures: [],
    language: null,
    dropped,
  };
}
