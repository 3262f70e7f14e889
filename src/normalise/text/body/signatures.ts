import type { Line } from '../features.js';
import { datesIn, isDateLine, mentionsDate } from '../dates.js';
import { isCaselessName, isNameLike, wordCount } from '../lines.js';
import { isOtherListHeader } from './lists.js';
import type { State } from './state.js';

/** Words of the name in a labelled signature; the place after its comma is one or two. */
const SIGNATURE_NAME_MIN_WORDS = 2;
const SIGNATURE_NAME_MAX_WORDS = 4;
const SIGNATURE_PLACE_MAX_WORDS = 2;

/** Words of a role after a signature's comma, in a script without capitals ("<media officer>"). */
const SIGNATURE_ROLE_MAX_WORDS = 3;

/** A title's abbreviation before a name: a few letters and a dot ("Dr.", "Prof.", "डॉ."). */
const TITLE_ABBREVIATION = /^[\p{L}\p{M}]{1,5}\.\s+/u;

/** One to `max` words of a script without capitals, letters and marks only. */
const isCaselessWords = (s: string, max: number): boolean =>
  wordCount(s) <= max && /^[\p{Lo}\p{M}]+(?:\s[\p{Lo}\p{M}]+)*$/u.test(s.trim());

/** A signature's label may take three short words ("Name of reporter: …"), a colon of any script. */
const SIGNATURE_LABEL = /^\p{L}[\p{L}\p{M}'’]{1,20}(?:\s\p{L}[\p{L}\p{M}'’]{1,20}){0,2}\s*[:：៖፡]\s*(\S.*)$/u;

/**
 * What may follow a signature: the page's end, its furniture, another "label: value" row that
 * is no paragraph (the story's tags, its category) before the furniture starts, or the short
 * header of a list of titles in words no list knows (`after` is the line under `next`).
 */
const signatureCloses = (next: Line | undefined, after?: Line): boolean =>
  next === undefined ||
  next.noise ||
  next.furniture !== null ||
  (next.labelled !== null && !next.prose) ||
  (after !== undefined && isOtherListHeader(next, after));

/**
 * "Reported by: Ann Lee, Townsville" in words no list knows, closing the text: a label of a word
 * or two, a person's name and perhaps the place filed from, right under the last paragraph and
 * over the page's furniture (or its end). The reporter signing the story; the name, or null.
 */
export function labelledSignature(l: Line, next: Line | undefined, after: Line | undefined): string | null {
  const value = l.labelled?.value ?? SIGNATURE_LABEL.exec(l.text)?.[1];
  if (value === undefined || !signatureCloses(next, after)) return null;
  const [name = '', place, ...more] = value.split(/\s*,\s*/u);
  const words = name.split(/\s+/u).length;
  // In a script without capitals the label and the place under the text vouch for the name, which
  // may open with a title's abbreviation ("Dr.", "<Dr.> <name>" in its own script).
  const caseless = isCaselessName(name.replace(TITLE_ABBREVIATION, ''));
  const nameShaped = isNameLike(name) || caseless;
  // After the comma, the place filed from or, where no capitals tell the two apart, the role.
  const placeOk =
    place === undefined ||
    (isNameLike(place) && wordCount(place) <= SIGNATURE_PLACE_MAX_WORDS) ||
    (caseless && isCaselessWords(place, SIGNATURE_ROLE_MAX_WORDS));
  const named = words >= SIGNATURE_NAME_MIN_WORDS && words <= SIGNATURE_NAME_MAX_WORDS && nameShaped;
  return named && placeOk && more.length === 0 ? name : null;
}

/**
 * "Ann Lee, press officer | ann.lee@example.com" right under the last paragraph and over the
 * page's furniture (or its end): a name with the writer's role or contact, no sentence of its own,
 * is the writer signing the text. The name, or null.
 */
export function roleSignature(l: Line, next: Line | undefined, after: Line | undefined): string | null {
  if (l.author === null || l.author === l.text || l.prose || l.terminal) return null;
  const words = wordCount(l.author);
  const named = words >= SIGNATURE_NAME_MIN_WORDS && words <= SIGNATURE_NAME_MAX_WORDS;
  return named && signatureCloses(next, after) ? l.author : null;
}

/** Words of a "written by" in words no list knows, before the name of a closing signature. */
const SIGNATURE_BY_MAX_WORDS = 4;

/**
 * "Written by Ann Lee, the parish's press officer" closing the text, in words no list knows: a few
 * words in lower case (the first may open with a capital), then a name of capitalised words, then
 * a comma and a role in lower case. The words before the name are the language's "written by";
 * under the last paragraph the line is the writer signing. The name, or null.
 */
export function wordsThenNameSignature(
  l: Line,
  next: Line | undefined,
  after: Line | undefined,
): string | null {
  const m = /^([^,]+?),\s*(\p{Ll}[^,.!?\d]*)$/u.exec(l.text);
  if (!m || l.terminal || !signatureCloses(next, after)) return null;
  const words = m[1]!.split(/\s+/u);
  for (let k = 1; k <= SIGNATURE_BY_MAX_WORDS && k < words.length; k++) {
    const by = words.slice(0, k);
    if (!by.every((w, n) => (n === 0 ? /^\p{L}\p{Ll}*$/u : /^\p{Ll}+$/u).test(w))) return null;
    const name = words.slice(k);
    const named =
      name.length >= SIGNATURE_NAME_MIN_WORDS &&
      name.length <= SIGNATURE_NAME_MAX_WORDS &&
      name.every((w) => /^\p{Lu}/u.test(w));
    if (named && isNameLike(name.join(' '))) return name.join(' ');
  }
  return null;
}

/** Words of a signature block's label at most ("Information prepared by:"). */
const SIGNATURE_HEAD_MAX_WORDS = 3;

/**
 * "Prepared by:" alone under the last paragraph, in words no list knows, and a person's name
 * on the next line, then no paragraph (the signer's role, contacts, the page's furniture): a
 * press office's signature block. The name, or null.
 */
export function signatureUnderLabel(lines: Line[], i: number): string | null {
  const [l, name, after] = [lines[i]!, lines[i + 1], lines[i + 2]];
  if (!lines[i - 1]?.prose || l.prose || !/[:：]$/u.test(l.text) || l.words > SIGNATURE_HEAD_MAX_WORDS)
    return null;
  if (!name || name.prose || name.noise || after?.prose === true) return null;
  const words = name.words;
  const named = name.author === name.text || isNameLike(name.text) || isCaselessName(name.text);
  return named && words >= SIGNATURE_NAME_MIN_WORDS && words <= SIGNATURE_NAME_MAX_WORDS ? name.text : null;
}

/** Words of a name signing the text alone. */
const BARE_SIGNATURE_MIN_WORDS = 2;
const BARE_SIGNATURE_MAX_WORDS = 4;

/**
 * "Ann Lee" alone under the last paragraph (furniture such as an ad label between them or not)
 * and over the page's furniture or its end: the reporter signs the text with a bare name. The
 * name, or null. `last` is the index of the last line kept in the body.
 */
export function bareSignature(lines: Line[], i: number, last: number | undefined): string | null {
  const l = lines[i]!;
  if (l.author === null || l.author !== l.text || last === undefined || !lines[last]!.prose) return null;
  if (l.words < BARE_SIGNATURE_MIN_WORDS || l.words > BARE_SIGNATURE_MAX_WORDS) return null;
  if (!lines.slice(last + 1, i).every((x) => x.noise)) return null;
  return signatureCloses(lines[i + 1]) ? l.author : null;
}

/**
 * A date line, bare or after a label in words no list knows and a colon ("Posted: 14/03/2026
 * 08:30" in any language).
 */
const dateAlone = (l: Line): boolean => l.timeLine || (l.labelled !== null && isDateLine(l.labelled.value));

/**
 * "By Ann Lee | 14 March 2026 - 18:40 (GMT-3) | 1,204 reads": the author's row under the text
 * gives the byline, and the dates it prints beside the name count as the page's, as a sign-off's
 * and as the header's byline row's do.
 */
export function takeBylineRow(l: Line, names: string, s: State): void {
  s.byline = names;
  if (mentionsDate(l.text)) s.dates.push(...datesIn(l.text));
}

/**
 * A sign-off under the text: the author's name alone on a line, then a date line, straight after
 * a paragraph ("Ann Lee" / "14/03/2026 08:30"), as pages that print both under the story do. The
 * name is the byline and the date counts as the page's; the name leaves the body.
 */
export function signOff(lines: Line[], i: number, s: State, dropped: string[]): void {
  const l = lines[i]!;
  const name = lines[i - 1];
  if (l.dates.length === 0 || !dateAlone(l) || !name?.author || name.furniture || !lines[i - 2]?.prose)
    return;
  if (s.at[s.at.length - 1] === i - 1) {
    s.at.pop();
    dropped.push(s.body.pop()!);
  }
  s.byline ??= name.author;
  s.dates.push(...l.dates);
}
