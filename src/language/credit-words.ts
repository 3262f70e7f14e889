import { brahmicSpellings } from './brahmic.js';
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
  // A screenshot's label names where the picture was taken from ("Screenshot: X").
  'screenshot',
  'screen grab',
  'captura de pantalla',
  "capture d'écran",
  'capture d’écran',
  'bildschirmfoto',
  'schermata',
  'zrzut ekranu',
  'ekran görüntüsü',
  'скриншот',
  'снимок экрана',
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
