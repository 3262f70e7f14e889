import anyAscii from 'any-ascii';
import { distance } from 'fastest-levenshtein';
import { isLanguageName } from '../../language/language-names.js';
import { MINUTE_WORDS } from '../../language/time-units.js';
import { wordSegments } from '../../language/word-breaks.js';
import { asciiDigits } from '../text.js';
import { TITLE_START, rowParts, wordCount } from './lines.js';
import { isScriptChannelPitch } from './loanwords.js';

/**
 * Site furniture in plain-text dumps of news pages: lines that belong to the page around an
 * article (navigation, share bars, comment forms, newsletter and paywall prompts, cookie banners,
 * list headers) rather than to the article. Rules are by function, with short multilingual word
 * lists (English, Spanish, German, French, Polish, Russian, Italian, Portuguese, Dutch).
 *
 * Every pattern here is anchored and linear: lines can be long.
 */

/** What a furniture line means for the reader of the dump. */
export type FurnitureKind =
  /** Drop this line only. */
  | 'drop'
  /** The article has ended: drop this and what follows (related lists still count). */
  | 'footer'
  /** A related-articles list starts: the next title-like lines are related links. */
  | 'related'
  /** A most-read / trending list: not related; the article has ended. */
  | 'popular';

/** Lower-cased, quotes and trailing punctuation stripped, white space collapsed. */
export function keyOf(line: string): string {
  // Turkish dotted capital I lower-cases to "i" and a combining dot, which no pattern spells.
  return line
    .replace(/İ/g, 'I')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s"'“”‘’«»]+/, '')
    .replace(TRAILING_JUNK, '');
}

/**
 * Trailing quotes and punctuation. The run is matched from its first character only
 * (lookbehind): an end-anchored `[…]+$` alone retries from every character of a long run that
 * is not at the end, which is quadratic.
 */
const TRAILING_JUNK = /(?<![\s:.!…*"'“”‘’«»])[\s:.!…*"'“”‘’«»]+$/;

const oneOf = (words: string[]): string => words.join('|');

/**
 * Networks a share bar offers, by the names they go by in every language. Not "X", "Threads" or
 * "Messenger" here: a letter and common nouns, they name networks only among other controls.
 */
const NETWORK_NAMES: readonly string[] = [
  'twitter',
  'facebook',
  'linkedin',
  'whatsapp',
  'telegram',
  'reddit',
  'pinterest',
  'flipboard',
  'bluesky',
  'vk',
  'вконтакте',
  'одноклассники',
];

/** A network's name alone ("Facebook"): a share bar's button. */
export const isNetworkName = (key: string): boolean => NETWORK_NAMES.includes(key);

// Single-word or short controls of share bars, navigation, comment forms and consent banners.
const CONTROL_LINES = new Set(
  [
    ...NETWORK_NAMES,
    'share',
    'share this',
    'share this article',
    'share this post',
    'share this story',
    'share this page',
    'save',
    'saved',
    'copy link',
    'copy',
    'link',
    'print',
    'email',
    'e-mail',
    'x',
    'messenger',
    'threads',
    'поделиться',
    'скопировать ссылку',
    'compartir',
    'copiar enlace',
    'copiar link',
    'teilen',
    'link kopieren',
    'partager',
    'copier le lien',
    'udostępnij',
    'kopiuj link',
    'kopiera länk',
    'kopier lenke',
    'kopiér link',
    'link másolása',
    'copiază linkul',
    'condividi',
    'partilhar',
    'menu',
    'search',
    'search for',
    'buscar',
    'suchen',
    'rechercher',
    'szukaj',
    'поиск',
    'home',
    'sign in',
    'log in',
    'login',
    'log out',
    'logout',
    'register',
    'subscribe',
    'subscribe now',
    'get started',
    'sign up',
    'iniciar sesión',
    'anmelden',
    'se connecter',
    'zaloguj się',
    'войти',
    'logga in',
    'logg inn',
    'log ind',
    'belépés',
    'bejelentkezés',
    'autentificare',
    'suscríbete',
    'abonnieren',
    "s'abonner",
    'subskrybuj',
    'подписаться',
    'prenumerera',
    'abonner',
    'abonnér',
    'előfizetés',
    'abonează-te',
    "je m'abonne",
    'next',
    'previous',
    'prev',
    'newest',
    'oldest',
    'best rated',
    'worst rated',
    'most liked',
    'reply',
    'cancel reply',
    'load more',
    'loading',
    'more updates',
    'pinned post',
    'pinned',
    'print',
    'print this page',
    'print this article',
    'close',
    'close window',
    'imprimir',
    'cerrar',
    'drucken',
    'schließen',
    'imprimer',
    'fermer',
    'drukuj',
    'zamknij',
    'печать',
    'закрыть',
    'stampa',
    'chiudi',
    'fechar',
    'sluiten',
    'afdrukken',
    'skriv ut',
    'stäng',
    'watch live',
    // Sign-in, subscribe and share controls in more languages.
    'giriş yap',
    'abone ol',
    'üye ol',
    'kirjaudu',
    'kirjaudu sisään',
    'tilaa',
    'σύνδεση',
    'εγγραφή',
    'κοινοποίηση',
    'увійти',
    'передплата',
    'inicia sessió',
    "subscriu-t'hi",
    'entrar',
    'assinar',
    'masuk',
    'daftar',
    'bagikan',
    'ログイン',
    '会員登録',
    'シェア',
    // A site's own service pages, in every menu and footer: never a section or article text.
    'about',
    'about us',
    'contact',
    'contact us',
    'über uns',
    'kontakt',
    'impressum',
    'acerca de',
    'contacto',
    'à propos',
    'contactez-nous',
    'nous contacter',
    'chi siamo',
    'contatti',
    'sobre nós',
    'contato',
    'fale conosco',
    'o nas',
    'kontakty',
    'over ons',
    'о нас',
    'контакты',
    'accept all',
    'reject all',
    'more options',
    'manage preferences',
    'cookie settings',
    'agree',
    'i agree',
    'comment',
    'name',
    'website',
    'enter your email',
    'source',
    'sources',
    'fuente',
    'quelle',
    'источник',
    'źródło',
    'fonte',
    'skomentuj',
    'kommentieren',
    'commenter',
    'comentar',
    'комментировать',
    'commenta',
    'like',
    'restack',
    'type your email',
    'gefällt mir',
    "j'aime",
    'me gusta',
    'lubię to',
    'нравится',
    'contribuer',
    'listen',
    'play',
    'watch',
  ].map(keyOf),
);

/** Labels over an advertisement or a sponsor's box: what follows them is the advertiser's. */
const ADVERT_LABELS = new Set(
  [
    'advertisement',
    'advertising',
    'anzeige',
    'publicidad',
    'publicité',
    'reklama',
    'реклама',
    'publicidade',
    'pubblicità',
    'advertentie',
    'annons',
    'annonse',
    'annonce',
    'reklame',
    'mainos',
    'hirdetés',
    'publicitate',
    'reclamă',
    'inzerce',
    'reklam',
    'publicitat',
    'διαφήμιση',
    'iklan',
    '広告',
    'sponsored',
    'sponsored content',
    'إعلان',
  ].map(keyOf),
);

/**
 * The label over an advertisement or a sponsored box ("Advertisement", "Anzeige"), also set between
 * dashes or rules as ad slots print it ("- Advertisement -", "— Anzeige —"): its key, or null.
 */
export function advertLabel(line: string, lineKey?: string): string | null {
  // A label is a few words; a long line is none, and trimming its rule characters from both ends
  // would be quadratic on a long run of them.
  if (line.length > ADVERT_LINE_MAX_CHARS) return null;
  const key = (lineKey ?? keyOf(line)).replace(/^[-–—_*·•~\s]+|[-–—_*·•~\s]+$/gu, '');
  if (ADVERT_LABELS.has(key)) return key;
  // A neighbouring language's spelling of a listed label, a doubled letter single ("publicità").
  return key.length >= SPELLING_MIN_CHARS && UNDOUBLED_ADVERT_LABELS.has(undoubled(key)) ? key : null;
}

/** Related languages spell one word with a letter doubled or single: compare without doubles. */
const undoubled = (key: string): string => key.replace(/(\p{L})\1/gu, '$1');
const UNDOUBLED_ADVERT_LABELS: ReadonlySet<string> = new Set([...ADVERT_LABELS].map(undoubled));
/** Longest line read as an ad label: the label between rules of a few characters each. */
const ADVERT_LINE_MAX_CHARS = 80;
/** Labels shorter than this may be another word once a letter is undoubled. */
const SPELLING_MIN_CHARS = 7;

/**
 * A one-word line spelled within a letter or two of a listed ad label once both are in Latin
 * letters ("Publicitad", "Reklamma"): a neighbouring language's label no list knows. Only the
 * caller knows whether the word stands alone between paragraphs, as an ad slot's label does.
 */
export function spelledLikeAdvertLabel(key: string): boolean {
  if (key.includes(' ') || key.length < FUZZY_LABEL_MIN_CHARS) return false;
  const sound = anyAscii(key).toLowerCase();
  return ASCII_ADVERT_LABELS.some(
    (label) => label[0] === sound[0] && withinEdits(sound, label, FUZZY_LABEL_MAX_EDITS),
  );
}

/** Shorter words are too often another word a letter or two away from a label. */
const FUZZY_LABEL_MIN_CHARS = 8;
const FUZZY_LABEL_MAX_EDITS = 2;
const ASCII_ADVERT_LABELS: readonly string[] = [...ADVERT_LABELS]
  .filter((l) => !l.includes(' '))
  .map((l) => anyAscii(l).toLowerCase())
  .filter((l) => l.length >= FUZZY_LABEL_MIN_CHARS);

/** Whether `a` becomes `b` in at most `max` insertions, deletions or substitutions. */
const withinEdits = (a: string, b: string, max: number): boolean =>
  Math.abs(a.length - b.length) <= max && distance(a, b) <= max;

/** `key`: keyOf(line), when the caller has it. */
export const isAdvertLabel = (line: string, key: string = keyOf(line)): boolean =>
  advertLabel(line, key) !== null;

// Lines that open with one of these are controls, whatever follows ("Share on X", "Compartir en X").
const CONTROL_PREFIX = new RegExp(
  `^(?:${oneOf([
    'share (?:on|via|to|this|or|what)',
    'click to (?:share|email|print)',
    'compartir en',
    'teilen (?:auf|per)',
    'partager (?:sur|par)',
    'udostępnij (?:na|w)',
    'поделиться в',
    'like this',
    'like loading',
    // The same "Like" widget of blog platforms, localised.
    'j.aime chargement',
    'me gusta cargando',
    'gefällt mir wird geladen',
    'skip to',
    'story continues',
    'article continues',
    'continue reading below',
    'continue reading (?:the )?(?:main )?story',
    // "Advertisement - scroll to continue", "Anzeige | Weiterlesen".
    '(?:advertisement|anzeige|publicidad|publicité|reklama|реклама|pubblicità)\\s*[-–—:|]',
    'la noticia continúa',
    'weiter nach der anzeige',
    'la suite après',
    'продолжение ниже',
    'artykuł dostępny',
    'zum inhalt',
    'hoppa till (?:innehåll|huvudinnehåll)',
    'gå til (?:hovedinnhold|innhold|hovedindhold|indhold)',
    'spring til (?:indhold|hovedindhold)',
    'direkt zum inhalt',
    'aller au contenu',
    'passer au contenu',
    'ir al contenido',
    'saltar al contenido',
    'przejdź do',
    'перейти до',
    'ana içeriğe geç',
    'içeriğe geç',
    'siirry (?:sisältöön|pääsisältöön)',
    'μετάβαση στο',
    'vés al contingut',
    'saltar para o conteúdo',
    'langsung ke konten',
    'lewati ke konten',
    'メインコンテンツへ',
    'コンテンツへスキップ',
    '本文へ',
    'перейти к',
    'vai al contenuto',
    'ir para o conteúdo',
    'naar de inhoud',
    'jump to',
    'back to top',
    'volver arriba',
    'nach oben',
    'haut de page',
    'do góry',
    'наверх',
    'you are here',
    'usted está en',
    'sie sind hier',
    'vous êtes ici',
    'jesteś tutaj',
    'вы здесь',
    // Comment forms.
    'required fields are marked',
    'your email address will not be published',
    'save my name',
    'join the conversation',
    'the comments below',
    'normas de participación',
    // Script and rights notices.
    '(?:please )?(?:turn on|enable) javascript',
    'reuse this content',
    'réutiliser ce contenu',
    'our standards',
    'purchase licensing rights',
    // Error-report prompts ("Found a typo? Select it and press Ctrl+Enter", "Report an error"):
    // a link to the newsroom's correction form, not a story.
    'нашли ошибку',
    'сообщить об ошибке',
    'report (?:a |an )?(?:typo|error|mistake|correction)',
    'signaler une (?:erreur|coquille|faute)',
    'fehler melden',
    'reportar (?:un )?error',
    'segnala (?:un )?errore',
    'zgłoś błąd',
    'meld een fout',
    'rapportera (?:ett )?fel',
    'reportar (?:um )?erro',
    'hata bildir',
    'laporkan kesalahan',
  ])})`,
  'iu',
);

// Promotional lines: subscription, newsletter, apps, following the site. Short imperative lines only.
const PROMO_START = new RegExp(
  `^(?:${oneOf([
    'follow',
    'subscribe',
    'sign up',
    'get (?:the|our|\\w+ (?:in|straight))',
    'get involved',
    'join',
    'download',
    'install',
    'síguenos',
    'sigue',
    'suscríbete',
    'recibe',
    'folgen sie',
    'folge',
    'abonnieren sie',
    'suivez',
    'abonnez-vous',
    'inscrivez-vous',
    'obserwuj',
    'följ',
    'følg',
    'kövess',
    'urmărește',
    'zapisz się',
    'subskrybuj',
    'подписывайтесь',
    'подпишитесь',
    'следите',
    'segui',
    'iscriviti',
    'siga',
    'inscreva-se',
    'volg',
    'abonneer',
  ])})(?!\\p{L})`,
  'iu',
);

// Words whose presence marks a whole line as promotion, whatever its length.
const PROMO_ANYWHERE = new RegExp(
  oneOf([
    'sign up here',
    'subscribe for free',
    'subscribe here',
    'this article is more than \\d+ \\p{L}+ old',
    'learn more about',
    'opens new tab',
    'opens in new window',
    'in your inbox',
    'unlimited access',
    'subscribers only',
    'for subscribers',
    'already a subscriber',
    'unsubscribe at any time',
    'privacy policy',
    'not responsible for the content of external',
    'ctrl\\s*\\+\\s*enter',
  ]),
  'iu',
);

/**
 * A copyright or rights line: the site's footer. Opens with "©" / "Copyright", or states the
 * rights anywhere ("… All rights reserved."). A "©" inside a line is a photo credit, not this.
 */
const COPYRIGHT =
  /(?:^©|^copyright(?![\p{L}\p{N}])|rights reserved|derechos reservados|rechte vorbehalten|droits réservés|prawa zastrzeżone|права защищены|права захищені|diritti riservati|direitos reservados|riproduzione riservata|reproducción reservada|reproduction interdite|^powered by\s|·\s*powered by\s)/iu;

/**
 * The legal imprint's "responsible editor" ("Ansvarlig redaktør: Ann Lee", "Outlet AB · Ansvarig
 * utgivare: Ann Lee", "V.i.S.d.P.: Ann Lee"): the site's footer, whatever follows.
 */
const IMPRINT =
  /(?:^|[·•|]\s*)(?:ansvarlig redaktør|ansvarig utgivare|ansvarshavende (?:chef)?redaktør|v\.\s?i\.\s?s\.\s?d\.\s?p\.|directeur de la publication|directrice de la publication|redaktor naczelny|főszerkesztő|redactor[- ]șef|vastaava päätoimittaja|главный редактор)\s*:/iu;

/**
 * A rights notice without the word "copyright": copying (or reproducing) is forbidden without
 * permission ("Copying without written permission is prohibited"). All three ideas in one short
 * line; a sentence of a story about copying rarely names all three.
 */
const COPY_WORD =
  /(?<!\p{L})(?:copy|copying|reproduc\p{L}*|republi\p{L}*|kopír\p{L}*|kopir\p{L}*|kopeeri\p{L}*|kopijuo\p{L}*|kopiow\p{L}*|vervielfältig\p{L}*|reprodu\p{L}*|przedruk\p{L}*|preuzimanj\p{L}*|šíren\p{L}*|levitami\p{L}*)/iu;
const FORBIDDEN_WORD =
  /(?<!\p{L})(?:prohibited|forbidden|not permitted|verboten|untersagt|interdit\p{L}*|prohibid\p{L}*|proibid\p{L}*|zakázan\p{L}*|zabranjen\p{L}*|zabronion\p{L}*|keelatud|draudžiam\p{L}*|kielletty|förbjud\p{L}*|forbudt|interzis\p{L}*)/iu;
const WITHOUT_LEAVE =
  /(?<!\p{L})(?:without|ohne|sans|sin|sem|senza|bez|ilma|be|utan|uden|uten|ilman|fără)\s+(?:\p{L}+\s+){0,3}?(?:permission|consent|leave|authori[sz]ation|genehmigung|zustimmung|autorisation|autorización|autorização|autorizzazione|súhlas\p{L}*|souhlas\p{L}*|dopuštenj\p{L}*|dozvol\p{L}*|zgody|loata|sutikimo|tillstånd|tilladelse|tillatelse|luvatta|luvan|acord\p{L}*)/iu;
const isRightsNotice = (line: string): boolean =>
  words(line) <= 30 && COPY_WORD.test(line) && FORBIDDEN_WORD.test(line) && WITHOUT_LEAVE.test(line);

/** The site's copyright / rights line. */
export function isCopyright(line: string): boolean {
  return COPYRIGHT.test(line) || isRightsNotice(line);
}

/**
 * A comment form's gate: commenting needs an account ("Log in to comment", "Para comentar hay que
 * registrarse", "Чтобы оставить комментарий, войдите"). A comment word and a sign-in word in a
 * short line.
 */
const COMMENT_WORD =
  /(?:comment|kommentar|commentaire|comentar|komentarz|комментар|comment\p{L}*|commentare)/iu;
const SIGN_IN_WORD =
  /(?:logged in|log in|sign in|register|registrad|registriert|angemeldet|anmelden|connecté|connecter|inscrit|zalogowa|zarejestrowa|авториз|войдите|зарегистр|accedi|registrat)/iu;
const isCommentGate = (line: string): boolean =>
  line.length <= 160 && COMMENT_WORD.test(line) && SIGN_IN_WORD.test(line);

// Comment sections: the article is over.
const COMMENTS =
  /^(?:(?:comments?|kommentare?|commentaires?|comentarios?|komentarze?|commenti|comentários|comentaris|комментарии|коментарі|yorumlar|σχόλια|kommentit|komentar|コメント)\s*\(?\d*\)?|\d+\s+(?:comments?|kommentare|commentaires|comentarios|komentarzy|комментари\p{L}*)|(?:leave a (?:reply|comment)|laisser un commentaire|deja un comentario|lascia un commento|hinterlasse einen kommentar|zostaw komentarz|оставить комментарий|deixe um comentário|lasă un comentariu|skriv en kommentar)(?![\p{L}\p{N}]).*|(?:\d+|one|two|three)\s+(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)(?![\p{L}\p{N}]).*|share or comment(?![\p{L}\p{N}]).*|post navigation|article navigation)$/iu;

// Paywall and end-of-article prompts.
const PAYWALL =
  /^(?:continue reading|keep reading|want to (?:read|keep reading|continue)(?: on| more)?\??|this (?:article|story|content) is (?:for|only for|available to) (?:subscribers|members)(?: only)?|subscribe to continue|seguir leyendo|sigue leyendo|weiterlesen|lire la suite|czytaj dalej|читать далее|continua a leggere|(?:article|contenu) réservé aux abonnés|suscríbete para seguir leyendo|exclusivo para suscriptores|nur für abonnenten|artykuł (?:tylko )?dla (?:subskrybentów|prenumeratorów)|материал доступен только подписчикам|subscribe to (?:keep|continue) reading|subscribe to read(?: more)?)$/iu;

// Tag / topic lists under an article; what follows is not article text.
const TAGS =
  /^(?:tags?|tagged(?: with)?|topics?|related topics|suggested topics|filed under|categories|category|more about|explore more(?: on)?(?: \p{L}+)?|теги|темы|метки|etiquetas|temas|schlagwörter|themen|mots-clés|sujets|tagi|tematy|argomenti|taggar|emner|emneord|stikkord|címkék|etichete|štítky|etiketler|aiheet|ετικέτες|etiquetes|tópicos|oznake|kľúčové slová|žymės|märksõnad|từ khóa|태그|תגיות|タグ)(?:\s*:.*)?$/iu;

// Related-article list headers (alone on a line) and inline prefixes ("Read more X").
const RELATED_WORDS = oneOf([
  'read more',
  'read also',
  'also read',
  'read next',
  'see also',
  'related',
  'related articles?',
  'related stories',
  'related content',
  'related coverage',
  'related links',
  'related reading',
  'further reading',
  'recommended',
  'recommended reading',
  'you (?:might|may) also like',
  'you (?:might|may) also be interested in',
  'more about this',
  'read this next',
  'mehr dazu',
  'relacionad[oa]s',
  'más información',
  'gerelateerd',
  'relaterat',
  'relateret',
  'also of interest',
  'vous aimerez aussi',
  'ti potrebbe interessare',
  'potrebbe interessarti',
  'polecane',
  'рекомендуем',
  'weitere artikel',
  'more on this story',
  'more on this',
  'more on this topic',
  'читайте также',
  'также читайте',
  'читайте еще',
  'читайте ещё',
  'смотрите также',
  'читайте також',
  'дивіться також',
  'по теме',
  'te puede interesar',
  'lee también',
  'leer más',
  'ver también',
  'también te puede interesar',
  'noticias relacionadas',
  'mehr zum thema',
  'lesen sie auch',
  'auch interessant',
  'das könnte sie auch interessieren',
  'à lire aussi',
  'a lire aussi',
  'lire aussi',
  'voir aussi',
  'sur le même sujet',
  'czytaj także',
  'czytaj też',
  'zobacz też',
  'zobacz także',
  'przeczytaj też',
  'przeczytaj także',
  'leia também',
  'veja também',
  'leggi anche',
  'vedi anche',
  'lees ook',
  'zie ook',
  'ook interessant',
  'meer over dit onderwerp',
  'přečtěte si také',
  'přečtěte si',
  'čtěte také',
  'související články',
  'související',
  'more from(?: [\\p{L}&]+){1,3}',
  'läs också',
  'läs även',
  'les også',
  'læs også',
  'articles similaires',
  'dans la même rubrique',
  'articole similare',
  'flere saker',
  'fler nyheter',
  'flere nyheder',
  'à lire également',
  'lire également',
  'artículos relacionados',
  'ähnliche artikel',
  'articoli correlati',
  'artigos relacionados',
  'notícias relacionadas',
  'gerelateerde artikelen',
  'powiązane artykuły',
  'zobacz również',
  'czytaj również',
  'čtěte také',
  'čtěte též',
  'související články',
  'lue myös',
  'olvasd el ezt is',
  'kapcsolódó cikk(?:ek)?',
  'citește și',
  // Turkish capital İ has no one-letter lower case: both spellings.
  '(?:[iİ]|i\\u0307)lgili haber(?:ler)?',
  'benzer haberler',
  'artikel terkait',
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'أخبار ذات صلة',
  'مقالات ذات صلة',
  'llegiu també',
  '(?:també )?et pot interessar',
  'lisää aiheesta',
  'σχετικά άρθρα',
  'διαβάστε (?:επίσης|ακόμη)',
  'схожі (?:матеріали|новини|статті)',
  'baca juga',
  'berita terkait',
  '関連記事',
  '関連ニュース',
  // Slovak, Croatian, Lithuanian, Estonian, Vietnamese, Korean, Hebrew, Filipino.
  'súvisiace články',
  'prečítajte si (?:aj|tiež)',
  'pročitajte (?:još|i)',
  'povezane (?:vijesti|teme)',
  'susiję straipsniai',
  'taip pat skaitykite',
  'loe ka',
  'seotud (?:artiklid|uudised)',
  'tin liên quan',
  'bài liên quan',
  'xem thêm',
  '관련\\s?기사',
  '관련\\s?뉴스',
  'כתבות נוספות',
  'כתבות קשורות',
  'קראו עוד',
  'basahin din',
  '(?:mga )?kaugnay na balita',
  // Simplified and Traditional Chinese, Thai, Bengali, Hindi, Persian, Romanian, Serbian.
  '相关(?:阅读|新闻|报道|文章)',
  '相關(?:閱讀|新聞|報導|文章)',
  '延伸阅读',
  '延伸閱讀',
  'ข่าว(?:ที่)?เกี่ยวข้อง',
  'อ่านเพิ่มเติม',
  'আরও পড়ুন',
  'আরো পড়ুন',
  'সম্পর্কিত (?:খবর|সংবাদ)',
  'यह भी पढ़ें',
  'ये भी पढ़ें',
  // "This too, read": Marathi, Gujarati, Punjabi, Nepali, Urdu.
  'हेही वाचा',
  'हे पण वाचा',
  'આ પણ વાંચો',
  'ਇਹ ਵੀ ਪੜ੍ਹੋ',
  'यो पनि पढ्नुहोस्',
  'یہ بھی پڑھیں',
  'संबंधित (?:खबरें|ख़बरें|समाचार)',
  'اخبار مرتبط',
  'بیشتر بخوانید',
  'مطالب مرتبط',
  'citeşte şi',
  'articole (?:similare|asemănătoare)',
  'pročitajte (?:još|i|takođe)',
  'povezane vesti',
]);
/**
 * "Mer om Fotboll", "Les mer om", "Flere opskrifter med rabarber": the Nordic "more about <topic>"
 * heads a list, but only alone on a line; as an inline prefix it would take the topic's first
 * words for a link title.
 */
const MORE_ABOUT =
  '(?:(?:les|læs|läs)\\s+)?mere?\\s+om(?:\\s+[\\p{L}&-]+){0,3}|fler(?:e)?(?:\\s+\\p{L}+)?\\s+(?:om|med)(?:\\s+[\\p{L}&-]+){1,3}';
const RELATED_HEADER = new RegExp(
  `^(?:(?:${RELATED_WORDS})(?:\\s+(?:on|about)\\s+\\S.*)?|${MORE_ABOUT})$`,
  'iu',
);
/**
 * "More episodes", "Més de Cultura", "Mais Opinião", "Read more Business", "Galeri lainnya":
 * "more" (or "other", or "read more") and one noun or section, alone on a line of a text dump, heads a list of the site's links on that
 * subject. Lists of the most read ("Mais lidas") are the site's, and are told first (`POPULAR`).
 * Not a heading test for HTML, where such a heading may stand over the story's own notes.
 */
const MORE_NOUN =
  /^(?:(?:read\s+)?(?:more|més|mais|más)\s+(?:de\s+|d'|from\s+)?[\p{L}&-]+|[\p{L}-]+\s+lainnya)$/iu;
/**
 * "Related" and any one noun ("Related news", "Related videos", "Video terkait", "Recetas
 * relacionadas") heads a list of links too, the adjective where its language puts it: before the
 * noun, or after it. Each language's word for "related" (a closed set: typed here, no package
 * lists it), so that the noun may be any ("recipes", "episodes", "galleries").
 */
const RELATED_ANY =
  /^(?:(?:related|gerelateerde|ähnliche|verwandte|powiązane|související|súvisiace|kapcsolódó|σχετικά|похожие|схожі|ilgili|kaugnay na) [\p{L}\p{M}]+|[\p{L}\p{M}]+ (?:terkait|berkaitan|relacionad[oa]s|correlat[ie]|similaires|liés|liées|connexes|relaterade|relaterede|relaterte|liên quan))$/iu;
/**
 * A shop's "related products" lists wares, not articles: the noun for products, in the languages
 * we read (a closed set, typed here).
 */
const PRODUCT_NOUN =
  /(?:^| )(?:products?|productos|produits|produkte|prodotti|produtos|produk|produkty|товары)(?: |$)/iu;
const isRelatedAny = (key: string): boolean => RELATED_ANY.test(key) && !PRODUCT_NOUN.test(key);
// Short media words ("WATCH: …", "More: …") lead a teaser only with a separator after them.
const MEDIA_PREFIX = 'more|watch|listen|weiterlesen';
const RELATED_INLINE = new RegExp(
  `^(?:(?:${RELATED_WORDS})\\s*(?::|-|–|—|›|»|\\|)?|(?:${MEDIA_PREFIX})\\s*(?::|-|–|—|›|»|\\|))\\s+(\\S.*)$`,
  'iu',
);
/** "【Related】 Title", "[Read more] Title": the prefix in brackets, the title straight after. */
const RELATED_BRACKETED = new RegExp(`^[【[［](?:${RELATED_WORDS})[】\\]］]\\s*(\\S.*)$`, 'iu');
/**
 * "SEE: Council votes on new harbour plan": a label in capitals (up to four words, a one-letter
 * word among them, marks over or under letters) and a colon before a headline that ends without a
 * sentence's mark, in words no list knows. A dateline in capitals opens a sentence
 * ("TOWN: The council said on Friday …."), which ends like one.
 */
const CAPS_LABEL_TEASER =
  /^(?:\p{Lu}{2,}(?:\s\p{Lu}{2,})?|(?=\P{M}*\p{Lu}\p{M}*\p{Lu})\p{Lu}[\p{Lu}\p{M}]*(?:\s\p{Lu}[\p{Lu}\p{M}]*){1,3})\s*:\s+(\p{Lu}(?:\S+\s+){3,19}\S*[\p{L}\p{N}]\p{M}*)$/u;
/** A prefix label alone, as a bold "Related:" before a link. */
const RELATED_LABEL = new RegExp(`^(?:${RELATED_WORDS}|${MEDIA_PREFIX})\\s*[:>»|–—-]+$`, 'iu');

/**
 * The end of a press release's text: its end mark ("-ends-", "###") or the notes and contacts for
 * journalists printed under it.
 */
const PRESS_TRAILER =
  /^(?:-*ends-*|#{3}|notes? (?:to|for) editors|editors?'? notes?|media (?:contact|contacts|enquiries|inquiries)|press (?:contact|contacts|enquiries|inquiries)|pressekontakt|hinweise? für (?:die )?redaktion(?:en)?|contact presse|contacts? presse|contacto (?:de )?prensa|contatti stampa|contato (?:de )?imprensa|kontakt dla mediów|perskontakt|контакты для сми)$/iu;

/**
 * A note on where the text was printed or first published, under it: "This article appears in
 * the spring issue of …", "A version of this story first appeared in …". The text speaks of
 * itself as "this article": a story's own sentences speak of their subject.
 */
const PUBLICATION_NOTE =
  /^(?:a version of )?this (?:article|story|piece|interview|essay|feature) (?:appears|appeared|first appeared|was (?:first |originally )?(?:published|printed))\b/iu;

// An optional media label before the header ("VIDEOS: most watched", "Fotos: más vistas") and
// a period after it ("… da semana", "… de la semana").
const POPULAR =
  /^(?:\p{L}+:\s*)?(?:(?:our|the|os|as|los|las|les|die|de|la|le|i|gli) )?(?:latest(?: \p{L}+){0,2}|editor'?s'? picks|most (?:read|popular|viewed|watched|shared|commented)(?![\p{L}\p{N}]).*|top stories|trending(?: \p{L}+)?|popular(?: now| today| stories)?|самое читаемое|самое популярное|популярное|lo más (?:leído|visto)|más leídas|meistgelesen|meistgelesene artikel|les plus lus|najczęściej czytane|najpopularniejsze|(?:i )?più letti|mais lidas|mais lidos|mais (?:vistos|vistas|assistidos|assistidas)|più visti|meest bekeken|nejsledovanější|meest gelezen|mest lästa?|mest lest|mest læste|legolvasottabb|nejčtenější|luetuimmat|en çok okunan(?:lar)?|çok okunanlar|cele mai citite|найпопулярніше|δημοφιλή|(?:el )?més llegits?|terpopuler|najčítanejšie|najčitanije|najskaitomiausi|svarbiausios naujienos|loetuimad|đọc nhiều(?: nhất)?|tin mới nhất|많이 본 뉴스|הכי נקראים|pinakabinabasa|アクセスランキング|よく読まれている記事|热点排行|热门(?:文章|新闻|排行)|点击排行|ข่าวยอดนิยม|সর্বাধিক পঠিত|সর্বশেষ|सबसे ज्यादा पढ़ी गई|پربازدیدترین(?:‌ها)?|پربیننده‌ترین(?:‌ها)?)(?: (?:of the|d[aoe]s?|de la|del|della|van de|der|des) \p{L}+)?$/iu;

/** A price: a currency sign or code by a number ("1 €", "£4.99", "49 kr"). */
const PRICE =
  /(?:[€$£]\s?\d|(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s?(?:€|\$|£|eur|kr|zł|lei|ft|kč)(?![\p{L}\p{N}]))/iu;

/** A call to subscribe with its price in the same sentence ("… subscribe from $2 a week"). */
const SUBSCRIBE_OFFER =
  /(?<![\p{L}])(?:subscribe|subscription|become a (?:member|subscriber))(?![\p{L}])[^.!?]{0,30}?(?:[€$£]\s?\d|\d+(?:[.,]\d+)?\s?(?:€|\$|£))/iu;

/** Words of a funding note at most: one short sentence. */
const FUNDING_NOTE_MAX_WORDS = 16;

/**
 * "The Harbour Reporting Fund is supported by the Example Foundation.": a programme named in
 * capitals said to be funded by a body, one short sentence alone — the note a funded reporter's
 * story carries, not the story's own matter (which tells more than who pays).
 */
function isFundingNote(line: string): boolean {
  if (words(line) > FUNDING_NOTE_MAX_WORDS || SENTENCE_INSIDE.test(line)) return false;
  return /^(?:the\s+|this\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,5}\s+(?:is|are)\s+(?:(?:funded|supported|financed|made possible)(?:\s+in\s+part)?\s+by|paid\s+for\s+by)\s+\S.*\.$/iu.test(
    line.trim(),
  );
}
/** A full stop and a capital inside: more than one sentence. */
const SENTENCE_INSIDE = /[.!?]\s+\p{Lu}/u;

/** Cookie/consent banner text: two or more consent words in one line. */
export function isConsentText(line: string, minMarkers = 2): boolean {
  const l = line.toLowerCase();
  const markers = [
    'cookie',
    'consent',
    'personal data',
    'partners',
    'privacy',
    'personalised',
    'personalized',
    'advertising',
    'your preferences',
    'processing',
    'datenschutz',
    'einwilligung',
    'privacidad',
    'consentimiento',
    'confidentialité',
    'prywatności',
    'персональных данных',
  ];
  let n = 0;
  for (const m of markers) if (l.includes(m)) n++;
  return (
    n >= minMarkers ||
    (n >= 1 && l.split(' ').length <= 5 && /privacy|cookie/.test(l)) ||
    (n >= 1 && CONSENT_BUTTONS.test(line))
  );
}

/**
 * "… uses cookies to improve your visit. Accept | Read more": a banner's sentence ends and its
 * buttons follow on the same line, short parts set apart by bars, or one button alone of a word
 * ("… cookies. Agree"), in whatever language the buttons speak. A story's sentence is not
 * followed by a row of controls.
 */
const CONSENT_BUTTONS = /[.!?]\s+(?:[^.!?|\s]{1,20}|[^.!?|]{1,30}(?:\s\|\s[^.!?|]{1,30})+)$/u;

/** A breadcrumb trail: "Home » News » Crime", "Главная / Наука". */
export function isBreadcrumb(line: string): boolean {
  // First, so the patterns below never see a long line (their `\s+` runs backtrack on one).
  if (line.length > 100) return false;
  const trail = line.replace(/^[^:]{0,30}:\s*/u, '');
  // The full-width bar parts a trail or a row of controls on pages in Chinese or Japanese.
  const parts = trail.split(/\s+[»›>/|｜→]\s+/u);
  if (parts.length < 2 || line.length > 100) return false;
  // "/" and "|" also separate other things ("By X | 9 min read"): a trail starts at home or is long.
  const strong = /\s[»›>→]\s/u.test(trail) || parts.length >= 3 || HOME.test(parts[0] ?? '');
  return (
    strong &&
    parts.every((p) => p.length > 0 && p.split(' ').length <= 4 && !/[.!?]$/.test(p) && !/\p{Nd}/u.test(p))
  );
}

const HOME_WORDS =
  'home|start|startseite|inicio|portada|accueil|strona główna|główna|главная|головна|home page|homepage|pagina iniziale|início|forside|forsiden|startsida|etusivu|hlavní strana|úvod|főoldal|prima pagină';
/** A trail may also start at the site's front page or its news index ("À la une", "News"). */
const HOME = new RegExp(`^(?:${HOME_WORDS}|une|news)$`, 'iu');
const HOME_LINK = new RegExp(`^(?:${HOME_WORDS})$`, 'iu');

/** Where a breadcrumb trail starts: the front page or the site's news index ("News", "À la une"). */
export function isTrailStart(text: string): boolean {
  return HOME.test(text.trim());
}
/** Home words that are everyday words too: after other words ("Welcome home") they need not be a link. */
const PLAIN_HOME = new Set(['home', 'start', 'úvod', 'główna']);
/** "Zur Startseite", "Back to homepage", "Retour à l'accueil": a link back to the front page. */
const BACK_TO_FRONT = new RegExp(
  `^(?:\\p{L}+['’\\s]+){1,3}(?:${HOME_WORDS.split('|')
    .filter((w) => !PLAIN_HOME.has(w))
    .join('|')})$`,
  'iu',
);

/** A link back to the site's front page ("Home", "Startseite", "Accueil"): it names no section. */
export function isHomeLink(text: string): boolean {
  return HOME_LINK.test(text.trim());
}

const words = wordCount;

/** The related-link title in an inline "Read more X" / "READ MORE: X" / "Читайте также: X" line. */
export function inlineRelated(line: string): string | null {
  // The capitals' label needs its colon: without one the pattern is not tried (its look-ahead
  // reads the whole line, and most lines asked are the text's own).
  const m =
    RELATED_INLINE.exec(line) ??
    RELATED_BRACKETED.exec(line) ??
    (line.includes(':') ? CAPS_LABEL_TEASER.exec(line) : null);
  const rest = m?.[1]?.trim() ?? labelWithWordInside(line);
  if (!rest || RELATED_HEADER.test(line)) return null;
  // A title starts like one (capital, a caseless script's letter, digit or quote) and is not a
  // run-on sentence.
  if (!TITLE_START.test(rest) || rest.length > 220 || words(rest) < 2) return null;
  return rest;
}

/** "Label: title" with the label in a script written without spaces, of a few words at most. */
const SPACELESS_LABELLED = /^([^\s:：]{2,20})\s*[:：]\s*(\S.*)$/u;

/**
 * The title after a known inline label with one word put inside it, in a script written without
 * spaces ("read <news> more: Title", as "read more: Title" with the noun of what is read): the
 * label's words (Intl.Segmenter splits them) less one inside word are the known label.
 */
function labelWithWordInside(line: string): string | null {
  const m = SPACELESS_LABELLED.exec(line);
  if (!m) return null;
  const parts = wordSegments(m[1]!);
  if (parts.length < 3 || !parts.every((p) => p.isWordLike) || /\p{N}/u.test(m[1]!)) return null;
  const inside = parts.slice(1, -1).map((_, k) => k + 1);
  const known = inside.some((k) =>
    RELATED_LABEL.test(
      `${parts
        .filter((_, j) => j !== k)
        .map((p) => p.segment)
        .join('')}:`,
    ),
  );
  return known ? m[2]!.trim() : null;
}

/** A heading over the article's related links: "Related", "Read also", "Lire aussi", "Zobacz też". */
export const isRelatedHeading = (text: string): boolean => isRelatedKey(keyOf(text));

/** isRelatedHeading of a text whose keyOf is `key` (a scan of labels keys each text once). */
export function isRelatedKey(key: string): boolean {
  return !POPULAR.test(key) && (RELATED_HEADER.test(key) || isRelatedAny(key));
}

/** A heading over the site's own lists, not the article's: most read, trending, latest. */
export const isSiteListHeading = (text: string): boolean => isSiteListKey(keyOf(text));

/** isSiteListHeading of a text whose keyOf is `key`. */
export const isSiteListKey = (key: string): boolean => POPULAR.test(key);

/** A heading over a list, the article's related links or the site's own: one key for both tests. */
export function isListHeading(text: string): boolean {
  const key = keyOf(text);
  return isRelatedKey(key) || isSiteListKey(key);
}

/** A related-link prefix standing alone before its link: "Read more:", "WATCH:". */
export function isRelatedLabel(text: string): boolean {
  return RELATED_LABEL.test(text.trim());
}

/** Words of a call to promotion: a short imperative, or one with its reason ("…, so you hear first"). */
const PROMO_MAX_WORDS = 9;
const PROMO_WITH_REASON_MAX_WORDS = 15;

/**
 * "Follow us on Mastodon", "Subscribe to our channel, to be the first to hear the news": an
 * imperative of promotion opening one clause, or two parted by a comma, with no sentence's end.
 */
function isPromoLine(line: string, key: string): boolean {
  const t = line.trim();
  if (/[.!?]$/u.test(t) || !PROMO_START.test(key)) return false;
  const n = words(line);
  return n <= PROMO_MAX_WORDS || (n <= PROMO_WITH_REASON_MAX_WORDS && (t.match(/,/gu) ?? []).length === 1);
}

/**
 * "Écouter <station> en direct", "Watch the council meeting live": a player's prompt, a play verb
 * opening a short line with no sentence's end. Its object is a station or a programme of any name.
 */
function isPlayPrompt(line: string, key: string): boolean {
  return !/[.!?]$/u.test(line.trim()) && PLAY_VERB.test(key.split(' ')[0]!) && words(line) <= PROMO_MAX_WORDS;
}

/** Words that name a newsletter, in the languages we read. */
const NEWSLETTER_WORD = /newsletter|inbox|boletín|rundbrief|lettre|biuletyn|рассылк/iu;

/** "Sign up to the morning email": a short call to join a newsletter, where many pages end the text. */
export const isNewsletterPromo = (line: string): boolean =>
  isPromoLine(line, keyOf(line)) && NEWSLETTER_WORD.test(keyOf(line));

/** Words of a feedback poll's question at most. */
const POLL_ROW_MAX_WORDS = 10;
/**
 * "Was this page helpful? Yes No", "Czy ta informacja była pomocna? Tak Nie": a short question and
 * two or three answers of a capital and a few letters each, printed as one line: a poll's buttons.
 */
const POLL_ROW = /^[^?？]{3,100}[?？]\s+\p{Lu}\p{Ll}{0,3}(?:\s+\p{Lu}\p{Ll}{0,3}){1,2}$/u;
const isPollRow = (line: string): boolean => words(line) <= POLL_ROW_MAX_WORDS && POLL_ROW.test(line.trim());

/** Words of a download link's name at most: a document's title, not a paragraph. */
const FILE_LINK_MAX_WORDS = 20;
/** "(PDF, 312 KB)", "(1,1 MB)", "(DOCX, 2 Mo)": a file's format and size in brackets. */
const FILE_MARK = /[(（]\s*(?:\p{L}{2,5}\s*[,;]\s*)?\d[\d.,]*\s?(?:[KMGkmg]i?[Bo]|[КМкм]Б)\s*[)）]$/u;

/**
 * "Council minutes (PDF, 1.1 MB)": a link to a file, its size in brackets at the end, in any
 * language. An attachment of the page, not its text nor a related story.
 */
const isFileLink = (line: string): boolean =>
  words(line) <= FILE_LINK_MAX_WORDS && FILE_MARK.test(line.trim());

/** A line that names a newsletter ("Newsletter", "Our morning letter"). */
export const namesNewsletter = (line: string): boolean => NEWSLETTER_WORD.test(keyOf(line));

/**
 * Classify a line as furniture, or null when it may be article text. `key` (keyOf(line)) and
 * `copyright` (isCopyright(line)), when the caller has them.
 */
export function furnitureKind(
  line: string,
  key: string = keyOf(line),
  copyright: boolean = isCopyright(line),
): FurnitureKind | null {
  // Empty, or only numbers: a pager ("1 / 12"), a score, a list's counter.
  if (key === '' || /^[\d\s|•·/]+$/.test(key)) return 'drop';
  if (POPULAR.test(key)) return 'popular';
  if (RELATED_HEADER.test(key)) return 'related';
  if (COMMENTS.test(key) || PAYWALL.test(key) || TAGS.test(key) || copyright) return 'footer';
  if (PRESS_TRAILER.test(key) || (words(line) <= 20 && IMPRINT.test(line))) return 'footer';
  if (PUBLICATION_NOTE.test(key)) return 'footer';
  if (isRelatedAny(key) || MORE_NOUN.test(key)) return 'related';
  if (isControl(key) || isControlRow(line) || isNetworkRow(line) || isCommentGate(line)) return 'drop';
  if (isShareButton(line) || isPlayPrompt(line, key)) return 'drop';
  if (isFileLink(line) || isPollRow(line)) return 'drop';
  if (isAdvertLabel(line, key)) return 'drop';
  if (isLanguageSwitch(line)) return 'drop';
  if (PROMO_ANYWHERE.test(line) || isAppPromo(key) || isScriptChannelPitch(line)) return 'drop';
  // Short imperative promotion ("Follow us on Mastodon", "Sign up to the morning email").
  if (isPromoLine(line, key)) return isNewsletterPromo(line) ? 'footer' : 'drop';
  // "Subscribe: 2 € a week, cancel any time": an offer, however long.
  if (words(line) <= 30 && PROMO_START.test(key) && PRICE.test(line)) return 'drop';
  // "Thanks for reading. Support us – subscribe from $2 a week": the offer after a thanks.
  if (words(line) <= 30 && SUBSCRIBE_OFFER.test(line)) return 'drop';
  if (isFundingNote(line)) return 'drop';
  // A newsletter sign-up sentence ("Our weekly newsletter, free in your inbox. Subscribe").
  if (/newsletter/iu.test(key) && /sign up|subscribe|inbox|suscr|abonn|zapisz|подпис/iu.test(key))
    return 'drop';
  if (/#[\p{L}\d_]+$/u.test(key) && words(line) <= 6) return 'drop';
  if (isFactsRow(line) || isRatingLine(line)) return 'drop';
  // "📲 Join our channel", "👉 Follow us on …": an icon before a short call to action.
  if (/^\p{Extended_Pictographic}/u.test(line.trim()) && words(line) <= 15 && !/[.!?]$/u.test(line.trim()))
    return 'drop';
  return null;
}

/**
 * A widget's count under its label, in any language: "Comments (7)", "评论（12）", "Views: 1532",
 * "کد خبر: ۴۵۶۷۸۹", a gallery's "Photos (12 pictures)". A word or two and a bare number, or a
 * number and its unit in brackets; a sentence never stops at its number so.
 */
const LABELLED_COUNT =
  /^(?:[\p{L}\p{M}][\p{L}\p{M}\s'’-]{0,30}[(（]\s*\d[\d\s.,]*(?:\p{L}[\p{L}\p{M}]{0,14}\.?)?[)）]|[\p{L}\p{M}][\p{L}\p{M}\s'’-]{0,30}[:：]\s*\d[\d\s.,]*)$/u;
const LABELLED_COUNT_MAX_WORDS = 3;

/**
 * "Tempo de leitura: 5 minutos", "Lesezeit: 4 Min.": a label, a colon and a number with its unit
 * (a reading time, a length), in any language.
 */
const LABELLED_MEASURE = /^([\p{L}\p{M}][\p{L}\p{M}\s'’-]{0,30})[:：]\s*\d[\d.,]*\s?\p{L}{1,12}\.?$/u;

export const isLabelledCount = (line: string): boolean => {
  if (line.length > 60) return false;
  const t = asciiDigits(line.trim());
  if (t.length > 50) return false;
  const measure = LABELLED_MEASURE.exec(t);
  if (measure) return words(measure[1]!) <= LABELLED_COUNT_MAX_WORDS;
  return (
    LABELLED_COUNT.test(t) &&
    words(t.replace(/\s*[(（][^()（）]*[)）]$|[\d\s.,:：]+$/u, '')) <= LABELLED_COUNT_MAX_WORDS
  );
};

/**
 * "Font size: A A A", "字号：大 中 小": a label and a colon, then a row of choices of a letter or
 * two each. A control, in any language.
 */
const isChoiceRow = (key: string): boolean =>
  key.length <= 40 && /^[^:：]{1,15}[:：]\s*\S{1,2}(?:\s+\S{1,2}){1,5}$/u.test(key);

/** Characters of a reading-time line at most. */
const READING_TIME_MAX_CHARS = 60;
/** Words besides the number and its unit in a reading time ("read", "de lectura", "mar somo"). */
const READING_WORDS_MAX = 3;

/**
 * "4 min read", "Dakika 4 za kusoma", "Olvasási idő 6 perc": a short line of a number beside a
 * language's word for minutes (CLDR's unit names) and a word or few for reading, in any
 * language. A sentence never is this short and bare; a line of a number and minutes alone is a
 * player's length, no reading time, and is left to other tests.
 */
function isReadingTime(key: string): boolean {
  // A few short words: a long line is read no further (and not split on every space).
  if (key.length > READING_TIME_MAX_CHARS) return false;
  const words = asciiDigits(key).split(' ');
  const at = words.findIndex((w) => /^\d{1,3}$/u.test(w));
  if (at < 0 || words.length > READING_WORDS_MAX + 2) return false;
  const unit = (w: string | undefined): boolean => w !== undefined && MINUTE_WORDS.has(w.replace(/\.$/u, ''));
  const unitAt = unit(words[at + 1]) ? at + 1 : unit(words[at - 1]) ? at - 1 : -1;
  if (unitAt < 0) return false;
  const rest = words.filter((_, k) => k !== at && k !== unitAt);
  return rest.length >= 1 && rest.every((w) => /^[\p{L}\p{M}'’]+:?$/u.test(w));
}

/** One control: a known control line, a control opening, a reading time, a counter or a UI verb. */
function isControl(key: string): boolean {
  if (CONTROL_LINES.has(key) || ADVERT_LABELS.has(key) || CONTROL_PREFIX.test(key) || READING_TIME.test(key))
    return true;
  if (isReadingTime(key)) return true;
  if (isLabelledCount(key) || isChoiceRow(key)) return true;
  if (COUNTER.test(key) || EXPANDER.test(key) || BACK_TO_FRONT.test(key)) return true;
  // "Artikel teilen", "Listen to the story", "Offrir cet article": a short line that opens or ends
  // with a control verb.
  const w = key.split(/\s+/);
  return w.length <= 4 && (UI_VERB.test(w[0]!) || UI_VERB.test(w[w.length - 1]!));
}

/**
 * A row of controls printed as one line: "Print | Close", "[ Print ] [ Close ]",
 * "Listen • 5 min", "Save · Share". Every part is a control.
 */
function isControlRow(line: string): boolean {
  if (line.length > 120) return false;
  const parts = line
    .split(/\s*[|•·[\]]\s*|\s{2,}/u)
    .map((p) => keyOf(p))
    .filter((p) => p !== '');
  return parts.length >= 2 && parts.every((p) => isControl(p));
}

/** Short words between a share button's verb and its network ("su", "ʻi he"), at most two. */
const BUTTON_LINKING_WORDS = 2;
const BUTTON_LINKING_MAX_CHARS = 3;

/**
 * "Condividi su Facebook", "Verb on WhatsApp" in words no list knows: one share button alone on
 * its line, a word (the button's verb, capitalised or of a script without case), a short linking
 * word or two, and a network's name last, nothing else. A sentence about a network goes on past
 * its name or ends like a sentence.
 */
function isShareButton(line: string): boolean {
  const w = line.trim().split(/\s+/u);
  if (w.length < 2 || w.length > 2 + BUTTON_LINKING_WORDS || /[\p{N}.!?:;,]/u.test(line)) return false;
  const [verb, ...rest] = w;
  const network = rest.pop()!;
  return (
    NETWORK_NAMES.includes(keyOf(network)) &&
    /^[\p{Lu}\p{Lo}]/u.test(verb!) &&
    !NETWORK_NAMES.includes(keyOf(verb!)) &&
    rest.every((x) => x.length <= BUTTON_LINKING_MAX_CHARS && !/\p{Lu}/u.test(x))
  );
}

/** Languages a switch offers, at most. */
const SWITCH_MAX_PARTS = 8;

/**
 * "Te Reo Māori | English", "Deutsch / Français": a language switch, each part a language's name
 * in English or in itself, or a short phrase ending in one ("Te Reo Māori", "in English").
 */
function isLanguageSwitch(line: string): boolean {
  if (line.length > 120) return false;
  const parts = line.split(/\s+[|/·•]\s+/u).map((p) => p.trim());
  if (parts.length < 2 || parts.length > SWITCH_MAX_PARTS) return false;
  const lastWord = (p: string): string => p.split(/\s+/u).at(-1)!;
  return (
    parts.some((p) => isLanguageName(p)) &&
    parts.every((p) => isLanguageName(p) || (words(p) <= 3 && isLanguageName(lastWord(p))))
  );
}

/** Words in a row of share buttons, its label aside. */
const NETWORK_ROW_MAX_WORDS = 8;

/**
 * "Bagikan: Facebook X WhatsApp Salin tautan": a share bar printed as one line of button names,
 * after a label in any language. Most of its words are controls (the networks); the rest is a
 * button named in the page's language. A sentence naming the networks has other words and ends.
 */
function isNetworkRow(line: string): boolean {
  if (line.length > 120 || /[.!?]$/u.test(line.trim())) return false;
  const row = line.replace(/^[^:：]{1,30}[:：]/u, '');
  const w = keyOf(row)
    .split(/[\s,·•|]+/u)
    .filter((x) => x !== '');
  const known = w.filter((x) => CONTROL_LINES.has(x)).length;
  if (w.length > NETWORK_ROW_MAX_WORDS) return false;
  if (known >= 3 && known * 2 > w.length) return true;
  if (isRepeatedButton(w)) return true;
  // "Share : Facebook · X · E-mail letter · Print": after a label, buttons set apart by dots or
  // bars are a bar with two networks among them; the others are buttons named in the page's
  // language, of a word or two each.
  const parts = row.split(/\s[·•|/]\s/u).map((p) => keyOf(p));
  const networks = parts.filter((p) => CONTROL_LINES.has(p)).length;
  // "Label: Facebook / WhatsApp": after a label, two or more networks and nothing else.
  if (row !== line && parts.length >= 2 && networks === parts.length) return true;
  return (
    row !== line &&
    parts.length >= 3 &&
    networks >= 2 &&
    networks * 2 >= parts.length &&
    parts.every((p) => words(p) <= 2)
  );
}

/** Words of one share button besides its network ("Share on", "Teilen auf"). */
const BUTTON_MAX_WORDS = 3;

/**
 * "Sangi kwa Facebook Sangi kwa WhatsApp" in words no list knows: one button's label printed
 * once per network, the same words before each of two networks or more and nothing after the
 * last. A sentence naming two networks does not say the same words before each.
 */
function isRepeatedButton(w: readonly string[]): boolean {
  const buttons: string[] = [];
  let start = 0;
  for (let i = 0; i < w.length; i++) {
    if (!CONTROL_LINES.has(w[i]!)) continue;
    if (i === start || i - start > BUTTON_MAX_WORDS) return false;
    buttons.push(w.slice(start, i).join(' '));
    start = i + 1;
  }
  return start === w.length && buttons.length >= 2 && buttons.every((b) => b === buttons[0]);
}

/** A counter or a measure shown by a widget: "12 comments", "4 min", "68°", "1.2k". */
const COUNTER =
  /^\d+(?:[.,]\d+)?\s*(?:°[cf]?|%|k|min\.?|mins|minutes?|minuten|minutos?|minuti|минут\p{L}*|comments?|kommentare?|commentaires?|comentarios?)?$/iu;

/** Lists' expanders: "Show more", "View all updates", "See all", "Load older posts". */
const EXPANDER =
  /^(?:(?:show|view|see|load|mostrar|ver|mehr|afficher|voir|pokaż|показать)|(?:se|vis|visa)\s+(?:flere|fler|mere|mer|alle|alla))(?:\s+\p{L}+){0,3}$/iu;

/** App promotion: "Download the Example News app for alerts", "Lade dir unsere App herunter". */
function isAppPromo(key: string): boolean {
  return (
    words(key) <= 30 &&
    /^(?:download|get|install|descarga|descargue|lade|laden sie|installiere|téléchargez|pobierz|скачайте|scarica)(?!\p{L})/iu.test(
      key,
    ) &&
    /(?<!\p{L})(?:app|apps|application|aplicación|aplicacion|aplikacj\p{L}*|приложени\p{L}*|applicazione)(?!\p{L})/iu.test(
      key,
    )
  );
}

/** "5 min read", "Lecture 3 min.", "Lesezeit: 4 Min.", "Время чтения: 3 мин". */
const READING_TIME =
  /^(?:\d+\s*(?:min(?:ute)?s?|mins?)\.?\s+(?:read|de lectura|di lettura|czytania|leestijd|lesezeit|lesetid|læsetid|läsning|lukuaika|de leitura)|(?:temps de )?lecture\s*:?\s*\d+\s*min|lesezeit\s*:?\s*\d+|czas czytania\s*:?\s*\d+|время чтения\s*:?\s*\d+|tiempo de lectura\s*:?\s*\d+|tempo di lettura\s*:?\s*\d+|leestijd\s*:?\s*\d+|reading time\s*:?\s*\d+)/iu;

/** Verbs of page controls: share, listen, print, save, gift, in the languages we read. */
const SHARE_VERBS =
  'share|teilen|partager|compartir|udostępnij|condividi|partilhar|поделиться|delen|comparte|dela|del|deel|megosztás|sdílet|jaa|paylaş|distribuie|compartilhar|поділитися';
/** Verbs that open a player ("Listen", "Écouter", "Watch"), in the languages we read. */
const PLAY_VERBS =
  'listen|anhören|écouter|écoutez|escuchar|escucha|ascolta|ouvir|ouça|posłuchaj|слушать|слушайте|прослушать|lyssna|lytt|luister|watch|regarder|regardez|ansehen|assista|obejrzyj|смотрите';
const PLAY_VERB = new RegExp(`^(?:${PLAY_VERBS})$`, 'iu');
const UI_VERB = new RegExp(
  `^(?:${SHARE_VERBS}|${PLAY_VERBS}|print|drucken|imprimer|imprimir|drukuj|save|speichern|merken|sauvegarder|guardar|zapisz|сохранить|gift|verschenken|offrir|regalar|regala)$`,
  'iu',
);
const SHARE_VERB = new RegExp(`^(?:${SHARE_VERBS})$`, 'iu');

/**
 * A share bar's opening control ("Share this:", "Teilen", "Deel dit artikel"): the short lines
 * under it are the networks it offers, whatever their names.
 */
export function opensShareBar(line: string): boolean {
  const w = keyOf(line).split(/\s+/);
  return w.length <= 4 && SHARE_VERB.test(w[0]!);
}

/** Format badges printed near a headline ("Live", "Long read", "Analysis"): not a section. */
const FORMAT_LABELS = new Set(
  [
    'live',
    'live blog',
    'liveblog',
    'as it happened',
    'long read',
    'the long read',
    'analysis',
    'opinion',
    'comment',
    'explainer',
    'interview',
    'exclusive',
    'breaking',
    'breaking news',
    'video',
    'watch',
    'podcast',
    'review',
    'feature',
    'sponsored',
    'updated',
    'en directo',
    'directo',
    'en vivo',
    'última hora',
    'análisis',
    'opinión',
    'entrevista',
    'en direct',
    'direct',
    'analyse',
    'tribune',
    'entretien',
    'liveticker',
    'live-ticker',
    'eilmeldung',
    'kommentar',
    'na żywo',
    'relacja',
    'wywiad',
    'komentarz',
    'онлайн',
    'прямая трансляция',
    'мнение',
    'интервью',
    'молния',
    'эксклюзив',
    'ao vivo',
    'in diretta',
    'diretta',
  ].map(keyOf),
);

/** Access badges ("Member-only story"): they say who may read a story, and name no section. */
const ACCESS_BADGES = new Set(
  [
    'member-only story',
    'members only',
    'subscribers only',
    'subscriber exclusive',
    'premium',
    '会員限定記事',
    '有料記事',
  ].map(keyOf),
);

export const isAccessBadge = (line: string, key: string = keyOf(line)): boolean => ACCESS_BADGES.has(key);

export function isFormatLabel(line: string): boolean {
  return FORMAT_LABELS.has(keyOf(line));
}

/** Words of one link in a row of links. */
const LINK_ROW_ITEM_MAX_WORDS = 3;

/**
 * "About | Contact | Privacy", "Impressum · Datenschutz · Kontakt": short items joined by bars or
 * middle dots, none a sentence — a footer's row of links, not a story's title. Two items only on
 * the page's last line: a title may print its topic before a bar ("Weather | Floods close A1").
 */
export function isLinkRow(text: string, lastLine: boolean): boolean {
  const parts = rowParts(text);
  if (parts.length < (lastLine ? 2 : 3)) return false;
  return parts.every((p) => words(p) <= LINK_ROW_ITEM_MAX_WORDS && !/[.!?]$/u.test(p));
}

/** Marks that point back or forth: guillemets, angle quotes and arrows. */
const BACK_MARK = /^[«‹←⟵◀◄<]/u;
const FORTH_MARK = /[»›→⟶▶►>]$/u;

/**
 * "« Previous post: Title", "Title »", "← Title": a link marked at one end only by a mark that
 * points back or forth is the blog's previous or next post, the neighbour in time, not a story
 * the page relates to its own. A title in guillemets at both ends, or ending in a quote it opened,
 * is quoted, not pointed.
 */
export function isStepLink(text: string): boolean {
  const t = text.trim();
  if (BACK_MARK.test(t) === FORTH_MARK.test(t)) return false;
  // "… the «Lakes» award": a guillemet closing a quote opened inside the title points nowhere.
  const count = (re: RegExp): number => (t.match(re) ?? []).length;
  return count(/[«‹<]/gu) !== count(/[»›>]/gu);
}

/** Parts of a row of names at least, and words of one name at most. */
const NAME_ROW_MIN_PARTS = 3;
const NAME_ROW_ITEM_MAX_WORDS = 5;

/**
 * "Town Council · Hill Bakery · Lee and Sons": three names or more parted by middle dots or
 * bullets, perhaps after a label and its colon ("Supported by: …") — the sponsors or partners a
 * page lists, not a story's title. A bar may part a title's topic from it; a dot does not.
 */
export function isNameRow(text: string): boolean {
  const parts = text.replace(/^[^:：]{1,60}[:：]\s+/u, '').split(/\s+[·•]\s+/u);
  if (parts.length < NAME_ROW_MIN_PARTS) return false;
  return parts.every((p) => words(p) <= NAME_ROW_ITEM_MAX_WORDS && !/[.!?]$/u.test(p));
}

/**
 * "Prep: 20 min · Cook: 15 min · Serves: 4", also glued where the page set each part in a box of
 * its own ("Prep: 20 minCook: 15 min"): two labelled figures or more and nothing else — a recipe's
 * or a product's facts, not a sentence.
 */
const FACTS_ROW =
  /^(?:\s*[·•|,;]?\s*\p{L}[\p{L}\p{M}]{1,19}(?:\s\p{L}[\p{L}\p{M}]{1,19})?\s*:\s*\p{N}+(?:[.,]\p{N}+)?(?:\s*[-–]\s*\p{N}+)?\s*\p{L}{0,6}\.?){2,6}$/u;
const isFactsRow = (line: string): boolean => line.length <= 160 && FACTS_ROW.test(line.trim());

/** "Rate this recipe: ★★★★☆ (42 votes)": a run of stars is a rating widget. */
const isRatingLine = (line: string): boolean => line.length <= 160 && /[★☆✩✭✮⭐]{3,}/u.test(line);

/**
 * A read-on teaser run onto a paragraph's end where a dump lost the line break: the last
 * sentence, then a related label with a capital and a separator, then a title that ends
 * without a sentence's mark ("… on Monday. READ ALSO: Bridge closed for repairs").
 */
const READ_ON_TAIL = new RegExp(
  `^(.*[.!?…»"”)])\\s+((?:${RELATED_WORDS})\\s*[:–—|›»]\\s*\\S.*[^.!?…:;\\s])$`,
  'iu',
);

/** Short words between a button's verb and its network ("on", "sur", "via", "en"). */
const LINKING_WORD_MAX = 3;
/** Words of a row of share buttons run onto a paragraph, at most. */
const SHARE_TAIL_MAX_WORDS = 12;

/**
 * "Teilen auf Facebook Teilen auf X Drucken": a row of page controls, every word a control's verb, a
 * network or a short linking word, with two networks at least and a verb first.
 */
function isShareTail(tail: string[]): boolean {
  if (tail.length < 3 || tail.length > SHARE_TAIL_MAX_WORDS || !/^\p{Lu}/u.test(tail[0]!)) return false;
  const keys = tail.map((w) => keyOf(w));
  if (!UI_VERB.test(keys[0]!)) return false;
  const networks = keys.filter((k) => CONTROL_LINES.has(k) && !UI_VERB.test(k)).length;
  const known = keys.every(
    (k) => UI_VERB.test(k) || CONTROL_LINES.has(k) || (k.length <= LINKING_WORD_MAX && /^\p{Ll}+$/u.test(k)),
  );
  return known && networks >= 2;
}

/**
 * Where a dump lost its line breaks, furniture runs onto the end of a paragraph: a read-on
 * teaser or a row of share buttons after its last sentence. The line split back in two, or
 * alone when nothing ran on.
 */
export function unglueTail(line: string): string[] {
  const m = READ_ON_TAIL.exec(line);
  if (m && /^\p{Lu}/u.test(m[2]!)) return [m[1]!, m[2]!];
  const w = line.split(' ');
  for (let i = Math.max(1, w.length - SHARE_TAIL_MAX_WORDS); i < w.length - 2; i++) {
    if (/[.!?…»"”)]$/u.test(w[i - 1]!) && isShareTail(w.slice(i)))
      return [w.slice(0, i).join(' '), w.slice(i).join(' ')];
  }
  return [line];
}

/** Titles run together after a list's heading: several words, no sentence's end. */
const LIST_RUN_MIN_WORDS = 6;
/** Words of a site list's heading at most ("Most read this week"). */
const LIST_HEAD_MAX_WORDS = 5;

/**
 * "Most read Title one Title two …": a site list's heading with its titles run onto its line
 * where a dump lost the line breaks. The heading and the run apart, or null.
 */
export function splitListHead(line: string): [string, string] | null {
  const w = line.split(' ');
  for (let k = 1; k <= Math.min(LIST_HEAD_MAX_WORDS, w.length - LIST_RUN_MIN_WORDS); k++) {
    const head = w.slice(0, k).join(' ');
    const rest = w.slice(k).join(' ');
    if (isSiteListHeading(head) && /^\p{Lu}/u.test(rest) && !/[.!?…]$/u.test(rest)) return [head, rest];
  }
  return null;
}
