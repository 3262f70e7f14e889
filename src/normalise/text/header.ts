import type { ImageRef } from '../../model/item.js';
import { datesIn, mentionsDate, type DateInfo } from './dates.js';
import { isDateish, sameKey, type Line } from './features.js';
import { isStopword } from '../../language/stopwords.js';
import { rowLabel } from './body/index.js';
import { ANY_SENTENCE_BREAK } from './body/shapes.js';
import {
  withoutRunOnRole,
  isUnreadDate,
  SENTENCE_BREAK,
  caselessAuthor,
  isNameLike,
  labelledCreditLine,
  markedCaption,
  namesInstitution,
  namesRole,
  outletCreditName,
  printedWidth,
  rowParts,
  splitTrailingCredit,
  wordCount,
} from './lines.js';

/**
 * The block between the headline and the first paragraph: standfirst, byline, date lines, the
 * lead photo's caption and credit, and furniture. Each line gets the first role in `RULES` whose
 * phenomenon it shows; the first line that shows none starts the body. The rules read named
 * features of the line (`Line`), of its neighbours and of what the block has given so far.
 */

export interface Header {
  summary: string | null;
  byline: string | null;
  dates: DateInfo[];
  image: ImageRef | null;
  /** Index of the body's first line. */
  bodyStart: number;
}

interface State extends Header {
  /** A credit printed before its caption ("Image source, X" then "Image caption, Y"). */
  pendingCredit: string | null;
  /** A byline, author name or date line has been read: the block's metadata has begun. */
  seenMeta: boolean;
  /** A desk signed where the author's name stands: no name follows. */
  deskSigned: boolean;
  /** The role of the line before. */
  last: Role | null;
  /** The line before is a label of a word or two, alone ("Summary" over the standfirst). */
  afterLabel: boolean;
  /** The line before printed the headline again (`standfirstUnderTitle`). */
  retitled: boolean;
  /** Rows of a labelled box between the standfirst and the byline block (`boxRows`). */
  boxRows: ReadonlySet<Line>;
  dropped: string[];
}

/** What one line around a headline can be, by the phenomenon it shows. */
type Role =
  | 'wire caption'
  | 'furniture'
  | 'box row'
  | 'byline'
  | 'labelled author'
  | 'labelled author by date'
  | 'labelled credit'
  | 'labelled caption'
  | 'labelled caption over credit'
  | 'date'
  | 'credit'
  | 'caption'
  | 'author'
  | 'author by place'
  | 'desk'
  | 'result'
  | 'author role'
  | 'caption over credit'
  | 'caption carried over'
  | 'capitals byline'
  | 'author over desk'
  | 'standfirst'
  | 'lead caption'
  | 'unread date'
  | 'stray'
  | 'body';

/**
 * A date line in words no list knows, alone or opening a row of metadata ("<weekday>, 14 <month>
 * 2026, 18:40 · <by> Ann Lee · 214 <views>"): where the header's date stands, unread.
 */
const unreadDateRow = (l: Line): boolean => !l.prose && rowParts(l.text).some((p) => isUnreadDate(p));

/** The line after the one being read, with what it shows. */
interface Around {
  /** The next line that is neither furniture nor the headline again. */
  next: Line | undefined;
  /** The one after it, when the look ahead went so far (it stops at prose and at meta). */
  afterNext: Line | undefined;
  /** The line after `next` that is neither furniture nor the headline, however the look stopped. */
  beyond: Line | undefined;
  /** Byline, date or a marked caption comes within a few lines, with no prose between. */
  metaFollows: boolean;
  /** The first paragraph of prose after `next` (and the caption under it, when a credit), near. */
  proseAfterNext: Line | undefined;
  /** The lines right over and under this one, furniture or not. */
  over: Line | undefined;
  under: Line | undefined;
  titleKey: string;
  /** The document's lines, to read the text under the header. */
  lines: readonly Line[];
}

/**
 * A standfirst has five words or more, or as many characters as five words of a language with
 * long words ("Matkustajia evakuoitiin kolmelta asemalta"); shorter is a label or a stray.
 */
const STANDFIRST_MIN_WORDS = 5;
const STANDFIRST_MIN_CHARS = 35;
/** A standfirst is a sentence or two; longer is the first paragraph. */
const STANDFIRST_MAX_CHARS = 400;
/** A caption names what the picture shows in three words or more; fewer is a counter or a label. */
const CAPTION_MIN_WORDS = 3;
/** A caption printed over its credit line is a sentence or two. */
const CAPTION_MAX_CHARS = 250;
/** An unmarked caption is one short sentence. */
const SHORT_SENTENCE_CHARS = 110;
/** Lines shorter than this that are not prose, between headline and body, are strays. */
const STRAY_MAX_WORDS = 5;

/** A few short words around a number ("2 hours ago", "5 min read" in any language): a stamp. */
const countStamp = (l: Line): boolean =>
  l.text.length < STANDFIRST_MIN_CHARS && /(?:^|\s)\p{N}+(?:\s|$)/u.test(l.text);

const openEnded = (l: Line): boolean => !l.terminal || /[?!]$/.test(l.text);

/**
 * The credit a line states: by its marker, or an unmarked "Ann Lee for Example Weekly" once the
 * byline is known and names someone else (before it, the same shape is the author's line).
 */
function creditOf(l: Line | undefined, s: State): string | null {
  if (!l) return null;
  if (l.credit !== null) return l.credit;
  const labelled = s.byline ? labelledCreditLine(l.text) : null;
  if (labelled) return labelled;
  const outlet = l.outletCredit;
  return outlet && s.byline && !s.byline.includes(outletCreditName(outlet)) ? outlet : null;
}

/** A name's words before a role printed after a comma or a bar ("Ann Lee, Town bureau"). */
const BEFORE_ROLE = /\s*(?:[,،|]|\s[–—-]\s)/u;
/** An author's name before the desk printed after a spaced slash ("Ann Lee / City desk"). */
const BEFORE_DESK = /\s*(?:[,،|]|\s[–—/-]\s)/u;

/**
 * The name a line of a label in any language and a colon states ("Dealbh: Ann Lee", "ලිපිය:
 * <name>"), without a role after it; null when the value is no name or the line is read already
 * (a known byline, credit or caption form).
 */
export function labelledName(l: Line | undefined, author = false): string | null {
  const v = l?.labelled?.value;
  if (!l || !v || l.byline || l.credit !== null || l.caption || l.prose || /\p{N}/u.test(v)) return null;
  // A credit's "Ann Lee / Agency" names both; an author's "Ann Lee / City desk" the author alone.
  const name = v.split(author ? BEFORE_DESK : BEFORE_ROLE)[0]!.trim();
  if (isNameLike(name, 5)) return name;
  return caselessAuthor(name)?.name ?? (UNSPACED_NAME.test(name) ? name : null) ?? withoutRunOnRole(name);
}

/**
 * A Chinese, Japanese or Korean name is one word of two to four characters or syllables ("<label>：
 * 王丽华"): no spaces to count, but after a label and its colon it has a name's length.
 */
const UNSPACED_NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Hangul}{2,4})$/u;

/** Words of a byline's label at most ("Written by:", "<three words of a language no list knows>:"). */
const BYLINE_LABEL_MAX_WORDS = 3;
/** "Label of up to three words: Ann Lee": the label, a colon, and only a name of two words or more. */
const LABEL_THEN_NAME = /^(\p{L}[\p{L}\p{M}'’]*(?:\s\p{L}[\p{L}\p{M}'’]*){0,2})\s*[:：]\s*(\S.*)$/u;

/**
 * "<Written by>: Ann Lee" in words no list knows, right over or under the date lines: a label of up
 * to three words and a colon, then only a person's name of two words or more. Where the byline
 * stands, the label says who wrote, whatever its words. The name, or null.
 */
function labelledByDate(l: Line, s: State, a: Around): string | null {
  if (s.byline || l.prose || l.labelled !== null) return null;
  const byDate = s.last === 'date' || s.last === 'unread date' || (a.next !== undefined && isDateRow(a.next));
  const m = byDate ? LABEL_THEN_NAME.exec(l.text) : null;
  if (!m || wordCount(m[1]!) > BYLINE_LABEL_MAX_WORDS) return null;
  const name = m[2]!.trim();
  return wordCount(name) >= 2 && isNameLike(name, 4) ? name : null;
}

/** "<Prepared by> Ann Lee": one word of no list, then a name of two or three words. */
const WORD_THEN_NAME = /^\p{L}[\p{L}\p{M}'’]*\s+(\p{Lu}.*)$/u;

/**
 * "<date> · <Prepared-by> Ann Lee · 214 <views>": in a row of metadata opened by a date in words
 * no list knows, a part of one word and a name is the byline, the word the language's "by".
 */
function authorInDateRow(l: Line): string | null {
  const parts = rowParts(l.text);
  if (parts.length < 2 || !isUnreadDate(parts[0]!)) return null;
  for (const p of parts.slice(1)) {
    const name = WORD_THEN_NAME.exec(p.trim())?.[1];
    if (name !== undefined && wordCount(name) >= 2 && wordCount(name) <= 3 && isNameLike(name)) return name;
  }
  return null;
}

/**
 * "<Date> 14 <month> 2026, <time> 09:30 <o'clock> (GMT+7) · <read> 1,245 <times>": a date row
 * whose label words no list knows may still name a month we read and its whole instant (day, time
 * and zone). Only whole instants count: a part that gives a day alone says less than the row.
 */
function instantsOfRow(l: Line): DateInfo[] {
  return rowParts(l.text)
    .filter((p) => isUnreadDate(p))
    .flatMap((p) => datesIn(p))
    .filter((d) => d.instant !== null);
}

/** A date line, read or in words no list knows. */
export const isDateRow = (l: Line): boolean => l.dateLine || labelledDate(l) || unreadDateRow(l);

/** A line of a label in any language and a colon before a date ("Foillsichte: 5 Dùbhlachd 2026"). */
const labelledDate = (l: Line): boolean => l.labelled !== null && isDateish(l.labelled.value);

/**
 * "<Photo>: Ann Lee / Example Times" in words no list knows: a label and its colon, then a
 * person's name and, after a spaced slash, the outlet or agency the picture is licensed from. The
 * whole value, as a credit names both; null for any other line.
 */
function labelledAgencyCredit(l: Line): string | null {
  const v = l.labelled?.value;
  if (!v || l.byline || l.caption || l.prose || /\p{N}/u.test(v)) return null;
  const parts = v.split(/\s+\/\s+/u);
  return parts.length === 2 && isNameLike(parts[0]!, 5) && wordCount(parts[1]!) <= 4 ? v : null;
}

/**
 * The credit line under a caption: a credit by `creditOf`, or, once the byline is known, another
 * person's name alone right above the first paragraph ("JOSÉ LUIS BERMEJO" under the picture's
 * caption): the photographer's.
 */
function creditUnder(a: Around, s: State): string | null {
  const credit = creditOf(a.next, s);
  if (credit !== null || !a.next) return credit;
  // The name alone that a credit printed earlier gave ("Photos: Ann Lee", then "Ann Lee" under the
  // caption): the awaited caption's credit.
  if (awaitsCaption(s) && a.next.key === sameKey(s.image!.credit!)) return s.image!.credit;
  // A labelled name under the caption, once the block's metadata has begun: the photographer's.
  const labelled = s.seenMeta ? (labelledName(a.next) ?? labelledAgencyCredit(a.next)) : null;
  if (labelled !== null) return labelled;
  const name = a.next.author;
  const other = name !== null && s.byline !== null && sameKey(name) !== sameKey(s.byline);
  return other && a.afterNext?.prose === true ? name : null;
}

/**
 * A caption printed over two lines: the first does not end like a sentence, the second goes on
 * in lower case ("… at the stop in the" / "old market square."), and a credit stands under the
 * second. Read as one caption, the wrapped line's last word is no photographer's name.
 */
function carriedCaption(l: Line, s: State, a: Around): boolean {
  const rest = a.next;
  if (!rest || l.terminal || l.prose || rest.caption !== null || creditOf(rest, s) !== null) return false;
  if (!/^\p{Ll}/u.test(rest.text) || l.words + rest.words < CAPTION_MIN_WORDS * 2) return false;
  if (l.text.length + rest.text.length > CAPTION_MAX_CHARS) return false;
  return creditUnder({ ...a, next: a.beyond, afterNext: undefined }, s) !== null;
}

/** Words of a note closing a caption ("File photo", "Archive picture") at most. */
const CAPTION_NOTE_MAX_WORDS = 3;

/** One sentence, or one and a note of a few words after it ("The bridge at dawn. File photo"). */
function sentenceOrNote(t: string): boolean {
  const parts = t.split(/(?<=\p{Ll}[.!?])\s+(?=\p{Lu})/u);
  return parts.length === 1 || (parts.length === 2 && wordCount(parts[1]!) <= CAPTION_NOTE_MAX_WORDS);
}

/**
 * "Photo: Ann Lee" then "The bridge at dawn." over the first paragraph: a credit printed alone
 * over its caption, one short sentence (a short note after it perhaps) shorter than the line
 * above. The credit is that line's, not the longer line's above it (a standfirst).
 */
function creditOverCaption(l: Line, a: Around): boolean {
  const under = a.beyond;
  if (!under || under.caption !== null || under.credit !== null || a.next?.caption) return false;
  return (
    under.words >= CAPTION_MIN_WORDS &&
    under.text.length < SHORT_SENTENCE_CHARS &&
    sentenceOrNote(under.text) &&
    l.text.length > under.text.length
  );
}

/** Letters a caption's label and the credit line's first word share at least ("Fotoa", "Fotoz"). */
const LABEL_STEM_MIN = 4;

/**
 * "<Picture-in>: The bridge at dawn." over "<Picture-taken-by> Ann Lee", the text under both: a
 * caption opened by its label, then a credit line whose first word is built on the label's stem
 * and which ends in a name, the picture's words in the page's own language. The name, or null.
 */
function stemCreditUnder(l: Line, a: Around): string | null {
  const label = l.labelled?.label;
  const under = a.next;
  if (!label || wordCount(l.labelled!.value) < CAPTION_MIN_WORDS || !under || under.prose) return null;
  if (a.afterNext?.prose !== true) return null;
  const first = under.text.split(/\s+/u)[0]!;
  if (sharedStem(label, first) < LABEL_STEM_MIN || sameKey(first) === sameKey(label)) return null;
  const words = under.text.split(/\s+/u);
  for (const n of [3, 2]) {
    const name = words.slice(-n).join(' ');
    if (words.length > n && isNameLike(name)) return name;
  }
  return null;
}

/** How many letters two words open with alike, case aside. */
function sharedStem(x: string, y: string): number {
  const [a, b] = [[...x.toLowerCase()], [...y.toLowerCase()]];
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** A paragraph under the picture is half as long again as a standfirst over it, at least. */
const PARAGRAPH_OVER_STANDFIRST = 1.5;

/**
 * The lead picture's caption or credit line comes next, and the text under the picture opens
 * with a clearly longer paragraph: the sentence between the byline block and the picture is the
 * standfirst. (Under a picture set into the text, the first paragraph is as short as the next.)
 */
const pictureFollows = (l: Line, a: Around, s: State): boolean =>
  pictureNext(a, s) && (a.proseAfterNext?.text.length ?? 0) >= l.text.length * PARAGRAPH_OVER_STANDFIRST;

/** The lead picture's caption or credit line comes next. */
const pictureNext = (a: Around, s: State): boolean =>
  a.next !== undefined && !a.next.prose && (a.next.caption !== null || creditOf(a.next, s) !== null);

/**
 * One sentence over a picture whose caption reads as prose but has its credit line under it, the
 * text under both clearly longer: the standfirst. The caption's look is weaker evidence than a
 * marked one, so the line must be the one sentence a standfirst is (a notice to the reader in two
 * sentences stands there too).
 */
const proseCaptionFollows = (l: Line, a: Around, s: State): boolean =>
  !ANY_SENTENCE_BREAK.test(l.text) &&
  captionOverCredit(a, s) &&
  (a.proseAfterNext?.text.length ?? 0) >= l.text.length * PARAGRAPH_OVER_STANDFIRST;

/**
 * "The quay at dawn, before the ferry left." over "Photo credit: Ann Lee": a short sentence
 * whose credit line stands right under it is the picture's caption, though it reads as prose.
 */
function captionOverCredit(a: Around, s: State): boolean {
  const [caption, credit] = [a.next, a.beyond];
  if (!caption || caption.caption !== null || caption.credit !== null || !credit) return false;
  if (credit.caption !== null || credit.prose) return false;
  return (
    creditOf(credit, s) !== null &&
    caption.words >= CAPTION_MIN_WORDS &&
    caption.text.length < SHORT_SENTENCE_CHARS &&
    sentenceOrNote(caption.text)
  );
}

/** Share of a lead's words the text under its picture takes up again, at least, in a summary of it. */
const RETOLD_SHARE = 0.7;
/** Words of four letters or more, digits and inner hyphens kept ("78-year-old"). */
const RETOLD_WORD = /[\p{L}\p{M}\p{N}-]{4,}/gu;
/** Letters of a word's stem, what words are compared by (inflections aside). */
const RETOLD_STEM_LETTERS = 5;

/** The stems of a line's longer words, function words of any listed language left out. */
const stemsOf = (t: string): string[] =>
  (t.toLowerCase().match(RETOLD_WORD) ?? [])
    .filter((w) => !isStopword(w))
    .map((w) => [...w].slice(0, RETOLD_STEM_LETTERS).join(''));

/**
 * A lead of several sentences over a picture whose caption reads as prose, its credit line under
 * it, most of whose words the text under the picture takes up again: a summary of the story, told
 * again at length below ("A cyclist was hurt on the bridge on Monday. Police seek witnesses." … "On
 * Monday at 6 pm a cyclist … Police ask witnesses to call …"). A first paragraph goes on where the
 * next one starts, and a notice to the reader speaks of the page, in words the story does not use.
 */
function retoldUnderPicture(l: Line, a: Around, s: State): boolean {
  if (!captionOverCredit(a, s)) return false;
  const own = stemsOf(l.text);
  const below = new Set(
    a.lines
      .slice(a.lines.indexOf(a.beyond!) + 1)
      .filter((n) => n.prose && !n.noise)
      .flatMap((n) => stemsOf(n.text)),
  );
  return own.length > 0 && own.filter((w) => below.has(w)).length >= RETOLD_SHARE * own.length;
}

/**
 * "Share" … "<a bookmark service's name>" … "Copy link": a short line, no sentence, between two
 * controls of a share row (furniture or a stray right over it, furniture or another short line
 * right under it) is a button's label, in whatever language or name; a standfirst is longer, or
 * stands apart from the row.
 */
const amidControls = (l: Line, s: State, a: Around): boolean =>
  (a.over?.noise === true || s.last === 'stray') &&
  !l.terminal &&
  printedWidth(l.text) < STANDFIRST_MIN_CHARS &&
  a.under !== undefined &&
  isControlLike(a.under, s);

/** A share row's control: furniture, or a short line that is no sentence, caption, credit or date. */
const isControlLike = (l: Line, s: State): boolean =>
  l.noise ||
  (!l.prose &&
    !l.terminal &&
    l.words <= STRAY_MAX_WORDS &&
    l.caption === null &&
    creditOf(l, s) === null &&
    !isDateRow(l));

/** Words of a label naming the standfirst on a line of its own ("Summary", "In brief"). */
const BLOCK_LABEL_MAX_WORDS = 2;

/** "<by-words> ANN LEE": a prefix of a word or two of no list, then a name in capitals. */
const CAPITALS_BYLINE =
  /^\p{Lu}?[\p{Ll}\p{M}]+(?:\s[\p{Ll}\p{M}]+)?\s((?:\p{Lu}[\p{Lu}\p{M}'’-]+)(?:\s\p{Lu}[\p{Lu}\p{M}'’-]+){1,3})$/u;

/**
 * A byline whose "by" word no list holds, the name printed in capitals ("Skribis ANN LEE"): the
 * capitals tell the name from the words before it. Only where a byline stands: right over the
 * date line, or right under it.
 */
function capitalsByline(l: Line, s: State, a: Around): string | null {
  if (!(a.next?.dateLine === true || s.last === 'date')) return null;
  return CAPITALS_BYLINE.exec(l.text)?.[1] ?? null;
}

/** A role under an author's name is a few words. */
const ROLE_LINE_MAX_WORDS = 3;

/**
 * "Repairs to the main pipe in the north quarter" over "<Photo>: press office": a line longer than
 * a role, right over a credit line, is the picture's caption, though the author's name stands
 * above both (a share row between).
 */
const overOwnCredit = (l: Line, s: State, a: Around): boolean =>
  l.words > ROLE_LINE_MAX_WORDS && creditOf(a.next, s) !== null;

/** Words of a desk or a town after the author's name and a bar at most ("City desk, Town"). */
const DESK_MAX_WORDS = 3;

/**
 * "Ann Lee | Newsroom Townsville" right over or under the date line: a name of two words or more,
 * then after a bar a few capitalised words without figures, the desk or town she files for. Where
 * the byline stands the part before the bar is the author, whatever words the desk is named in.
 */
function authorOverDesk(l: Line, s: State, a: Around): string | null {
  if (s.byline || l.prose || l.terminal) return null;
  if (!(s.last === 'date' || s.last === 'unread date' || (a.next !== undefined && isDateRow(a.next))))
    return null;
  const parts = l.text.split(/\s+\|\s+/u);
  if (parts.length !== 2) return null;
  const [name, desk] = parts as [string, string];
  const deskOk = wordCount(desk) <= DESK_MAX_WORDS && !/\d/u.test(desk) && /^\p{Lu}/u.test(desk);
  return deskOk && wordCount(name) >= 2 && isNameLike(name, 4) ? name : null;
}

/**
 * Where an author's name stands in a script without capitals: right before or after the date
 * line; before a short role line over the date line; or, with its role after a comma, right
 * under the standfirst.
 */
function standsAsAuthor(l: Line, s: State, a: Around): boolean {
  return standsAsAuthorName(l, s, a) && !namesRole(caselessAuthor(l.text)!.name);
}

/**
 * "<Own correspondent>, <Town>" where the author's name stands: a desk signs, naming no one; the
 * slot is taken all the same (a control after the date line is not the author).
 */
const standsAsDesk = (l: Line, s: State, a: Around): boolean =>
  standsAsAuthorName(l, s, a) && namesRole(caselessAuthor(l.text)!.name);

/**
 * "Issued by: Communications Office, <Institute>", "Servicio de Prensa de la Diputación de
 * Ejemplo": by the date line, where the author's name stands, an office of the institution
 * signs its release, naming no one. Its name is neither a byline nor a picture's caption.
 */
function signsAsInstitution(l: Line, s: State, a: Around): boolean {
  if (s.byline || s.deskSigned || s.image || l.prose || l.terminal) return false;
  if (s.last !== 'date' && a.next?.dateLine !== true) return false;
  return namesInstitution(l.labelled?.value ?? l.text);
}

function standsAsAuthorName(l: Line, s: State, a: Around): boolean {
  const found = caselessAuthor(l.text);
  if (s.byline || s.deskSigned || !found) return false;
  // The date line may carry counters in words no list knows ("<date> · <read> 1,245 <times>").
  if ((a.next !== undefined && isDateRow(a.next)) || s.last === 'date' || s.last === 'unread date')
    return true;
  const roleLine = a.next !== undefined && a.next.roleShaped && a.next.words <= ROLE_LINE_MAX_WORDS;
  if (roleLine && a.afterNext?.dateLine === true) return true;
  // A role line that names a reporter's role ("Town correspondent") says whose name stands above.
  if (roleLine && namesRole(a.next!.text)) return true;
  return found.role && s.last === 'standfirst';
}

/** Words of a team's name on either side of a score at most. */
const SCORE_SIDE_MAX_WORDS = 5;
/** "Home Rovers 2 - 1 Away United": a side, a score, the other side, and nothing else. */
const SCORE_LINE = /^(\D+?)\s+\d{1,3}\s*[-–:]\s*\d{1,3}\s+(\D+)$/u;
/** "(12)", "(9, 48)", "(45+2 pen.)": the minutes a scorer's goals came in. */
const MINUTES = /\([^()]*\d[^()]*\)/gu;

/**
 * A match result printed over a sports report: the score line ("Home Rovers 2 - 1 Away United")
 * and, right under it, the scorers with their minutes ("Goals: Ann Lee (12, 60) / Bo Roe (38)").
 * Both are a result block, not the story's first paragraphs.
 */
function isResultLine(l: Line, s: State): boolean {
  if (l.prose) return false;
  const m = SCORE_LINE.exec(l.text);
  if (m)
    return [m[1]!, m[2]!].every((side) => !/[.!?,]$/u.test(side) && wordCount(side) <= SCORE_SIDE_MAX_WORDS);
  return s.last === 'result' && l.labelled !== null && (l.labelled.value.match(MINUTES)?.length ?? 0) >= 2;
}

/**
 * The roles in order of precedence: the first that applies is the line's role. "Author by place":
 * in a script without capitals a name has no shape of its own; a few bare words where the
 * author's name stands (`standsAsAuthor`) are the author's name.
 */
const RULES: ReadonlyArray<readonly [Role, (l: Line, s: State, a: Around) => boolean]> = [
  // Wire captions carry link furniture at their end: a caption before it is furniture.
  ['wire caption', (l, s) => l.wireCaption && !s.image],
  ['furniture', (l, _s, a) => l.noise || l.key === a.titleKey],
  ['box row', (l, s) => s.boxRows.has(l)],
  ['byline', (l) => l.byline !== null],
  ['desk', signsAsInstitution],
  ['labelled author', (l, s) => !s.byline && labelledName(l, true) !== null],
  ['labelled author by date', (l, s, a) => labelledByDate(l, s, a) !== null],
  ['capitals byline', (l, s, a) => !s.byline && capitalsByline(l, s, a) !== null],
  ['author', (l, s) => !s.byline && l.author !== null],
  ['author over desk', (l, s, a) => authorOverDesk(l, s, a) !== null],
  ['author by place', standsAsAuthor],
  ['desk', standsAsDesk],
  ['result', isResultLine],
  ['date', (l) => l.dateLine || labelledDate(l)],
  ['unread date', (l) => unreadDateRow(l)],
  ['credit', (l, s) => creditOf(l, s) !== null],
  // After the byline, another labelled name is the picture's ("Photos: <name>" in any language).
  ['labelled credit', (l, s) => !s.image && labelledName(l) !== null],
  ['caption', (l) => l.caption !== null],
  ['labelled caption over credit', (l, s, a) => !s.image && stemCreditUnder(l, a) !== null],
  // A caption opened by its own label ("Caption: …" in the page's language) under its credit.
  ['labelled caption', (l, s) => awaitsCaption(s) && l.labelled !== null && wordCount(l.labelled.value) >= 3],
  [
    'author role',
    (l, s, a) =>
      (s.last === 'author' || s.last === 'author by place' || s.last === 'labelled author') &&
      l.roleShaped &&
      !l.prose &&
      !overOwnCredit(l, s, a),
  ],
  [
    'caption over credit',
    (l, s, a) =>
      (!s.image || awaitsCaption(s)) &&
      creditUnder(a, s) !== null &&
      !a.next!.imagePair &&
      !creditOverCaption(l, a) &&
      l.words >= CAPTION_MIN_WORDS &&
      l.text.length <= CAPTION_MAX_CHARS,
  ],
  // A caption wrapped onto a second line that opens in lower case, its credit under both.
  ['caption carried over', (l, s, a) => !s.image && carriedCaption(l, s, a)],
  [
    'standfirst',
    (l, s, a) =>
      !s.summary &&
      !s.image &&
      (l.words >= STANDFIRST_MIN_WORDS || l.text.length >= STANDFIRST_MIN_CHARS) &&
      !countStamp(l) &&
      !amidControls(l, s, a) &&
      l.text.length <= STANDFIRST_MAX_CHARS &&
      (openEnded(l) ||
        (!s.seenMeta && a.metaFollows) ||
        retoldUnderPicture(l, a, s) ||
        (s.seenMeta &&
          (pictureFollows(l, a, s) ||
            proseCaptionFollows(l, a, s) ||
            (pictureNext(a, s) && (s.afterLabel || creditOverCaption(l, a)))))),
  ],
  ['standfirst', standfirstUnderTitle],
  [
    'lead caption',
    (l, s, a) => (!s.image || awaitsCaption(s)) && a.next?.prose === true && isLeadCaption(l, s, a.next),
  ],
  // A short line ending in a comma is a salutation ("Dear readers,") opening the text, no stray.
  ['stray', (l) => l.words < STRAY_MAX_WORDS + 1 && !l.prose && !/[,،、]$/u.test(l.text)],
  ['body', () => true],
];

/**
 * The headline printed again under the lead picture, as an article block under a page's top
 * picture starts with it: the line right under it, a sentence or two with a clearly longer
 * paragraph under it, is the standfirst, though the picture's caption came first. (The story's
 * first paragraph is about as long as the next.)
 */
function standfirstUnderTitle(l: Line, s: State, a: Around): boolean {
  return (
    s.retitled &&
    !s.summary &&
    (l.words >= STANDFIRST_MIN_WORDS || l.text.length >= STANDFIRST_MIN_CHARS) &&
    l.text.length <= STANDFIRST_MAX_CHARS &&
    !countStamp(l) &&
    a.next?.prose === true &&
    a.next.text.length >= l.text.length * PARAGRAPH_OVER_STANDFIRST
  );
}

/** Words of one button in a row of page controls. */
const CONTROL_ITEM_MAX_WORDS = 2;

/**
 * "Print | Share", "Drucken · Teilen": buttons of a word or two set apart by bars or dots, no
 * figure among them — page controls over the text, not a caption, which names what it shows.
 */
function isControlRow(text: string): boolean {
  const parts = rowParts(text);
  return parts.length >= 2 && parts.every((p) => wordCount(p) <= CONTROL_ITEM_MAX_WORDS && !/\p{N}/u.test(p));
}

/**
 * A lead photo's caption without a credit marker, just before the first paragraph: a line that
 * does not end like a sentence, or one short sentence right after the byline/date block.
 */
function isLeadCaption(l: Line, s: State, next: Line): boolean {
  if (isControlRow(l.text)) return false;
  if (!l.terminal && l.words >= 4) return true;
  return (
    (isMetaRole(s.last) || s.last === 'credit') &&
    /[.。．]$/u.test(l.text) &&
    // As printed: a character of Chinese or Japanese takes two columns, and says as much as a word.
    printedWidth(l.text) < SHORT_SENTENCE_CHARS &&
    !SENTENCE_BREAK.test(l.text) &&
    next.text.length > l.text.length
  );
}

/**
 * A credit was printed alone, its caption not yet: the caption follows it ("Photo: Ann Lee", then
 * the caption), or closes the header block ("Photos: Ann Lee" among the byline and date lines,
 * the caption right over the text).
 */
const awaitsCaption = (s: State): boolean => s.image?.caption === null && s.image.credit !== null;

const isMetaRole = (r: Role | null): boolean =>
  r === 'byline' ||
  r === 'labelled author' ||
  r === 'labelled author by date' ||
  r === 'capitals byline' ||
  r === 'author over desk' ||
  r === 'date' ||
  r === 'author' ||
  r === 'author by place' ||
  r === 'desk' ||
  r === 'author role' ||
  r === 'unread date';

function roleOf(l: Line, s: State, a: Around): Role {
  for (const [role, applies] of RULES) if (applies(l, s, a)) return role;
  return 'body';
}

/** Record what a line of the given role says. Returns how many extra lines it consumed. */
function apply(role: Role, l: Line, s: State, a: Around): number {
  switch (role) {
    case 'wire caption':
      s.image = { url: null, ...(markedCaption(l.text, true) ?? { caption: l.text, credit: null }) };
      return 0;
    case 'byline':
      // "Posted by Ann Lee on 4 May 2026 at 10:00 GMT" states the date too.
      if (mentionsDate(l.text)) s.dates.push(...datesIn(l.text));
      if (l.byline?.names && !s.byline) s.byline = l.byline.names;
      return 0;
    case 'unread date':
      s.byline ??= authorInDateRow(l);
      s.dates.push(...instantsOfRow(l));
      return 0;
    case 'date':
      s.dates.push(...(l.dateLine ? l.dates : datesIn(l.labelled!.value)));
      return 0;
    case 'labelled author':
      s.byline = labelledName(l, true);
      return 0;
    case 'labelled author by date':
      s.byline = labelledByDate(l, s, a);
      return 0;
    case 'capitals byline':
      s.byline = capitalsByline(l, s, a);
      return 0;
    case 'author over desk':
      s.byline = authorOverDesk(l, s, a);
      return 0;
    case 'labelled credit':
      s.image = { url: null, caption: null, credit: labelledName(l) };
      return 0;
    case 'labelled caption':
      s.image = { url: null, caption: l.labelled!.value, credit: s.image!.credit };
      return 0;
    case 'credit':
      if (l.imagePair) s.pendingCredit = l.credit;
      else s.image ??= { url: null, caption: null, credit: creditOf(l, s) };
      return 0;
    case 'caption':
      // The lead photo's caption, awaited under a credit printed alone ("Photos: Ann Lee" among
      // the byline and date lines); later photos' captions are not text.
      if (awaitsCaption(s))
        s.image = { url: null, caption: l.caption!.caption, credit: l.caption!.credit ?? s.image!.credit };
      else if (s.image) s.dropped.push(l.text);
      else s.image = { url: null, caption: l.caption!.caption, credit: l.caption!.credit ?? s.pendingCredit };
      return 0;
    case 'author':
      // "Ann Lee · 4 March 2026" states the date too.
      if (mentionsDate(l.text)) s.dates.push(...datesIn(l.text));
      s.byline = l.author;
      return 0;
    case 'author by place':
      s.byline = caselessAuthor(l.text)!.name;
      return 0;
    case 'desk':
      s.deskSigned = true;
      return 0;
    case 'labelled caption over credit':
      s.image = { url: null, caption: l.labelled!.value, credit: stemCreditUnder(l, a) };
      return 1;
    case 'caption over credit':
      s.image = { url: null, caption: l.text, credit: creditUnder(a, s) };
      return 1;
    case 'caption carried over':
      s.image = {
        url: null,
        caption: `${l.text} ${a.next!.text}`,
        credit: creditUnder({ ...a, next: a.beyond, afterNext: undefined }, s),
      };
      return 2;
    case 'standfirst':
      s.summary = withoutStandfirstLabel(l);
      return 0;
    case 'lead caption': {
      // Under a credit printed alone, the caption is the whole line: its credit came first.
      const parts = (awaitsCaption(s) ? null : leadCaptionParts(l)) ?? { caption: l.text, credit: null };
      s.image = {
        url: null,
        caption: parts.caption,
        credit: parts.credit ?? signedUnder(a) ?? s.image?.credit ?? null,
      };
      return 0;
    }
    default:
      return 0;
  }
}

/**
 * "Summary: <sentence>" in any language: a standfirst the page labels with a word or two and a
 * colon; the label names the block, it is not the story's words.
 */
const withoutStandfirstLabel = (l: Line): string =>
  l.labelled !== null && wordCount(l.labelled.value) >= STANDFIRST_MIN_WORDS ? l.labelled.value : l.text;

/** Words of a copyright sign's credit under a caption at most ("© Ann Lee / Agency"). */
const SIGNED_CREDIT_MAX_WORDS = 6;

/**
 * "© Ann Lee / Agency" right under the caption: a line of the sign and a name, no year, is the
 * picture's credit, not the site's rights line (which states a year, or a sentence).
 */
function signedUnder(a: Around): string | null {
  const u = a.under;
  if (!u?.copyright || u.credit === null || u.caption !== null || /\p{N}/u.test(u.text)) return null;
  return /^©/u.test(u.text) && wordCount(u.credit) <= SIGNED_CREDIT_MAX_WORDS && !u.terminal
    ? u.credit
    : null;
}

const leadCaptionParts = (l: Line) => (l.terminal ? null : splitTrailingCredit(l.text));

/** Controls are a word or two. */
const CONTROL_MAX_WORDS = 2;

/** Lines a picture's caption and credit take at most, before the text goes on. */
const PROSE_LOOK_LINES = 3;

/** Context for the line at `i`. */
function around(lines: Line[], i: number, titleKey: string): Around {
  let next: Line | undefined;
  let afterNext: Line | undefined;
  let metaFollows = false;
  let seen = 0;
  // A few lines ahead is enough; a bounded look keeps pathological pages linear.
  for (let j = i + 1; j < lines.length && j <= i + 12; j++) {
    const n = lines[j]!;
    if (n.noise || n.key === titleKey) continue;
    if (next) afterNext ??= n;
    next ??= n;
    if (seen >= 4 && afterNext) break;
    if (seen >= 4) continue;
    // An author's line is meta too, but may be a photographer's under a caption: look on past it.
    if (n.author !== null) metaFollows = true;
    if (
      n.byline ||
      n.dateLine ||
      n.caption ||
      n.credit ||
      labelledName(n) !== null ||
      labelledDate(n) ||
      unreadDateRow(n)
    ) {
      metaFollows = true;
      break;
    }
    if (n.prose) break;
    // A control of a word or two ("Share", "Print") in a language no list knows is not content.
    if (n.words > CONTROL_MAX_WORDS) seen++;
  }
  let beyond = afterNext;
  for (let j = next ? lines.indexOf(next, i + 1) + 1 : lines.length; !beyond && j < lines.length; j++) {
    const n = lines[j]!;
    if (!n.noise && n.key !== titleKey) beyond = n;
  }
  let proseAfterNext: Line | undefined;
  // Under a credit printed alone stands its caption, then the text.
  const from = next
    ? lines.indexOf(next, i + 1) + (next.credit !== null && !next.caption ? 2 : 1)
    : lines.length;
  for (let j = from; !proseAfterNext && j < lines.length && j <= from + PROSE_LOOK_LINES; j++)
    if (lines[j]!.prose) proseAfterNext = lines[j];
  return {
    next,
    afterNext,
    beyond,
    metaFollows,
    proseAfterNext,
    over: lines[i - 1],
    under: lines[i + 1],
    titleKey,
    lines,
  };
}

/** Rows of a labelled box at least, and how far under the headline it may open. */
const BOX_ROWS_MIN = 2;
const BOX_REACH = 6;

/** Who or when, where the byline block stands: a byline, an author's line, a date line. */
const isMetaLine = (l: Line): boolean =>
  l.byline !== null || l.author !== null || l.dateLine || labelledName(l, true) !== null || labelledDate(l);

/**
 * "Verdict: False": a label, a colon and one sentence, which names no one and dates nothing (a
 * verdict of one capitalised word is no labelled name).
 */
const isBoxRow = (l: Line): boolean =>
  !l.noise &&
  l.byline === null &&
  l.author === null &&
  !l.dateLine &&
  !labelledDate(l) &&
  l.credit === null &&
  wordCount(labelledName(l, true) ?? '') < 2 &&
  rowLabel(l) !== null;

/**
 * "Claim: …" over "Verdict: False", under the headline and over the byline or date line: a box
 * of labelled rows of one sentence each (a fact check's claim and rating, an event's place and
 * time). It sums the story up; the text starts under the byline block, not at the box's first
 * row. The rows, or none.
 */
function boxRows(lines: Line[], titleIdx: number): Set<Line> {
  for (let i = titleIdx + 1; i < lines.length && i <= titleIdx + BOX_REACH; i++) {
    if (!isBoxRow(lines[i]!)) continue;
    let j = i;
    while (j < lines.length && isBoxRow(lines[j]!)) j++;
    const after = lines.slice(j).find((n) => !n.noise);
    if (j - i >= BOX_ROWS_MIN && after !== undefined && isMetaLine(after)) return new Set(lines.slice(i, j));
    i = j;
  }
  return new Set();
}

/** Read the block under the headline at `titleIdx`; furniture met on the way goes to `dropped`. */
export function readHeader(lines: Line[], titleIdx: number, dropped: string[]): Header {
  const s: State = {
    summary: null,
    byline: null,
    dates: [],
    image: null,
    bodyStart: lines.length,
    pendingCredit: null,
    seenMeta: false,
    deskSigned: false,
    last: null,
    afterLabel: false,
    retitled: false,
    boxRows: boxRows(lines, titleIdx),
    dropped,
  };
  const titleKey = lines[titleIdx]!.key;
  for (let i = titleIdx + 1; i < lines.length; i++) {
    const l = lines[i]!;
    const a = around(lines, i, titleKey);
    const role = roleOf(l, s, a);
    if (role === 'body') {
      s.bodyStart = i;
      break;
    }
    if (
      role === 'furniture' ||
      role === 'box row' ||
      role === 'stray' ||
      role === 'author role' ||
      role === 'desk' ||
      role === 'result'
    )
      dropped.push(l.text);
    else if (role === 'byline' && !l.byline?.names) dropped.push(l.text);
    else if (role === 'date' || role === 'unread date') dropped.push(l.text);
    s.seenMeta ||= isMetaRole(role);
    // Furniture between two lines does not part them (a share bar between name and role).
    if (role !== 'furniture') s.last = role;
    // "Summary" alone between the byline block and the sentence it names, the picture under both.
    if (role !== 'furniture') s.afterLabel = role === 'stray' && l.label && l.words <= BLOCK_LABEL_MAX_WORDS;
    if (!l.noise) s.retitled = l.key === titleKey;
    const skip = apply(role, l, s, a);
    if (skip) i = lines.indexOf(a.next!, i + 1);
    if (skip === 2) i = lines.indexOf(a.beyond!, i + 1);
  }
  if (!s.image && s.pendingCredit) s.image = { url: null, caption: null, credit: s.pendingCredit };
  return { summary: s.summary, byline: s.byline, dates: s.dates, image: s.image, bodyStart: s.bodyStart };
}
