import type { Faker } from '@faker-js/faker';
import { faker as fa } from '@faker-js/faker/locale/fa';
import { faker as he } from '@faker-js/faker/locale/he';
import { faker as ja } from '@faker-js/faker/locale/ja';
import { faker as ko } from '@faker-js/faker/locale/ko';
import { faker as zhCN } from '@faker-js/faker/locale/zh_CN';
import { faker as zhTW } from '@faker-js/faker/locale/zh_TW';
import * as sw from 'stopword';
import type { Entities } from '../../model/item.js';
import { arabicScriptFinds } from './arabic-script.js';
import { brahmicBodies } from './brahmic-bodies.js';
import { brahmicPersons } from './brahmic-persons.js';
import { ethiopicFinds } from './ethiopic.js';
import { type Found, wordSet } from './found.js';
import { laoFinds } from './lao.js';
import { localeNames } from './locale-names.js';
import { myanmarFinds } from './myanmar.js';

/**
 * Names in scripts without capital letters (Japanese, Korean, Hebrew, Arabic, Hindi), where the
 * capitalised-run finder sees nothing. Each script marks names in its own way: family and given
 * names from the fake-data package's name lists, honorifics and roles in front of or behind a
 * person, institution words a body's name ends in (Japanese, Korean) or opens with (Hebrew,
 * Arabic, in the construct state), and place suffixes and nouns ("X市", "X शहर"). The words below
 * are grammar of those languages, not names.
 */

/** A locale's name list, however it is split (generic, female, male). */
function namesOf(f: Faker, list: 'first_name' | 'last_name'): ReadonlySet<string> {
  const raw = f.rawDefinitions.person?.[list] as
    Record<string, readonly string[]> | readonly string[] | undefined;
  const lists = Array.isArray(raw) ? [raw] : Object.values(raw ?? {});
  return new Set(lists.flat());
}

const JA_FAMILY = namesOf(ja, 'last_name');
const JA_GIVEN = namesOf(ja, 'first_name');
const KO_FAMILY = namesOf(ko, 'last_name');
const KO_GIVEN = namesOf(ko, 'first_name');
const HE_FAMILY = namesOf(he, 'last_name');
const HE_GIVEN = namesOf(he, 'first_name');
const FA_GIVEN = namesOf(fa, 'first_name');
const ZH_FAMILY = new Set([...namesOf(zhCN, 'last_name'), ...namesOf(zhTW, 'last_name')]);

const set = wordSet;

/** Function words of each script's languages (the `stopword` package; Arabic script: Arabic, Persian). */
const STOP = {
  he: new Set(sw.heb),
  ar: new Set([...sw.ara, ...sw.fas]),
  hi: new Set(sw.hin),
  ko: new Set(sw.kor),
};

// Japanese: runs of kanji and katakana between kana particles and punctuation.
const JA_RUN = /[\p{Script=Han}\p{Script=Katakana}ー]+/gu;
/** Municipality, town, village, prefecture, ward. */
const JA_PLACE = /^.+[市町村県区]$/u;
/** Bureau, section, agency, ministry, station (police, fire), association, union, committee… */
const JA_BODY = /^.+(?:局|課|庁|省|署|協会|組合|委員会|議会|大学|銀行|財団|機構)$/u;
/** "Each", "all", "the same", "this": with a suffix they refer back ("同市"), they name nothing. */
const JA_DETERMINERS = set('各 全 同 当 本 地 都 市 町 村 区 県 両 他');

function japanese(text: string): Found[] {
  const out: Found[] = [];
  for (const [run] of text.matchAll(JA_RUN)) {
    const person = japanesePerson(run);
    if (person) out.push({ kind: 'person', name: person });
    else if (run.length === 2 && JA_DETERMINERS.has(run[0] ?? '')) continue;
    else if (JA_BODY.test(run)) out.push({ kind: 'organisation', name: run });
    else if (JA_PLACE.test(run)) out.push({ kind: 'place', name: run });
  }
  return out;
}

/** A family name, then a given name, at the start of a run ("山口和也市長"). */
function japanesePerson(run: string): string | null {
  for (let f = Math.min(3, run.length - 1); f >= 1; f--) {
    if (!JA_FAMILY.has(run.slice(0, f))) continue;
    // Three characters at least: a one-character family and given name are too often a word.
    for (let g = Math.min(3, run.length - f); g >= Math.max(1, 3 - f); g--)
      if (JA_GIVEN.has(run.slice(f, f + g))) return run.slice(0, f + g);
  }
  return null;
}

// Korean: words between spaces, a case particle glued to the end.
const KO_WORD = /\p{Script=Hangul}+/gu;
const KO_PARTICLE = /(?:에서는|에서|으로|에게|까지|부터|은|는|이|가|을|를|의|에|로|와|과|도|만)$/u;
/** Agency, ministry, office, committee, corporation, association, union, university, bank… */
const KO_BODY = /^\p{Script=Hangul}{2,}(?:청|부|처|위원회|공사|공단|협회|조합|대학교|은행|경찰서|소방서)$/u;
/** Village, neighbourhood, town, county (not "면", township: it is also the ending "if"). */
const KO_PLACE = /^\p{Script=Hangul}{2,}(?:리|동|읍|군)$/u;

function korean(text: string): Found[] {
  const out: Found[] = [];
  for (const [word] of text.matchAll(KO_WORD)) {
    const bare = word.length > 3 ? word.replace(KO_PARTICLE, '') : word;
    if (STOP.ko.has(bare)) continue;
    const person = koreanPerson(bare) ?? koreanPerson(word);
    if (person) out.push({ kind: 'person', name: person });
    else if (KO_BODY.test(bare)) out.push({ kind: 'organisation', name: bare });
    else if (KO_PLACE.test(bare)) out.push({ kind: 'place', name: bare });
  }
  return out;
}

/** "김도윤" (a family name, then a given name), or any name before the honorific "씨". */
function koreanPerson(word: string): string | null {
  const honoured = /^(\p{Script=Hangul}{2,3})씨/u.exec(word)?.[1];
  if (honoured && KO_FAMILY.has(honoured[0] ?? '')) return honoured;
  return word.length === 3 && KO_FAMILY.has(word[0] ?? '') && KO_GIVEN.has(word.slice(1)) ? word : null;
}

/** Words of a right-to-left text with their punctuation, so a name can be seen to end. */
const tokens = (text: string, letters: string): string[] =>
  text.match(new RegExp(`[${letters}"״׳'־]+|\\p{N}+|[.,;:!?،؛]`, 'gu')) ?? [];
const isPunct = (t: string | undefined): boolean => !t || /^[.,;:!?،؛]$/u.test(t);

// Hebrew: a body's name opens with an institution noun in the construct state ("עיריית X").
const HE_LETTERS = '\\p{Script=Hebrew}';
/** Municipality of, organisation, ministry, council of, company of, university of, police of, bank. */
const HE_BODY = set('עיריית ארגון משרד מועצת חברת אוניברסיטת משטרת בנק');
/** Construct nouns whose complement is a town: "עיריית כרמיאל". */
const HE_TOWN = set('עיריית');
/** Roles in front of a person: head, chair, CEO, spokesperson, deputy, director, minister, MK, Dr. */
const HE_ROLES = set('ראש יו"ר יו״ר מנכ"ל מנכ״ל דובר דוברת סגן סגנית מנהל מנהלת שר שרת ח"כ ח״כ ד"ר ד״ר');
/** One-letter prefixes (and, in, to, from, the, that, as) glued to a word. */
const HE_PREFIX = /^[ובלמהשכ]/u;

const hebrewOpener = (w: string, list: ReadonlySet<string>): boolean =>
  list.has(w) || (HE_PREFIX.test(w) && list.has(w.slice(1)));

function hebrew(text: string): Found[] {
  const t = tokens(text, HE_LETTERS);
  const out: Found[] = [];
  t.forEach((w, i) => {
    const next = t[i + 1] ?? '';
    if (hebrewOpener(w, HE_BODY) && /^\p{L}/u.test(next) && !STOP.he.has(next)) {
      out.push({ kind: 'organisation', name: `${HE_BODY.has(w) ? w : w.slice(1)} ${next}` });
      if (hebrewOpener(w, HE_TOWN) && !next.startsWith('ה')) out.push({ kind: 'place', name: next });
    }
    const person = hebrewPerson(t, i);
    if (person) out.push({ kind: 'person', name: person });
  });
  return out;
}

/**
 * A person at `i`: after a role and what it is of ("ראש המועצה, אבי מזרחי,"), two plain words
 * ended by punctuation; or a given name and a family name the lists know.
 */
function hebrewPerson(t: string[], i: number): string | null {
  const [a = '', b = ''] = [t[i], t[i + 1]];
  const plain = (w: string): boolean =>
    /^\p{L}/u.test(w) && !STOP.he.has(w) && !w.startsWith('ה') && !HE_ROLES.has(w);
  if (!plain(a) || !plain(b)) return null;
  if (HE_GIVEN.has(a) && HE_FAMILY.has(b)) return `${a} ${b}`;
  let k = i - 1;
  while (k >= 0 && (t[k] === ',' || t[k]?.startsWith('ה') || HE_ROLES.has(t[k] ?? ''))) {
    if (HE_ROLES.has(t[k] ?? '')) return isPunct(t[i + 2]) ? `${a} ${b}` : null;
    k--;
  }
  return null;
}

// Arabic and Persian: the same construct ("هيئة المياه والكهرباء", "شهرداری شیراز"), the
// body's complement taking the article in Arabic. The zero-width non-joiner is inside words.
const AR_LETTERS = '\\p{Script=Arabic}\\u200c';
/**
 * Authority, ministry, company, university, municipality, council, hospital, bank, foundation…
 * in Arabic; news agency, municipality, organisation, university, ministry, company in Persian.
 */
const AR_BODY = set(
  'هيئة وزارة شركة جامعة بلدية مجلس مستشفى بنك مؤسسة جمعية اتحاد نقابة خبرگزاری شهرداری سازمان دانشگاه وزارت شرکت',
);
/** Municipality of a town (Arabic, Persian). */
const AR_TOWN = set('بلدية شهرداری');
/** Province, governor (of a province): Persian. */
const AR_REGION = set('استان استاندار');
/** Governorate, city (Arabic): in the construct state before a definite name ("محافظة الجيزة"). */
const AR_DIVISION = set('محافظة مدينة');
/** Titles in front of a person: engineer, doctor, sheikh, Mr/Mrs, minister, professor, general. */
const AR_TITLES = set(
  'المهندس المهندسة الدكتور الدكتورة الشيخ السيد السيدة الوزير الوزيرة الأستاذ الأستاذة اللواء العميد',
);
/** "And", "so", "in", "for" glued to a word. */
const AR_PREFIX = /^[وفبل]/u;
const arabicOpener = (w: string, list: ReadonlySet<string>): boolean =>
  list.has(w) || (AR_PREFIX.test(w) && list.has(w.slice(1)));
const definite = (w: string): boolean => /^و?ال/u.test(w);

function arabic(text: string): Found[] {
  const t = tokens(text, AR_LETTERS);
  const out: Found[] = [];
  const plain = (x: string): boolean => /^\p{L}/u.test(x) && !STOP.ar.has(x);
  t.forEach((w, i) => {
    if (arabicOpener(w, AR_BODY)) {
      let end = i + 1;
      while (end < t.length && end - i <= 3 && definite(t[end] ?? '')) end++;
      const next = t[i + 1] ?? '';
      const head = AR_BODY.has(w) ? w : w.slice(1);
      if (end > i + 1) out.push({ kind: 'organisation', name: [head, ...t.slice(i + 1, end)].join(' ') });
      else if (plain(next)) {
        // An indefinite complement takes its own definite ones ("شركة مياه الشرب").
        let tail = i + 2;
        while (tail < t.length && tail - i <= 5 && definite(t[tail] ?? '')) tail++;
        out.push({ kind: 'organisation', name: [head, ...t.slice(i + 1, tail)].join(' ') });
        if (arabicOpener(w, AR_TOWN)) out.push({ kind: 'place', name: next });
      }
    }
    const [a = '', b = ''] = [t[i + 1], t[i + 2]];
    // One word after "province" may be a verb ("… استان است"): a province is named twice.
    if (AR_REGION.has(w) && plain(a)) out.push({ kind: 'place', name: a, twice: true });
    if (arabicOpener(w, AR_DIVISION) && definite(a) && plain(a)) out.push({ kind: 'place', name: a });
    // A Persian given name and the word after it, closed by punctuation ("محمدرضا نیک‌فر،").
    if (FA_GIVEN.has(w) && plain(a) && isPunct(t[i + 2])) out.push({ kind: 'person', name: `${w} ${a}` });
    // "Servant of" names take the divine name after them ("عبد الله", "عبد الرحيم").
    const servant = b === 'عبد' && plain(t[i + 3] ?? '') ? ` ${t[i + 3]}` : '';
    if (AR_TITLES.has(w) && plain(a) && plain(b) && !definite(a))
      out.push({ kind: 'person', name: `${a} ${b}${servant}` });
  });
  return out;
}

// Hindi: roles before a person ("आयुक्त अजय वर्मा ने"), a noun of settlement after a place.
const HI_WORD = /[\p{Script=Devanagari}]+|[.,;:!?।"“”]/gu;
/** Commissioner, resident, minister, president, spokesperson, officer, MLA, MP, mayor, Dr, Shri… */
const HI_ROLES = set(
  'आयुक्त निवासी मंत्री अध्यक्ष प्रवक्ता अधिकारी विधायक सांसद महापौर डॉ डॉक्टर श्री श्रीमती कलेक्टर निदेशक',
);
/** City, village, district, town. */
const HI_SETTLEMENTS = set('शहर गांव गाँव जिले जिला कस्बे कस्बा');

function hindi(text: string): Found[] {
  const t = text.match(HI_WORD) ?? [];
  const plain = (x: string | undefined): x is string =>
    !!x && /^\p{Script=Devanagari}/u.test(x) && !STOP.hi.has(x) && !HI_ROLES.has(x) && !HI_SETTLEMENTS.has(x);
  const out: Found[] = [];
  t.forEach((w, i) => {
    const [a, b, after] = [t[i + 1], t[i + 2], t[i + 3]];
    if (HI_ROLES.has(w) && plain(a) && plain(b) && !plain(after))
      out.push({ kind: 'person', name: `${a} ${b}` });
    if (HI_SETTLEMENTS.has(t[i + 1] ?? '') && plain(w) && !plain(t[i - 1]))
      out.push({ kind: 'place', name: w });
  });
  return out;
}

// Chinese: no spaces and no kana, so words are cut at punctuation and at the function
// characters and verbs that stand between names; what a name ends in tells its kind.
/** Punctuation, and particles, prepositions and adverbs that never end a name (Simplified and Traditional). */
const ZH_BREAK =
  /[\s\p{P}\p{N}\p{Script=Latin}的在和与與是了对對将將已由向从從到为為于於及并並等也都就被把让讓给給至自往据據赴请請要求]+/u;
/** Verbs of saying after a speaker ("…陈建国说", "…表示"). */
const ZH_SAID = /(?:说|說|表示|指出|介绍|介紹|称|稱|认为|認為|透露|强调|強調|坦言|告诉|告訴)/gu;
/** Last characters of roles before a name ("处长", "主任", "工程师"): a family name never starts there. */
const ZH_ROLE_END = new Set([...'长長任师師员員者人家士生官记記书書']);
/** County, township, town, village, district, city, province (Simplified and Traditional). */
const ZH_PLACE = /^\p{Script=Han}{2}[省市县縣乡鄉镇鎮区區村]$/u;
/**
 * Bureau, committee, government, township office, group, company, centre, hospital, university,
 * bank, association, farmers' association, administration, department: the longest such start
 * of a piece.
 */
const ZH_BODY =
  /^\p{Script=Han}{2,14}(?:局|委员会|委員會|政府|公所|集团|集團|公司|中心|医院|醫院|大学|大學|银行|銀行|协会|協會|水利会|水利會|农会|農會|署|厅|廳)/u;
/** Openers that refer back or generalise ("the same city", "each district", "this bureau"). */
const ZH_DETERMINERS = new Set([...'同本该該各全我此其当當两兩多']);

function chinese(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(ZH_SAID)) {
    const at = m.index;
    const three = text.slice(at - 3, at);
    const two = text.slice(at - 2, at);
    if (
      /^\p{Script=Han}{3}$/u.test(three) &&
      ZH_FAMILY.has(three[0] ?? '') &&
      !ZH_ROLE_END.has(three[0] ?? '')
    )
      out.push({ kind: 'person', name: three });
    else if (/^\p{Script=Han}{2}$/u.test(two) && ZH_FAMILY.has(two[0] ?? ''))
      out.push({ kind: 'person', name: two });
  }
  for (const piece of text.split(ZH_BREAK)) {
    let body = ZH_BODY.exec(piece)?.[0];
    // A body named after its place starts at the place ("…发函江北县政府" names "江北县政府").
    const seat = body
      ? [...body.slice(0, -3)].findIndex((_, i) => ZH_PLACE.test(body?.slice(i, i + 3) ?? ''))
      : -1;
    if (body && seat >= 0) {
      body = body.slice(seat);
      out.push({ kind: 'place', name: body.slice(0, 3) });
    }
    if (body && body.length > 2 && !ZH_DETERMINERS.has(body[0] ?? ''))
      out.push({ kind: 'organisation', name: body });
    for (let i = 0; i + 3 <= piece.length; i++) {
      const place = piece.slice(i, i + 3);
      // A place named once in passing is told from a word only where it starts the piece.
      if (ZH_PLACE.test(place) && !ZH_DETERMINERS.has(place[0] ?? ''))
        out.push({ kind: 'place', name: place, twice: i > 0 });
    }
  }
  return out;
}

// Thai: words run together, but a name is set off by spaces; honorifics are glued to the
// given name ("นาย" Mr, "นาง" Mrs, "นางสาว" Miss), not to "นายก" (mayor, chief).
const TH_PERSON = /(?:นางสาว|นาย(?!ก)|นาง|ดร\.)(\p{Script=Thai}{2,}) (\p{Script=Thai}{2,})(?=\s|$|\p{P})/gu;
/**
 * A body opens with its kind (department, office, municipality, organisation, centre, hospital,
 * university, ministry, bank, company) and runs to a verb of reporting or to a space; an
 * office's number goes with it ("…ที่ 8").
 */
const TH_BODY =
  /(?:กรม|สำนักงาน|เทศบาล|องค์การ|โรงพยาบาล|มหาวิทยาลัย|กระทรวง|ธนาคาร|บริษัท)\p{Script=Thai}{3,}?(?:(?<=ที่) \p{N}+)?(?=รายงาน|คาดว่า|กล่าว|เปิดเผย|ระบุ|แจ้ง|เตือน|\s|$|\p{P})/gu;
/** Auxiliaries and common verbs: a run holding one is a clause, not a name ("เทศบาลได้ติดตั้ง…"). */
const TH_CLAUSE = /ได้|จะ|ให้|มี|ทุก|ครบ|เพิ่ม|รับ|เร่ง|ติด|นำ/u;
/** Subdistrict and district before their name, which a space closes ("เมือง": a town's own district). */
const TH_PLACE = /(?:ตำบล|อำเภอ)(?:เมือง)?(\p{Script=Thai}{2,})(?=\s|$|\p{P})/gu;

function thai(text: string): Found[] {
  return [
    ...[...text.matchAll(TH_PERSON)].map((m): Found => ({ kind: 'person', name: `${m[1]} ${m[2]}` })),
    ...[...text.matchAll(TH_BODY)]
      .filter((m) => !TH_CLAUSE.test(m[0].slice(3)))
      .map((m): Found => ({ kind: 'organisation', name: m[0] })),
    ...[...text.matchAll(TH_PLACE)].map((m): Found => ({ kind: 'place', name: m[1] ?? '' })),
  ];
}

// Tamil: a person is written with the initial of the father's name first ("கே. சரவணன்",
// "ஆர். கலைச்செல்வி"): a letter with its vowel sign or virama, a dot, then the name.
const TA_PERSON =
  /(?<![\p{L}\p{M}])(\p{Script=Tamil}\p{M}?(?:\p{Script=Tamil}\p{M})?\. ?\p{Script=Tamil}[\p{L}\p{M}]{2,})/gu;

function tamil(text: string): Found[] {
  return [...text.matchAll(TA_PERSON)].map((m): Found => ({ kind: 'person', name: m[1] ?? '' }));
}

const READERS: [RegExp, (text: string) => Found[]][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, japanese],
  [/\p{Script=Hangul}/u, korean],
  [/\p{Script=Hebrew}/u, hebrew],
  [/\p{Script=Arabic}/u, arabic],
  [/\p{Script=Devanagari}/u, hindi],
  [/\p{Script=Han}/u, chinese],
  [/\p{Script=Thai}/u, thai],
  [/\p{Script=Tamil}/u, tamil],
];

/**
 * Entities of an article in a script without capitals; empty for any other. A name that ends
 * another found name of its kind ("市交通局" of "北条市交通局"), opens it or stands inside it ("هيئة المياه" of
 * "هيئة المياه والكهرباء") is the short form of it.
 */
export function caselessEntities(texts: readonly string[]): Entities {
  const all = texts.join('\n');
  const reader = READERS.find(([script]) => script.test(all))?.[1];
  const out: Entities = { people: [], places: [], organisations: [] };
  const listed = localeNames(all);
  const read: Found[] = [
    ...(reader ? texts.flatMap(reader) : []),
    // Read over the whole article, so a body named twice is cut to what its mentions share.
    ...(reader === arabic
      ? arabicScriptFinds(
          texts.flatMap((x) => [...tokens(x, AR_LETTERS), '.']),
          listed.places,
        )
      : []),
    ...brahmicBodies(texts).map((name): Found => ({ kind: 'organisation', name })),
    ...brahmicPersons(texts).map((name): Found => ({ kind: 'person', name })),
    ...(/\p{Script=Ethiopic}/u.test(all) ? ethiopicFinds(texts) : []),
    ...(/\p{Script=Myanmar}/u.test(all) ? myanmarFinds(texts) : []),
    ...(/\p{Script=Lao}/u.test(all) ? laoFinds(texts) : []),
    ...listed.places.map((name): Found => ({ kind: 'place', name })),
    ...listed.people.map((name): Found => ({ kind: 'person', name })),
  ];
  const found = read.filter((f) => !f.twice || read.filter((g) => g.twice && g.name === f.name).length > 1);
  const lists: Record<Found['kind'], string[]> = {
    person: out.people,
    place: out.places,
    organisation: out.organisations,
  };
  for (const f of found) {
    const same = found.filter((g) => g.kind === f.kind);
    const short = same.some((g) => g.name !== f.name && g.name.includes(f.name));
    if (!short && !lists[f.kind].includes(f.name)) lists[f.kind].push(f.name);
  }
  return out;
}
