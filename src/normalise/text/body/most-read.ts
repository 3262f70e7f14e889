import { sharedPrefixLength } from '../../../language/word-forms.js';
import { foldMarks } from '../../../language/fold.js';
import { isStopword } from '../../../language/stopwords.js';
import type { Line } from '../features.js';
import { wordCount } from '../lines.js';
import { LINK_LABEL_MAX_WORDS } from './shapes.js';

/**
 * Letters of a shared stem at least ("pānuihia", read!, and "pānuitia", read, share "pānui"): a
 * shorter one is a word's ending or a small word's ("also", "more").
 */
const READ_STEM_LETTERS = 4;
/** Words of a most-read list's header at most ("<The news> <most> <read>"). */
const READ_HEADER_MAX_WORDS = 6;

/**
 * The words of the label a line prints over its inline link ("<Read> <also>: <title>", in any
 * language), folded, when the line is the label and the title; else none.
 */
export function labelWordsOf(text: string, title: string): string[] {
  if (text === title || !text.endsWith(title)) return [];
  const label = text.slice(0, -title.length).replace(/[\s:：፦–—-]+$/u, '');
  if (label === '' || wordCount(label) > LINK_LABEL_MAX_WORDS) return [];
  return foldedContentWords(label).filter((w) => /\p{L}/u.test(w));
}

/** The words of `t` that are no function word, marks folded: what a label's and a header's words compare by. */
const foldedContentWords = (t: string): string[] =>
  t
    .split(/\s+/u)
    .filter((w) => !isStopword(w))
    .map(foldMarks);

/**
 * "<Most> <read>" over titles, in words no list knows: a short header holding another form of a
 * word of the label of the page's inline links ("<Read> <also>: …"; a shared stem, not the same
 * word) names the same verb, the readers' reading: it heads the site's most-read list, not the
 * story's links. The same word again is the label's "also" or "more" in a title.
 */
export function headsMostRead(l: Line, next: Line | undefined, labelWords: readonly string[]): boolean {
  if (labelWords.length === 0 || l.prose || l.terminal || l.words > READ_HEADER_MAX_WORDS) return false;
  // Over a title (however short: a most-read list's may be a few words), not over text.
  if (next === undefined || next.prose || next.terminal) return false;
  return foldedContentWords(l.text).some((w) =>
    labelWords.some((v) => w !== v && sharedPrefixLength(w, v) >= READ_STEM_LETTERS),
  );
}
