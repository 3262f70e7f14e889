import { nameParts, wordCount } from '../lines.js';
import { contentWords } from './shapes.js';

/** An author box is a few sentences at most. */
const AUTHOR_BOX_MAX_WORDS = 40;

/**
 * Drop a signature repeating the byline ("Ann Lee (Lisbon, correspondent)") and an author box
 * closing the text ("Ann Lee covers transport for the paper. Write to her at …"): a story never
 * ends on a paragraph that opens with its own reporter's full name.
 */
export function dropSignature(body: string[], byline: string | null, dropped: string[]): string[] {
  if (byline === null) return body;
  // With several authors, the box is one author's ("Ann Lee covers …" under "Ann Lee and Bo Roe").
  const authors = [byline, ...nameParts(byline)];
  const box = boxOverNotes(body, authors);
  if (box < 0) return dropBox(body, authors, dropped);
  const notes = body.slice(box + 1);
  const kept = dropBox(body.slice(0, box + 1), authors, dropped);
  // The notes go with the box they stand under, and stay when the box does.
  if (kept[kept.length - 1] !== body[box]) dropped.push(...notes);
  else kept.push(...notes);
  return kept;
}

/** Notes under an author box at most (a disclaimer, a link to the author's page, an errata prompt). */
const BOX_NOTES_MAX = 2;
/** Paragraphs of story over an author box at least. */
const STORY_OVER_BOX_MIN = 2;

/**
 * The index of a paragraph opening with the author's name that only notes follow (one or two:
 * "The views here are the author's own", "More by her", "Spotted a mistake? Tell us."), or -1.
 */
function boxOverNotes(body: string[], authors: string[]): number {
  const n = body.length;
  for (let k = n - 2; k >= Math.max(STORY_OVER_BOX_MIN, n - 1 - BOX_NOTES_MAX); k--) {
    if (!authors.some((a) => body[k]!.startsWith(a))) continue;
    const story = body.slice(0, k);
    return body.slice(k + 1).every((p) => isNoteUnderBox(p, story)) ? k : -1;
  }
  return -1;
}

/** dropSignature of a text whose last paragraph is the box, if it has one. */
function dropBox(body: string[], authors: string[], dropped: string[]): string[] {
  const kept = body.filter((p, i) => {
    const who = authors.find((a) => p.startsWith(a));
    if (who === undefined) return true;
    const signature = wordCount(p) <= 8 && !/[.!?]$/.test(p);
    const authorBox = i === body.length - 1 && who.includes(' ') && wordCount(p) <= AUTHOR_BOX_MAX_WORDS;
    if (signature || authorBox) dropped.push(p);
    return !(signature || authorBox);
  });
  // The author box's heading ("About the author", "Über die Autorin") goes with the box.
  const boxGone = kept.length < body.length && body[body.length - 1] !== kept[kept.length - 1];
  const heading = kept[kept.length - 1];
  if (boxGone && heading !== undefined && isBoxHeading(heading)) dropped.push(kept.pop()!);
  else if (
    boxGone &&
    heading !== undefined &&
    isNoteToBox(heading, body[body.length - 1]!, kept.slice(0, -1))
  )
    dropped.push(kept.pop()!);
  return kept;
}

/** Words of a link under the author box ("More from the author"). */
const BOX_LINK_MAX_WORDS = 3;
/** Content words of a note the story may use too (a "not", a "this"), at most this share. */
export const BOX_NOTE_TOLD_SHARE = 1 / 3;

/**
 * A note under the author box ("The views expressed here are the author's alone", "Found an
 * error? Let us know."): a sentence or two, short, in words the story hardly uses; or a link of
 * a few words the story never uses. The story's own last sentence speaks of its matter.
 */
function isNoteUnderBox(p: string, story: string[]): boolean {
  if (wordCount(p) > BOX_NOTE_MAX_WORDS) return false;
  const link = wordCount(p) <= BOX_LINK_MAX_WORDS && !/\p{P}$/u.test(p);
  if (!link && !/[.!?]$/u.test(p)) return false;
  const words = contentWords(p);
  const told = new Set(story.flatMap(contentWords));
  const toldWords = words.filter((w) => told.has(w)).length;
  if (link) return words.length >= 1 && toldWords === 0;
  return words.length >= 2 && toldWords <= BOX_NOTE_TOLD_SHARE * words.length;
}

/** Words of a note printed over an author box. */
const BOX_NOTE_MAX_WORDS = 12;

/**
 * A note over the author box ("The author writes in a personal capacity", "The author writes in
 * the old spelling"): one short sentence that shares a word with the box ("writes") and none with
 * the story. The story's own last sentence, short as it may be, speaks of its matter.
 */
function isNoteToBox(p: string, box: string, story: string[]): boolean {
  if (wordCount(p) > BOX_NOTE_MAX_WORDS || !/[.!]$/u.test(p) || /[.!?…]\s/u.test(p) || story.length < 2)
    return false;
  const words = contentWords(p);
  const told = new Set(story.flatMap(contentWords));
  const boxWords = new Set(contentWords(box));
  return words.length >= 2 && words.every((w) => !told.has(w)) && words.some((w) => boxWords.has(w));
}

/** A box's heading: a few words, not a sentence. */
const isBoxHeading = (p: string): boolean => wordCount(p) <= 4 && !/[.!?:…"”»]$/u.test(p.trim());
