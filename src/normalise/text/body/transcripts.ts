import { sameKey, type Line } from '../features.js';
import { ANY_SENTENCE_BREAK, echoesWord, STEM_MIN_LETTERS, wordsOf } from './shapes.js';

/** Lines of a transcript under its note at least, and the note's words at most. */
const TRANSCRIPT_MIN_TURNS = 3;
const TEXT_NOTE_MAX_WORDS = 12;

/** "ANN LEE: …", "Ann Lee: …": a speaker's name of a word or three, a colon, what was said. */
const SPEAKER = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})\s*[:：]\s+\S/u;

/** The speakers of the turns from `from` on, one line each, read forward (`step` 1) or back (-1). */
function turnsFrom(lines: Line[], from: number, step: 1 | -1): string[] {
  const speakers: string[] = [];
  for (let j = from; j >= 0 && j < lines.length; j += step) {
    const m = SPEAKER.exec(lines[j]!.text);
    if (!m) break;
    speakers.push(sameKey(m[1]!));
  }
  return speakers;
}

/** Three turns or more, two of them by the same speaker: a transcript, not a list of labels. */
const isTranscript = (speakers: string[]): boolean =>
  speakers.length >= TRANSCRIPT_MIN_TURNS && new Set(speakers).size < speakers.length;

/** One short sentence that names no one (no capital after its first word). */
const isTextNote = (l: Line): boolean =>
  l.terminal &&
  l.words <= TEXT_NOTE_MAX_WORDS &&
  !ANY_SENTENCE_BREAK.test(l.text) &&
  !/\s\p{Lu}/u.test(l.text);

/**
 * A note on the text itself at a transcript's edge ("The talk has been shortened.", "Machine
 * made; errors are possible."): a short sentence that names no one, between the introduction and
 * the first of the turns, or right under the last one, over the page's furniture or its end. The
 * introduction names who speaks; a closing paragraph goes on in prose; the note speaks of the
 * text.
 */
export function noteOnTranscript(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  if (!isTextNote(l)) return false;
  const over = lines[i - 1]?.prose === true && isTranscript(turnsFrom(lines, i + 1, 1));
  const closes = lines[i + 1] === undefined || !lines[i + 1]!.prose;
  return over || (closes && isTranscript(turnsFrom(lines, i - 1, -1)));
}

/**
 * A transcript's label: one word alone over its first turn, under a paragraph, that the note on
 * the transcript names ("Transcript" … "This transcript is machine made."). A subheading of
 * the story is not named by a note on the text.
 */
export function labelsTranscript(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  if (l.words !== 1 || l.terminal || lines[i - 1]?.prose !== true) return false;
  const turns = turnsFrom(lines, i + 1, 1);
  if (!isTranscript(turns)) return false;
  const edges = [lines[i + turns.length + 1], lines[i - 1]].filter((n) => n !== undefined && isTextNote(n));
  const word = wordsOf(l.text)[0] ?? '';
  return word.length >= STEM_MIN_LETTERS && edges.some((n) => echoesWord(word, wordsOf(n!.text)));
}
