import type { NormalisedItem } from '../model/item.js';
import { hash32, hashSet } from './hash.js';
import { seriesOf, type Series } from './series.js';
import { slotsOf, wordSlotsOf, type Slots } from './slots.js';
import { Tokenizer, type Token } from './tokens.js';
import { weekdaysIn } from '../language/weekdays.js';

/**
 * What near-duplicate detection knows about one article: its vocabulary (all content words, and
 * those it writes in lower case: what happened, as opposed to who and where), the word pairs of its
 * running text (a passage it shares verbatim with another item shares them wherever it sits), its
 * specifics (numbers, names) and the slots they fill, the weekdays its headline names, its date.
 */
export interface Fingerprint {
  /** Every content word (stemmed), as sorted 32-bit hashes: the MinHash input. */
  words: Uint32Array;
  /**
   * Five-letter pieces of every content word (shorter words whole): a compound shares its parts
   * ("Weilbrücke", "Brücke") where whole stems do not (German, Dutch, Swedish write compounds as one word).
   */
  pieces: Uint32Array;
  /**
   * Each content word's first four letters (see STEM_LETTERS): an inflected language changes a
   * word's ending with its role in the sentence ("the warehouse", "in the warehouse", "of the
   * warehouse" are three words in Polish or Czech) and no stemmer may be at hand; its beginning stays.
   */
  starts: Uint32Array;
  /** Content words the body writes in lower case at least once: the event's vocabulary. */
  common: Uint32Array;
  /** Consecutive content-word pairs of the body, hashed: its passages, position-free. */
  pairs: Uint32Array;
  /**
   * The same pairs with every run of specifics as one placeholder, and the headline's: the wording
   * a template keeps.
   */
  frame: Uint32Array;
  /** Numbers as stated (dates, scores, counts, times), hashed. */
  numbers: Uint32Array;
  /**
   * Figures that single out an event (see isTellingFigure): a count, an amount, a clock time, a
   * road number. A rewrite keeps them whatever words it picks; a day of the month or the current
   * year is shared by any two stories of that week.
   */
  figures: Uint32Array;
  /** Numbers and names, hashed. */
  specifics: Uint32Array;
  /** Names alone (specifics that are no numbers): an update changes its figures, not its names. */
  names: Uint32Array;
  /**
   * Each name's first five letters, hashed as `pieces` are: an inflected language declines a place
   * name ("to Strand" written "Strandu" after a preposition), and its beginning stays a piece of the
   * other form.
   */
  nameStarts: Uint32Array;
  /** The specifics each wording context of the body holds (see slots.ts). */
  slots: Slots;
  /**
   * The names each wording context of the headline holds, its figures read as wording: a templated
   * notice repeats its headline word for word around the one name filled anew (the town), where
   * its body may word the rest a little differently each time; an update revises the figure its
   * headline states ("7 injured", "11 injured") and keeps its names.
   */
  headlineSlots: Slots;
  /** Where a script marks no names, the words each word context holds (see wordSlotsOf); else empty. */
  wordSlots: Uint32Array;
  /** Issue numbers the headline states (see series.ts). */
  series: Series;
  /** Words (no numbers) of the body's first paragraph: where a report states what happened. */
  lead: Uint32Array;
  /** Numbers of the body's first paragraph. */
  leadNumbers: Uint32Array;
  /** Telling figures of the body's first paragraph: what a report opens with. */
  leadFigures: Uint32Array;
  /**
   * Words (no numbers) of the body's first two paragraphs: an update opens with its new figure and
   * restates the earlier lead in the paragraph after it.
   */
  opening: Uint32Array;
  /**
   * Each headline word's first four letters (as `starts`): where a script marks no names, the
   * headline's words are what singles out the event (the place, the deed).
   */
  headlineStarts: Uint32Array;
  /**
   * The headline's starts that its body states again: what the item tells about (the place, the
   * thing), as against a label only the headline gives it ("accident", "incident").
   */
  headlineTold: Uint32Array;
  /**
   * Figures the text may state as an amount in a unit and its hundredths ("12 so'm 30 tiyin"): the
   * whole figure's and the hundredths' hashes as numbers, and the decimal another house writes
   * ("12,30", "12.30"). Read as that decimal only against an item stating it (see readAmounts).
   */
  amounts: readonly Amount[];
  /** Weekdays named in the headline (index 0–6). */
  headlineDays: Set<number>;
  /** Whether the body is a run of time-stamped entries: a live blog or a ticker. */
  live: boolean;
  /** Publication instant in ms, or null. */
  date: number | null;
}

/** A figure and the hundredths that may follow it (see Fingerprint.amounts), hashed. */
export interface Amount {
  whole: number;
  minor: number;
  /** The decimal with a comma, then with a point. */
  decimals: readonly [number, number];
}

/** The possible amounts among tokens (see Token.hundredths). */
function amountsOf(tokens: readonly Token[]): Amount[] {
  return tokens.flatMap((t) => {
    if (t.hundredths === undefined) return [];
    const cents = t.hundredths.padStart(2, '0');
    return [
      {
        whole: hash32(t.stem),
        minor: hash32(t.hundredths),
        decimals: [hash32(`${t.stem},${cents}`), hash32(`${t.stem}.${cents}`)] as const,
      },
    ];
  });
}

/** What a fingerprint is built from: a stored or incoming item, or a merged version's text. */
export type StoryInput = Pick<
  NormalisedItem,
  'title' | 'body' | 'summary' | 'language' | 'published' | 'updated'
>;

/** A clock time opening a paragraph ("19.05", "7:30"): a ticker or live-blog entry's stamp. */
const ENTRY_STAMP = /^\s*\d{1,2}[:.h]\d\d\b/u;

/** Entries stamped with a clock time, from this many paragraphs on: a live blog or a ticker. */
const MIN_STAMPED = 3;

/** Whether enough paragraphs open with a clock time to be a live blog's or a ticker's entries. */
export const isEntryStamped = (paragraphs: readonly string[]): boolean =>
  paragraphs.filter((p) => ENTRY_STAMP.test(p)).length >= MIN_STAMPED;

/**
 * The paragraphs with their entry stamps left out, when enough of them open with one: a stamp says
 * when an entry was posted, not what happened, and a wrap-up of the same events states none of them.
 */
export function withoutEntryStamps(paragraphs: string[]): string[] {
  return isEntryStamped(paragraphs) ? paragraphs.map((p) => p.replace(ENTRY_STAMP, '')) : paragraphs;
}

/**
 * The text an item's fingerprint is built from: headline and body paragraphs (else the summary),
 * without entry stamps; `written`: the same paragraphs as written, stamps and all (kept as evidence,
 * so a merged live blog is still known as one).
 */
export function storyText(
  item: StoryInput,
  furniture: ReadonlySet<string> = new Set(),
): { headline: string; paragraphs: string[]; written: string[] } {
  // Without furniture there is nothing to key: the common case, and the stored-item case.
  const kept = furniture.size ? item.body.filter((p) => !furniture.has(paragraphKey(p))) : item.body;
  const written = kept.length ? kept : item.summary ? [item.summary] : [];
  return { headline: item.title ?? '', paragraphs: withoutEntryStamps(written), written };
}

/** A paragraph reduced to its words, for spotting the same paragraph in several items. */
export const paragraphKey = (p: string): string =>
  p
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Paragraphs that recur in several items of one document: the source's boilerplate ("About the
 * company…", press contacts, subscription pleas). They say who published, not what happened.
 * Items opening with the same paragraph are versions of one story (an update or a correction
 * posted under a new id beside the first version, restating its lead and repeating its other
 * paragraphs): what they repeat is that story, and counts once. Boilerplate closes items that
 * open with their own news.
 */
export function repeatedParagraphs(items: NormalisedItem[]): Set<string> {
  const stories = new Map<string, Set<string>>();
  items.forEach((item, i) => {
    const keys = item.body.map(paragraphKey);
    const story = keys[0] || `#${i}`;
    for (const key of keys) {
      if (key) stories.set(key, (stories.get(key) ?? new Set()).add(story));
    }
  });
  return new Set([...stories].filter(([, s]) => s.size >= 2).map(([k]) => k));
}

/** An item's publication instant in ms (else its update), or null: the fingerprint's date. */
export function storyDate(item: Pick<NormalisedItem, 'published' | 'updated'>): number | null {
  const date = Date.parse(item.published ?? item.updated ?? '');
  return Number.isNaN(date) ? null : date;
}

/** An item's headline and paragraphs as tokens, in its own language. */
export function storyTokens(
  item: StoryInput,
  furniture?: ReadonlySet<string>,
): {
  headline: string;
  headlineTokens: Token[];
  paragraphs: Token[][];
  text: string[];
  live: boolean;
  language: string | null;
} {
  const { headline, paragraphs, written } = storyText(item, furniture);
  const tokenizer = new Tokenizer(paragraphs.join('\n'), item.language);
  return {
    headline,
    language: item.language,
    live: isEntryStamped(written),
    text: paragraphs,
    headlineTokens: tokenizer.tokens(headline, true),
    paragraphs: paragraphs.map((p) => tokenizer.tokens(p)),
  };
}

/** A letter of a script with capitals (stems are lower-cased): Latin, Greek, Cyrillic, Armenian. */
const CASED = /\p{Ll}/u;

/** Letters taken for each piece of a word (see Fingerprint.pieces). */
const PIECE_LETTERS = 5;

/**
 * Letters of a word's beginning that stand for the word whatever its ending: four keep a Slavic or
 * Baltic stem whose case ending starts at the fifth (Czech "požár", "požáru"; "autobus", "autobusem").
 */
const STEM_LETTERS = 4;

/** A word's overlapping five-letter pieces, or the word itself when shorter. */
function* piecesOf(words: readonly string[]): Generator<string> {
  for (const word of words) {
    const letters = [...word];
    if (letters.length <= PIECE_LETTERS) yield word;
    else
      for (let i = 0; i + PIECE_LETTERS <= letters.length; i++)
        yield letters.slice(i, i + PIECE_LETTERS).join('');
  }
}

/** Each word with the next one: "a b c" → "a b", "b c". */
function* neighbours(words: readonly string[]): Generator<string> {
  for (let i = 1; i < words.length; i++) yield `${words[i - 1]} ${words[i]}`;
}

/** A text's words with each run of specifics as one placeholder ("aged 91 beloved" → "aged # beloved"). */
function frameOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (!t.specific) out.push(t.stem);
    else if (out.at(-1) !== '#') out.push('#');
  }
  return out;
}

/** A headline's figure as its slots read it (see Fingerprint.headlineSlots): wording, no name. */
const FIGURE: Token = { stem: '#', specific: false, lower: true, isNumber: true };

/** A year within a year of the item's date: any story of that week may state it. */
function isCurrentYear(stem: string, date: number | null): boolean {
  if (date === null || !/^\d{4}$/u.test(stem)) return false;
  return Math.abs(Number(stem) - new Date(date).getUTCFullYear()) <= 1;
}

/** A figure of two digits or more that is no current year (see Fingerprint.figures). */
const isTellingFigure = (t: Token, date: number | null): boolean =>
  t.isNumber && /\d\D*\d/u.test(t.stem) && !isCurrentYear(t.stem, date);

/** The first letters of a word, by which its declined forms match (see Fingerprint.starts). */
const startOf = (stem: string): string => [...stem].slice(0, STEM_LETTERS).join('');

/** Of the headline's word starts, those the body states again (see Fingerprint.headlineTold). */
function headlineTold(headlineStarts: string[], body: Token[]): Uint32Array {
  const stated = new Set(body.filter((t) => !t.isNumber).map((t) => startOf(t.stem)));
  return hashSet(headlineStarts.filter((s) => stated.has(s)));
}

/** The fingerprint of an item, leaving out the given boilerplate paragraphs. */
export function fingerprint(item: StoryInput, furniture?: ReadonlySet<string>): Fingerprint {
  return fingerprintOf(storyTokens(item, furniture), storyDate(item));
}

export function fingerprintOf(
  story: {
    headline: string;
    headlineTokens: Token[];
    paragraphs: Token[][];
    live?: boolean;
    /** The item's declared language: its own weekday names are read in the headline too. */
    language?: string | null;
  },
  date: number | null,
): Fingerprint {
  const body = story.paragraphs.flat();
  const all = [...story.headlineTokens, ...body];
  const lead = story.paragraphs[0] ?? [];
  // Capitals mark names in most scripts, and slots hold them; without them every word may be one.
  const words = all.filter((t) => !t.isNumber);
  const caseless = words.filter((t) => CASED.test(t.stem)).length * 2 < words.length;
  const headlineStarts = story.headlineTokens.filter((t) => !t.isNumber).map((t) => startOf(t.stem));
  return {
    words: hashSet(words.map((t) => t.stem)),
    pieces: hashSet(piecesOf(words.map((t) => t.stem))),
    starts: hashSet(words.map((t) => startOf(t.stem))),
    // Headlines capitalise ordinary words, so only the body says which words are lower case.
    common: hashSet(body.filter((t) => t.lower).map((t) => t.stem)),
    pairs: hashSet(neighbours(body.map((t) => t.stem))),
    // A templated headline keeps its wording around the slot as the body does.
    frame: hashSet([...neighbours(frameOf(story.headlineTokens)), ...neighbours(frameOf(body))]),
    numbers: hashSet(all.filter((t) => t.isNumber).map((t) => t.stem)),
    figures: hashSet(all.filter((t) => isTellingFigure(t, date)).map((t) => t.stem)),
    specifics: hashSet(all.filter((t) => t.specific).map((t) => t.stem)),
    names: hashSet(all.filter((t) => t.specific && !t.isNumber).map((t) => t.stem)),
    nameStarts: hashSet(
      all.filter((t) => t.specific && !t.isNumber).map((t) => [...t.stem].slice(0, PIECE_LETTERS).join('')),
    ),
    slots: slotsOf(story.paragraphs),
    headlineSlots: slotsOf([story.headlineTokens.map((t) => (t.isNumber ? FIGURE : t))]),
    wordSlots: caseless ? wordSlotsOf([story.headlineTokens, ...story.paragraphs]) : new Uint32Array(),
    series: seriesOf(story.headline, new Set(body.filter((t) => t.isNumber).map((t) => t.stem))),
    lead: hashSet(lead.filter((t) => !t.isNumber).map((t) => t.stem)),
    leadNumbers: hashSet(lead.filter((t) => t.isNumber).map((t) => t.stem)),
    leadFigures: hashSet(lead.filter((t) => isTellingFigure(t, date)).map((t) => t.stem)),
    opening: hashSet(
      story.paragraphs
        .slice(0, 2)
        .flat()
        .filter((t) => !t.isNumber)
        .map((t) => t.stem),
    ),
    headlineStarts: hashSet(headlineStarts),
    headlineTold: headlineTold(headlineStarts, body),
    amounts: amountsOf(all),
    headlineDays: weekdaysIn(story.headline, story.language),
    live: story.live ?? false,
    date,
  };
}
