import { Parser } from 'htmlparser2';
import { capNesting } from '../nesting.js';
import { ALSO_NAMES, AUTHOR_LABELS, BY_WORDS, WORK_BY, alternation } from '../../language/byline-words.js';
import { collapseWhitespace } from '../text.js';

/**
 * Text of feed fields. A field is either plain text or HTML source (see constructs.ts for which);
 * HTML is tokenised once by an HTML parser, so entities are decoded once, comments, declarations
 * and scripts never become text, and a `<` that starts no tag stays a `<`.
 */

/**
 * Elements whose content is never text a reader sees (an `<object>`'s content is its fallback,
 * shown when the object is not, so it stays).
 */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'iframe']);
/** Elements that end a run of text (a paragraph, a line, a cell). */
const BLOCK = new Set(
  'p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table figure section article header footer dd dt dl hr address aside main nav'.split(
    ' ',
  ),
);

/**
 * A declaration or processing instruction the fragment ends inside (`<!DOCTYPE`, `<?php`) is
 * dropped, as the HTML tokenizer drops one cut off by the end of input; the tokenizer used here
 * would give its name as text.
 */
function withoutUnterminatedDeclaration(html: string): string {
  const after = html.lastIndexOf('>') + 1;
  const open = html.slice(after).search(/<[!?]/);
  return open === -1 ? html : html.slice(0, after + open);
}

/** Walk the text of an HTML fragment; `boundary` is called where a block starts or ends. */
function walkText(html: string, onText: (t: string) => void, boundary: () => void, skip = HIDDEN): void {
  let hidden = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (skip.has(name)) hidden++;
        else if (BLOCK.has(name)) boundary();
      },
      onclosetag(name) {
        if (skip.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCK.has(name)) boundary();
      },
      ontext(t) {
        if (hidden === 0) onText(t);
      },
    },
    { decodeEntities: true },
  );
  // The parser searches its stack of open elements at every end tag: markup nested thousands deep
  // would make that quadratic, so it is capped first as for any HTML (linear; usually a no-op).
  parser.end(capNesting(withoutUnterminatedDeclaration(html)));
}

/** `&nbsp;` counts as a space in extracted text; runs of white space become one space. */
const spaces = (s: string): string => collapseWhitespace(s.replace(/\u00a0/g, ' '));

/** Plain text of an HTML fragment: blocks separated by a space, entities decoded once. */
export function htmlToText(html: string): string {
  let out = '';
  walkText(
    html,
    (t) => (out += t),
    () => (out += ' '),
  );
  return spaces(out);
}

const CAPTIONED = new Set([...HIDDEN, 'figcaption']);

/** Paragraphs of an HTML fragment: block elements and line breaks delimit them; captions dropped. */
export function htmlToParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = spaces(current);
    if (p !== '') paragraphs.push(p);
    current = '';
  };
  walkText(html, (t) => (current += t), flush, CAPTIONED);
  flush();
  return paragraphs;
}

/** Paragraphs of plain text: blank lines separate them, single line breaks are spaces. */
export function textToParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map(spaces)
    .filter((p) => p !== '');
}

/**
 * Whether text that declares no type is HTML: it has an end tag, an empty-element tag, a line
 * break, image or paragraph tag, a comment or an entity reference. `History of the <blink> tag` or
 * `Turnout < 40%` have none of these and stay text.
 */
export function looksLikeHtml(s: string): boolean {
  return /<\/[A-Za-z][\w:-]*\s*>|<[A-Za-z][\w:-]*(?:\s[^<>]*)?\/>|<(?:br|img|hr|p)\b[^<>]*>|<!--|&(?:#\d+|#x[\da-fA-F]+|[A-Za-z][A-Za-z\d]*);/.test(
    s,
  );
}

/** One line of text from a field that declares no type (a name, a category): HTML when it looks like it. */
export function cleanInline(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = looksLikeHtml(s) ? htmlToText(s) : spaces(s);
  return t === '' ? null : t;
}

/**
 * A person as feeds write them: "email (Name)" → "Name", "Name <email>" → "Name", a bare e-mail
 * address → null (it names no one).
 */
export function personName(raw: string | null | undefined): string | null {
  const s = cleanInline(raw);
  if (!s) return null;
  // No name is this long; the patterns below backtrack quadratically on long runs of `x@`.
  if (s.length > MAX_NAME_CHARS) return s;
  const paren = /^\S+@\S+\s*\((.+)\)$/.exec(s);
  if (paren?.[1]) return collapseWhitespace(paren[1]);
  const angle = /^(.+?)\s*<[^<>@\s]+@[^<>\s]+>$/.exec(s) ?? /^(.+?)\s*\(\s*[^()@\s]+@[^()\s]+\s*\)$/.exec(s);
  if (angle?.[1]) return collapseWhitespace(angle[1].replace(/^"|"$/g, ''));
  if (/^\S+@\S+\.\S+$/.test(s) || /^mailto:/i.test(s)) return null;
  return s.replace(BYLINE_PREFIX, '').trim() || null;
}

const MAX_NAME_CHARS = 300;

/**
 * Words that introduce a byline in several languages ("By", "Von", "Par", "Автор:"), not part of the
 * name. The field holds a name, so a word that is also a first name ("Na Li") only with its colon.
 */
const BYLINE_PREFIX = new RegExp(
  `^(?:(?:${alternation([...BY_WORDS, ...WORK_BY, ...AUTHOR_LABELS].filter((w) => !ALSO_NAMES.has(w)))})\\s*:?\\s+|(?:${alternation([...ALSO_NAMES])})\\s*:\\s*)(?=\\p{Lu})`,
  'iu',
);

/** Several names as one display string: "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string | null {
  const unique = [...new Set(names.filter((n) => n !== ''))];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0] ?? null;
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}
