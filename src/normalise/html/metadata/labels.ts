/**
 * Label patterns shared by the byline, section and picture readings ("By", "Photo:", a word and a colon).
 */
import { ALSO_NAMES, alternation, AUTHOR_LABELS, BY_WORDS, WORK_BY } from '../../../language/byline-words.js';
import { LABEL_COLONS } from '../../../language/colons.js';
import { PHOTO_WORDS, SOURCE_WORDS } from '../../../language/credit-words.js';

/** A label of one or two words of any language, before its colon ("Foto", "Govor slika"). */
export const LABEL_WORDS = "\\p{L}[\\p{L}\\p{M}'’]{1,14}(?:\\s\\p{L}[\\p{L}\\p{M}'’]{1,14})?";

/**
 * "By", "Text:", "بقلم:": the word before an author's name. The element is a byline already, so a
 * label may stand without its colon; one that is also a first name ("Oleh") only with it.
 */
export const BYLINE_PREFIX = new RegExp(
  `^(?:(?:${alternation([...BY_WORDS, ...WORK_BY, ...AUTHOR_LABELS.filter((w) => !ALSO_NAMES.has(w))])})\\s*:?\\s+|(?:${alternation(AUTHOR_LABELS.filter((w) => ALSO_NAMES.has(w)))})\\s*:\\s*)`,
  'iu',
);

/** The medium's word opening a credit ("Photo:", "Image credit:"), a whole word ("Fotoğraf" is not "Foto"). */
/** A credit's label: the medium's or the source's word, plural or with "credit" after it, or "©". */
export const CREDIT_PREFIX = new RegExp(
  `^\\(?\\s*(?:(?:${alternation([...PHOTO_WORDS, ...SOURCE_WORDS])})s?(?![\\p{L}])\\s*(?:credit)?\\s*[:/©|]?|©)\\s*`,
  'iu',
);

/** A label of one or two words of any language and its colon, alone ("Kuva:", "Govor slika:"). */
export const LABEL_ALONE = new RegExp(`^${LABEL_WORDS}\\s*[${LABEL_COLONS}]$`, 'u');
