import { faker as vi } from '@faker-js/faker/locale/vi';
import * as sw from 'stopword';
import type { Entities } from '../../model/item.js';

/**
 * Vietnamese names of bodies, written in sentence case after the word for their kind: "Sở Giao
 * thông vận tải" (department), "Công ty cổ phần Xây dựng Miền Trung" (joint-stock company), "Đài
 * Khí tượng Thủy văn" (station); and a council named by its acronym and the division it governs
 * ("UBND tỉnh Bình Định"). The capitalised-run finder keeps only their first two syllables. The
 * words below are the language's nouns for kinds of body and of division, not names.
 */

/** Kinds of body, as the name opens with them (department, board, ministry, company, bank…). */
const KINDS = [
  'Sở',
  'Ban',
  'Bộ',
  'Cục',
  'Chi cục',
  'Viện',
  'Đài',
  'Hội',
  'Hiệp hội',
  'Công ty',
  'Tổng công ty',
  'Tập đoàn',
  'Ngân hàng',
  'Trường',
  'Bệnh viện',
  'Trung tâm',
  'Ủy ban',
  'Hợp tác xã',
  'Quỹ',
].map((k) => k.split(' '));

/** Divisions a place name follows (province, district, commune, hamlet, ward, city). */
const DIVISIONS = new Set(['tỉnh', 'huyện', 'xã', 'thôn', 'phường', 'quận', 'thị', 'thành']);

/** Function words of Vietnamese (the `stopword` package). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(sw.vie);

/** Letters only Vietnamese writes among Latin scripts (hooks and dots below, horned vowels). */
const VIETNAMESE_LETTERS = /[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
/** Share of letters that must be Vietnamese-only ones for a text to be read as Vietnamese. */
const MIN_SHARE = 0.05;

/** Whether the texts are Vietnamese, by the letters only it uses. */
export function isVietnamese(texts: readonly string[]): boolean {
  const all = texts.join(' ');
  const letters = all.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && (all.match(VIETNAMESE_LETTERS)?.length ?? 0) / letters >= MIN_SHARE;
}

/** Family names (the fake-data package's Vietnamese list): a person, not a place, after a division. */
const FAMILY_NAMES: ReadonlySet<string> = new Set(
  Object.values(vi.rawDefinitions.person?.last_name ?? {}).flat() as string[],
);

/** A Vietnamese family name, which opens a person's name rather than standing before it as a role. */
export const isVietnameseFamilyName = (word: string): boolean => FAMILY_NAMES.has(word);

/** Lowercase words a kind may take before the capitalised part of the name ("cổ phần"). */
const MAX_QUALIFIERS = 2;

const capitalised = (w: string | undefined): boolean => !!w && /^\p{Lu}/u.test(w);
const bare = (w: string): string => w.replace(/[.,;:!?"“”()]+$/u, '');
const closes = (w: string): boolean => /[.,;:!?"“”()]$/u.test(w);

/** The kind opening the words at `i`, as a count of words; 0 when none does. */
function kindAt(words: readonly string[], i: number): number {
  const fits = KINDS.filter((k) => k.every((part, j) => bare(words[i + j] ?? '') === part));
  return Math.max(0, ...fits.map((k) => k.length));
}

/** The body's name starting at `i`, or null. */
function bodyAt(words: readonly string[], i: number): string | null {
  const k = kindAt(words, i);
  if (!k || closes(words[i + k - 1] ?? '')) return null;
  let end = i + k;
  while (end < i + k + MAX_QUALIFIERS && !capitalised(words[end]) && !closes(words[end] ?? '')) end++;
  if (!capitalised(words[end])) return null;
  // Then every word up to a function word ("và" only before a capital), a division, a close.
  while (end < words.length) {
    const w = words[end] ?? '';
    const plain = bare(w).toLowerCase();
    // A division word ends the name before its place, or at a close ("nông thôn" is rural).
    const division =
      DIVISIONS.has(plain) && (capitalised(words[end + 1]) || closes(w) || end === words.length - 1);
    if (end > i + k && (division || (FUNCTION_WORDS.has(plain) && !capitalised(words[end + 1])))) break;
    end++;
    if (closes(w)) break;
  }
  return words.slice(i, end).map(bare).join(' ');
}

/** "UBND tỉnh Bình Định": an acronym, a division, and the capitalised place after it. */
function councilAt(words: readonly string[], i: number): string | null {
  const [acronym = '', division = ''] = [words[i], words[i + 1]];
  const place = words[i + 2];
  if (!/^\p{Lu}{2,}$/u.test(acronym) || !DIVISIONS.has(division) || !capitalised(place)) return null;
  // "Chủ tịch UBND huyện Nguyễn Thanh Tùng": the council's chairman, named after it.
  if (FAMILY_NAMES.has(bare(place ?? ''))) return null;
  let end = i + 2;
  while (capitalised(words[end]) && !closes(words[end - 1] ?? '')) end++;
  return words.slice(i, end).map(bare).join(' ');
}

/** Vietnamese bodies in the texts, by their kind word or their acronym and division. */
export function vietnameseBodies(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const words = t.split(/\s+/u).filter(Boolean);
    words.forEach((_, i) => {
      const name = bodyAt(words, i) ?? councilAt(words, i);
      if (name && !out.includes(name)) out.push(name);
    });
  }
  return out;
}

/**
 * Adds the bodies found so to the entities of a Vietnamese article, and drops the pieces of them
 * the run finder gave ("Sở Nông", "UBND", "Phát").
 */
export function withVietnameseBodies(found: Entities, texts: readonly string[]): Entities {
  const bodies = vietnameseBodies(texts);
  if (!bodies.length) return found;
  // Pieces: a body's opening words ("Sở Nông", "UBND"), after a function word too ("Theo Đài
  // Khí"), or one word of it ("Phát"); a place inside it ("Việt Nam") stays.
  const opening = (n: string): string =>
    n.replace(/^\p{Lu}\p{Ll}* /u, (w) => (FUNCTION_WORDS.has(w.trim().toLowerCase()) ? '' : w));
  const piece = (n: string): boolean =>
    bodies.some(
      (b) => b !== n && (b.startsWith(`${opening(n)} `) || (!n.includes(' ') && ` ${b} `.includes(` ${n} `))),
    );
  const keep = (list: string[]): string[] => list.filter((n) => !piece(n) && !bodies.includes(n));
  return {
    people: keep(found.people),
    places: found.places.filter((n) => !bodies.includes(n)),
    organisations: [...keep(found.organisations), ...bodies],
  };
}
