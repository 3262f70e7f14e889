import {
  AUTHOR_LABELS,
  BY_AFTER_WORDS,
  BY_WORDS,
  WORK_BY,
  alternation,
} from '../../language/byline-words.js';
import { PHOTO_WORDS as PHOTO_CREDIT_WORDS, SOURCE_WORDS } from '../../language/credit-words.js';
import { NAME_PARTICLES } from '../../language/name-particles.js';
import { AND_WORDS as CLDR_AND_WORDS } from '../../language/and-words.js';
import { isAnyGivenName } from '../../tagging/given-names.js';
import { CASELESS_FUNCTION_WORDS } from '../../language/stopwords.js';
import { LOCALE_ZONE_ABBREVIATIONS } from '../../language/zones.js';
import { foldMarks } from '../../language/fold.js';
import { isZoneName, mentionsDate } from './dates.js';
import { asciiDigits } from '../text.js';

/**
 * Line shapes in plain-text dumps of news pages: bylines, author names, photo captions and
 * credits, headline-like and label-like lines. Multilingual by small word lists; all patterns
 * are anchored or bounded so long lines stay cheap.
 */

/**
 * Words that make a byline part a role, not a name ("Retail Editor", "Health correspondent");
 * "desk" also as Urdu, Hindi and Bengali pages spell the loanword ("Web desk" in their script).
 */
const ROLE_WORDS =
  /(?<!\p{L})(?:editor|correspondent|reporter|writer|staff|journalist|repórter|verslaggever|columnist|contributor|producer|analyst|chief|senior|deputy|news|desk|bureau|team|office|officer|redakteur\p{L}*|redaktion|korrespondent\p{L}*|corresponsal|redactor\p{L}*|periodista|rédact\p{L}*|correspondant\p{L}*|journaliste|dziennikar\p{L}*|korespondent\p{L}*|redaktor\p{L}*|корреспондент\p{L}*|редактор\p{L}*|журналист\p{L}*|обозревател\p{L}*|giornalista|inviat\p{L}|jornalista|নিজস্ব|প্রতিবেদক|সংবাদদাতা|संवाददाता|संवाद सूत्र|ڈیسک|डेस्क|ডেস্ক)(?!\p{L})/iu;

/** Names a role ("Staff Writer", "Health correspondent", "Redakteurin"). */
export const namesRole = (s: string): boolean => ROLE_WORDS.test(s);

/**
 * Account names that are not people ("Posted by admin"; "Super User", the name Joomla gives the
 * site's first account, printed as its articles' author).
 */
export const NOT_PEOPLE =
  /^(?:admin|administrator|editor|editors|staff|webmaster|redacción|redaktion|rédaction|redakcja|редакция|redação|redazione|redactie|redakce|toimitus|szerkesztőség|redaksjonen|redaktionen|newsroom|desk|team|guest|super ?user)$/iu;

/** A run of capitalised words, as names are printed ("Ada Lovelace", "JOHN DOE", "Ana María Ruiz"). */
export function isNameLike(s: string, maxTokens = 5): boolean {
  const tokens = s.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > maxTokens || s.length > 60 || /\d/.test(s)) return false;
  let caps = 0;
  for (const t of tokens) {
    if (/^\p{Lu}[\p{L}'’.-]*$/u.test(t)) caps++;
    else if (!NAME_PARTICLES.has(t.toLowerCase())) return false;
  }
  return caps >= 1 && /^\p{Lu}/u.test(tokens[0]!);
}

/**
 * A name in a script without case (Hebrew, Arabic, Korean, Devanagari with its vowel signs): two
 * to four words of letters only. Only trusted where a byline's prefix or role word already says a
 * name follows, or where the line stands as the author's does (next to the date line). Georgian
 * letters (U+10D0–U+10FF) are lower case to Unicode, but Georgian prints no capitals: caseless.
 */
export const isCaselessName = (s: string): boolean =>
  /^[\p{Lo}\u10d0-\u10ff][\p{Lo}\u10d0-\u10ff\p{M}]{0,15}(?:\s[\p{Lo}\u10d0-\u10ff][\p{Lo}\u10d0-\u10ff\p{M}]{0,15}){1,3}$/u.test(
    s.trim(),
  );

/** A word of a caseless script, or an initial with its dot ("பா.", the Tamil initial). */
const CASELESS_NAME_WORD = /^[\p{Lo}\u10d0-\u10ff][\p{Lo}\u10d0-\u10ff\p{M}]{0,15}$|^\p{Lo}[\p{M}]{0,2}\.$/u;
/** A role after a name and a comma: a few words, no digits, no sentence's end. */
const TRAILING_ROLE = /^(.+?)\s*[,،、]\s*([^,،、\d]{2,40})$/u;
const ROLE_MAX_WORDS = 3;

/**
 * Scripts written without spaces between words (Unicode's line-breaking class SA: Thai, Lao,
 * Myanmar, Khmer and the Tai scripts): a whole name is one word there.
 */
const UNSPACED_SCRIPT_WORD =
  /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Tai_Tham}\p{Script=Tai_Viet}\p{Script=New_Tai_Lue}\p{Script=Tai_Le}][\p{L}\p{M}]*$/u;

/**
 * "<given name> <surname> <role run together>": a script that writes no spaces between words runs
 * a role of several words ("reporter for the province") into one token after the name, longer
 * than any word of a name. The name's words without it, or null when the line has no such token.
 */
export function withoutRunOnRole(value: string): string | null {
  const words = value.trim().split(/\s+/u);
  const last = words[words.length - 1]!;
  if (words.length < 3 || !UNSPACED_SCRIPT_WORD.test(last) || CASELESS_NAME_WORD.test(last)) return null;
  return caselessAuthor(words.slice(0, -1).join(' '))?.name ?? null;
}

/** Thai and Lao: scripts that write no spaces inside a sentence and print a name as given name and surname. */
const GIVEN_AND_SURNAME_WORD = /^[\p{Script=Thai}\p{Script=Lao}][\p{L}\p{M}]*$/u;

/**
 * "<by> <given name> <surname>", "<Mr> <given name> <surname>" in Thai or Lao script: a name there
 * is two words, a space between given name and surname and none inside either; a third word before
 * them is the language's "by" or a title, whatever the language's word for it.
 */
const titledTwoWordName = (words: readonly string[]): boolean =>
  words.length === 3 && words.every((w) => GIVEN_AND_SURNAME_WORD.test(w));

/** "<label> - <name>": one word, a spaced dash, then the rest. */
const DASH_LABEL = /^(\S+)\s+[-–—]\s+(\S.*)$/u;

/**
 * "<Reporter> - <name>" in a script without case: a label of one word and a dash where other pages
 * print a colon, then a name of two to four words, or of one in a script that writes no spaces
 * between words. The name, or null.
 */
function dashLabelledName(t: string): string | null {
  const m = DASH_LABEL.exec(t);
  if (!m || !CASELESS_NAME_WORD.test(m[1]!)) return null;
  const words = m[2]!.split(/\s+/u);
  if (!words.every((w) => CASELESS_NAME_WORD.test(w)) || words.length > 4) return null;
  return words.length >= 2 || UNSPACED_SCRIPT_WORD.test(words[0]!) ? words.join(' ') : null;
}

/**
 * An author's line in a script without case, as it stands by the date under a headline: two to
 * four words of a name, an initial allowed ("பா. செல்வகுமார்"), after a function word for "by"
 * ("โดย …") and before a comma and a short role ("…، خبرنگار", "…, খুলনা প্রতিনিধি"). The name and
 * whether a role followed it, or null.
 */
export function caselessAuthor(line: string): { name: string; role: boolean } | null {
  const labelled = dashLabelledName(line.trim());
  if (labelled !== null) return { name: labelled, role: false };
  let t = line.trim();
  const roled = TRAILING_ROLE.exec(t);
  if (roled && wordCount(roled[2]!) <= ROLE_MAX_WORDS) t = roled[1]!;
  const words = t.split(/\s+/u);
  if (words.length >= 3 && (CASELESS_FUNCTION_WORDS.has(words[0]!) || titledTwoWordName(words)))
    words.shift();
  // An initial opens a name; the surname ends it.
  const name =
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => CASELESS_NAME_WORD.test(w)) &&
    !words[words.length - 1]!.endsWith('.');
  return name ? { name: words.join(' '), role: t !== line.trim() } : null;
}

/**
 * "Name 기자", "Name 記者": a name and the reporter's role word after it, as Korean, Japanese and
 * Chinese pages sign a story (an e-mail address may follow).
 */
const ROLE_AFTER_NAME =
  /^(\p{Lo}{2,5}(?:\s\p{Lo}{1,5})?)\s*(?:기자|특파원|記者|记者|特派員)(?:\s+\S+@\S+)?$/u;

/**
 * "記者Name／Place報導", "记者 Name/Place报道": Chinese pages print the role first, then the name,
 * then, after a slash, where the story was filed from and the word for "reports".
 */
const ROLE_BEFORE_NAME =
  /^(?:記者|记者|特派員|特派员|特約記者|特约记者)\s*(\p{Lo}{2,4})(?:\s*[/／]\s*\p{Lo}{1,8}?(?:報導|报道|電|电|訊|讯))?$/u;

/**
 * "…施工。 记者 刘洋 摄", "…機組。張偉 撮影": after a Chinese or Japanese caption's full stop, the
 * name of who took the picture and the word for "photographed" (摄/攝, 撮影), often with the
 * reporter's role (and an agency ending in 社) before the name. The caption and the name alone.
 */
const SHOT_BY =
  /[。.!?！？]\s*(?:(?:\p{Lo}{1,4}社)?(?:记者|記者|通讯员|通訊員)\s*)?(\p{Lo}{2,5}(?:\s+\p{Lo}{2,5})?)\s*[/／]?\s*(?:摄|攝|撮影)$/u;
/** "…＝13日、北浜市（山本健一撮影）": the name and the same word in brackets after the caption. */
const SHOT_BY_BRACKETED = /\s*[（(](?:记者|記者|通讯员|通訊員)?\s*(\p{Lo}{2,5}?)\s*(?:摄|攝|撮影)[）)]$/u;
/**
 * "文・Name", "取材・文 Name": Japanese prints the work ("text", "reporting") before the writer's name,
 * and may print the writer's desk and role in brackets after it ("文：Name（desk editor）").
 */
const WORK_BEFORE_NAME =
  /^(?:取材・文|文・取材|文)\s*[・·:：/／]\s*(\p{Lo}{2,5})(?:\s*[（(][^()（）]{1,40}[)）])?$/u;

/** "…行列ができた（撮影・Name）": the word for "photographed" first, then the name, in brackets. */
const SHOT_WORD_FIRST = /\s*[（(](?:撮影|摄影|攝影)\s*[・·:：]?\s*(\p{Lo}{2,5})[）)]$/u;
function shotBy(t: string): CaptionParts | null {
  if (t.length > 300) return null;
  const m = SHOT_BY.exec(t);
  if (m) return { caption: clean(t.slice(0, m.index + 1)), credit: clean(m[1]!) };
  const b = SHOT_BY_BRACKETED.exec(t) ?? SHOT_WORD_FIRST.exec(t);
  return b && b.index > 0 ? { caption: clean(t.slice(0, b.index)), credit: clean(b[1]!) } : null;
}

/** "And" between two names, in the languages we read. */
const AND_WORDS = 'and|und|y|et|i|и|e|og|och|és|și|&';
const NAME_JOINER = new RegExp(`\\s*,\\s*|\\s+(?:${AND_WORDS})\\s+`, 'iu');
const AND_WORD = new RegExp(`^(?:${AND_WORDS})$`, 'iu');

/** The parts of a list of names ("Ann Lee, Bo Roe and Cy Dahl"). */
export const nameParts = (s: string): string[] =>
  s
    .split(NAME_JOINER)
    .map((p) => p.trim())
    .filter(Boolean);

/** The list joins its parts with an "and" ("Ann Lee og Bo Roe"), not only commas. */
export const hasAndWord = (s: string): boolean => s.split(/\s+/).some((w) => AND_WORD.test(w));

/**
 * The word any language's lists put between two items (CLDR list patterns: "na", "ja", "og"),
 * lower case, a name's particles ("da", "van") aside: they stand inside names.
 */
const ANY_AND_WORDS: ReadonlySet<string> = new Set(
  Object.values(CLDR_AND_WORDS)
    .flatMap((w) => w.split('|'))
    .filter((w) => /^\p{Ll}+$/u.test(w) && !NAME_PARTICLES.has(w)),
);

/**
 * "Ann Lee na Bo Roe" in a language no list of ours knows: two full names (two capitalised words
 * or more each) with one word between them that some language's lists use for "and". A name
 * holds no word in lower case but its particles.
 */
function anyAndJoined(s: string): boolean {
  const words = s.trim().split(/\s+/u);
  const joints = words.flatMap((w, k) => (ANY_AND_WORDS.has(w) ? [k] : []));
  if (joints.length !== 1) return false;
  const k = joints[0]!;
  const sides = [words.slice(0, k).join(' '), words.slice(k + 1).join(' ')];
  return sides.every((p) => wordCount(p) >= 2 && isNameLike(p) && !NOT_PEOPLE.test(p));
}

/** Names joined by commas and "and": every part a name. */
function namesOf(s: string): string | null {
  const parts = nameParts(s);
  if (parts.length === 0 || parts.length > 6) return null;
  if (parts.every((p) => (isNameLike(p) || isCaselessName(p)) && !NOT_PEOPLE.test(p))) return s.trim();
  return parts.length === 1 && anyAndJoined(s) ? s.trim() : null;
}

// The line may be anything, so a label needs its colon; "by" words and "Written by" stand bare. Greek
// prints the author in the genitive after the article ("Της Ann Lee", "Του Bo Roe"): "by".
const BY_PREFIX = new RegExp(
  `^(?:(?:${alternation([...WORK_BY, ...BY_WORDS])})(?:\\s*:\\s*|\\s+)|(?:${alternation(AUTHOR_LABELS)})\\s*:\\s*)`,
  'iu',
);

/** "Posted", "Published" in the languages we read: the verb a blog prints before its date or author. */
const POSTED =
  'posted|published|publié|publicado|publicada|veröffentlicht|pubblicato|opublikowano|опубликовано|gepubliceerd|publicerad';

/** A date, then the author: "Posted on <date> by <name>", in the languages we read. */
const POSTED_ON_BY = new RegExp(
  `^(?:${POSTED})\\s+(?:on|le|el|am|il|em|op|den)?\\s*([^]{1,60}?)\\s+(?:${alternation(BY_WORDS)})\\s+(.+)$`,
  'iu',
);

/** A date, then "by" and a capitalised name: "March 4, 2026 by Ann Lee · 3 Comments". */
const DATED_BY = new RegExp(`^([^]{6,40}?)\\s+(?:${alternation(BY_WORDS)})\\s+(?=\\p{Lu})(.+)$`, 'iu');
function datedBy(t: string): RegExpExecArray | null {
  const m = DATED_BY.exec(t);
  return m && mentionsDate(m[1]!) && !/\p{L}{2,}\s*:\s*$/u.test(m[1]!) ? m : null;
}

/**
 * "Posted on 2 May 2026 by Jo Marsh", "2 May 2026 by Jo Marsh": what follows the "by" of a line
 * that prints the date before the author, or null when the line is not of that shape.
 */
export function afterDatedBy(line: string): string | null {
  const t = line.trim();
  const m = POSTED_ON_BY.exec(t) ?? datedBy(t);
  return m ? m[2]! : null;
}

/** Words of a desk's signature ("Staff Reporter", "Our Political Correspondent"). */
const DESK_MAX_WORDS = 4;
/** A role alone, capitalised, of a few words: a desk signing for its reporters. */
const isDeskSignature = (s: string): boolean =>
  s.split(/\s+/u).length <= DESK_MAX_WORDS &&
  /^\p{Lu}/u.test(s) &&
  !/[\d,;:.!?]/u.test(s) &&
  ROLE_WORDS.test(s);

/**
 * The word that ends a desk's signature names a group, not one writer: "Sports Desk", "Metro
 * Team", "City Bureau", "Business Staff". Such a signature has no author; "Staff Reporter" and
 * "Our Correspondent" stand for one person and stay.
 */
const GROUP_HEAD = /(?<!\p{L})(?:desk|team|bureau|newsroom|staff|office|ڈیسک|डेस्क|ডেস্ক)$/iu;
const namesGroup = (s: string): boolean => GROUP_HEAD.test(s.trim());

/** Words of an institution's name written out with its joining words, at least. */
const INSTITUTION_MIN_WORDS = 4;
/**
 * Joining words of an institution's name written out, at least: its nouns are joined one to the
 * next ("Office of the Board", "Servicio de Prensa de la Diputación"), where one joining word ("Ann
 * Lee og Bo Roe", "<by> ANN LEE") parts two names, or a label from a name.
 */
const INSTITUTION_MIN_JOINERS = 2;
/** A word of a name's own: capitalised, or a short joining word ("de", "del", "of the", "della"). */
const NAME_OR_JOINER = /^(?:\p{Lu}|\p{Ll}{1,5}$)/u;

/**
 * "Communications Office", "Servicio de Prensa de la Diputación de Ejemplo": a name of an
 * office or a body, not of a person: it ends in a group's noun, or it runs to four words or more
 * of capitalised words joined by short lower-case ones ("and" none of them), longer than a
 * person's name with its particles is read as.
 */
export function namesInstitution(name: string): boolean {
  const first = name.split(/\s*,\s*/u)[0]!.trim();
  if (namesGroup(first)) return true;
  const words = first.split(/\s+/u);
  const joiners = words.filter((w) => /^\p{Ll}/u.test(w));
  return (
    words.length >= INSTITUTION_MIN_WORDS &&
    !/[\p{N}.!?:;()]/u.test(first) &&
    words.every((w) => NAME_OR_JOINER.test(w)) &&
    joiners.length >= INSTITUTION_MIN_JOINERS &&
    !joiners.some((w) => AND_WORD.test(w)) &&
    !isNameLike(first)
  );
}

/** The author, then the date: "Publicado por <name> em <date>"; the date is cut off after the name. */
const POSTED_BY = new RegExp(`^(?:${POSTED})\\s+(?:${alternation(BY_WORDS)})\\s+(?=\\p{Lu})`, 'iu');

/** " in Kyiv", " at the town hall": where the reporter was, after a name. */
export const REPORTER_PLACE =
  /\s+(?:in|at|en|à|w|в|aus|da|a|på)\s+(?:(?:the|el|la|le|les|los|der|dem|den|il|lo)\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}$/u;

export interface BylineHit {
  /** Names as printed, roles and prefixes removed; null for account names ("Posted by admin"). */
  names: string | null;
  /** The line was an end-of-article credit ("Reporting by X; Editing by Y"). */
  credit: boolean;
}

/** Words of a role after the names, in words no role list knows ("senior court reporter"). */
const TRAILING_ROLE_MAX_WORDS = 4;

/**
 * "Ann Lee, political commentator" in a language no role list knows: after a name, a last comma
 * part in small letters is a role, since a name in a cased script opens with a capital.
 */
function withoutCaselessRole(parts: string[]): string[] {
  const last = parts[parts.length - 1];
  const role =
    parts.length >= 2 &&
    last !== undefined &&
    /^\p{Ll}[^\d]*$/u.test(last) &&
    last.split(/\s+/u).length <= TRAILING_ROLE_MAX_WORDS &&
    !AND_WORD.test(last.split(/\s+/u)[0]!);
  return role || abbreviatedRole(parts) ? parts.slice(0, -1) : parts;
}

/** Letters of a title's or an office's abbreviation ("PRO", "MP", "CEO"). */
const ABBREVIATION = /^\p{Lu}{2,5}$/u;

/**
 * "Ann Lee, PRO", "Bo Roe, MP": one word in capitals after names printed in upper and lower case
 * abbreviates the writer's office (or the outlet's name); a second name has two words at least.
 */
function abbreviatedRole(parts: string[]): boolean {
  const last = parts[parts.length - 1];
  return (
    parts.length >= 2 &&
    last !== undefined &&
    ABBREVIATION.test(last) &&
    parts.slice(0, -1).every((p) => /\p{Ll}/u.test(p))
  );
}

/**
 * "<name> <by>", a role after a bar or a comma or none ("Ann Lee tarafından | muhabir"): the
 * languages whose "by" is a postposition sign after the name.
 */
const BY_AFTER_NAME = new RegExp(
  `^([^|,،]{2,60}?)\\s+(?:${alternation(BY_AFTER_WORDS)})(?:\\s*[|,،]\\s*[^|,،]{1,40})?$`,
  'iu',
);

/** The names of a byline whose "by" follows them, or null. */
function namesBeforeBy(t: string): string | null {
  const m = BY_AFTER_NAME.exec(t);
  return m ? namesOf(m[1]!) : null;
}

/** Parse a byline line, or null when the line is not one. */
export function parseByline(line: string): BylineHit | null {
  // "(Reporting by Ann Lee; Editing by Bo Roe)": wire credits come in brackets too.
  const t = line.trim().replace(/^\((.*)\)$/u, '$1');
  if (t.length > 160 || /^additional reporting\b/i.test(t)) return null;
  // "Posted on 2 May 2026 by Jo Marsh", "Publié le 2 mai 2026 par Jo Marsh".
  const signed = ROLE_AFTER_NAME.exec(t) ?? ROLE_BEFORE_NAME.exec(t) ?? WORK_BEFORE_NAME.exec(t);
  if (signed) return { names: signed[1]!, credit: false };
  const before = namesBeforeBy(t);
  if (before) return { names: before, credit: false };
  const postedOn = POSTED_ON_BY.exec(t) ?? datedBy(t);
  let rest: string;
  if (postedOn) rest = postedOn[2]!;
  else {
    const m = BY_PREFIX.exec(t) ?? POSTED_BY.exec(t);
    if (!m) return null;
    rest = t.slice(m[0].length);
  }
  const credit = /^(?:reporting|reported)\s+by/i.test(t) && /;/.test(t);
  // Cut what follows the names: "| 9 min read", "; Editing by …", " on March 4", "- 12:00".
  rest = (rest.split(/\s*[|;•·]\s*|\s+[-–—/]\s+/u)[0] ?? '').replace(/\s*\([^()]*\)\s*/gu, ' ').trim();
  // "By Ann Lee in Kyiv", "by Ann Lee at the town hall": where the reporter was, not a name.
  rest = rest.replace(REPORTER_PLACE, '');
  rest = rest.replace(/\s+(?:on|at|am|le|el|il|w|в|em|op)\s+(?:\d.*|\p{L}+\s+\d.*)$/iu, '');
  // "FOR THE MORNING POST", "for Example Weekly": the outlet, not a name.
  rest = rest.replace(/\s+(?:for|für|pour|para|dla|для|per|voor)\s+.*$/iu, '').trim();
  if (rest === '') return null;
  if (NOT_PEOPLE.test(rest)) return { names: null, credit };
  // "JENNA ORTIZ and MARK HALE Associated Wire", "ANN LEE Court Reporter": names in capitals,
  // then the outlet or the role.
  const tokens = rest.split(/\s+/);
  if (/^\p{Lu}{2,}$/u.test(tokens[0] ?? '')) {
    const k = tokens.findIndex((t) => !/^[\p{Lu}'’.,-]+$/u.test(t) && !AND_WORD.test(t));
    if (k > 0)
      rest = tokens
        .slice(0, k)
        .join(' ')
        .replace(/[\s,]+$/u, '');
  }
  // Drop comma parts that are roles; everything left must be names.
  const parts = withoutCaselessRole(rest.split(/\s*,\s*/).filter((p) => !ROLE_WORDS.test(p)));
  // "By Staff Reporter", "By Our Correspondent": a desk signs, and its role is the byline.
  if (parts.length === 0 && isDeskSignature(rest)) return { names: namesGroup(rest) ? null : rest, credit };
  const names = namesOf(parts.join(', '));
  if (!names) return null;
  return { names, credit };
}

/**
 * A reporter's signature alone in brackets under the text: "(Ann Lee)", "（Name）" in a script
 * without case, where a name is a few letters with no mark of a sentence. The name, or null.
 */
export function bracketedSignature(line: string): string | null {
  const m = /^[(（]([^()（）]{2,40})[)）]$/u.exec(line.trim());
  if (!m) return null;
  const inner = m[1]!.trim();
  if (/^[\p{Lo}・·]{2,8}$/u.test(inner)) return inner;
  const latin = isNameLike(inner, 4) && wordCount(inner) >= 2 && !NOT_PEOPLE.test(inner);
  return latin ? inner : null;
}

/** Words before a dashed signature's first comma at most ("Reported by Ann Lee"). */
const DASHED_SIGNATURE_MAX_WORDS = 6;
/** Words of the name it ends with. */
const DASHED_NAME_MIN_WORDS = 2;
const DASHED_NAME_MAX_WORDS = 4;

/**
 * "— Reported by Ann Lee, desk, parish" under the text, in words no list knows: a dash opens the
 * line, and the words before its first comma end in a name (two to four capitalised words) that
 * stands alone or after a word in lower case, the language's "by". The name, or null.
 */
export function dashedSignature(line: string): string | null {
  const m = /^[—–]\s+([^,،]+?)(?:\s*[,،]\s*(.*))?$/u.exec(line.trim());
  if (!m || endsSentence(m[1]!) || (m[2] !== undefined && endsSentence(m[2]))) return null;
  const words = m[1]!.split(/\s+/u);
  if (words.length > DASHED_SIGNATURE_MAX_WORDS) return null;
  let from = words.length;
  while (from > 0 && /^\p{Lu}[\p{Ll}\p{M}'’.-]*$/u.test(words[from - 1]!)) from--;
  const count = words.length - from;
  if (count < DASHED_NAME_MIN_WORDS || count > DASHED_NAME_MAX_WORDS) return null;
  // Before the name: nothing, or a lower-case word right before it.
  if (from > 0 && !/^\p{Ll}+$/u.test(words[from - 1]!)) return null;
  const name = words.slice(from).join(' ');
  return isNameLike(name, DASHED_NAME_MAX_WORDS) && !NOT_PEOPLE.test(name) ? name : null;
}

/** Words of a date line in words no list knows at most; without a clock, fewer. */
const UNREAD_DATE_MAX_WORDS = 12;
const UNREAD_DATE_UNTIMED_MAX_WORDS = 8;
/** A year of any calendar in use (the Gregorian, the Ethiopian, the Solar Hijri). */
const CALENDAR_YEAR = /(?<!\d)(?:1[3-9]|2[01])\d{2}(?!\d)/u;
/** A clock time ("14:30", "9.05"). */
const CLOCK_TIME = /(?<![\d:.])\d{1,2}[:.]\d{2}(?![\d:.])/u;
/**
 * A day's number, 1 to 31, a letter of its ordinal glued to it or not ("14", "6ê", "3rd"). A
 * larger number beside a year is a count ("after 45 years, done by 2028"), no day of a month.
 */
const DAY_NUMBER = /(?<![\d:.])(?:0?[1-9]|[12]\d|3[01])(?![\d:.])/u;

/**
 * A date line in words no list knows ("<weekday>, 14 <month> 2026 — 18:40", "<month> 12, 2025
 * <year word>"): a short line, no sentence's end, stating a year and a clock time, or a year and a
 * day in a few words. No standfirst reads so; under the headline it is the page's date, unread.
 */
export function isUnreadDate(text: string): boolean {
  const t = asciiDigits(text);
  const words = wordCount(t);
  if (words > UNREAD_DATE_MAX_WORDS || /[.!?…।۔。]$/u.test(t) || !CALENDAR_YEAR.test(t)) return false;
  const rest = t.replace(CALENDAR_YEAR, ' ');
  return CLOCK_TIME.test(rest) || (words <= UNREAD_DATE_UNTIMED_MAX_WORDS && DAY_NUMBER.test(rest));
}

/** A role line under an author's name ("Transport reporter, Example Radio"). */
export function isRoleLine(line: string): boolean {
  const t = line.trim();
  return t.split(/\s+/).length <= 7 && !/[.!?]$/.test(t) && t.length <= 70;
}

export interface CaptionParts {
  caption: string | null;
  credit: string | null;
}

/** The medium's words that label a credit, as one alternation (longest first). */
const PHOTO_WORDS = alternation(PHOTO_CREDIT_WORDS);
/** "Photo by", "Foto di", "Foto von": the medium's word and the language's "by" before a name. */
const PICTURE_BY = `(?:photo|picture|foto)\\s+(?:${alternation(BY_WORDS.filter((w) => /^\p{Script=Latin}+$/u.test(w)))})`;
/** The word for "provided" after a giver's name or the medium's word (Korean, Chinese, Japanese). */
const PROVIDED_WORDS = '제공|提供|供图|供圖';
/**
 * The medium's word and a colon, or a full-width slash as Chinese papers print it ("（圖／Agency）"),
 * Chinese also printing the one-character word alone before a colon ("图：Agency"),
 * or its abbreviation's dot, with the label's colon after it or not ("Fot.: Agency"): both mark
 * the label, neither is the credit's.
 */
const MARKER = new RegExp(
  `(?:^|[\\s(（[［\\p{Ll}.,;|＝])(?:(?:${PHOTO_WORDS}|圖|图)(?:${PROVIDED_WORDS})?\\s*[:：=]|(?:${PHOTO_WORDS}|圖|图)\\s*／|(?:fot|foto|phot|zdj|nuotr)\\.(?:\\s*[:：])?|${PICTURE_BY}\\b|larawan mula kay)\\s*(?=\\S)`,
  'iu',
);
/**
 * Labels before a colon that name no author: the picture's (a credit), the source's, the
 * editor's, a date's. Any other one-word label before a name, under a headline, introduces the
 * author, whatever the language's word for it ("Haber: Ann Lee", "Fotografer: Bo Roe").
 */
const NOT_AUTHOR_LABEL = new RegExp(
  `^(?:${PHOTO_WORDS}|${alternation(SOURCE_WORDS)}|editor|editors|editing|edited|editör|redaktör|editado|editada|tags?|update|updated|published)$`,
  'iu',
);

/** Words of a credit printed under a label ("Photo: City Archive"). */
const LABELLED_CREDIT_MAX_WORDS = 4;

/**
 * "Снимка: Архив", "Kuva: Ann Lee": a one-word label, a colon and a short capitalised credit, on a
 * line of its own. Once the author is known, such a line under the headline credits the picture,
 * whatever the language's word for it. The credit, or null.
 */
export function labelledCreditLine(line: string): string | null {
  const m = /^(\p{L}[\p{L}\p{M}]{2,19})\s*[:：՝፡፦]\s*(\S.{0,60})$/u.exec(line.trim());
  if (!m || NOT_AUTHOR_LABEL.test(m[1]!) || /[.!?:;,]$/u.test(m[2]!)) return null;
  return wordCount(m[2]!) <= LABELLED_CREDIT_MAX_WORDS && credity(m[2]!) ? m[2]!.trim() : null;
}

/**
 * "Haber: Ann Lee", "Written by: Ann Lee": a label of a word (or of a word and a short second
 * one, an apostrophe inside: the "writer" of languages that make one of two words), a colon and
 * names only. The names, or null. Armenian ("՝") and Ethiopic ("፡", "፦") print their own colon
 * after a label.
 */
export function labelledAuthor(line: string): string | null {
  const m = /^(\p{L}[\p{L}\p{M}]{2,19})(?:\s(\p{Ll}[\p{L}\p{M}'’]{1,9}))?\s*[:：՝፡፦]\s*(\S.{2,80})$/u.exec(
    line.trim(),
  );
  if (!m || NOT_AUTHOR_LABEL.test(m[1]!) || (m[2] !== undefined && NOT_AUTHOR_LABEL.test(m[2]))) return null;
  const names = namesOf(m[3]!);
  return names && nameParts(names).every((p) => wordCount(p) >= 2) ? names : null;
}

const SOURCE_PREFIX =
  /^(?:image source|picture source|bildquelle|fuente de la imagen|source de l'image|źródło zdjęcia|источник изображения|fonte da imagem)\s*,\s*(.+)$/iu;
const CAPTION_PREFIX =
  /^(?:image caption|picture caption|bildunterschrift|pie de foto|légende de l'image|podpis zdjęcia|подпись к фото|legenda da imagem)\s*,\s*(.+)$/iu;

/** Words of a name after the medium's word on a credit line of its own ("Foto Studio Lee"). */
const MEDIUM_CREDIT_MAX_WORDS = 5;

/** The medium's word closing a caption before "©" ("… at dawn. Photo ©"). */
const MEDIUM_WORD_END = new RegExp(`(?<=[\\p{P}\\s]|^)(?:${PHOTO_WORDS})\\s*$`, 'iu');

/**
 * "… in the bay. Llun: © Ann Lee": after the caption's last sentence, a one-word label of any
 * language and its colon before the sign belong to the credit, not to the caption.
 */
const LABEL_BEFORE_SIGN = /(?<=[.!?…]\s*)\p{L}[\p{L}\p{M}'’]{1,14}\s*:\s*$/u;

/** "Foto Ann Lee", "Photo: Agency", "Mynd/Ann Lee": the medium's word opening a credit names no one. */
const CREDIT_WORD = new RegExp(
  `^(?:${PHOTO_WORDS})(?:\\s*[:/]\\s*|\\s+(?:by\\s+)?)(?=[\\p{Lu}\\p{N}])`,
  'iu',
);
export const creditName = (s: string): string => s.replace(CREDIT_WORD, '');

/**
 * "Example County 제공": Korean, Chinese and Japanese credits name the giver, then the word for
 * "provided"; set apart by a space the word is no part of the giver's name, and the credit is the
 * giver. Written on to the giver without a space ("Example City提供", as Chinese and Japanese
 * print it) it is one word, the credit as printed.
 */
const PROVIDED_AFTER = new RegExp(`\\s+(?:${PROVIDED_WORDS})$`, 'u');
/** "…の画面（Example City提供）": the giver and the word for "provided" in brackets closing a caption. */
const BRACKETED_PROVIDED = new RegExp(`\\s?[（(]([^()（）]{1,40}?\\s*(?:${PROVIDED_WORDS}))[)）]$`, 'u');

function bracketedProvided(t: string): CaptionParts | null {
  const m = BRACKETED_PROVIDED.exec(t);
  return m && m.index > 0 ? { caption: clean(t.slice(0, m.index)), credit: clean(m[1]!) } : null;
}
/**
 * "PHOTO COURTESY Agency": the word of a credit given by its owner, before the giver's name (not
 * before a noun: "Courtesy photo" is the credit itself).
 */
const COURTESY_BEFORE = /^(?:courtesy|Courtesy|COURTESY)(?:\s+(?:of|OF))?\s+(?=\p{Lu})/u;

/** "Courtesy of Agency": the giver a courtesy credit names. */
export const courtesyGiver = (credit: string): string => credit.replace(COURTESY_BEFORE, '') || credit;

/**
 * "Hulagway ni Ann Lee": a credit's own word and a short word in lower case (the language's "by"
 * or "of") before a person's name (a given name first), in words no list knows. A name's
 * particles ("Ann de Lee") and an organisation's connective ("Bodi ya Bandari") stay.
 */
const WORD_BEFORE_NAME = /^\p{Lu}[\p{Ll}\p{M}]+\s+(\p{Ll}{2,4})\s+(\p{Lu}[\p{L}\p{M}]*)(?=\s+\p{Lu})/u;

/**
 * "Picha na Maktaba": a credit's own word and the language's "by" before a giver of one word (an
 * archive, an agency). A name's particle there ("Museo di Roma") makes it a name of three words.
 */
const WORD_BEFORE_GIVER = /^\p{Lu}[\p{Ll}\p{M}]+\s+(\p{Ll}{2,4})\s+(\p{Lu}[\p{L}\p{M}-]*)$/u;

function withoutLeadWords(credit: string): string {
  const m = WORD_BEFORE_NAME.exec(credit);
  if (m && ((!NAME_PARTICLES.has(m[1]!) && isAnyGivenName(m[2]!)) || byWordLead(credit, m[1]!)))
    return credit.slice(m[0].length - m[2]!.length);
  const g = WORD_BEFORE_GIVER.exec(credit);
  if (g && !NAME_PARTICLES.has(g[1]!) && byWordLead(credit, g[1]!)) return g[2]!;
  return courtesyGiver(credit);
}

const BY_WORD_SET: ReadonlySet<string> = new Set(BY_WORDS);

/**
 * "Pix by Ann Lee": the lower-case word before the name is the language's "by", and the word
 * before it no given name ("Anna di Stefano Rossi" is a name with its particle).
 */
const byWordLead = (credit: string, word: string): boolean =>
  BY_WORD_SET.has(word) && !isAnyGivenName(credit.split(/\s/u)[0]!);

/**
 * The giver a credit names. `printedWhole`: the credit closed its line in brackets ("…(<photo>=
 * Example County 제공)"), which set it apart whole, the word for "provided" with it, as the
 * Japanese "（Example City提供）" is; only the spaced form standing free loses the word.
 */
export const giverOf = (credit: string, printedWhole = false): string =>
  withoutLeadWords((printedWhole ? credit : credit.replace(PROVIDED_AFTER, '')) || credit) || credit;

/** Furniture printed after a wire photo caption. */
const CAPTION_TAIL = /(?:purchase licensing rights|licensing rights)(?:,\s*opens new tab)?\s*$/iu;

const clean = (s: string): string | null => {
  const t = s.replace(/[\s\u00a0]+/g, ' ').trim();
  return t === '' ? null : t;
};

/** A wire photo caption, marked by the licensing link printed after it. */
export function isWireCaption(line: string): boolean {
  return CAPTION_TAIL.test(line);
}

/** "Image source, X" → credit X (BBC-style pairs). */
export function imageSourceCredit(line: string): string | null {
  const m = SOURCE_PREFIX.exec(line.trim());
  return m ? clean(m[1]!) : null;
}

/** "Image caption, X" → caption X. */
export function imageCaptionText(line: string): string | null {
  const m = CAPTION_PREFIX.exec(line.trim());
  return m ? clean(m[1]!) : null;
}

/**
 * "… at dawn. <Photo> | Agency": one capitalised word after the caption's last full stop, before
 * the bar, in words no list knows, is the credit's label, no part of the caption.
 */
const LABEL_AFTER_STOP = /(?<=[.!?…]\s)\p{Lu}[\p{Ll}\p{M}]{1,14}$/u;

/** Bars and dots set apart by spaces: what parts a row of entries. */
const ROW_BARS = /\s+[|·•]\s+/u;

/** The parts of a meta row ("Ann Lee · 5 min read | 4 March 2026"): bars and dots set apart by spaces. */
export const rowParts = (t: string): string[] => t.split(ROW_BARS);

/**
 * The shape of a menu row: entries of a word or a few set apart by bars or dots ("Home | Local
 * news · Sport"). The readers of a row ask different questions of it, so each names its shape
 * here, side by side, where their differences show.
 */
export interface MenuShape {
  /** What parts the entries. */
  readonly bars: RegExp;
  /** Entries the row holds at least. */
  readonly minEntries: number;
  /** Words one entry holds at most ("Home", "Local news", "Arts and culture"). */
  readonly maxWords: number;
  /** What no entry may hold (a figure, a sentence's end), or null where anything goes. */
  readonly barred: RegExp | null;
}

/**
 * The site's own menu of sections, printed as one row under its name: five entries at least (a
 * share bar or a footer's row has fewer), none with a figure, a sentence's end or a colon.
 */
export const SECTIONS_MENU: MenuShape = {
  bars: ROW_BARS,
  minEntries: 5,
  maxWords: 3,
  barred: /[\p{N}.!?:：]/u,
};

/**
 * Any row whose entries a trail's crumbs may repeat: four entries at least (fewer are a pair of
 * controls or a byline's parts), of up to four words, a figure allowed ("Festival 2026").
 */
export const CRUMBS_MENU: MenuShape = { bars: ROW_BARS, minEntries: 4, maxWords: 4, barred: null };

/**
 * Links parted by bars alone before a credit's bar ("Home | News | Sport | Agency"): two entries
 * are enough there, none ending a sentence as a caption does.
 */
export const BARRED_MENU: MenuShape = {
  bars: /\s+\|\s+/u,
  minEntries: 2,
  maxWords: 3,
  barred: /[.!?…]$/u,
};

/** The entries of `t` read as a menu row of `shape`, or null when it is no such row. */
export function menuRow(t: string, shape: MenuShape): string[] | null {
  const entries = t.split(shape.bars);
  if (entries.length < shape.minEntries) return null;
  const fits = (e: string): boolean => wordCount(e) <= shape.maxWords && !shape.barred?.test(e);
  return entries.every(fits) ? entries : null;
}

/**
 * A caption with an explicit credit marker: "©", "Photo:", "Credit:", "Фото:", "| Agency/Name",
 * "(Name/Agency)", or wire-style "… Licensing Rights". `loose` also accepts the weaker forms that
 * are only safe in the header (parenthesised and piped credits).
 */
export function markedCaption(line: string, loose: boolean): CaptionParts | null {
  let t = line.trim();
  const wire = CAPTION_TAIL.test(t);
  if (wire) t = t.replace(CAPTION_TAIL, '').trimEnd();
  const shot = shotBy(t) ?? placeholderCaption(t) ?? bracketedMediumCredit(t);
  if (shot) return shot;
  const first = creditFirst(t, loose);
  if (first) return first;
  const given = givenByCredit(t);
  if (given) return { caption: null, credit: given };
  // "Foto Ann Lee" alone: the medium's word before a name, no caption.
  const named = creditName(t);
  if (named !== t && (isNameLike(named, MEDIUM_CREDIT_MAX_WORDS) || nameThenOutlet(named)))
    return { caption: null, credit: named };
  const copy = t.indexOf('©');
  // "… in the courtroom. © Foto: Ann Lee": the medium's word after the sign names no one either.
  // "… im Februar. Bild © Ann Lee": the medium's word before the sign goes with the credit.
  if (copy >= 0)
    return {
      caption: clean(t.slice(0, copy).replace(MEDIUM_WORD_END, '').replace(LABEL_BEFORE_SIGN, '')),
      credit: clean(creditName(t.slice(copy + 1).trim())),
    };
  const m = MARKER.exec(t);
  if (m) {
    // Japanese papers join a caption and its credit with a full-width "＝" ("…の酒蔵＝写真：X").
    const at = m.index + (/^[\s(（[［\p{Ll}.,;|＝]/u.test(m[0]) && m.index > 0 ? 1 : 0);
    const credit = t.slice(m.index + m[0].length).replace(/[)）\]］]\s*$/u, '');
    // "Caption — Photo: X": the separator goes with the marker. Lookbehind: linear.
    const before = t.slice(0, at).replace(/(?<![\s(（[［|/—–＝-])[\s(（[［|/—–＝-]+$/u, '');
    // A credit starts with a capital, or with a letter of a script without case.
    if (
      credit.split(/\s+/).length <= 10 &&
      (titled(credit) ||
        aloneCredit(before, credit) ||
        closesBracket(m[0], t) ||
        closesCaption(before, credit)) &&
      !/\.$/.test(credit)
    )
      return { caption: clean(before), credit: clean(ROLE_AFTER_NAME.exec(credit)?.[1] ?? credit) };
  }
  const labelled = labelledCredit(t) ?? mediumWordTailCredit(t);
  if (labelled) return labelled;
  const slashed = slashCredit(t);
  if (slashed) return slashed;
  if (loose) {
    // "… on Wednesday. (Ann Lee family)": a bracket after the sentence's full stop attributes it.
    const after = /[.!?…]\s*\(([\p{Lu}][^()]{1,60})\)$/u.exec(t);
    if (after && wordCount(after[1]!) <= 5)
      return { caption: clean(t.slice(0, after.index + 1)), credit: clean(creditName(after[1]!)) };
    const paren = /\s\(([^()]{2,80})\)$/u.exec(t);
    if (paren && (paren[1]!.includes('/') || (isNameLike(paren[1]!, 6) && !namesZone(paren[1]!))))
      return { caption: clean(t.slice(0, paren.index)), credit: clean(creditName(paren[1]!)) };
    // "… at dawn. Llun: Ann Lee | Agency": a label of any language after the caption's last
    // sentence opens the credit; the bar inside it parts the photographer from the agency.
    const labelledPipe = labelledTailCredit(t);
    if (labelledPipe?.credit?.includes(' | ')) return labelledPipe;
    const pipe = /\s\|\s([^|]{2,80})$/u.exec(t);
    // "Ann Lee | Bilbao": a name alone before the bar is an author and where she writes from.
    const nameFirst = pipe !== null && isNameLike(t.slice(0, pipe.index), 4);
    if (
      pipe &&
      !nameFirst &&
      menuRow(t.slice(0, pipe.index), BARRED_MENU) === null &&
      (pipe[1]!.includes('/') || (isNameLike(pipe[1]!, 6) && !namesZone(pipe[1]!)))
    )
      return {
        caption: clean(t.slice(0, pipe.index).replace(LABEL_AFTER_STOP, '')),
        credit: clean(creditName(pipe[1]!)),
      };
    const tail = labelledTailCredit(t, true) ?? caselessDashCredit(t) ?? dashNameOutletCredit(t);
    if (tail) return tail;
  } else if (t.length <= IN_BODY_CAPTION_MAX_CHARS) {
    // In the text a caption of one sentence may carry the same credit: a paragraph rarely ends in
    // "Label: Name" after its only full stop.
    const tail = labelledTailCredit(t) ?? caselessDashCredit(t);
    if (tail?.caption && !/[.!?…।۔።։]\s/u.test(tail.caption)) return tail;
  }
  if (wire) return splitTrailingCredit(t) ?? { caption: clean(t), credit: null };
  // Anywhere: an agency-style credit in brackets at the end, "(AP Photo/Name)", "(Name/Agency)".
  const agency = /\s\(([^()]{2,80}\/[^()]{1,80})\)$/u.exec(t);
  if (agency && t.length <= 300)
    return { caption: clean(t.slice(0, agency.index)), credit: clean(agency[1]!) };
  // Last: a labelled bracket ("（图／Example City提供）") is read above, label and all.
  return bracketedProvided(t);
}

/**
 * "Photo supplied by Example Club", "Foto cedida por Ann Lee": a line of its own opened by the
 * medium's word, then one word in lower case (how the picture came: supplied, lent, handed out,
 * in whatever language), the language's "by" and the giver's name, capitalised.
 */
const GIVEN_BY = new RegExp(
  `^(?:${PHOTO_WORDS})\\s+(\\S+)\\s+(?:${alternation(BY_WORDS)})\\s+(\\S.*)$`,
  'iu',
);

/** Words of the giver's name after a "supplied by" word at most. */
const GIVEN_BY_MAX_WORDS = 6;

/** The giver a "<photo> <supplied> <by> Name" line names, or null. */
function givenByCredit(t: string): string | null {
  const m = GIVEN_BY.exec(t);
  if (!m || !/^\p{Ll}[\p{Ll}\p{M}-]+$/u.test(m[1]!) || BY_WORD_SET.has(m[1]!)) return null;
  const giver = m[2]!.trim();
  return titled(giver) && wordCount(giver) <= GIVEN_BY_MAX_WORDS && !/[.!?:;,]$/u.test(giver) ? giver : null;
}

/**
 * "▲ The bridge at dawn", "► …": an arrow or a geometric shape (a triangle, a square) a page sets
 * before a caption points at the picture; it is no word of the caption. By Unicode block: Arrows,
 * Geometric Shapes and the dingbat arrows.
 */
const CAPTION_POINTER = /^[\u2190-\u21FF\u25A0-\u25FF\u2794-\u27BF]\uFE0F?\s*/u;

/** "Photo: Ann Lee — caption": the medium's word and a colon, the credit, a spaced dash. */
const MARKED_CREDIT_FIRST = new RegExp(
  `^(?:${PHOTO_WORDS})\\s*[:：]\\s*(\\S.{1,60}?)\\s+[—–-]\\s+(\\S.+)$`,
  'iu',
);
/** "Pic by Ann Lee — caption": a word and the language's "by" before the credit, a spaced dash. */
const BY_CREDIT_FIRST = new RegExp(
  `^(\\p{Lu}[\\p{Ll}\\p{M}]{1,14})\\s+(?:${alternation(BY_WORDS)})\\s+(\\p{Lu}.{1,60}?)\\s+[—–-]\\s+(\\S.+)$`,
  'u',
);

/** Words of a credit printed before its caption: a name, an agency. */
const CREDIT_FIRST_MAX_WORDS = 5;
/** Words of the caption after it: it names what the picture shows. */
const CREDIT_FIRST_CAPTION_MIN_WORDS = 3;

/**
 * "Photo: Ann Lee — The bridge at dawn", "Pic by Ann Lee — The bridge at dawn": the credit printed
 * first, with its label, and the caption after a spaced dash. The label is the medium's word, or
 * (under the headline only) any word before the language's "by" that is no given name.
 */
function creditFirst(t: string, loose: boolean): CaptionParts | null {
  const marked = MARKED_CREDIT_FIRST.exec(t);
  const by = marked || !loose ? null : BY_CREDIT_FIRST.exec(t);
  const credit = marked?.[1] ?? (by && !isAnyGivenName(by[1]!) ? by[2] : undefined);
  const caption = marked?.[2] ?? by?.[3];
  if (credit === undefined || caption === undefined) return null;
  if (wordCount(credit) > CREDIT_FIRST_MAX_WORDS || !credity(credit) || /[.!?:;,]$/u.test(credit))
    return null;
  return wordCount(caption) >= CREDIT_FIRST_CAPTION_MIN_WORDS
    ? { caption: clean(caption), credit: clean(credit) }
    : null;
}

/** Words of the outlet after a photographer's name and a comma ("Ann Lee, Example Daily"). */
const CREDIT_OUTLET_MAX_WORDS = 6;

/**
 * "ANN LEE, EXAMPLE DAILY" after the medium's word: a name, a comma and the outlet it shot for,
 * a credit line of its own (printed over its caption, in capitals, by some papers).
 */
function nameThenOutlet(s: string): boolean {
  const parts = s.split(/,\s+/u);
  return (
    parts.length === 2 &&
    isNameLike(parts[0]!, MEDIUM_CREDIT_MAX_WORDS) &&
    isNameLike(parts[1]!, CREDIT_OUTLET_MAX_WORDS)
  );
}

/** A credit starts with a capital, or with a letter of a script without case. */
const titled = (credit: string): boolean => /^[\p{Lu}\p{Lo}\u10d0-\u10ff«"“]/u.test(credit);

/**
 * "… the town hall. (foto: archive of the paper)": a marker opening a bracket that closes the
 * line encloses the whole credit, whatever the case of its first word.
 */
const closesBracket = (marker: string, t: string): boolean =>
  /^[(（[［]/u.test(marker) && /[)）\]］]$/u.test(t);

/** Words of a credit the marker opens a line with: a name, a desk, an office. */
const ALONE_CREDIT_MAX_WORDS = 5;

/**
 * "Photo: press office of the council": a marker opening a line of a few words is a credit line
 * whatever the case of its first word (a desk or an office is printed in lower case).
 */
const aloneCredit = (before: string, credit: string): boolean =>
  before.trim() === '' && wordCount(credit) <= ALONE_CREDIT_MAX_WORDS && !/[.!?:;,]$/u.test(credit);

/**
 * "… since 2004. Photo: archive of the weekly": a marker right after the caption's full stop opens
 * a credit of a few words whatever the case of its first word (an archive, a desk).
 */
const closesCaption = (before: string, credit: string): boolean =>
  /[.!?…]["”’»)]?$/u.test(before.trim()) && aloneCredit('', credit);

/** A caption line in the text is a sentence or two; longer is a paragraph. */
const IN_BODY_CAPTION_MAX_CHARS = 200;

/**
 * "… the river bridge. Beeld: Agency / Ann Lee", "… at dawn. - Gambar: Agency": any one-word label
 * (or two, the second in lower case or a script without it: "Гэрэл зураг", a "photo" of two words)
 * before a credit that follows the caption's full stop (the word for "picture" differs in every
 * language), a dash or bar between them or not. Thai, Lao and Khmer end a sentence with a space,
 * not a stop: there the label follows the caption's last letter. The label may be shortened with a
 * full stop before its colon (Armenian "Լուս.՝", a "Phot.:"), and may hold an apostrophe
 * (Breton "c'h" is one letter).
 */
/** A name as initials, each a capital and its stop ("A.L.", "A. L."). */
const INITIALS = /^(?:\p{Lu}\.\s?){1,4}$/u;

function labelledTailCredit(t: string, loose = false): CaptionParts | null {
  const m =
    /^(.*?(?:[.!?…।۔።։]|[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]))\s+(?:[-–—|]\s+)?\p{L}[\p{L}\p{M}'’]{1,14}(?:\s[\p{Ll}\p{Lo}][\p{L}\p{M}]{1,14})?\.?\s*[:՝፡፦]\s*([^:՝፡፦]{2,80})$/u.exec(
      t,
    );
  // A quotation after the label is someone's words ("Union: "we were never asked""), not a credit;
  // a stop ends a sentence, not a name, unless the name is initials ("A.L.", the author's own).
  if (!m || (/[.!?]$/u.test(m[2]!) && !INITIALS.test(m[2]!.trim())) || /^["“„«‘']/u.test(m[2]!.trim()))
    return null;
  if (!credity(m[2]!) && !(loose && labelledCredity(m[2]!))) return null;
  return { caption: clean(m[1]!), credit: clean(m[2]!) };
}

/**
 * "… ကကက။ ခခခ - ဂဂဂ": in a script without capitals a credit may follow the caption's last stop as
 * one word and a spaced dash before a short name. With no case to tell a name, that shape (one
 * word, a dash, a name of at most four words, nothing after) is the credit's label, whatever the
 * language's word for "photo". Burmese ends its sentences with "။".
 */
const CASELESS_DASH_CREDIT =
  /^(.*?[.!?…।۔።։။])\s+\p{Lo}[\p{Lo}\p{M}]{1,14}\s+[-–—]\s+(\p{Lo}[\p{Lo}\p{M}]{1,30}(?:\s\p{Lo}[\p{Lo}\p{M}]{1,30}){0,3})$/u;

function caselessDashCredit(t: string): CaptionParts | null {
  const m = CASELESS_DASH_CREDIT.exec(t);
  return m ? { caption: clean(m[1]!), credit: clean(m[2]!) } : null;
}

/** A caption over its credit is a sentence or two. */
const DASH_CAPTION_MAX_CHARS = 250;
/** Words of the outlet after the photographer's name and its slash at most. */
const DASH_OUTLET_MAX_WORDS = 4;
/** Words of the photographer's name before the slash at most. */
const DASH_NAME_MAX_WORDS = 4;

/**
 * "The ferry leaves the quay at dawn – Ann Lee / Example Weekly": one sentence naming what the
 * picture shows, a spaced dash, then the photographer's name and, after a spaced slash, the outlet
 * she shot for. Prose never closes a sentence on "Name / Outlet" after a dash.
 */
function dashNameOutletCredit(t: string): CaptionParts | null {
  if (t.length > DASH_CAPTION_MAX_CHARS) return null;
  const m = /^(.+?)\s+[—–-]\s+([^/—–]+?)\s+\/\s+([^/—–]+)$/u.exec(t);
  if (!m) return null;
  const [caption, name, outlet] = [m[1]!, m[2]!, m[3]!];
  if (wordCount(caption) < 3 || SENTENCE_BREAK.test(caption) || /["”»’)]$/u.test(caption)) return null;
  if (wordCount(name) < 2 || !isNameLike(name, DASH_NAME_MAX_WORDS)) return null;
  if (!isNameLike(outlet, DASH_OUTLET_MAX_WORDS)) return null;
  return { caption: clean(caption), credit: clean(`${name} / ${outlet}`) };
}

/**
 * "… on the harbour wall. / ANN LEE", "… the new site. / A. L.": after the caption's last
 * sentence, a slash and a short credit. Prose never puts a slash after its full stop.
 */
function slashCredit(t: string): CaptionParts | null {
  if (t.length > 300) return null;
  const m = /[.!?…]\s+\/\s+([^/]{1,60})$/u.exec(t);
  if (!m || !credity(m[1]!) || wordCount(m[1]!) > 6) return null;
  return { caption: clean(t.slice(0, m.index + 1)), credit: clean(creditName(m[1]!)) };
}

/**
 * "… this morning. (Supplied: Ann Lee)", "… at the port. (Agency: Bo Roe)": a short caption
 * sentence and, in brackets, a label of a word or two and a name — who took or gave the picture.
 */
function labelledCredit(t: string): CaptionParts | null {
  if (t.length > 200) return null;
  const m = /[.!?…]\s*\((\p{Lu}\p{L}*(?:\s\p{L}+)?)\s*:\s*([^():]{2,60})\)$/u.exec(t);
  if (m && isNameLike(m[2]!, 5)) return { caption: clean(t.slice(0, m.index + 1)), credit: clean(m[2]!) };
  return bracketedLabelCredit(t);
}

/** Words of a credit in a labelled bracket closing a caption: a name, an office, a council. */
const BRACKET_CREDIT_MAX_WORDS = 6;

/**
 * "… at dawn (Llun: Example Council)", "… at dawn. [Foto: Ann Lee]", "…कामे। (फोटो: Name)": a caption of one sentence, with or
 * without its full stop, and a bracket closing the line that holds a one-word label of any script
 * and case (each language has its own word for "photo") and a short credit, capitalised or in a
 * script without case. A label for a source, an editor or a date is no picture's credit. Chinese
 * and Japanese print the bracket and colon full-width, straight after the caption's stop, and may
 * label with one character ("…。（图：Name）").
 */
function bracketedLabelCredit(t: string): CaptionParts | null {
  const m =
    /(?:\s\(|\s?（)(\p{L}[\p{L}\p{M}]{1,19}|\p{Script=Han})\s*[:：]\s*([^():：（）]{2,60})[)）]$/u.exec(t) ??
    /\s\[(\p{L}[\p{L}\p{M}]{1,19})\s*:\s*([^[\]:]{2,60})\]$/u.exec(t);
  if (!m || m.index === 0) return null;
  const label = m[1]!;
  const credit = m[2]!.trim();
  const caption = t.slice(0, m.index);
  if (NOT_AUTHOR_LABEL.test(label) && !PHOTO_LABEL.test(label)) return null;
  if (wordCount(credit) > BRACKET_CREDIT_MAX_WORDS || !credity(credit) || /[.!?]$/u.test(credit)) return null;
  // One sentence: a paragraph with a source in brackets after its second sentence is prose.
  if (SENTENCE_BREAK.test(caption) || /[.!?…।۔።]\s/u.test(caption)) return null;
  return { caption: clean(caption), credit: clean(credit) };
}

/** The medium's own words among the labels that name no author. */
const PHOTO_LABEL = new RegExp(`^(?:${PHOTO_WORDS})$`, 'iu');

/**
 * "… the repaired bridge. - Foto Ann Lee": after the caption's full stop, a dash or not, the
 * medium's word and a name without a colon.
 */
function mediumWordTailCredit(t: string): CaptionParts | null {
  if (t.length > IN_BODY_CAPTION_MAX_CHARS) return null;
  const m = MEDIUM_WORD_TAIL.exec(t);
  if (!m || !isNameLike(m[2]!, MEDIUM_CREDIT_MAX_WORDS)) return null;
  return { caption: clean(m[1]!), credit: clean(m[2]!) };
}
const MEDIUM_WORD_TAIL = new RegExp(
  `^(.*?[.!?…])\\s+(?:[-–—|]\\s+)?(?:${PHOTO_WORDS})\\s+(\\p{Lu}[^.!?:]{1,60})$`,
  'iu',
);

/**
 * A credit line printed alone under its caption, without a marker: "Ann Lee for Example Weekly"
 * (a photographer and the outlet that commissioned the picture), "Ann Lee/Agency". The credit, or
 * null. The same shape without a byline yet is an author line, so the header decides.
 */
export function outletCredit(line: string): string | null {
  const t = line.trim();
  if (t.length > 80 || /[.!?:;,]$/u.test(t)) return null;
  const m = /^(.+?)\s+(?:for|für|pour|para|per|voor|dla|для)\s+(\p{Lu}.*)$/u.exec(t);
  if (m && isNameLike(m[1]!, 4) && wordCount(m[1]!) >= 2 && isNameLike(m[2]!, 5)) return t;
  const slash = t.split(/\s*\/\s*/u);
  // A part of one letter is a company form ("Example Composites A/S"), not a name.
  // "Mynd/Ann Lee": the medium's word before the slash names no one.
  if (slash.length === 2 && slash.every((p) => isNameLike(p, 4) && /\p{L}{2}/u.test(p)) && wordCount(t) <= 6)
    return creditName(t);
  return null;
}

/** The name in an outlet credit line ("Ann Lee" in "Ann Lee for Example Weekly"). */
export function outletCreditName(credit: string): string {
  return credit.split(/\s+(?:for|für|pour|para|per|voor|dla|для)\s+|\s*\/\s*/u)[0]!.trim();
}

const credity = (s: string): boolean => {
  // A number names no one but may be part of a name ("Regional Office 8"): it counts neither way.
  const tokens = s
    .split(/\s+/)
    .filter(Boolean)
    .filter((x) => !/^\p{N}+$/u.test(x));
  if (tokens.length === 0 || tokens.length > 8) return false;
  // A word of a script without case counts as capitalised: its names have no other mark.
  const caps = tokens.filter((x) => /^[\p{Lu}\p{Lo}\u10d0-\u10ff«"“]/u.test(x)).length;
  return s.includes('/') ? caps >= 1 : caps / tokens.length >= 0.6;
};

/** Words of a credit after a label of its own ("Label: Example archive") at most. */
const LABELLED_TAIL_CREDIT_MAX_WORDS = 3;

/**
 * A credit under a label of its own, in words no list knows: a short name whose first word is
 * capitalised (or of a script without case), the rest perhaps a common noun ("Example archive",
 * "Town museum"). The label says it is a credit; without one the shape is a phrase's.
 */
const labelledCredity = (s: string): boolean =>
  titled(s.trim()) && wordCount(s) <= LABELLED_TAIL_CREDIT_MAX_WORDS && !/[.!?:;,]$/u.test(s.trim());

/** A zone's abbreviation ("CET", or one a locale prints, "MMT"): a date line's, no one's credit. */
const namesZone = (s: string): boolean =>
  isZoneName(s) || LOCALE_ZONE_ABBREVIATIONS.has(s.trim().replace(/^\(|\)$/gu, ''));

/** The medium's words as bare letters, single words only ("photo", "foto", "fot"). */
const BARE_PHOTO_WORDS: readonly string[] = PHOTO_CREDIT_WORDS.filter((w) => !/\s/u.test(w)).map((w) =>
  foldMarks(w).replace(/\.$/u, ''),
);

/** Letters of an abbreviation of the medium's word at least ("Fot.", "Ph."). */
const MEDIUM_ABBREVIATION_MIN_LETTERS = 2;

/**
 * The medium's word, whole or shortened with a full stop ("Foto", "Fót.", "Phot."), in any
 * spelling of its marks: its bare letters open one of the medium's words.
 */
function isMediumWord(word: string): boolean {
  const abbreviated = word.endsWith('.');
  const bare = foldMarks(word.replace(/\.$/u, ''));
  if (!/^\p{L}+$/u.test(bare)) return false;
  if (!abbreviated) return BARE_PHOTO_WORDS.includes(bare);
  return bare.length >= MEDIUM_ABBREVIATION_MIN_LETTERS && BARE_PHOTO_WORDS.some((w) => w.startsWith(bare));
}

/**
 * "… on the shore. Fót." before the credit: the medium's word, shortened, closing a caption after
 * its sentence's stop is the credit's label, not the caption's.
 */
function withoutMediumAbbreviation(caption: string): string {
  const m = /(?<=[.!?…]\s+)(\p{L}[\p{L}\p{M}]{0,8}\.)$/u.exec(caption);
  return m && isMediumWord(m[1]!) ? caption.slice(0, m.index).trimEnd() : caption;
}

/** Words of a credit in brackets after the medium's word ("[Photo Example Daily]") at most. */
const BRACKETED_MEDIUM_CREDIT_MAX_WORDS = 6;

/**
 * "… at the town hall [Foto Example Daily]", "… at dawn (Fót. Ann Lee)": a bracket closing the line
 * that opens with the medium's word, whole or shortened, before a name, no colon between: the
 * caption's credit.
 */
function bracketedMediumCredit(t: string): CaptionParts | null {
  const m =
    /\s[([（［](\p{L}[\p{L}\p{M}]{1,14}\.?)\s+([\p{L}\p{N}«"“][^()[\]（）［］:：]{1,59})[)\]）］]$/u.exec(t);
  if (!m || !isMediumWord(m[1]!)) return null;
  // "(Photo by Ann Lee)" is the medium's word and the language's "by", read as such (`MARKER`).
  if (BY_WORD_SET.has(m[2]!.trim().split(/\s/u)[0]!.toLowerCase())) return null;
  // "(Photo courtesy of X)", "(Foto cortesía de X)": words in lower case between the medium's word
  // and a capital say where the picture came from, in whatever language; the credit follows them.
  const credit = m[2]!.trim().replace(SOURCE_JOINER, '');
  if (wordCount(credit) > BRACKETED_MEDIUM_CREDIT_MAX_WORDS || !credity(credit)) return null;
  const caption = t.slice(0, m.index).trim();
  return wordCount(caption) >= 2 ? { caption: clean(caption), credit: clean(credit) } : null;
}

/** One to three words in lower case before a capital: a source's joiner ("courtesy of", "from the"). */
const SOURCE_JOINER = /^(?:\p{Ll}+\s+){1,3}(?=\p{Lu})/u;

/**
 * "[Image] …", "[Foto] …", "［写真］…": the picture's placeholder that a dump prints where the picture
 * stood, before its caption: a word or two in square brackets (or full-width ones), opening with a
 * letter, each of 16 characters at most. Not part of the caption.
 */
const PICTURE_PLACEHOLDER = /^[[［]\p{L}[^\]［］\s]{0,15}(?:\s\p{L}[^\]［］\s]{0,15})?[\]］]\s+(?=\S)/u;
/** Words of the label before a credit inside its bracket ("(photo maker: Ann Lee)") at most. */
const BRACKET_LABEL_MAX_WORDS = 3;

/**
 * "[Image] The flooded road (Photo - Agency/ Ann Lee)": a text dump leaves the picture as a word
 * in brackets where it stood; a line opening with that placeholder and closing with a bracket is
 * the picture's caption and its credit, in any language. A label inside the bracket before a
 * colon or a spaced dash names the credit, whatever its words.
 */
function placeholderCaption(t: string): CaptionParts | null {
  const placeholder = PICTURE_PLACEHOLDER.exec(t);
  const m = placeholder && /^(\S.*?)\s*[(（]([^()（）]{2,80})[)）]$/u.exec(t.slice(placeholder[0].length));
  if (!m) return null;
  const inside = m[2]!.trim();
  const labelled =
    /^([^:：]{1,40}?)\s*[:：]\s*(\S.*)$/u.exec(inside) ?? /^(\S.{0,40}?)\s+[-–—]\s+(\S.*)$/u.exec(inside);
  const label = labelled && wordCount(labelled[1]!) <= BRACKET_LABEL_MAX_WORDS ? labelled : null;
  const credit = label ? label[2]!.trim() : inside;
  if (namesZone(credit) || wordCount(credit) > BRACKETED_MEDIUM_CREDIT_MAX_WORDS) return null;
  return { caption: clean(m[1]!), credit: clean(creditName(credit)) };
}

/** A credit's label of one or two words in any language, and its colon or a spaced bar. */
const CREDIT_LABEL = /^\p{L}[\p{L}\p{M}]{1,14}(?:\s\p{L}[\p{L}\p{M}]{1,14})?(?:\s*[:៖፡]\s*|\s+\|\s+)/u;

/**
 * "… on the quay at dawn — <photo>: Agency": a caption without its full stop, a spaced dash, then
 * a label of a word or two, in any language, and its colon before the credit. The label says the
 * dash parts a credit, not a clause.
 */
function dashedLabelCredit(t: string): CaptionParts | null {
  const m = /^(.+?)\s+[—–]\s+(\p{L}[\p{L}\p{M}]{1,14}(?:\s\p{L}[\p{L}\p{M}]{1,14})?)\s*[:：]\s*(\S.*)$/u.exec(
    t,
  );
  if (!m || wordCount(m[1]!) < 2 || !credity(m[3]!)) return null;
  return { caption: clean(m[1]!), credit: clean(creditName(m[3]!)) };
}

/**
 * A caption whose credit is printed after it without a marker: "… on the quay at dawn. Agency",
 * "… outside the court Picturedesk", "… 2026. AGENCY/Name/File Photo".
 */
export function splitTrailingCredit(text: string): CaptionParts | null {
  const t = text.trim();
  if (/[.!?…"”»’)]$/u.test(t)) return null;
  // The full stop of any script: Latin ".", Khmer "។", Devanagari "।", Armenian "։", Ethiopic "።".
  const stops = [...t.matchAll(/[.។।։።]\s/gu)];
  const dot = stops.length > 0 ? stops[stops.length - 1]!.index : -1;
  const dashed = dot > 0 ? null : dashedLabelCredit(t);
  if (dashed) return dashed;
  if (dot > 0) {
    // After it, a credit behind a one- or two-word label of any language ("<photo>៖ Ann Lee"),
    // its colon or a bar ("<photo> | Agency").
    const after = t.slice(dot + 2);
    const tail = after.replace(CREDIT_LABEL, '');
    // A label of its own vouches for a credit that is a name and a common noun ("Example archive").
    if (credity(tail) || (tail !== after && labelledCredity(tail)))
      return {
        caption: clean(withoutMediumAbbreviation(t.slice(0, dot + 1))),
        credit: clean(creditName(tail)),
      };
  }
  // A run of one to three capitalised words after a lower-case word. Not after a name's particle:
  // "Oficina de Prensa del Consejo de Navarra" is one name, the run after "de" its last words.
  const tokens = t.split(/\s+/);
  let k = tokens.length;
  while (k > 1 && tokens.length - k < 3 && /^\p{Lu}/u.test(tokens[k - 1]!)) k--;
  if (k < tokens.length && k > 0 && /^\p{Ll}/u.test(tokens[k - 1]!) && !NAME_PARTICLES.has(tokens[k - 1]!)) {
    return { caption: clean(tokens.slice(0, k).join(' ')), credit: clean(tokens.slice(k).join(' ')) };
  }
  return null;
}

/**
 * How a title starts: a capital, a letter of a script without case (Georgian's count, having no
 * capitals in print), a digit or a quote (the corner brackets of Chinese and Japanese too).
 */
export const TITLE_START = /^[\p{Lu}\p{Lo}\u10d0-\u10ff\p{N}"'“‘«「『¿¡]/u;

/** A full stop between two sentences ("town. Your"), not an abbreviation ("U.S. demand"). */
export const SENTENCE_BREAK = /\p{Ll}[.!?]\s+\p{Lu}/u;

/** Letters of scripts written without spaces between words (Chinese, Japanese). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Characters of an unspaced script to a word, about: its words are mostly of one to three. */
const UNSPACED_CHARS_PER_WORD = 2;
/**
 * Letters (not vowel or tone marks) of the scripts of South-East Asia written without spaces
 * between words: Thai, Lao, Khmer, Myanmar. Their words are longer, about four letters.
 */
const UNSPACED_ALPHABETIC = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}](?<!\p{M})/gu;
const UNSPACED_ALPHABETIC_LETTERS_PER_WORD = 4;

/**
 * Tibetan marks the end of every syllable (with the tsheg "་"), not of every word, and sets a
 * space only after a clause's shad "།": a syllable is about half a word.
 */
const SYLLABLE = /(?=\p{Script=Tibetan})\p{L}[\p{L}\p{M}]*/gu;
const SYLLABLES_PER_WORD = 2;

/** Any letter of the scripts above: most lines have none, and need no counting of them. */
// Code-point blocks, not script properties: this runs for every line, many times.
const ANY_UNSPACED =
  /[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

/** Words in a line; in a script without spaces, estimated from its letters. */
export const wordCount = (s: string): number => {
  const spaced = s.split(/\s+/).filter(Boolean).length;
  if (!ANY_UNSPACED.test(s)) return spaced;
  const unspaced = s.match(UNSPACED)?.length ?? 0;
  const alphabetic = s.match(UNSPACED_ALPHABETIC)?.length ?? 0;
  const syllables = s.match(SYLLABLE)?.length ?? 0;
  return (
    spaced +
    Math.floor(unspaced / UNSPACED_CHARS_PER_WORD) +
    Math.floor(alphabetic / UNSPACED_ALPHABETIC_LETTERS_PER_WORD) +
    Math.floor(syllables / SYLLABLES_PER_WORD)
  );
};

/**
 * Letters set in a wide (double) column: Chinese, Japanese, and Korean's syllable blocks, each of
 * which packs two or three letters of an alphabet (Unicode's East Asian Wide).
 */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Characters of a line as printed, a wide character counting as two: a Chinese or Japanese one is
 * a word or half one, a Korean syllable says as much as a short word of a Latin script.
 */
export const printedWidth = (s: string): number => s.length + (s.match(WIDE)?.length ?? 0);

/**
 * Thai, Lao and Khmer end a sentence with a space, not a stop: a paragraph is a long line of
 * several phrases, where a headline has one to three.
 */
const UNSTOPPED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;
const UNSTOPPED_PARAGRAPH_CHARS = 80;
const UNSTOPPED_PARAGRAPH_PHRASES = 4;
const isUnstoppedParagraph = (s: string): boolean =>
  s.length >= UNSTOPPED_PARAGRAPH_CHARS &&
  UNSTOPPED_SCRIPT.test(s) &&
  s.trim().split(/\s+/).length >= UNSTOPPED_PARAGRAPH_PHRASES;

/**
 * Ends like a sentence (paragraph), not like a heading or a label: sentence punctuation of any
 * script (the Devanagari danda "।", the Arabic question mark, the Ethiopic and Armenian full stops), possibly
 * inside closing quotes or brackets ("… he said.”", "… (in 2024).") or a quotation closing a
 * sentence ("… «the future»"). A bracket alone closes a label: "Yellow card for Ann Lee (Rovers)".
 */
export function endsSentence(s: string): boolean {
  const t = s.trim();
  return /[.!?…:;。！？।॥۔؟።။։][”’"»')\]」』）]*$/u.test(t) || /[^\s([]["”»’'」』]$/u.test(t);
}

/** Words of a name quoted at a line's end (a prize's, a programme's, a book's) at most. */
const QUOTED_NAME_MAX_WORDS = 4;

/**
 * A line ending on a name in quotes opened mid-line, a few words with no stop inside ("How to win
 * the «Golden Lakes»", "Stadt plant „Grüne Achse“"): the closing mark ends the name, not a
 * sentence. A quote of the whole line, or one ending on its own stop, still ends one. (A credit
 * or a caption may end the same way: only the title-shaped line's reading asks.)
 */
export function endsOnQuotedName(t: string): boolean {
  const m = /\s[«„“"‚‘「『]([^«»„“”"‚‘’「」『』.!?…。！？]+)[»“”"’」』]$/u.exec(t);
  return m !== null && !/^[«„“"‚‘「『]/u.test(t) && wordCount(m[1]!) <= QUOTED_NAME_MAX_WORDS;
}

/**
 * A label printed over a headline (section, site name, nav item): short, no sentence punctuation,
 * and every significant word capitalised.
 */
export function isLabelLike(s: string): boolean {
  const t = s.trim();
  if (t.length > 40 || wordCount(t) > 5 || /[.!?:;,]$/.test(t)) return false;
  return !SENTENCE_BREAK.test(t);
}

/** Looks like a headline: long enough, not a label, not a sentence that ends in a full stop. */
export function isHeadlineLike(s: string): boolean {
  const t = s.trim();
  const n = wordCount(t);
  if (
    printedWidth(t) < 12 ||
    t.length > 250 ||
    n < 3 ||
    /[.。।۔።။։]$/u.test(t) ||
    (n < 6 && SENTENCE_BREAK.test(t))
  )
    return false;
  if (n >= 5) return true;
  // Three or four words: a headline has a lower-case content word, a label has none.
  return t.split(/\s+/).some((w) => /^\p{Ll}{4,}/u.test(w));
}

/** A paragraph of prose: several words and sentence punctuation, or plainly long. */
export function isParagraph(s: string): boolean {
  const n = wordCount(s);
  return (n >= 6 && endsSentence(s)) || s.length >= 160 || isUnstoppedParagraph(s);
}

/**
 * A caption opened by its own label ("Legenda: …", "Caption: …" in the page's language): one or
 * two words and a colon before a sentence of three words or more. No caption names its subject
 * that way; the label is dropped. Not a word in capitals ("REOPENED: …"): that is the caption's
 * kicker, emphasis the caption's own text opens with, as a headline's does.
 */
const CAPTION_LABEL = /^\p{L}[\p{L}\p{M}'’]{1,20}(?:\s\p{L}[\p{L}\p{M}'’]{1,20})?\s*[:：]\s+/u;

/**
 * "PHOTO | …", "FOTO: …": the medium's word as the caption's label, in capitals or not — the word
 * for a photo is never a kicker.
 */
const MEDIUM_LABEL = new RegExp(`^(?:${PHOTO_WORDS})\\s*[|:：]\\s+(?=\\S)`, 'iu');

export function withoutCaptionLabel(shown: string): string {
  const printed = shown.replace(CAPTION_POINTER, '') || shown;
  const unlabelled = printed.replace(MEDIUM_LABEL, '');
  if (unlabelled !== printed && wordCount(unlabelled) >= 3) return unlabelled;
  const bare = printed.replace(PICTURE_PLACEHOLDER, '');
  const caption = wordCount(bare) >= 3 ? bare : printed;
  const m = CAPTION_LABEL.exec(caption);
  if (!m || (/\p{Lu}\p{Lu}/u.test(m[0]) && !/\p{Ll}/u.test(m[0]))) return caption;
  const rest = caption.slice(m[0].length);
  // "Cleanup zones: the north beach, …": a colon before words in lower case opens the caption's
  // own list or clause; a label stands before a sentence.
  return wordCount(rest) >= 3 && !/^\p{Ll}/u.test(rest) ? rest : caption;
}
