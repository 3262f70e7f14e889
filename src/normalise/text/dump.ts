import type { ImageRef, NormalisedItem } from '../../model/item.js';
import { emptyEntities } from '../../model/item.js';
import { ParseError } from '../../errors/index.js';
import { paragraphsToHtml } from '../content.js';
import { collapseWhitespace } from '../text.js';
import {
  furnitureKind,
  inlineRelated,
  isBreadcrumb,
  isConsentText,
  isFormatLabel,
  keyOf,
  type FurnitureKind,
} from './furniture.js';
import { datesIn, isDateLine, mentionsDate, type DateInfo } from './dates.js';
import {
  NOT_PEOPLE,
  SENTENCE_BREAK,
  endsSentence,
  imageCaptionText,
  imageSourceCredit,
  isHeadlineLike,
  isLabelLike,
  isNameLike,
  isParagraph,
  isRoleLine,
  isWireCaption,
  markedCaption,
  parseByline,
  splitTrailingCredit,
  wordCount,
} from './lines.js';

/** Comparison key for repeated text: case, quotes and white space ignored. */
const same = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a'`]/g, "'")
    .replace(/[\u201c\u201d\u201e"«»]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** Pull-quote key: also without surrounding quotes and final punctuation. */
// The lookbehind lets a trailing run be tried from its first character only: without it, a long
// run of quotes or spaces inside a line is rescanned from each of its characters (quadratic).
const quoteKey = (s: string): string => same(s).replace(/^["'\s]+|(?<!["'\s.,!?…])["'\s.,!?…]+$/g, '');

function splitLines(text: string): string[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n?|\n|\u2028|\u2029/);
  const blank = raw.filter((l) => l.trim() === '').length;
  // Dumps that separate paragraphs by blank lines may also hard-wrap them: join each block back.
  const blocks: string[][] = [[]];
  for (const l of raw) {
    if (l.trim() === '') blocks.push([]);
    else blocks[blocks.length - 1]!.push(l);
  }
  const wrapped = blank >= 0.3 * (raw.length - blank);
  const out: string[] = [];
  for (const b of blocks) {
    const body = b.slice(0, -1);
    const isWrap =
      wrapped && b.length >= 2 && body.every((l) => l.trim().length >= 40 && l.trim().length <= 100);
    if (isWrap) out.push(b.join(' '));
    // One push per line: spreading a block of a million lines overflows the call stack.
    else for (const l of b) out.push(l);
  }
  return out.map((l) => collapseWhitespace(l)).filter((l) => l !== '');
}

/** Lines that are furniture wherever they stand (kind), cookie banners and breadcrumbs included. */
function isNoise(line: string): boolean {
  let v = noiseCache.get(line);
  if (v === undefined) {
    v = furnitureKind(line) !== null || isConsentText(line) || isBreadcrumb(line);
    noiseCache.set(line, v);
  }
  return v;
}

/** Per-call memo of isNoise: the same lines are looked at from several places. Cleared on each call. */
const noiseCache = new Map<string, boolean>();

const isCopyright = (line: string): boolean =>
  /©|copyright|rights reserved|derechos reservados|права защищены|rechte vorbehalten|droits réservés|prawa zastrzeżone/iu.test(
    line,
  );

/** A short line printed again in the copyright line is the site's name, not a section. */
function isSiteName(line: string, lines: string[]): boolean {
  const k = same(line);
  return k.length > 1 && lines.some((l) => l !== line && isCopyright(l) && same(l).includes(k));
}

/** The headline's first index: the line the page repeats, else the headline-shaped line over the byline. */
function findTitle(lines: string[]): number {
  const firstPara = lines.findIndex((l) => !isNoise(l) && isParagraph(l) && !markedCaption(l, true));
  const limit = firstPara < 0 ? lines.length : firstPara;
  const counts = new Map<string, { n: number; first: number }>();
  lines.forEach((l, i) => {
    if (!isHeadlineLike(l) || isNoise(l)) return;
    const k = same(l);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, first: i });
  });
  let best: { n: number; first: number } | null = null;
  for (const c of counts.values()) {
    if (c.n >= 2 && c.first < limit && (!best || c.n > best.n)) best = c;
  }
  if (best) return best.first;
  const isCandidate = (i: number): boolean => {
    const l = lines[i]!;
    if (!isHeadlineLike(l) || isNoise(l) || isDateLine(l) || parseByline(l) || markedCaption(l, true))
      return false;
    if (inlineRelated(l)) return false;
    // A series label printed over its own headline ("Tour de France 2026" over "Tour de France 2026: …").
    const next = lines.slice(i + 1, i + 4).find((n) => isHeadlineLike(n) && !isNoise(n));
    return !(next && next.length > l.length && same(next).startsWith(same(l)));
  };
  // The headline sits right over the byline / date block (a standfirst between them at most).
  for (let i = 0; i < limit; i++) {
    if (!isCandidate(i)) continue;
    const after = lines.slice(i + 1, i + 4).filter((n) => !isNoise(n));
    if (after.some((n) => parseByline(n) !== null || isDateish(n))) return i;
  }
  for (let i = 0; i < lines.length; i++) if (isCandidate(i)) return i;
  const any = lines.findIndex((l) => !isNoise(l));
  return any < 0 ? -1 : any;
}

/** A kicker over a headline in quotes and capitals ("'HEARTLESS'"): skipped when looking for the section. */
const isQuotedKicker = (l: string): boolean => /^['‘"“«].+['’"”»]$/u.test(l) && !/\p{Ll}/u.test(l);

/** The section label printed just before the headline, skipping badges, kickers and dates. */
function findSection(lines: string[], titleIdx: number, title: string): string | null {
  for (let j = titleIdx - 1; j >= 0 && j >= titleIdx - 6; j--) {
    const l = lines[j]!;
    if (same(l) === same(title) || isFormatLabel(l) || isQuotedKicker(l) || isDateLine(l)) continue;
    if (l.length < title.length && same(title).startsWith(same(l))) continue;
    if (isBreadcrumb(l)) {
      const last =
        l
          .split(/\s+[»›>/|→]\s+/u)
          .pop()
          ?.trim() ?? '';
      return isLabelLike(last) ? last : null;
    }
    if (isNoise(l) || !isLabelLike(l) || isSiteName(l, lines)) return null;
    return l;
  }
  return null;
}

interface Header {
  summary: string | null;
  byline: string | null;
  dates: DateInfo[];
  image: ImageRef | null;
  bodyStart: number;
}

/** A date line, or a short line naming a date that is not a sentence ("Valencia - 14 AGO 2025 - 18:40 CEST"). */
const isDateish = (l: string): boolean =>
  isDateLine(l) ||
  (mentionsDate(l) &&
    l.length <= 80 &&
    wordCount(l) <= 14 &&
    !/[.!?]$/.test(l) &&
    !/[\p{L}\d]{3}\.\s+\p{Lu}/u.test(l));

/** A line that states authorship or time: what precedes a lead photo. */
const isMeta = (l: string | undefined): boolean =>
  l !== undefined && (parseByline(l) !== null || isDateish(l));

/** The next line after `i` that is neither furniture nor the headline again. */
function nextContent(lines: string[], i: number, title: string): string | undefined {
  // A few lines ahead is enough; a bounded look keeps pathological pages linear.
  for (let j = i + 1; j < lines.length && j <= i + 12; j++) {
    const n = lines[j]!;
    if (!isNoise(n) && same(n) !== same(title)) return n;
  }
  return undefined;
}

/** Byline, date or a marked photo caption follows within a few lines, with no prose between. */
function metaFollows(lines: string[], i: number, title: string): boolean {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < 4; j++) {
    const n = lines[j]!;
    if (isNoise(n) || same(n) === same(title)) continue;
    if (isMeta(n) || markedCaption(n, true) || imageSourceCredit(n)) return true;
    if (isParagraph(n)) return false;
    seen++;
  }
  return false;
}

/**
 * Walk the lines after the headline up to the first paragraph of prose: standfirst, byline (with
 * or without "By"), date lines, the lead photo's caption and credit.
 */
function readHeader(lines: string[], titleIdx: number, title: string, dropped: string[]): Header {
  const h: Header = { summary: null, byline: null, dates: [], image: null, bodyStart: lines.length };
  let pendingCredit: string | null = null;
  let nameAt = -2;
  let lastMeta = false;
  let seenMeta = false;
  for (let i = titleIdx + 1; i < lines.length; i++) {
    const l = lines[i]!;
    const wasMeta = lastMeta;
    seenMeta ||= lastMeta;
    lastMeta = false;
    // Wire captions end in link furniture ("… Purchase Licensing Rights, opens new tab").
    const wire = isWireCaption(l) ? markedCaption(l, true) : null;
    if (wire && !h.image) {
      h.image = { url: null, ...wire };
      continue;
    }
    if (same(l) === same(title) || isNoise(l)) {
      dropped.push(l);
      continue;
    }
    const next = nextContent(lines, i, title);
    const by = parseByline(l);
    if (by) {
      // "Posted by X on 4 March 2026 at 10:00 GMT" states the date too.
      if (mentionsDate(l)) for (const d of datesIn(l)) h.dates.push(d);
      if (by.names && !h.byline) h.byline = by.names;
      else dropped.push(l);
      lastMeta = true;
      continue;
    }
    if (isDateish(l)) {
      for (const d of datesIn(l)) h.dates.push(d);
      dropped.push(l);
      lastMeta = true;
      continue;
    }
    const source = imageSourceCredit(l);
    if (source) {
      pendingCredit = source;
      continue;
    }
    const captionText = imageCaptionText(l);
    if (captionText) {
      h.image ??= { url: null, caption: captionText, credit: pendingCredit };
      continue;
    }
    const marked = markedCaption(l, true);
    if (marked) {
      if (!h.image) h.image = { url: null, ...marked };
      else dropped.push(l);
      continue;
    }
    if (
      !h.byline &&
      isNameLike(l, 4) &&
      wordCount(l) >= 2 &&
      !isFormatLabel(l) &&
      !NOT_PEOPLE.test(l.split(' ')[0]!)
    ) {
      h.byline = l;
      nameAt = i;
      lastMeta = true;
      continue;
    }
    if (i === nameAt + 1 && isRoleLine(l)) {
      dropped.push(l);
      lastMeta = true;
      continue;
    }
    // A caption whose credit stands on the next line ("Photo: Name").
    const credit = !h.image && next ? markedCaption(next, true) : null;
    if (credit && credit.caption === null && l.length <= 250) {
      h.image = { url: null, caption: l, credit: credit.credit };
      i = lines.indexOf(next!, i + 1);
      continue;
    }
    const words = wordCount(l);
    // The standfirst: prose under the headline that does not end like a paragraph, or is
    // followed by the byline/date block.
    if (!h.summary && !h.image && words >= 5 && l.length <= 400) {
      if (!endsSentence(l) || /[?!]$/.test(l) || (!seenMeta && metaFollows(lines, i, title))) {
        h.summary = l;
        continue;
      }
    }
    // A lead photo caption without a credit marker, just before the first paragraph.
    if (!h.image && next && isParagraph(next)) {
      if (!endsSentence(l) && words >= 4) {
        const split = splitTrailingCredit(l) ?? { caption: l, credit: null };
        h.image = { url: null, ...split };
        continue;
      }
      if (wasMeta && /\.$/.test(l) && l.length < 110 && !SENTENCE_BREAK.test(l) && next.length > l.length) {
        h.image = { url: null, caption: l, credit: null };
        continue;
      }
    }
    if (words < 6 && !isParagraph(l)) {
      dropped.push(l);
      continue;
    }
    h.bodyStart = i;
    break;
  }
  if (!h.image && pendingCredit) h.image = { url: null, caption: null, credit: pendingCredit };
  return h;
}

/** A line of list metadata: 'In "Crime"', 'With 1 comment', '← Older post'. */
const isListMeta = (l: string): boolean =>
  /^\p{L}{1,4}\s+["“«„][^"”»“]{1,60}["”»“]$/u.test(l) ||
  /(?<![\p{L}\p{N}])\d+\s+(?:comments?|comentarios?|kommentare?|commentaires?|komentarz\p{L}*|комментари\p{L}*)$/iu.test(
    l,
  ) ||
  /^[←→]|[←→]$/u.test(l);

/** After a list of links, prose resumes with a line that ends a sentence with a full stop. */
const resumesProse = (l: string): boolean =>
  /[.…][”’"»)]?$/u.test(l) || l.length >= 160 || SENTENCE_BREAK.test(l);

interface Body {
  body: string[];
  related: string[];
  byline: string | null;
}

/**
 * Lines (paragraphs, once hard-wrapped ones are joined) beyond which a dump is refused: each line
 * is classified by a dozen patterns, and a dump of 200,000 lines took seconds. The longest of the
 * corpus dumps has 55; a live blog might have a few thousand.
 */
const MAX_LINES = 10_000;

/**
 * Body text read from one dump: twice the default cap on kept content (500,000 characters,
 * FEEDWRIGHT_MAX_CONTENT_CHARS), so stopping here loses nothing a default setup would keep. Every
 * line is classified by a dozen patterns: a dump of megabytes took seconds.
 */
const MAX_BODY_CHARS = 1_000_000;

/** Walk the article body: keep prose, collect related links, drop furniture, stop at the footer. */
function readBody(lines: string[], start: number, title: string, dropped: string[]): Body {
  const out: Body = { body: [], related: [], byline: null };
  let list: FurnitureKind | null = null;
  let footer = false;
  let bodyChars = 0;
  for (let i = start; i < lines.length && bodyChars < MAX_BODY_CHARS; i++) {
    const l = lines[i]!;
    const kind = furnitureKind(l);
    if (same(l) === same(title)) {
      dropped.push(l);
      continue;
    }
    if (kind === 'related' || kind === 'popular' || kind === 'footer') {
      list = kind === 'footer' ? null : kind;
      if (kind !== 'related') footer = true;
      dropped.push(l);
      continue;
    }
    const by = kind ? null : parseByline(l);
    if (kind || isConsentText(l, 3) || isBreadcrumb(l) || by || isDateLine(l) || isListMeta(l)) {
      if (by?.names && !out.byline) out.byline = by.names;
      if (by?.credit) footer = true;
      dropped.push(l);
      continue;
    }
    const rel = inlineRelated(l);
    if (rel) {
      out.related.push(rel);
      continue;
    }
    const marked = markedCaption(l, false);
    if (imageSourceCredit(l) || imageCaptionText(l) || marked) {
      // A credit on its own line follows its caption: that caption is not body text either.
      const prev = out.body[out.body.length - 1];
      if (
        marked &&
        marked.caption === null &&
        prev !== undefined &&
        prev.length <= 200 &&
        lines[i - 1] === prev
      )
        dropped.push(out.body.pop()!);
      dropped.push(l);
      continue;
    }
    if (list) {
      if (!resumesProse(l)) {
        if (list === 'related' && wordCount(l) >= 2) out.related.push(l);
        else dropped.push(l);
        continue;
      }
      list = null;
    }
    if (footer) {
      dropped.push(l);
      continue;
    }
    out.body.push(l);
    bodyChars += l.length;
  }
  return out;
}

/** Drop pull quotes (a line repeating part of another paragraph) and exact repeats. */
function dropRepeats(body: string[], summary: string | null, dropped: string[]): string[] {
  const keys = body.map(quoteKey);
  const seen = new Set<string>(summary ? [quoteKey(summary)] : []);
  const out: string[] = [];
  body.forEach((p, i) => {
    const k = keys[i]!;
    // Pull quotes stand near the paragraph they repeat: look a few paragraphs either side.
    const near = keys.slice(Math.max(0, i - 8), i + 9);
    const inOther = k.length >= 20 && near.some((o) => o.length > k.length && o.includes(k));
    if (seen.has(k) || inOther) dropped.push(p);
    else out.push(p);
    seen.add(k);
  });
  return out;
}

/** The first-published instant: a labelled first-published line, else an unlabelled one, else "Updated". */
function pickPublished(dates: DateInfo[]): string | null {
  for (const label of ['published', null, 'updated'] as const) {
    const d = dates.find((x) => x.label === label && x.instant);
    if (d) return d.instant;
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

/**
 * Normalise a plain-text dump of a scraped news page: headline once, section label, standfirst,
 * byline, published instant, lead photo caption and credit, body paragraphs and related links,
 * with site furniture moved to `dropped`.
 */
export function normaliseTextDump(text: string, opts: { url: string | null }): NormalisedItem {
  noiseCache.clear();
  const lines = splitLines(text);
  if (lines.length > MAX_LINES)
    throw new ParseError(
      `refused: the text dump has ${lines.length} lines, more than the ${MAX_LINES} an article is allowed`,
    );
  const dropped: string[] = [];
  const titleIdx = findTitle(lines);
  const title = titleIdx >= 0 ? lines[titleIdx]! : null;
  const section = title ? findSection(lines, titleIdx, title) : null;
  const preDates: DateInfo[] = [];
  for (let i = 0; i < Math.max(titleIdx, 0); i++) {
    const l = lines[i]!;
    if (l !== section) dropped.push(l);
    if (!isNoise(l) && isDateish(l)) for (const d of datesIn(l)) preDates.push(d);
  }
  const header = title
    ? readHeader(lines, titleIdx, title, dropped)
    : { summary: null, byline: null, dates: [], image: null, bodyStart: 0 };
  const main = readBody(lines, header.bodyStart, title ?? '\u0000', dropped);
  const byline = header.byline ?? main.byline;
  const body = dropRepeats(main.body, header.summary, dropped).filter((p) => {
    // A signature repeating the byline ("Claire Fontaine (Santiago, correspondante)").
    const signature = byline !== null && wordCount(p) <= 8 && !/[.!?]$/.test(p) && p.startsWith(byline);
    if (signature) dropped.push(p);
    return !signature;
  });
  const image = header.image;
  return {
    guid: null,
    url: opts.url,
    title,
    section,
    summary: header.summary,
    byline,
    published: pickPublished([...header.dates, ...preDates]),
    updated: null,
    image,
    body,
    related: unique(main.related),
    categories: [],
    topics: [],
    entities: emptyEntities(),
    contentHtml: paragraphsToHtml({ image, body }),
    enclosures: [],
    language: null,
    dropped,
  };
}
