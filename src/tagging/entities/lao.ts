import type { Found } from './found.js';

/**
 * Names in Lao script, where words run together and spaces part phrases: a person after the
 * title written apart ("ທ່ານ" Mr, "ນາງ" Mrs, "ທ້າວ" young man; a doctor's "ດຣ." may follow) is the
 * two phrases after it; a place is glued to the noun of its kind ("ແຂວງX", X province; "ເມືອງX",
 * X district; "ບ້ານX", X village) in a short phrase; a body opens with its kind (department,
 * ministry, hospital, organisation) and is the phrase. No package lists these words, so the few
 * below are typed.
 */

const TITLES = new Set(['ທ່ານ', 'ນາງ', 'ທ້າວ', 'ທ່ານນາງ']);
const DOCTOR = 'ດຣ.';
const PLACE_OPENER = /^(?:ແຂວງ|ເມືອງ|ບ້ານ)/u;
const BODY_OPENER = /^(?:ພະແນກ|ກະຊວງ|ໂຮງໝໍ|ອົງການ)/u;
/** A phrase that goes on past a place's name is a clause ("ເມືອງທີ່…", the district that…). */
const MAX_PLACE = 12;
/** Shortest name after its opener: a syllable or two. */
const MIN_NAME = 3;
/** Shortest body name after its opener: "ໂຮງໝໍແລ້ວ" (hospital, already) is a clause. */
const MIN_BODY = 6;

function readPhrases(p: readonly string[]): Found[] {
  const out: Found[] = [];
  p.forEach((w, i) => {
    if (TITLES.has(w)) {
      const k = p[i + 1] === DOCTOR ? i + 2 : i + 1;
      const [a, b] = [p[k], p[k + 1]];
      if (a && b && !TITLES.has(a) && /^\p{Script=Lao}+$/u.test(a) && /^\p{Script=Lao}+$/u.test(b))
        out.push({ kind: 'person', name: `${a} ${b}` });
      return;
    }
    const bare = w.replace(/[.,;:!?]+$/u, '');
    const place = bare.replace(PLACE_OPENER, '');
    if (place !== bare && place.length >= MIN_NAME && place.length <= MAX_PLACE)
      out.push({ kind: 'place', name: place });
    const body = bare.replace(BODY_OPENER, '');
    if (body !== bare && body.length >= MIN_BODY) out.push({ kind: 'organisation', name: bare });
  });
  return out;
}

/** Persons, places and bodies of a Lao-script text. */
export function laoFinds(texts: readonly string[]): Found[] {
  return texts.flatMap((text) => readPhrases(text.split(/\s+/u).filter(Boolean)));
}
