import type { Fingerprint } from './fingerprint.js';
import { holdsHash } from './hash.js';
import { otherIssue } from './series.js';
import { compareSlots, wordSlotsDiffer } from './slots.js';

/**
 * Thresholds (README "Deduplication and the merge policy" has the measurements). A pair is the same
 * story when it shares a passage verbatim or most of the smaller one's vocabulary, and the specifics
 * that a templated item changes each time do not differ.
 */
export const NEAR_DUP = {
  /** Share of the smaller article's word pairs found in the other: a passage carried verbatim. */
  minPassageContainment: 0.5,
  /** Share of the smaller article's vocabulary found in the other: the same event retold. */
  minVocabularyContainment: 0.5,
  /** A retelling names the same things: share of the smaller one's specifics found in the other. */
  minSpecificAgreement: 0.5,
  /** Share of the smaller article's numbers found in the other, when both state numbers. */
  minNumberAgreement: 0.5,
  /** Share of the smaller article's wording (specifics aside) found in the other: one template. */
  minFrameContainment: 0.6,
  /** Slots filled differently, per slot filled alike, from which two items are one template's. */
  maxSlotConflict: 0.2,
  /**
   * Share of the smaller item's gist (word beginnings, see gist.ts) found in the other, below which
   * a candidate is not fingerprinted: most same-story pairs in our cases share ≥ 0.5, a rewrite in a
   * declining language (see minFigureRewriteVocabulary) about 0.26, chance candidates from a large
   * store far less.
   */
  minGistContainment: 0.25,
  /** Fewer distinct content words and numbers than this: too little text to call a near-duplicate. */
  minWords: 8,
  /**
   * A retelling that keeps the facts (this many figures shared, and the shares below of the smaller
   * one's figures and names) may reword more: a rewrite or a wrap-up of a live blog.
   */
  minFactsShared: 3,
  minFactAgreement: 0.8,
  minFactualVocabularyContainment: 0.35,
  /**
   * So many figures shared (dates, counts, amounts, road numbers) that they alone say the pair
   * keeps the facts, whatever share of its capitalised words agrees: where a language capitalises
   * every noun (German), a rewrite's own nouns count as names and pull that share down.
   */
  minFiguresAlone: 5,
  /**
   * A brief (a radio line, a two-sentence version: see isBriefPair) that states at least this
   * many names and figures, every one of them found in the other item, with
   * minBriefVocabulary of its words, published within maxUpdateDaysApart: the same event told short.
   */
  minBriefSpecifics: 3,
  minBriefVocabulary: 0.5,
  /**
   * A brief retold in its own words (see retellsShort) states at least this many names and
   * figures, every one found in the other item (a name by its beginning), and this share of its
   * word pieces: a place and a duration or a count single out one event of the day.
   */
  minRetoldSpecifics: 2,
  minRetoldPieces: 0.5,
  /** Headline words a brief stating nothing specific may have that the other never begins (see retellsBare). */
  maxBareLabels: 1,
  /**
   * An item at most this share of the other's size is a brief of it too: in unspaced scripts the
   * units are character pairs, and a two-sentence version counts more of them than minUpdateWords.
   */
  maxBriefShare: 0.34,
  /** Copies of one story appear within days; a templated item a week later is another story. */
  maxDaysApart: 7,
  /** A retelling (no shared passage) further apart than this is a follow-up, not a copy. */
  maxRetellingDaysApart: 3,
  /** A later version from the same source shares at least this share of all its words. */
  minSameSourceJaccard: 0.6,
  /**
   * Distinct words an item and another source's version both need before a later item from a
   * source already merged is judged against that version as any copy would be (an update under a
   * new id): a short version (a radio line, a bulletin) cannot tell an update from the source's
   * next story on the same subject.
   */
  minUpdateWords: 30,
  /**
   * An update under a new id (a toll or count revised hours later) restates the event in its first
   * paragraph with a changed figure: this share of the smaller lead's words, this share of the
   * smaller item's names and figures, within this many days, no slot filled differently.
   */
  minLeadContainment: 0.5,
  minUpdateSpecifics: 0.4,
  maxUpdateDaysApart: 1,
  /**
   * One report rewritten in other words (two desks translating one foreign story, a paper redoing
   * the agency copy) keeps its facts: this many figures shared (minFactAgreement of the smaller
   * one's), this many names (this share of the smaller one's), minRewriteVocabulary of its words or
   * word pieces, within half a day. A follow-up naming the same people and figures comes with the
   * next day's news.
   */
  minRewriteFigures: 2,
  minRewriteNames: 5,
  minRewriteNameAgreement: 0.6,
  minRewriteVocabulary: 0.4,
  maxRewriteDaysApart: 0.5,
  /**
   * A rewrite that keeps the report's telling figures (counts, amounts, clock times: see
   * Fingerprint.figures): this many shared, this share of the smaller one's, none filling a
   * wording context differently, minRewriteVocabulary of its words or word pieces, within
   * maxRewriteDaysApart (a follow-up the next day restates the figures). Each outlet adds its own
   * names (a mayor, a street), so names need not agree; another event the same day states other
   * figures.
   */
  minTellingFigures: 2,
  minTellingFigureAgreement: 0.5,
  /**
   * A same-day rewrite that states the same telling figures (every one of the item stating fewer
   * found in the other, at least minTellingFigures) and names a name of the other may keep this
   * lower share of its wording: in a language that declines and conjugates (Finnish, Slovene), a
   * retelling in the outlet's own sentences shares few word forms, even by their beginnings.
   */
  minFigureRewriteVocabulary: 0.25,
  /** Numbers two items in a script without capitals share, when both state several. */
  minCaselessFigures: 2,
  /**
   * A rewrite published the next morning (within this many days) keeps the report's telling
   * figures too, and opens with them: this many shared, this share of its first paragraph's.
   */
  maxNextDayRewriteDaysApart: 1,
  minNextDayLeadAgreement: 0.6,
  /**
   * Two stored items an incoming one tells both (see mayJoin) are joined when published within
   * this many days of each other; a follow-up a day later is its own story.
   */
  maxJoinDaysApart: 1,
};

/** How many values two sorted hash arrays share (a merge walk: no allocation). */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** |a ∩ b| / min(|a|, |b|): how much of the smaller set the larger one contains. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const small = Math.min(a.length, b.length);
  return small === 0 ? 0 : sharedCount(a, b) / small;
}

/** |a ∩ b| / |a ∪ b|. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const shared = sharedCount(a, b);
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * How much an item says: its distinct words, and its figures when it states more figures than
 * words. A results item (a draw, a table of rates) is mostly figures, and a long run of shared
 * figures tells two items alike as surely as shared words; differing figures keep two such items
 * apart (see compareFingerprints). A few small numbers in a short text ("item 2 of desk 1") are
 * no such evidence.
 */
export const sizeOf = (fp: Fingerprint): number =>
  fp.words.length + (fp.numbers.length > fp.words.length ? fp.numbers.length : 0);

/** Whether two publication instants are too far apart for one story (unknown dates never are). */
export function daysApart(a: number | null, b: number | null, days = NEAR_DUP.maxDaysApart): boolean {
  return a !== null && b !== null && Math.abs(a - b) > days * 86_400_000;
}

const disjoint = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean => ![...a].some((x) => b.has(x));

export interface NearDupVerdict {
  same: boolean;
  /** How much text the pair shares (0–1): the score candidates are ranked by. */
  score: number;
  /** Why the pair was kept apart, for the operator preview and tests. */
  reason: string;
}

/**
 * The vocabulary overlap of two items: of the words they write in lower case where both have
 * enough (in most languages that leaves out names: the same people feature in different events),
 * else of all their words or of their words' pieces (German capitalises every noun and writes
 * compounds as one word; headline-only items).
 */
function vocabulary(a: Fingerprint, b: Fingerprint): number {
  const useCommon =
    a.common.length >= 5 &&
    b.common.length >= 5 &&
    a.common.length >= a.words.length / 2 &&
    b.common.length >= b.words.length / 2;
  if (useCommon) return containment(a.common, b.common);
  // Where every noun is capitalised, the words a rewrite shares hide in other compounds.
  return Math.max(containment(a.words, b.words), containment(a.pieces, b.pieces));
}

/**
 * The share of the smaller item's wording a rewrite keeps: of its words, their five-letter pieces
 * (a compound shares its parts) or their beginnings (an inflected language declines the same word
 * with another ending in each sentence that uses it). Only for pairs whose figures already agree.
 */
const rewordedShare = (a: Fingerprint, b: Fingerprint): number =>
  Math.max(containment(a.words, b.words), containment(a.pieces, b.pieces), containment(a.starts, b.starts));

/**
 * Whether a pair states the same facts: several figures, nearly all of the smaller one's figures
 * and names. Another event with the same people or place states other figures.
 */
function keepsFacts(a: Fingerprint, b: Fingerprint, names: number): boolean {
  const shared = sharedCount(a.numbers, b.numbers);
  return (
    shared >= NEAR_DUP.minFactsShared &&
    shared / Math.min(a.numbers.length, b.numbers.length) >= NEAR_DUP.minFactAgreement &&
    (names >= NEAR_DUP.minFactAgreement || shared >= NEAR_DUP.minFiguresAlone)
  );
}

/**
 * Whether one item states every telling figure of the other, at least minFactsShared of them, within
 * maxUpdateDaysApart: a source's update under a new headline restates its first report's figures
 * (a magnitude, a clock time, a distance) beside the revised one. Its next story on the subject
 * (an aftershock, another district) states figures of its own.
 */
export function restatesFigures(a: Fingerprint, b: Fingerprint): boolean {
  const shared = sharedCount(a.figures, b.figures);
  return (
    shared >= NEAR_DUP.minFactsShared &&
    shared === Math.min(a.figures.length, b.figures.length) &&
    !daysApart(a.date, b.date, NEAR_DUP.maxUpdateDaysApart)
  );
}

/**
 * Whether one of two items published the same day is a brief (a radio line, a two-sentence
 * version: fewer distinct words than minUpdateWords). Found to be the same story, the brief tells
 * the other's event short: a full report arriving after it carries it even when it also carries
 * another stored version more closely (see find.ts).
 */
export function isBriefPair(a: Fingerprint, b: Fingerprint): boolean {
  const [small, large] = [Math.min(sizeOf(a), sizeOf(b)), Math.max(sizeOf(a), sizeOf(b))];
  return (
    (small < NEAR_DUP.minUpdateWords || small <= large * NEAR_DUP.maxBriefShare) &&
    !daysApart(a.date, b.date, NEAR_DUP.maxUpdateDaysApart)
  );
}

/**
 * Whether the smaller item is a brief of the other: a radio line or a two-sentence version retells
 * the event in its own few words (so little of its lower-case vocabulary need match), but every
 * name and figure it states is the other's, and it goes out the same day. Another event with the
 * same people or place states a figure or a name the report never does; a templated notice fills
 * its slots with its own.
 */
export function isBriefOf(a: Fingerprint, b: Fingerprint): boolean {
  const [brief, full] = sizeOf(a) <= sizeOf(b) ? [a, b] : [b, a];
  if (!isBriefPair(a, b) || brief.specifics.length < NEAR_DUP.minBriefSpecifics) return false;
  return (
    sharedCount(brief.specifics, full.specifics) === brief.specifics.length &&
    containment(brief.words, full.words) >= NEAR_DUP.minBriefVocabulary
  );
}

/**
 * Whether the smaller item retells the other short in other words: a radio brief names the place,
 * the street or the bridge and states the figure of a same-day report, declined as its sentence
 * needs ("in Streetown" after a preposition); so its names are matched by their beginnings among
 * the other's word pieces, its figures exactly. One specific the report never states (another
 * town, another count) is another event; a templated notice fills its slots with its own.
 */
function retellsShort(a: Fingerprint, b: Fingerprint, slotsDiffer: number): boolean {
  const [brief, full] = sizeOf(a) <= sizeOf(b) ? [a, b] : [b, a];
  // Within half a day: the next day's brief of a follow-up names the same firm and town.
  if (slotsDiffer > 0 || !isBriefPair(a, b) || daysApart(a.date, b.date, NEAR_DUP.maxRewriteDaysApart)) {
    return false;
  }
  const stated = brief.numbers.length + brief.nameStarts.length;
  return (
    stated >= NEAR_DUP.minRetoldSpecifics &&
    sharedCount(brief.numbers, full.numbers) === brief.numbers.length &&
    sharedCount(brief.nameStarts, full.pieces) === brief.nameStarts.length &&
    containment(brief.pieces, full.pieces) >= NEAR_DUP.minRetoldPieces
  );
}

/**
 * Whether the smaller item is a brief that states nothing specific (no figure, and a script without
 * capitals marks no name: a radio line "poachers killed a rhino in the park today; two were
 * arrested", the count in words) and retells the other's event within half a day: every headline
 * word its body states again (the place, the deed) begins a word of the other, and most of its
 * words and word pieces are the other's. Nothing it states can disagree, so the wording decides; a
 * like event of the day in another village heads its line with that village and tells of it. A
 * label only the headline gives (a "mishap", a "tragedy") may be the brief's own word, but one at most.
 */
function retellsBare(a: Fingerprint, b: Fingerprint, slotsDiffer: number): boolean {
  const [brief, full] = sizeOf(a) <= sizeOf(b) ? [a, b] : [b, a];
  if (brief.specifics.length > 0 || brief.names.length > 0 || full.names.length > 0 || slotsDiffer > 0)
    return false;
  if (!isBriefPair(a, b) || daysApart(a.date, b.date, NEAR_DUP.maxRewriteDaysApart)) return false;
  return (
    brief.headlineTold.length > 0 &&
    sharedCount(brief.headlineTold, full.starts) === brief.headlineTold.length &&
    brief.headlineStarts.length - sharedCount(brief.headlineStarts, full.starts) <= NEAR_DUP.maxBareLabels &&
    containment(brief.words, full.words) >= NEAR_DUP.minBriefVocabulary &&
    containment(brief.pieces, full.pieces) >= NEAR_DUP.minRetoldPieces
  );
}

/**
 * Whether a figure changed below a lead that states none: an update may retell what happened in
 * words alone ("the fire was put out") and revise the count further down. Its lead is reworded, not
 * repeated: a source's standing opening is the same words each time.
 */
function revisedBelowLead(a: Fingerprint, b: Fingerprint): boolean {
  if (a.leadNumbers.length || b.leadNumbers.length || !a.numbers.length || !b.numbers.length) return false;
  const changed = sharedCount(a.numbers, b.numbers) < Math.max(a.numbers.length, b.numbers.length);
  return changed && containment(a.lead, b.lead) < 1;
}

/**
 * Whether one full report restates the other's event with a changed figure: a later version (more
 * injured, more homes flooded) whose first paragraph retells what happened, where and when. Its
 * figures differ, so the rules for copies and retellings keep it apart. A lead repeated unchanged
 * is no such evidence (one source's standing opening), nor is a short item (a radio line, a result).
 */
function restatesEvent(a: Fingerprint, b: Fingerprint, slotsDiffer: number): boolean {
  const namesAgree = containment(a.names, b.names) >= NEAR_DUP.minFactAgreement;
  // A figure revised below the lead fills its slot anew; then every name must still agree.
  const revisedFigure = revisedBelowLead(a, b) && namesAgree;
  if ((slotsDiffer > 0 && !revisedFigure) || a.date === null || b.date === null) return false;
  if (daysApart(a.date, b.date, NEAR_DUP.maxUpdateDaysApart)) return false;
  if (Math.min(sizeOf(a), sizeOf(b)) < NEAR_DUP.minUpdateWords) return false;
  const figureChanged =
    sharedCount(a.leadNumbers, b.leadNumbers) < Math.max(a.leadNumbers.length, b.leadNumbers.length) ||
    revisedFigure;
  // The changed figures are specifics too, so they may pull the agreement down; then nearly all
  // the names must agree (another event nearby shares only some: the region, the agency).
  const agree = containment(a.specifics, b.specifics) >= NEAR_DUP.minUpdateSpecifics || namesAgree;
  // The later version may open with the new figure and restate the earlier lead after it; then
  // nearly all names agree too (a follow-up recalling the event brings in its own: a ministry, a fund).
  const restated =
    containment(a.lead, b.lead) >= NEAR_DUP.minLeadContainment ||
    (Math.max(containment(a.lead, b.opening), containment(b.lead, a.opening)) >=
      NEAR_DUP.minLeadContainment &&
      namesAgree);
  return figureChanged && restated && agree;
}

/**
 * Whether the pair is one report written twice in other words within half a day (see
 * NEAR_DUP.minRewriteFigures): each desk picks its own words, so little lower-case vocabulary need
 * agree, but the names and figures are the report's. Another event with the same people states
 * other figures, or none.
 */
function rewritesReport(a: Fingerprint, b: Fingerprint): boolean {
  if (daysApart(a.date, b.date, NEAR_DUP.maxRewriteDaysApart)) return false;
  const figures = sharedCount(a.numbers, b.numbers);
  const names = sharedCount(a.names, b.names);
  const fewer = Math.min(a.numbers.length, b.numbers.length);
  // A report stating one figure alone (a count of homes) is rewritten with that one: then nearly
  // every name of the smaller item must be the other's, and the event's words as a retelling that
  // keeps the facts does (the figure says little by itself; another event of the same people does
  // not tell of the same thing).
  const single = fewer === 1 && figures === 1 && vocabulary(a, b) >= NEAR_DUP.minFactualVocabularyContainment;
  const nameShare = single ? NEAR_DUP.minFactAgreement : NEAR_DUP.minRewriteNameAgreement;
  return (
    figures >= (single ? 1 : NEAR_DUP.minRewriteFigures) &&
    figures >= NEAR_DUP.minFactAgreement * fewer &&
    names >= NEAR_DUP.minRewriteNames &&
    names >= nameShare * Math.min(a.names.length, b.names.length) &&
    rewordedShare(a, b) >= NEAR_DUP.minRewriteVocabulary
  );
}

/**
 * Whether the pair is one report retold with its telling figures (see NEAR_DUP.minTellingFigures):
 * a paper's rewrite of the agency copy or of a press release, a wrap-up of a live blog. Both state
 * the same counts and times in their own words and add figures of their own; a templated item
 * (a draw, a bulletin) fills the same slots with other figures, which `slotsDiffer` counts.
 */
function keepsTellingFigures(a: Fingerprint, b: Fingerprint, slotsDiffer: number): boolean {
  if (slotsDiffer > 0 || daysApart(a.date, b.date, NEAR_DUP.maxNextDayRewriteDaysApart)) return false;
  const shared = sharedCount(a.figures, b.figures);
  const fewer = Math.min(a.figures.length, b.figures.length);
  const sameDay = !daysApart(a.date, b.date, NEAR_DUP.maxRewriteDaysApart);
  // Every figure of the one stating fewer, and a name (by its beginning: declined, its ending
  // changes): the wording may share less.
  const allFigures = sameDay && shared === fewer && sharedCount(a.nameStarts, b.nameStarts) > 0;
  const kept =
    shared >= NEAR_DUP.minTellingFigures &&
    shared >= NEAR_DUP.minTellingFigureAgreement * fewer &&
    rewordedShare(a, b) >= (allFigures ? NEAR_DUP.minFigureRewriteVocabulary : NEAR_DUP.minRewriteVocabulary);
  if (!kept || sameDay) return kept;
  // The next day: a rewrite for the morning paper opens with the report's figures, where a
  // follow-up opens with the day's news and figures of its own (an arrest, a bill, a toll).
  const [later, earlier] = (a.date ?? 0) >= (b.date ?? 0) ? [a, b] : [b, a];
  const opened = sharedCount(later.leadFigures, earlier.figures);
  return (
    opened >= NEAR_DUP.minTellingFigures &&
    opened >= NEAR_DUP.minNextDayLeadAgreement * later.leadFigures.length
  );
}

/**
 * The slots two items fill alike or differently (see compareSlots), with those of their headlines
 * that hold another name: a templated notice's headline differs from the next one's by the town
 * alone. A headline agreeing counts for nothing: a copy and another event of the same people
 * both repeat names there.
 */
export function slotsCompared(
  a: Fingerprint,
  b: Fingerprint,
  names?: { a: Uint32Array; b: Uint32Array },
): { agree: number; differ: number } {
  const [statedA, statedB] = [
    [a.words, a.numbers],
    [b.words, b.numbers],
  ];
  const body = compareSlots(a.slots, b.slots, statedA, statedB, names);
  const headline = compareSlots(a.headlineSlots, b.headlineSlots, statedA, statedB, names);
  return { agree: body.agree, differ: body.differ + headline.differ };
}

/**
 * What tells two items apart whatever their wording, or null: dates too far apart, another weekday
 * in the headline, or template slots filled differently (specifics that differ between two items
 * sharing most of their wording: one template, twice).
 */
function keptApart(a: Fingerprint, b: Fingerprint, slots: { agree: number; differ: number }): string | null {
  if (daysApart(a.date, b.date)) return 'days apart';
  if (a.headlineDays.size && b.headlineDays.size && disjoint(a.headlineDays, b.headlineDays)) {
    return 'different weekday';
  }
  if (otherIssue(a.series, b.series)) return 'another issue';
  const template =
    containment(a.frame, b.frame) >= NEAR_DUP.minFrameContainment &&
    slots.differ > 0 &&
    slots.differ >= NEAR_DUP.maxSlotConflict * slots.agree;
  return template ? 'specifics differ' : null;
}

/**
 * Whether two items of one source are one template filled differently: most of the smaller one's
 * wording (specifics aside) is the other's, and a slot holds other specifics (another distance,
 * another district) or, where the script marks no names, another word. A source rarely
 * republishes a story under a new id but as an update, and an update keeps the story's names;
 * `namesOnly` for a pair that keeps its telling figures, as an update revising one figure does.
 * A daily notice, a numbered bulletin, a results line filled anew is the source's next item.
 */
export function fillsTemplateDifferently(a: Fingerprint, b: Fingerprint, namesOnly: boolean): boolean {
  if (containment(a.frame, b.frame) < NEAR_DUP.minFrameContainment) return false;
  const names = namesOnly ? { a: a.names, b: b.names } : undefined;
  return (
    slotsCompared(a, b, names).differ > 0 || wordSlotsDiffer(a.wordSlots, b.wordSlots, a.words, b.words) > 0
  );
}

/**
 * Whether `report` quotes the templated notice `notice` (one filling of a template its source fills
 * anew: see fillsTemplateDifferently) rather than copying or retelling it: it is the larger, carries
 * no passage of it verbatim, and states more names and figures of its own than of the notice's. A
 * story on a storm that cites the day's river-level bulletin adds its own event (evacuated homes,
 * an official's name); a rewrite of a notice adds a word of context, a radio line is shorter.
 */
export function quotesNotice(report: Fingerprint, notice: Fingerprint): boolean {
  const shared = sharedCount(report.specifics, notice.specifics);
  return (
    sizeOf(report) > sizeOf(notice) &&
    containment(report.pairs, notice.pairs) < NEAR_DUP.minPassageContainment &&
    report.specifics.length - shared > shared
  );
}

/**
 * Whether two stored items that one incoming item was found to tell can be one story written too
 * differently to be recognised directly (a radio line and a regional rewrite, both retold by the
 * wire story arriving after them): published within a day of each other, and nothing that keeps
 * items apart whatever their wording (a template filled differently: two draws a roundup carries).
 */
export function mayJoin(a: Fingerprint, b: Fingerprint): boolean {
  if (daysApart(a.date, b.date, NEAR_DUP.maxJoinDaysApart)) return false;
  return keptApart(a, b, slotsCompared(a, b)) === null;
}

/** A sorted hash set without `gone` and with `added` (when it held any of `gone`). */
function swapped(set: Uint32Array, gone: readonly number[], added: number): Uint32Array {
  if (!gone.some((x) => holdsHash(set, x))) return set;
  const kept = [...set].filter((x) => !gone.includes(x));
  return Uint32Array.from(new Set([...kept, added])).sort();
}

/**
 * The fingerprint `a` with each amount it states in a unit and its hundredths ("12 so'm 30 tiyin")
 * read as the decimal `b` states ("12,30"): a radio line says in words what a bulletin prints in
 * figures. Only `b` stating that decimal says the second figure is the hundredths; "12 districts,
 * 40 thousand people" stays two figures.
 */
export function readAmounts(a: Fingerprint, b: Fingerprint): Fingerprint {
  let out = a;
  for (const { whole, minor, decimals } of a.amounts) {
    const decimal = decimals.find((d) => holdsHash(b.numbers, d));
    if (decimal === undefined || holdsHash(out.numbers, decimal)) continue;
    const gone = [whole, minor];
    out = {
      ...out,
      numbers: swapped(out.numbers, gone, decimal),
      figures: swapped(out.figures, gone, decimal),
      specifics: swapped(out.specifics, gone, decimal),
      leadNumbers: swapped(out.leadNumbers, gone, decimal),
      leadFigures: swapped(out.leadFigures, gone, decimal),
    };
  }
  return out;
}

/**
 * The item's telling figures with every amount in a unit and its hundredths read as a decimal,
 * once with a comma and once with a point (see readAmounts): what an item printing those amounts
 * in figures states, so that its figure keys find it as a candidate. None when there is no amount.
 */
export function figuresAsDecimals(fp: Fingerprint): Uint32Array[] {
  if (!fp.amounts.length) return [];
  return [0, 1].map((i) =>
    fp.amounts.reduce((set, a) => swapped(set, [a.whole, a.minor], a.decimals[i] ?? 0), fp.figures),
  );
}

/**
 * Whether an item too short to compare by its words still states enough telling figures to be
 * looked at: a radio line or a ticker giving a rate table's or a result's figures ("the dollar
 * today 386.20, the euro 405.80"). See linesFigures.
 */
export const isFigureLine = (fp: Fingerprint): boolean => fp.figures.length >= NEAR_DUP.minTellingFigures;

/**
 * Whether the smaller item is a figure line (see isFigureLine) of the other, published within half
 * a day: every number it states is the other's, and every name (by its beginning, as retellsShort
 * reads them). Another day's rates or draw states other figures; a like notice for another street
 * names that street. The rules below then weigh its words as any pair's.
 */
function linesFigures(a: Fingerprint, b: Fingerprint): boolean {
  const [line, full] = sizeOf(a) <= sizeOf(b) ? [a, b] : [b, a];
  return (
    isFigureLine(line) &&
    !daysApart(a.date, b.date, NEAR_DUP.maxRewriteDaysApart) &&
    sharedCount(line.numbers, full.numbers) === line.numbers.length &&
    sharedCount(line.nameStarts, full.pieces) === line.nameStarts.length
  );
}

/**
 * Whether two fingerprints describe the same story. First what tells stories apart whatever their
 * wording: dates too far apart, another weekday in the headline, template slots filled differently.
 * Then the shared text: a passage carried verbatim (its specifics agree, or the slots would have
 * said so), a later version restating the event with new figures, or a retelling that keeps most
 * of the smaller item's vocabulary, numbers and names.
 */
export function compareFingerprints(stated: Fingerprint, other: Fingerprint): NearDupVerdict {
  const [a, b] = [readAmounts(stated, other), readAmounts(other, stated)];
  const passage = containment(a.pairs, b.pairs);
  const words = vocabulary(a, b);
  const score = Math.max(passage, words);
  const apart = (reason: string): NearDupVerdict => ({ same: false, score, reason });
  if (Math.min(sizeOf(a), sizeOf(b)) < NEAR_DUP.minWords && !linesFigures(a, b)) return apart('too short');
  const slots = slotsCompared(a, b);
  const separated = keptApart(a, b, slots);
  if (separated) return apart(separated);
  // Where the script has no capitals (Thai, Khmer, Arabic, Chinese) every specific is a figure;
  // two reports of one kind share their wording, and one figure of several met by chance ("5
  // hours", "5 million") is no agreement.
  const caseless = !a.names.length && !b.names.length && a.numbers.length > 1 && b.numbers.length > 1;
  if (caseless && sharedCount(a.numbers, b.numbers) < NEAR_DUP.minCaselessFigures)
    return apart('numbers differ');
  // An update is told first: from the source itself it shares passages with its earlier version
  // as its next story may share boilerplate, and only the restated lead says which it is.
  if (restatesEvent(a, b, slots.differ)) return { same: true, score, reason: 'update' };
  if (passage >= NEAR_DUP.minPassageContainment) return { same: true, score, reason: 'shared passage' };
  if (
    a.numbers.length &&
    b.numbers.length &&
    containment(a.numbers, b.numbers) < NEAR_DUP.minNumberAgreement
  ) {
    return apart('numbers differ');
  }
  // Two items that state no specifics at all (no figure, and a script without capitals) agree on
  // none by saying nothing: their vocabulary alone tells.
  const unstated = !a.specifics.length && !b.specifics.length;
  const names = unstated ? 1 : containment(a.specifics, b.specifics);
  const short = retellsShort(a, b, slots.differ) || retellsBare(a, b, slots.differ);
  // Each outlet names its own people (a mayor, a neighbour): the report's figures are the story's.
  const telling = keepsTellingFigures(a, b, slots.differ);
  if (names < NEAR_DUP.minSpecificAgreement && !short && !telling) return apart('names differ');
  const minWords = keepsFacts(a, b, names)
    ? NEAR_DUP.minFactualVocabularyContainment
    : NEAR_DUP.minVocabularyContainment;
  const retold = short || telling || isBriefOf(a, b) || rewritesReport(a, b);
  if (words < minWords && !retold) return apart('different events');
  if (daysApart(a.date, b.date, NEAR_DUP.maxRetellingDaysApart)) return apart('follow-up');
  return { same: true, score, reason: 'near-duplicate' };
}
