import type { EvidenceText, NormalisedItem, StoredItem } from '../model/item.js';
import type { StoreTx } from '../store/index.js';
import { versionsOf } from './evidence.js';
import { fingerprint, fingerprintOf, storyDate, storyTokens, type Fingerprint } from './fingerprint.js';
import { gistOf } from './gist.js';
import { bandKeys, figureKeys, minhash, passageKeys } from './lsh.js';
import {
  NEAR_DUP,
  isFigureLine,
  compareFingerprints,
  containment,
  figuresAsDecimals,
  daysApart,
  fillsTemplateDifferently,
  isBriefOf,
  isBriefPair,
  jaccard,
  mayJoin,
  quotesNotice,
  restatesFigures,
  sharedCount,
  sizeOf,
} from './near-duplicate.js';

/** A version's words for its gist: headline and paragraphs. */
const textsOf = (versions: readonly EvidenceText[]): string[] =>
  versions.flatMap((v) => [v.title ?? '', ...v.body]);

/**
 * What a stored item is compared by: the gist of all its versions (cheap, computed at once) and
 * their fingerprints (computed when a candidate passes the gist, then kept).
 */
export class StoredEvidence {
  readonly gist: Uint32Array;
  #fingerprints: Fingerprint[] | undefined;

  constructor(
    readonly versions: readonly EvidenceText[],
    fingerprints?: Fingerprint[],
  ) {
    this.gist = gistOf(textsOf(versions));
    this.#fingerprints = fingerprints;
  }

  /** Fingerprints of the shown version, then of each merged version kept as evidence. */
  get fingerprints(): Fingerprint[] {
    this.#fingerprints ??= this.versions.map((v) => fingerprint({ ...v, summary: null, updated: null }));
    return this.#fingerprints;
  }
}

/**
 * Evidence of stored items by id and version, least recently used evicted first. A store
 * transaction hands out fresh copies of items, so entries are keyed by identity, not by object; the
 * bound keeps memory flat (a fingerprint is a few hundred bytes of hashes). One memo per store,
 * built at start-up with it: fingerprinting a stored item again is the main cost of a lookup.
 */
export class FingerprintMemo {
  readonly #entries = new Map<string, StoredEvidence>();

  constructor(readonly capacity = 50_000) {}

  get size(): number {
    return this.#entries.size;
  }

  static #key(item: StoredItem): string {
    return `${item.id}|${item.modified}|${item.contentHash}|${item.evidence?.length ?? 0}`;
  }

  /** The evidence of a stored item, built once per version. */
  of(item: StoredItem): StoredEvidence {
    const key = FingerprintMemo.#key(item);
    const entry = this.#entries.get(key) ?? new StoredEvidence(versionsOf(item));
    this.#set(key, entry);
    return entry;
  }

  /** Remember the fingerprint a new item was stored with (its boilerplate already left out). */
  remember(item: StoredItem, fp: Fingerprint): void {
    this.#set(FingerprintMemo.#key(item), new StoredEvidence(versionsOf(item), [fp]));
  }

  #set(key: string, entry: StoredEvidence): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value ?? '');
  }
}

/**
 * At most this many candidates are looked at, those sharing the most similarity keys with the
 * incoming item (a copy shares about 32·J² bands and most passage keys, an unrelated story one or
 * two by chance): the per-item cost stays flat as the store grows.
 */
const MAX_VERIFIED = 8;

/** An incoming item as near-duplicate detection sees it. */
export interface Probe {
  fp: Fingerprint;
  /** Similarity keys: whole-text bands and passage keys (figure keys alone for a figure line; none for another item too short to compare). */
  bands: string[];
  gist: Uint32Array;
}

/** An incoming item's fingerprint, similarity keys and gist. */
export function nearDupKeys(item: NormalisedItem, furniture?: ReadonlySet<string>): Probe {
  const story = storyTokens(item, furniture);
  const fp = fingerprintOf(story, storyDate(item));
  const figures = figureKeys(fp.figures);
  // An amount in a unit and its hundredths, keyed too as the decimal another house prints.
  const read = new Set(figuresAsDecimals(fp).flatMap((f) => figureKeys(f)));
  for (const key of figures) read.delete(key);
  const bands =
    sizeOf(fp) >= NEAR_DUP.minWords
      ? // Numbers belong in the MinHash set: templated items differ by little else.
        [
          ...bandKeys(minhash([...fp.words, ...fp.numbers])),
          ...passageKeys(story.paragraphs),
          ...figures,
          ...read,
        ]
      : // A line of figures (a rate, a result) is found by them alone (see isFigureLine).
        isFigureLine(fp)
        ? [...figures, ...read]
        : [];
  return { fp, bands, gist: gistOf([story.headline, ...story.text]) };
}

/**
 * The best verdict of an incoming fingerprint against any version of a stored item. Against a
 * version from the incoming item's own source the bar is higher: one source's stories share its
 * boilerplate. Another source's version carries none of it, so a later version under a new id (an
 * update with a new headline) is judged against that one as any copy would be. A version kept
 * before sources were recorded counts as the incoming source's when the item has any origin there.
 */
function bestVersion(
  fp: Fingerprint,
  evidence: StoredEvidence,
  sourceKey: string,
  sameSourceItem: boolean,
): Verified | null {
  let best: Verified | null = null;
  evidence.fingerprints.forEach((other, i) => {
    const from = evidence.versions[i]?.source;
    const full = Math.min(sizeOf(fp), sizeOf(other)) >= NEAR_DUP.minUpdateWords;
    // A live blog and its wrap-up are one source's two tellings of one event, not shared boilerplate.
    const sameSource =
      !fp.live && !other.live && (from === undefined || !full ? sameSourceItem : from === sourceKey);
    const v = compareFingerprints(fp, other);
    if (!v.same) return;
    // A restated lead with a changed figure is the source's own update, not its boilerplate.
    const update = v.reason === 'update';
    // So is a later full report that keeps three or more of the first one's telling figures
    // (counts, amounts, clock times): a source's boilerplate shares its wording, not an event's
    // figures. Short bulletins of one source share their road numbers and the day's date.
    // A short first report has few words to share, but an update restating every one of its
    // figures (the magnitude, the clock time, the distance) within a day tells the same event.
    const keepsFigures = full
      ? sharedCount(fp.figures, other.figures) >= NEAR_DUP.minFactsShared
      : restatesFigures(fp, other);
    // A short item (a radio bulletin hours after the source's first line) stating only names and
    // figures of another source's version, most of its words too, tells that version's story: the
    // source's next story on the subject states something of its own (a tender's sum, a new name).
    const briefOfOther =
      !full &&
      from !== undefined &&
      from !== sourceKey &&
      sizeOf(fp) <= sizeOf(other) &&
      isBriefOf(fp, other);
    const ownVersion = update || keepsFigures || briefOfOther;
    if (sameSource && !ownVersion && jaccard(fp.words, other.words) < NEAR_DUP.minSameSourceJaccard) return;
    // The source's own template filled anew is its next item (a daily notice for another
    // district, the next numbered bulletin), not a copy; an update keeps the story's names.
    const ownText = from === undefined ? sameSourceItem : from === sourceKey;
    if (ownText && !update && fillsTemplateDifferently(fp, other, keepsFigures)) return;
    // A passage carried verbatim, the event's lead restated with a changed figure, or another
    // source's brief of the same day (a radio line told short): no follow-up's retelling.
    const carried = ((v.reason === 'shared passage' || isBriefPair(fp, other)) && !sameSource) || update;
    if (!best || v.score > best.score) best = { score: v.score, carried: carried || best?.carried === true };
    else if (carried) best.carried = true;
  });
  return best;
}

/**
 * How close an incoming item is to a stored one, and whether it carries that one's text (a passage
 * verbatim, or its lead restated with a changed figure) rather than retelling the event.
 */
interface Verified {
  score: number;
  carried: boolean;
}

/**
 * The stored items an incoming item tells (see findNearDuplicates): the closest, which it merges
 * into; stories stored apart that it carries (a passage verbatim, an update's restated lead, a
 * same-day brief), which list it among their sources; and stories stored apart that it shows to
 * be the closest one's story (see joins), which list each other's sources.
 */
export interface NearDuplicates {
  closest: StoredItem;
  carriedBy: StoredItem[];
  joined: StoredItem[];
}

/**
 * Whether another story the newcomer tells is the closest one's own story, stored apart because
 * their wordings share too little to recognise (a radio line, then a regional rewrite, both told by
 * the wire story arriving after them): the two share the vocabulary a candidate needs (their
 * gists) and nothing keeps them apart (see mayJoin). Two events of one day that a roundup
 * carries share little vocabulary, or fill one template differently.
 */
function joins(closest: StoredEvidence, other: StoredEvidence): boolean {
  const [a, b] = [closest.fingerprints[0], other.fingerprints[0]];
  return (
    a !== undefined &&
    b !== undefined &&
    containment(closest.gist, other.gist) >= NEAR_DUP.minGistContainment &&
    mayJoin(a, b)
  );
}

/** A verified candidate: the stored item and what it is compared by. */
interface Candidate {
  item: StoredItem;
  evidence: StoredEvidence;
}

/** Whether two fingerprints are one source's template filled differently (see fillsTemplateDifferently). */
const otherFilling = (a: Fingerprint | undefined, b: Fingerprint | undefined): boolean =>
  a !== undefined && b !== undefined && fillsTemplateDifferently(a, b, false);

/**
 * Whether the newcomer and a verified candidate are a report and a templated notice it quotes (see
 * quotesNotice): a notice is known as templated when another item of its source among the
 * candidates fills the same template differently (yesterday's bulletin, the notice for another
 * district); for an incoming notice, another item of the newcomer's source. The notice's template
 * wording and figures are what any report citing it repeats. Other candidates are fingerprinted
 * only when the pair looks like a report and a notice.
 */
function quotesTemplated(
  probe: { fp: Fingerprint; source: string },
  found: Candidate,
  candidates: readonly StoredItem[],
  memo: FingerprintMemo,
): boolean {
  const [stored] = found.evidence.fingerprints;
  if (!stored) return false;
  const siblings = (source: string | undefined): Fingerprint[] =>
    candidates
      .filter((c) => c !== found.item && c.origins[0]?.source === source)
      .map((c) => memo.of(c).fingerprints[0])
      .filter((fp) => fp !== undefined);
  if (quotesNotice(probe.fp, stored)) {
    return siblings(found.item.origins[0]?.source).some((fp) => otherFilling(stored, fp));
  }
  return quotesNotice(stored, probe.fp) && siblings(probe.source).some((fp) => otherFilling(probe.fp, fp));
}

/**
 * The stored items an incoming one is a near-duplicate of, closest first (null when none).
 * Candidates come from the similarity keys (at most one item per key, so the cost does not grow
 * with the store); the date rule and the gist reject chance candidates cheaply, the rest are
 * verified by comparing fingerprints with every version merged into the candidate. More than one
 * when stories stored apart (a press release and the wire story written from it) are both told by
 * the newcomer.
 */
export async function findNearDuplicates(
  tx: StoreTx,
  probe: Probe,
  sourceKey: string,
  memo: FingerprintMemo,
): Promise<NearDuplicates | null> {
  if (!probe.bands.length) return null;
  const verified: (Verified & Candidate)[] = [];
  const candidates = await tx.findSimilar(probe.bands, MAX_VERIFIED);
  for (const item of candidates) {
    if (daysApart(probe.fp.date, storyDate(item))) continue;
    const evidence = memo.of(item);
    if (containment(probe.gist, evidence.gist) < NEAR_DUP.minGistContainment) continue;
    const sameSource = item.origins.some((o) => o.source === sourceKey);
    const v = bestVersion(probe.fp, evidence, sourceKey, sameSource);
    const found = { item, evidence };
    if (v && !quotesTemplated({ fp: probe.fp, source: sourceKey }, found, candidates, memo))
      verified.push({ ...v, ...found });
  }
  // Stable sort: equal scores keep the candidates' order (most keys shared first). Beyond the
  // closest, stories whose text the newcomer carries, and stories that are the closest one's own:
  // a follow-up that retells a story in its own words (tomorrow's talks after today's strike call)
  // is no copy of it, and is published too long after it to join.
  const [closest, ...others] = verified.sort((a, b) => b.score - a.score);
  if (!closest) return null;
  const joined = others.filter((v) => joins(closest.evidence, v.evidence));
  return {
    closest: closest.item,
    carriedBy: others.filter((v) => v.carried && !joined.includes(v)).map((v) => v.item),
    joined: joined.map((v) => v.item),
  };
}
