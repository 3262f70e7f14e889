import { type Found, wordSet } from './found.js';
import * as sw from 'stopword';

/**
 * Persons and bodies in Arabic, Persian and Urdu text beyond the construct openers of
 * caseless.ts: a person named beside a role word (in apposition between commas, or as the
 * subject of a verb of saying), a Persian or Urdu body whose complement takes no article (so it
 * runs to the next function word or verb), and an Urdu body named before the word that closes it
 * ("X ہسپتال", X Hospital). The stopword package has function words but no role or institution
 * words, so the few below are typed: grammar of these languages, not names.
 */

const set = wordSet;

/** Arabic and Persian spellings of yeh and kaf are one letter here: lists differ in which they use. */
const fold = (w: string): string => w.replace(/ي/gu, 'ی').replace(/ك/gu, 'ک');
/**
 * Urdu postpositions and auxiliaries (in, of, to, from, on, up to, agent marker, is, was): the
 * package's Urdu list is mis-encoded, so these are typed.
 */
const URDU_FUNCTION_WORDS = 'میں نے کو سے کا کی کے پر تک ہے ہیں تھا تھی تھے اور';
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [...sw.ara, ...sw.fas, ...URDU_FUNCTION_WORDS.split(' ')].map(fold),
);

/**
 * Roles that stand beside a person's name: head, director, minister, member, governor, deputy,
 * spokesperson (Arabic); chief executive, director general, head, deputy, expert, governor,
 * minister, spokesperson, secretary, professor, mayor (Persian); doctor, president, chairman,
 * minister, spokesperson, secretary, director, officer, engineer, commissioner, mayor, professor,
 * father, mother, leader, superintendent (Urdu).
 */
const ROLES = set(`
  رئيس رئيسة مدير مديرة وزير وزيرة عضو محافظ نائب المتحدث الناطق أمين عميد
  مدیرعامل مدیرکل مدیر رئیس معاون کارشناس استاندار فرماندار وزیر سخنگوی دبیر استاد شهردار
  ڈاکٹر صدر چیئرمین وزیر ترجمان سیکریٹری سیکرٹری ڈائریکٹر افسر انجینئر کمشنر میئر پروفیسر والد والدہ رہنما سپرنٹنڈنٹ
`);
/** Arabic "that" and "to" after a verb of saying ("قال … إن", "أشار … إلى أن"). */
const AR_SAID_AFTER = set('إن أن إلى');
/** Urdu: the agent marker before "said"/"told", and "its saying is" ("X کا کہنا ہے"). */
const UR_SAID = (t: readonly string[], i: number): boolean =>
  (t[i] === 'نے' && /^(?:کہا|بتایا)$/u.test(t[i + 1] ?? '')) || (t[i] === 'کا' && t[i + 1] === 'کہنا');

/** Bodies whose complement follows without an article: organisation, company, university… */
const OPENERS = set(`
  سازمان شرکت دانشگاه وزارت شهرداری اداره نهاد بنیاد انجمن بیمارستان دانشکده پژوهشگاه شهرک محکمہ
`);
/** Complement words a body named once may take after its opener, unless a place ends them sooner. */
const MAX_ONCE = 2;
/** Urdu words that close a body's name: hospital, company, association, university, board, union. */
const CLOSERS = set('ہسپتال اسپتال کمپنی ایشن یونیورسٹی بورڈ کارپوریشن اتحاد کونسل فاؤنڈیشن اتھارٹی');
/** Persian and Urdu copulas and light verbs: the noun before one is the verb's, not the name's. */
const VERBS = set('است بود شد شده شود کرد کرده کند کنند داد داده دارد گفت ہے ہیں تھا تھی گیا کیا');
const isVerb = (w: string): boolean => VERBS.has(w) || /^ن?می‌/u.test(w);

const PUNCT = /^[.,;:!?،؛«»"]$/u;
const word = (w: string | undefined): w is string =>
  !!w && /^\p{L}/u.test(w) && !FUNCTION_WORDS.has(fold(w)) && !ROLES.has(w);
/** "In the", "to the", "by the" glued on: a phrase, never a word of a person's name. */
const phrase = (w: string): boolean => /^(?:بال|لل|فال|كال)/u.test(w);
/** Arabic definite words (and those with "and", "to", "by" glued on). */
const definite = (w: string): boolean => /^(?:و|ف|ب|ل|وب|ول)?ال|^لل/u.test(w);

/** Longest run of plain words from `from` on, at most `max`; a word before a verb is the verb's. */
function runFrom(t: readonly string[], from: number, max: number): string[] {
  const run: string[] = [];
  for (let k = from; k < t.length && run.length < max; k++) {
    const w = t[k] ?? '';
    if (isVerb(w)) {
      run.pop();
      break;
    }
    // "and" joins two words of one name ("آب و فاضلاب"), not a name and what follows it.
    if (w === 'و' && run.length && word(t[k + 1]) && !isVerb(t[k + 1] ?? '')) {
      run.push(w);
      continue;
    }
    if (!word(w)) break;
    run.push(w);
  }
  while (run[run.length - 1] === 'و') run.pop();
  return run;
}

/** The words two runs share from their start. */
function commonStart(a: readonly string[], b: readonly string[]): string[] {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return a.slice(0, n);
}

/**
 * Persian and Urdu bodies: an opener and the words after it up to a function word or verb. Named
 * more than once, the body is what every mention has in common; the rest is the sentence's.
 */
function openedBodies(t: readonly string[], places: readonly string[]): string[] {
  const runs = new Map<string, string[][]>();
  t.forEach((w, i) => {
    if (!OPENERS.has(w)) return;
    const run = runFrom(t, i + 1, 6);
    // A place closes the name it is the seat of ("… استان X").
    const seat = run.findIndex((x) => places.includes(x));
    if (run.length) runs.set(w, [...(runs.get(w) ?? []), seat >= 0 ? run.slice(0, seat + 1) : run]);
  });
  const out: string[] = [];
  for (const [opener, list] of runs) {
    // Mentions that share their first complement word name one body.
    const byFirst = new Map<string, string[][]>();
    for (const r of list) byFirst.set(r[0] ?? '', [...(byFirst.get(r[0] ?? '') ?? []), r]);
    for (const same of byFirst.values()) {
      const name = same.reduce((a, b) => commonStart(a, b));
      const cut =
        same.length > 1 || places.includes(name[name.length - 1] ?? '') ? name : name.slice(0, MAX_ONCE);
      out.push([opener, ...cut].join(' '));
    }
  }
  return out;
}

/** Urdu bodies named before their closing word, back to a function word or punctuation. */
function closedBodies(t: readonly string[]): string[] {
  const out: string[] = [];
  t.forEach((w, i) => {
    if (!CLOSERS.has(w)) return;
    let k = i;
    while (k > 0 && i - k < 5 && word(t[k - 1]) && !isVerb(t[k - 1] ?? '')) k--;
    if (k < i) out.push(t.slice(k, i + 1).join(' '));
  });
  return out;
}

/** Two or three plain words from `from`, the first not definite (a name, not "the council"). */
function nameAt(t: readonly string[], from: number, ends: (k: number) => boolean): string | null {
  for (const n of [2, 3]) {
    const words = t.slice(from, from + n);
    const plain = words.every((w) => word(w) && !phrase(w));
    if (words.length === n && plain && !definite(words[0] ?? '') && ends(from + n)) return words.join(' ');
  }
  return null;
}

/**
 * Persons beside a role: "رئيس البلدية، A B،" and "A B، مدیرکل …" (apposition), "رئيس البلدية A B
 * إن" (Arabic, then what was said), "… ڈاکٹر A B نے کہا" (Urdu, the agent of "said").
 */
function rolePersons(t: readonly string[]): string[] {
  const out: string[] = [];
  const comma = (k: number): boolean => t[k] === '،' || t[k] === ',';
  t.forEach((w, i) => {
    if (ROLES.has(w)) {
      // The role's complement: up to three words, then the name.
      for (let k = i + 1; k <= i + 4 && k < t.length; k++) {
        const name = comma(k)
          ? nameAt(t, k + 1, comma)
          : k > i + 1
            ? nameAt(t, k, (e) => AR_SAID_AFTER.has(t[e] ?? ''))
            : null;
        if (name) {
          out.push(name);
          break;
        }
        if (!word(t[k]) && !definite(t[k] ?? '')) break;
      }
    }
    // A sentence opening with a name in apposition to a role ("A B، کارشناس …").
    if ((i === 0 || PUNCT.test(t[i - 1] ?? '')) && comma(i + 2) && ROLES.has(t[i + 3] ?? '')) {
      const name = nameAt(t, i, (e) => e === i + 2);
      if (name) out.push(name);
    }
    // Urdu: a role at most one word before the two words that "said" follows.
    if (
      UR_SAID(t, i) &&
      word(t[i - 1]) &&
      word(t[i - 2]) &&
      (ROLES.has(t[i - 3] ?? '') || ROLES.has(t[i - 4] ?? ''))
    )
      out.push(`${t[i - 2]} ${t[i - 1]}`);
  });
  return out;
}

/** Persons and bodies of an Arabic-script text, given as words and punctuation. */
export function arabicScriptFinds(t: readonly string[], places: readonly string[]): Found[] {
  return [
    ...rolePersons(t).map((name): Found => ({ kind: 'person', name })),
    ...[...openedBodies(t, places), ...closedBodies(t)].map((name): Found => ({
      kind: 'organisation',
      name,
    })),
  ];
}
