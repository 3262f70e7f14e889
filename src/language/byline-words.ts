/**
 * The words that introduce an author's name, one vocabulary for every byline reader (HTML
 * metadata, text dumps, feed author fields); each reader builds its own pattern around them.
 */

/**
 * "By" as pages print it bare before the name ("By", "Von", "Par", "Ni", "Daga", "מאת", "بقلم"), with the
 * Greek genitive article ("Της Ann Lee") and the word for "author" that Slavic pages print bare
 * ("Autor Jan Nowak", "Автор Иван Петров").
 */
export const BY_WORDS: readonly string[] = [
  'by',
  'von',
  'par',
  'por',
  'di',
  'door',
  'przez',
  'av',
  'af',
  'ni',
  'na',
  'gan',
  'daga',
  'מאת',
  'بقلم',
  'كتب',
  'от',
  'γράφει',
  'γράφει ο',
  'γράφει η',
  'του',
  'της',
  'των',
  'autor',
  'автор',
  'автори',
];

/**
 * "By" as languages with postpositions print it after the name ("<name> tarafından", "<name>
 * द्वारा"): the agent's postposition of Turkish, Azerbaijani, Uzbek, Kazakh and Kyrgyz, Hindi and
 * Nepali, Marathi, Bengali, Gujarati, Punjabi (Gurmukhi and Shahmukhi) and Sindhi.
 */
export const BY_AFTER_WORDS: readonly string[] = [
  'tarafından',
  'tərəfindən',
  'tomonidan',
  'тарапынан',
  'тарабынан',
  'द्वारा',
  'द्वारे',
  'দ্বারা',
  'દ્વારા',
  'ਵੱਲੋਂ',
  'ولوں',
  'پاران',
];

/** What the author did, before "by": "Written by", "Reporting by", "Live reporting by". */
export const WORK_BY: readonly string[] = [
  'reporting',
  'reported',
  'written',
  'words',
  'text',
  'story',
  'posted',
  'compiled',
  'edited',
].flatMap((work) => [`${work} by`, `live ${work} by`]);

/**
 * Nouns for the writer ("Autorka:", "Penulis:", "Yazar:"), as pages print them before the name;
 * also the words a template names the writer's box by in its own language (class="penulis").
 */
export const WRITER_NOUNS: readonly string[] = [
  'autores',
  'autorka',
  'autorzy',
  'autorki',
  'авторы',
  'szerző',
  'författare',
  'forfatter',
  'auteur',
  'autore',
  'kirjoittaja',
  'yazar',
  'penulis',
  'muhabir',
];

/** Nouns for the text, as pages print them before its writer's name ("Text:", "Texto:"). */
const TEXT_NOUNS: readonly string[] = [
  'текст',
  'text',
  'texto',
  'tekst',
  'texte',
  'testo',
  'teksti',
  'szöveg',
];

/** Nouns that label the author or the text, as pages print them with a colon ("Text:", "Penulis:"). */
export const AUTHOR_LABELS: readonly string[] = [...WRITER_NOUNS, ...TEXT_NOUNS, 'oleh', 'yazan'];

/**
 * Words of these lists that are also first names ("Oleh", "Yazan", "Di", "Na"): read bare, they
 * would cut a name whose owner has no byline word at all.
 */
export const ALSO_NAMES: ReadonlySet<string> = new Set(['oleh', 'yazan', 'di', 'na', 'ni', 'gan']);

/** A regex alternation of `words`, longest first (so "γράφει ο" wins over "γράφει"), any white space between words. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
