/**
 * The medium's words that label a picture's credit ("Photo:", "Foto:", "Фото:", "تصوير:", "图片："),
 * one vocabulary for the credit readers, as byline-words.ts is for the byline readers; each
 * reader builds its own pattern around them (with `alternation`). A credit label in words no list
 * knows is read by its shape instead (a label, a colon, a name; a word and the language's "by").
 */
const TYPED_PHOTO_WORDS: readonly string[] = [
  'photo',
  'photograph',
  'photography',
  'picture',
  'pic',
  'image',
  'foto',
  'fotografía',
  'fotografia',
  'fotos',
  'fot.',
  'zdjęcie',
  'фото',
  'фотография',
  'изображение',
  'bild',
  'imagen',
  'immagine',
  'crédito',
  'crédit photo',
  'crédits photo',
  'credit',
  'credits',
  'bildnachweis',
  'источник фото',
  'fotoğraf',
  'φωτογραφία',
  'φωτ.',
  '写真',
  'ảnh',
  '사진',
  'צילום',
  'larawan',
  'ljósmynd',
  'mynd',
  'ภาพ',
  'ภาพประกอบ',
  'عکس',
  'عكس',
  'تصویر',
  'تصوير',
  'ছবি',
  'फोटो',
  'फ़ोटो',
  // The loanword "photo" in Urdu script (the Brahmic scripts' spellings are made from 'फोटो' below).
  'فوٹو',
  '图片',
  '圖片',
  '摄影',
  '攝影',
];

/** The Devanagari block's first code point: the layout the other Brahmic blocks of Unicode repeat. */
const DEVANAGARI = 0x0900;

/**
 * Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and Malayalam: Unicode lays out each
 * of these blocks as Devanagari's (after ISCII), a letter at the same offset in every block.
 */
const BRAHMIC_BLOCKS: readonly number[] = [0x0980, 0x0a00, 0x0a80, 0x0b00, 0x0b80, 0x0c00, 0x0c80, 0x0d00];

/**
 * A Devanagari word spelled in each sibling script (Hindi "फोटो" as Punjabi "ਫੋਟੋ", Gujarati
 * "ફોટો"): a loanword these languages share is written letter for letter alike. Spellings that
 * fall on a letter the script lacks are left out.
 */
function brahmicSpellings(word: string): string[] {
  if (!/^[\u0900-\u097f]+$/u.test(word)) return [];
  return BRAHMIC_BLOCKS.map((block) =>
    [...word].map((c) => String.fromCodePoint(c.codePointAt(0)! - DEVANAGARI + block)).join(''),
  ).filter((w) => !/\p{Cn}/u.test(w));
}

/**
 * The medium's words of the list above, with its Devanagari words in the sibling Brahmic scripts.
 */
export const PHOTO_WORDS: readonly string[] = [
  ...TYPED_PHOTO_WORDS,
  ...TYPED_PHOTO_WORDS.flatMap(brahmicSpellings),
];

/**
 * The words that name where a picture or a figure came from ("Source: City Archive"): under a
 * picture they label its credit, under a headline they name no author.
 */
export const SOURCE_WORDS: readonly string[] = [
  'source',
  'sources',
  'fuente',
  'quelle',
  'źródło',
  'fonte',
  'kaynak',
  'lähde',
  'πηγή',
  'джерело',
  'источник',
  'sumber',
];
