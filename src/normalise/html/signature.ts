import type { Para } from './cleanup/index.js';
import { tagOf, textOf, type DocScan, type DomElement } from './dom.js';
import { EMPHASIS, styledApart } from './dom.js';
import { cleanByline } from './metadata/index.js';
import { NOT_PEOPLE, isCaselessName, isNameLike } from '../text/lines.js';
import { BY_WORDS, alternation } from '../../language/byline-words.js';
import { isAnyGivenName } from '../../tagging/given-names.js';

/** A signature's lines closing the text, to be dropped, and the name they sign with. */
export interface SignedLines {
  paras: Para[];
  name: string;
}

/** Blocks a signature's line is printed in: a paragraph, or a page builder's text box. */
const LINE_TAGS: ReadonlySet<string> = new Set(['p', 'div']);

/** Characters of a signature's line at most: a name, or a role of a few words. */
const LINE_MAX_CHARS = 80;

/** Words of a role before the name at most ("Club chairman", "Head of the press office"). */
const ROLE_MAX_WORDS = 4;

/** A line that closes no sentence: a name or a role, not the text's last paragraph. */
const SENTENCE_END = /[.!?…:;»”"]$/u;

/** Is the nearest element that sets the writing direction, `el` or one around it, right to left? */
function rightToLeft(el: DomElement): boolean {
  for (let e: DomElement | null = el; e; e = e.parentElement) {
    const dir = e.getAttribute('dir');
    if (dir) return dir.toLowerCase() === 'rtl';
  }
  return false;
}

/**
 * The mark an element set against the end margin is given before Readability runs: it strips
 * the style and align attributes that say so, and keeps the data attributes when it retypes a box.
 */
const END_ALIGNED = 'data-end-aligned';

/**
 * Is `e` set against the margin where lines end by its own attributes (right in a page written
 * left to right, left in one written right to left)?
 */
function alignedToEnd(e: DomElement): boolean {
  const style = /text-align\s*:\s*([a-z-]+)/i.exec(e.getAttribute('style') ?? '')?.[1];
  const align = (style ?? e.getAttribute('align') ?? '').toLowerCase();
  return align === 'end' || (align !== '' && align === (rightToLeft(e) ? 'left' : 'right'));
}

/** Blocks and line wrappers whose alignment is marked (see END_ALIGNED). */
const MARKED_TAGS = ['p', 'div', 'span'];

/**
 * Marks the page's blocks set against the end margin, read again once Readability has run, and
 * the one element a block wraps: Readability puts a box's text in a paragraph of its own, in place
 * of the box, and only the box's children come with it.
 */
export function markEndAligned(scan: DocScan): void {
  for (const tag of MARKED_TAGS)
    for (const e of scan.byTag.get(tag) ?? []) {
      if (!(e.hasAttribute('style') || e.hasAttribute('align')) || !alignedToEnd(e)) continue;
      e.setAttribute(END_ALIGNED, '');
      if (e.children.length === 1) e.children[0]!.setAttribute(END_ALIGNED, '');
    }
}

/**
 * Is `el`, or the one element it wraps, set against the margin where lines end: a signature's
 * place under the text.
 */
export function endAligned(el: DomElement): boolean {
  const only = el.children.length === 1 ? el.children[0] : undefined;
  return [el, ...(only ? [only] : [])].some((e) => e.hasAttribute(END_ALIGNED) || alignedToEnd(e));
}

/** A short line of the shape a signature's is: no figure, no sentence's end. */
const signatureShaped = (p: Para): boolean =>
  LINE_TAGS.has(tagOf(p.el)) &&
  p.text.length <= LINE_MAX_CHARS &&
  !/\d/.test(p.text) &&
  !SENTENCE_END.test(p.text);

/** Set apart from the text: against the end margin, or in bold or italics of its own. */
const setApart = (p: Para): boolean => endAligned(p.el) || styledApart(p.el);

/** A person's name of two words or more, capitalised. */
const casedName = (t: string): boolean => !NOT_PEOPLE.test(t) && t.split(' ').length >= 2 && isNameLike(t, 4);

/** A person's name of two words or more: capitalised, or of a script without case. */
const personName = (t: string): boolean => casedName(t) || (!NOT_PEOPLE.test(t) && isCaselessName(t));

/**
 * "Ann Lee" over "Owner of the bakery": the last two lines of the text, each set apart from it in
 * the same way (against the end margin, or in bold or italics), the name over the writer's role,
 * as letters and notices are signed. The paragraph before them is set as text. The role is no
 * name where the script has capitals to tell; in one without, the name comes first, as signed.
 */
export function nameOverRole(kept: Para[]): SignedLines | null {
  const [text, name, role] = kept.slice(-3);
  if (!text || !name || !role || kept.length < 4) return null;
  if (!signatureShaped(name) || !signatureShaped(role) || !personName(name.text)) return null;
  if (isNameLike(role.text, 4) || role.text.split(' ').length > ROLE_MAX_WORDS + 1) return null;
  const aligned = endAligned(name.el) && endAligned(role.el) && !endAligned(text.el);
  const styled = styledApart(name.el) && styledApart(role.el) && !styledApart(text.el);
  return aligned || styled ? { paras: [name, role], name: name.text } : null;
}

/**
 * "Club chairman Ann Lee": the text's last line, set apart from it, a role of a few words in lower
 * case (its first capitalised, as a line opens) and then a capitalised name of two or three words.
 * A role is no label: a line whose role ends in a short word ("with reporting by", "de", "von")
 * says where the text came from, not who signs it.
 */
export function roleThenName(kept: Para[]): SignedLines | null {
  const last = kept[kept.length - 1];
  if (!last || kept.length < 3 || !signatureShaped(last) || !setApart(last)) return null;
  const words = last.text.split(' ');
  let cut = words.length;
  while (cut > 0 && /^\p{Lu}/u.test(words[cut - 1]!)) cut--;
  const role = words.slice(0, cut);
  const name = words.slice(cut).join(' ');
  if (role.length === 0 || role.length > ROLE_MAX_WORDS || words.length - cut < 2 || words.length - cut > 3)
    return null;
  if (/^\p{Ll}{1,3}$/u.test(role[role.length - 1]!) || !role.some((w) => /^\p{Ll}/u.test(w))) return null;
  return personName(name) ? { paras: [last], name } : null;
}

/**
 * What opens a signed line before the name: a dash, or the language's "by" with at most one word
 * before it ("Written by", "Texte par").
 */
const SIGNED_LEAD = new RegExp(
  `^(?:[—–-]\\s*|(?:\\p{L}+\\s+)?(?:${alternation(BY_WORDS)})\\s+(?=\\p{Lu}))`,
  'iu',
);

/** Words after the name's comma at most: a role or the outlet ("secretary of the club", "for The Post"). */
const TAIL_MAX_WORDS = 6;

/**
 * "Written by Ann Lee, secretary of the club", "— Ann Lee, for the Gazette": the text's last line,
 * set apart from it, a name of two to four words, then a comma and a short tail, the writer's role
 * or outlet in any words. Opened by a dash or a "by", or by a first name, so a place and its
 * region ("Port Louis, Mauritius") is no signature.
 */
export function nameThenTail(kept: Para[]): SignedLines | null {
  const last = kept[kept.length - 1];
  if (!last || kept.length < 3 || !signatureShaped(last) || !setApart(last)) return null;
  const lead = SIGNED_LEAD.exec(last.text)?.[0] ?? '';
  const rest = last.text.slice(lead.length);
  const comma = rest.indexOf(',');
  if (comma < 0) return null;
  const name = rest.slice(0, comma).trim();
  const tail = rest
    .slice(comma + 1)
    .trim()
    .split(/\s+/u);
  if (!tail[0] || tail.length > TAIL_MAX_WORDS || !personName(name) || name.split(' ').length > 4)
    return null;
  return lead || isAnyGivenName(name.split(' ')[0]!) ? { paras: [last], name } : null;
}

/** The signature closing the text in one of the shapes above, or null. */
export const signedLines = (kept: Para[]): SignedLines | null =>
  nameOverRole(kept) ?? roleThenName(kept) ?? nameThenTail(kept);

/** A signature's line at most, in characters: a name, a label before it, an office after it. */
const SIGNATURE_MAX_CHARS = 120;

/** "(Press Office)": the writer's office or desk in brackets after the signed name. */
const BRACKETED_TAIL = /\s*\([^()]+\)$/u;

/** Does `el` set `name` in bold or italics of its own ("Signed: <b>Ann Lee</b>, Press Office")? */
function namesInEmphasis(el: DomElement, name: string): boolean {
  return Array.from(el.children).some((c) => EMPHASIS.has(tagOf(c)) && textOf(c).trim() === name);
}

/**
 * The author signed under the text, as many papers print it: the last paragraph a name alone
 * (two to four capitalised words), set in bold or italics, in a <p> of its own. Read only when
 * the header named no author. A label before the name ("Written by: Ann Lee"), an office after it
 * ("Ann Lee, Press Office", "Ann Lee (Press Office)") go with the signature when the line is set
 * against the end margin or the name alone is in bold or italics. The paragraph and the name.
 */
export function closingSignature(kept: Para[]): { para: Para; name: string } | null {
  const last = kept[kept.length - 1];
  if (!last || kept.length < 3 || tagOf(last.el) !== 'p' || last.text.length > SIGNATURE_MAX_CHARS)
    return null;
  const t = last.text;
  if (casedName(t) && styledApart(last.el)) return { para: last, name: t };
  // "Written by Ann Lee, …": a word before the "by" is no part of the name.
  const name = cleanByline(t.replace(SIGNED_LEAD, '').replace(BRACKETED_TAIL, ''));
  if (!name || name === t || !casedName(name)) return null;
  return endAligned(last.el) || namesInEmphasis(last.el, name) ? { para: last, name } : null;
}
