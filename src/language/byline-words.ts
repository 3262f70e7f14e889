/**
 * The words that introduce an author's name, one vocabulary for every byline reader (HTML
 * metadata, text dumps, feed author fields); each reader builds its own pattern around them.
 */

/**
 * "By" as pages print it bare before the name ("By", "Von", "Par", "Ni", "מאת", "بقلم"), with the
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

/** Nouns that label the author or the text, as pages print them with a colon ("Text:", "Penulis:"). */
export const AUTHOR_LABELS: readonly string[] = [
  'autores',
  'autorka',
  'autorzy',
  'autorki',
  'авторы',
  'текст',
  'text',
  'texto',
  'tekst',
  'texte',
  'testo',
  'teksti',
  'szöveg',
  'szerző',
  'författare',
  'forfatter',
  'auteur',
  'autore',
  'kirjoittaja',
  'yazar',
  'penulis',
  'oleh',
  'yazan',
  'muhabir',
];

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
