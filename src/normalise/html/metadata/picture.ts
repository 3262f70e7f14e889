/**
 * The lead picture: its figure, caption and credit, in or around the figure or in the header.
 */
import { alternation, AUTHOR_LABELS, BY_WORDS, WORK_BY } from '../../../language/byline-words.js';
import { LABEL_COLONS } from '../../../language/colons.js';
import { PHOTO_WORDS } from '../../../language/credit-words.js';
import { absoluteUrl } from '../../content.js';
import { collapseWhitespace, decodeEntities } from '../../text.js';
import {
  creditName,
  isCaselessName,
  isNameLike,
  markedCaption,
  withoutCaptionLabel,
} from '../../text/lines.js';
import {
  all,
  closestTag,
  type DomElement,
  everyElement,
  first,
  linkDensity,
  roleWords,
  scanTagsUnder,
  scanUnder,
  shortTextOf,
  tagOf,
  textOf,
} from '../dom.js';
import { samePicture } from './jsonld.js';
import { BYLINE_PREFIX, CREDIT_PREFIX, LABEL_ALONE, LABEL_WORDS } from './labels.js';
import { articleScope, letters, type MetaPage, proseWidth } from './page.js';

/**
 * Any one- or two-word label with a colon opening a credit element ("Kuva: Ann Lee", "تصوير: X",
 * "Fotoğraf: X"): the word for "picture" differs in every language; a name never ends in a colon.
 */
// Georgian writes names without capitals: its letters are lower case to Unicode.
// Indic scripts write vowels as combining marks: a word is letters and marks ("फोटो").
// An apostrophe may stand inside the word (Breton "Luc'hskeudenn").
// Each script's colon may close the label ("Foto:", Ethiopic "ስእሊ፡").
const CREDIT_LABEL = new RegExp(
  `^${LABEL_WORDS}\\s*[${LABEL_COLONS}]\\s*(?=[\\p{Lu}\\p{Lo}\\p{N}\\p{Script=Georgian}])`,
  'u',
);

/**
 * A credit's label of one word in a script without capitals and a spaced dash before the name
 * ("ဓာတ်ပုံ - Ann Lee" in Burmese letters): with no case to tell the name, the shape is the label.
 */
const CASELESS_DASH_LABEL = /^\p{Lo}[\p{Lo}\p{M}]{1,14}\s+[-–—]\s+(?=\S)/u;

/**
 * A credit in brackets at a caption's end behind a one- or two-word label of any language and a
 * colon or a spaced dash ("… (ဓာတ်ပုံ - Ann Lee)", "… (ಚಿತ್ರ: Ann Lee)"), in any bracket form and
 * colon width ("…。（图：Agency）", "… [Foto: X]"): the caption, then the name. A Chinese or
 * Japanese label may be one character.
 */
const BRACKETED_LABELLED_CREDIT = new RegExp(
  `^(.+?)\\s*[(（[［【〔]\\s*\\p{L}[\\p{L}\\p{M}'’]{0,14}(?:\\s\\p{L}[\\p{L}\\p{M}'’]{1,14})?\\s*(?:[${LABEL_COLONS}]|\\s[-–—])\\s*([^()（）[\\]［］【】〔〕]{2,50})[)）\\]］】〕]$`,
  'u',
);

/**
 * A credit printed only in the picture's tooltip (its title attribute, or its link's): a label, a
 * colon and a name ("Photo: Ann Lee"), not a sentence or a headline with a colon in it.
 */
export function titleCredit(img: DomElement): string | null {
  const link = closestTag(img, ['a']);
  for (const t of [img.getAttribute('title'), link?.getAttribute('title')]) {
    const v = collapseWhitespace(t ?? '');
    if (!CREDIT_LABEL.test(v)) continue;
    const name = v.replace(CREDIT_LABEL, '');
    if (isNameLike(name, 4)) return name;
  }
  return null;
}

/** Words of a picture's description at least: fewer name a file or a subject, not a caption. */
const TOOLTIP_CAPTION_MIN_WORDS = 3;

/**
 * A picture printed with its credit under it and no caption, its description written as both its
 * tooltip and its alternative text (title and alt alike): the caption the page shows on hovering.
 * Not a file's name, a credit ("Photo: Ann Lee", read by titleCredit) nor the headline repeated.
 */
export function tooltipCaption(img: DomElement, headline: string | null): string | null {
  const title = collapseWhitespace(img.getAttribute('title') ?? '');
  if (title !== collapseWhitespace(img.getAttribute('alt') ?? '')) return null;
  if (title.split(' ').length < TOOLTIP_CAPTION_MIN_WORDS || title.length > 300) return null;
  if (/\.\w{3,4}$/.test(title) || CREDIT_LABEL.test(title) || letters(title) === letters(headline ?? ''))
    return null;
  return title;
}

/** "Fotos: Ann Lee": the medium's word, a colon and what follows it. */
const PHOTO_LINE = new RegExp(`^(?:${alternation(PHOTO_WORDS)})\\s*:\\s*(.{2,60})$`, 'iu');

/**
 * "Photos: Ann Lee" printed on the header's byline line, away from the picture: the lead image's
 * credit when its caption names none (the byline reader passes such a line over as the
 * photographer's, not the writer's).
 */
export function headerPhotoCredit(scope: DomElement): string | null {
  for (const e of all(scope, 'p, span, div, li')) {
    if (closestTag(e, ['figure']) || first(e, 'p, div, li, span')) continue;
    const name = photoLineName(e);
    if (name) return name;
  }
  return null;
}

/** The name an element printing "Photo: Name" alone gives, or null. */
function photoLineName(e: DomElement): string | null {
  const name = PHOTO_LINE.exec(collapseWhitespace(textOf(e)))?.[1];
  return name && isNameLike(name, 5) ? name : null;
}

/**
 * "<p><em>Photo: Ann Lee</em></p>" as the first paragraph after the headline: the credit of the
 * picture printed above the text, set as the text's opening line when the picture has no caption.
 */
export function openingPhotoLine(page: MetaPage, headline: DomElement): string | null {
  const body = page.doc.body;
  if (!body) return null;
  let seen = false;
  for (const e of scanTagsUnder(page, body, ['p', tagOf(headline)])) {
    if (e === headline) seen = true;
    else if (seen && tagOf(e) === 'p' && textOf(e) !== '') return photoLineName(e);
  }
  return null;
}

/** The article's img that shows the page's image (og:image), when it prints it. */
export function pictureFor(page: MetaPage, imageUrl: string | null, base: string | null): DomElement | null {
  const scope = articleScope(page) ?? page.doc.body;
  if (!imageUrl || !scope) return null;
  return (
    scanUnder(page, scope, 'img').find((i) => {
      const src = i.getAttribute('src');
      return src ? samePicture(absoluteUrl(src, base) ?? src, imageUrl) : false;
    }) ?? null
  );
}

/** Caption and credit from a figcaption: the credit is its own element or a trailing prefixed part. */
/** A bracket of any width opening or closing a credit ("(Agency)", Japanese "（Agency）"). */
const BRACKET_END = /^[(（]|[)）]$/gu;

/** A credit without the brackets it is printed in. */
const withoutBrackets = (credit: string): string => credit.replace(BRACKET_END, '').trim();

/** Class words naming a credit's box. */
const CREDIT_ROLE = /^(?:credit|credits|copyright|source|byline|photographer|author|rights)$/;

/**
 * A credit printed as the element right after a caption box that holds none (a CMS's credit field
 * under its caption field, each a box of its own after the picture): the markup names it a credit.
 */
export function creditAfter(cap: DomElement): string | null {
  const next = cap.nextElementSibling;
  if (!next || !roleWords(next).some((w) => CREDIT_ROLE.test(w))) return null;
  const t = shortTextOf(next, 120);
  return t ? withoutBrackets(withoutFieldLabel(next, t)).replace(CREDIT_PREFIX, '').trim() || null : null;
}

/** The name of a credit line ("Photo: Ann Lee" → "Ann Lee"). */
export const creditLineName = (line: string): string | null =>
  creditName(line.replace(CREDIT_PREFIX, '').replace(CREDIT_LABEL, '').trim()) || null;

export function splitCaption(cap: DomElement): { caption: string | null; credit: string | null } {
  const labelled = afterLabelElement(cap) ?? creditFirstElement(cap);
  if (labelled) return labelled;
  let captionText = textOf(cap);
  const alone = creditAlone(captionText);
  if (alone) return { caption: null, credit: alone };
  // A box named for the credit that holds the whole caption ("photo-author" around the caption
  // and its credit span) is the caption's box, not its credit.
  const creditEl = all(cap, '*').find(
    (e) => roleWords(e).some((x) => CREDIT_ROLE.test(x)) && textOf(e) !== captionText,
  );
  let credit: string | null = null;
  // Links inside a caption are furniture ("Purchase licensing rights", "Enlarge"), unless it is all link.
  for (const a of all(cap, 'a')) {
    const at = textOf(a);
    if (at && at !== captionText && !(creditEl && creditEl.contains(a)))
      captionText = collapseWhitespace(captionText.replace(at, ''));
  }
  if (creditEl) {
    const ct = textOf(creditEl);
    credit = withoutFieldLabel(creditEl, ct);
    captionText = collapseWhitespace(captionText.replace(ct, ''));
  } else {
    // A credit element closing the caption behind the medium's word, or behind a label of any
    // language and a colon ("<span>Фотоо: Ann Lee</span>" after the caption's words).
    const small = all(cap, 'small, cite, em, i, span').filter((e) => {
      const t = textOf(e);
      return CREDIT_PREFIX.test(t) || (CREDIT_LABEL.test(t) && t !== captionText && captionText.endsWith(t));
    });
    const last = small[small.length - 1];
    if (last) {
      credit = textOf(last);
      captionText = collapseWhitespace(captionText.replace(credit, ''));
    } else {
      const m =
        /^(.*?)\s*(?:\(|\b)((?:photo(?:graph)?|image|picture|credit|foto|bild|фото)\s*(?::|by\s)\s*[^()]+|©\s*[^()]+)\)?\s*$/iu.exec(
          captionText,
        );
      if (m?.[2]) {
        credit = m[2];
        captionText = m[1] ?? '';
      } else {
        // The shared caption rules of text dumps: "(Foto Ann Lee)", "Fot. Agency", "… Beeld: X".
        const parts = markedCaption(captionText, true);
        const plain = parts?.credit ? undefined : trailingSmall(cap, captionText);
        const bracketed = BRACKETED_LABELLED_CREDIT.exec(captionText);
        if (parts?.credit) {
          credit = parts.credit;
          captionText = parts.caption ?? '';
        } else if (plain) {
          credit = textOf(plain);
          captionText = collapseWhitespace(captionText.replace(credit, ''));
          // The small type is the credit already: a label before its colon goes, whatever case
          // the name after it is written in ("Map: contributors of X").
          credit = credit.replace(LABEL_BEFORE_COLON, '');
        } else if (bracketed) {
          credit = bracketed[2]!;
          captionText = bracketed[1]!;
        }
      }
    }
  }
  if (credit) {
    credit = collapseWhitespace(
      withoutBrackets(
        withoutBrackets(credit)
          .replace(CREDIT_PREFIX, '')
          .replace(CREDIT_LABEL, '')
          .replace(CASELESS_DASH_LABEL, '')
          .replace(BYLINE_PREFIX, ''),
      ),
    );
    // The medium's word shortened ("Fot. Ann Lee") or in any script the text rules know.
    credit = creditName(credit);
  }
  // The separator left between the caption and a split-off credit ("… in Ubatuba — Foto: X").
  const caption = withoutCaptionLabel(collapseWhitespace(captionText).replace(/\s*[|–—/-]+$/u, ''));
  return { caption: caption || null, credit: credit || null };
}

/**
 * A picture's box that prints only its credit ("Grianghraf: Ann Lee", "Kuva: Bo Roe"): a label
 * of any language, its colon and a name, nothing else. The name, or null; no caption's words are
 * a bare name after a label.
 */
function creditAlone(text: string): string | null {
  const m = CREDIT_LABEL.exec(text);
  const name = m ? text.slice(m[0].length).trim() : '';
  if (!name || name.length > LABELLED_CREDIT_MAX_CHARS || /[.!?]$/u.test(name)) return null;
  return isNameLike(name, 5) || isCaselessName(name) ? creditName(name) || null : null;
}

/** A label of one or two words of any language and its colon, opening a text. */
const LABEL_BEFORE_COLON = new RegExp(`^${LABEL_WORDS}\\s*[${LABEL_COLONS}]\\s+(?=\\S)`, 'u');

/** Characters of a credit's name at most: more is a sentence, not a name after a label. */
const LABELLED_CREDIT_MAX_CHARS = 60;

/**
 * A caption whose credit label is an element of its own, in any language, with the name after it
 * ("… the harbour. <em>Kuva:</em> <a>Ann Lee</a>"): the caption before the label, the name after.
 */
function afterLabelElement(cap: DomElement): { caption: string | null; credit: string | null } | null {
  const text = textOf(cap);
  const label = all(cap, 'small, cite, em, i, span, b, strong').find((e) => LABEL_ALONE.test(textOf(e)));
  if (!label) return null;
  const lt = textOf(label);
  const at = text.lastIndexOf(lt);
  const name = text.slice(at + lt.length).trim();
  if (at <= 0 || !name || name.length > LABELLED_CREDIT_MAX_CHARS || /[.!?]$/u.test(name)) return null;
  return { caption: withoutCaptionLabel(text.slice(0, at).trim()) || null, credit: creditName(name) || null };
}

/**
 * A caption that opens with its credit line set apart in an element of its own, then a dash and
 * the caption ("<b>Foto © Ann Lee</b> – The harbour at dawn."): the name, then the words after.
 */
function creditFirstElement(cap: DomElement): { caption: string | null; credit: string | null } | null {
  const text = textOf(cap);
  const lead = all(cap, 'small, cite, em, i, span, b, strong').find((e) => text.startsWith(textOf(e)));
  const line = lead ? creditLineText(lead) : null;
  if (!line) return null;
  const rest = text.slice(textOf(lead!).length);
  const caption = /^\s*[-–—|]\s*/u.test(rest) ? rest.replace(/^\s*[-–—|]\s*/u, '').trim() : '';
  return caption ? { caption, credit: creditLineName(line) } : null;
}

/**
 * A credit box that prints its label as an element of its own ("<div class=field__label>Photo</div>
 * <div>Ann Lee</div>", as CMS fields do): the text without the label, whose words, glued to the
 * name by textContent, no credit-prefix rule can strip.
 */
function withoutFieldLabel(box: DomElement, text: string): string {
  const label = all(box, '*').find((e) => roleWords(e).includes('label'));
  const lt = label ? textOf(label) : '';
  return lt && text.startsWith(lt) && text.length > lt.length ? text.slice(lt.length).trim() : text;
}

/**
 * A credit set in small type at the end of a caption, without a prefix ("<small>Ann Lee</small>"):
 * the last element of the caption box, short, and closing its text.
 */
function trailingSmall(cap: DomElement, captionText: string): DomElement | undefined {
  const smalls = all(cap, 'small');
  const last = smalls[smalls.length - 1];
  if (!last) return undefined;
  const t = textOf(last);
  return t && t !== captionText && t.length <= 60 && captionText.endsWith(t) ? last : undefined;
}

/** The image URL of a figure, looking past lazy-loading placeholders. */
export function figureImageUrl(fig: DomElement, base: string | null): string | null {
  const imgs = all(fig, 'img, amp-img');
  for (const img of imgs) {
    for (const attr of ['data-src', 'data-original', 'data-lazy-src', 'src']) {
      const v = img.getAttribute(attr);
      if (v && !/^data:/i.test(v)) return absoluteUrl(v, base);
    }
  }
  const ns = first(fig, 'noscript');
  const m = ns ? /src=["']([^"']+)["']/i.exec(ns.textContent ?? '') : null;
  if (m?.[1]) return absoluteUrl(decodeEntities(m[1]), base);
  return null;
}

/** Whether `el` or an ancestor below `stop` is marked as an author's picture, a logo or an icon. */
function isPortraitOrLogo(el: DomElement, stop: DomElement): boolean {
  for (let cur: DomElement | null = el; cur && cur !== stop; cur = cur.parentElement)
    if (
      roleWords(cur).some((w) =>
        /^(?:author|authors|byline|avatar|logo|icon|headshot|profile|mugshot)$/.test(w),
      )
    )
      return true;
  return false;
}

const CAPTION_ROLE =
  /^(?:caption|captions|legend|credit|credits|copyright|photographer|bildunterschrift|bildtext|leyenda|pie|piefoto|didascalia|légende|legende)$/;
/** A credit written into a caption: "Photo: …", "(credit: …)", "Photograph by …", "© …". */
const CREDIT_IN_TEXT =
  /(?:^|[\s(])(?:photo(?:graph)?s?|image|picture|credit|foto|bild|фото|снимок)\s*(?::|by\s)|©/iu;

/**
 * Does the text beside an image read as its caption? Only when the markup says so (a caption or
 * credit class) or the text carries a credit: a quote or a paragraph next to a picture is body text.
 */
function hasCaptionEvidence(box: DomElement, text: string): boolean {
  if (CREDIT_IN_TEXT.test(text) || markedCaption(text, false)?.credit) return true;
  if (trailingSmall(box, text)) return true;
  // The caption's words, then its credit line in an element of its own ("<span>Source: X</span>"),
  // or the credit line printed as the next box.
  if (everyElement(box).some((e) => creditLineText(e) !== null && textOf(e) !== text)) return true;
  if (creditLineAfter(box)) return true;
  return [box, ...everyElement(box)].some((e) => {
    const words = roleWords(e);
    return words.some((w) => CAPTION_ROLE.test(w)) || describesPicture(words);
  });
}

/** The labels of a writer's line ("Author:", "Text:"): a byline, not a picture's credit. */
const WRITER_LABELS = new Set([...BY_WORDS, ...WORK_BY, ...AUTHOR_LABELS].map((w) => w.toLowerCase()));

/** A credit label that ends in its colon or sign: "Photo:", "Quelle:", "©", not "Image of …". */
const CLOSED_LABEL = new RegExp(`[${LABEL_COLONS}©]\\s*$`, 'u');

/**
 * The text of an element that is a picture's credit line and nothing more ("Photo: Ann Lee",
 * "Kuva: Bo Roe", "© Agency"): a credit's label closed by its colon or sign, then a short name,
 * no sentence. Null for anything else.
 */
function creditLineText(el: DomElement): string | null {
  const t = shortTextOf(el, 120);
  const known = t ? CREDIT_PREFIX.exec(t) : null;
  const m = known ?? (t ? CREDIT_LABEL.exec(t) : null);
  if (
    !t ||
    !m ||
    !CLOSED_LABEL.test(m[0]) ||
    WRITER_LABELS.has(m[0].replace(CLOSED_LABEL, '').trim().toLowerCase())
  )
    return null;
  const name = t.slice(m[0].length).trim();
  // A name has no digits ("Posted: May 5, 11:30" is a date line) and no full stop; after a
  // label no list knows, its words are capitalised ("Trump: Talks going well" is a headline).
  const named = known !== null || name.split(/\s+/).every((w) => !/^\p{Ll}\p{L}{3}/u.test(w));
  return name &&
    named &&
    !/\p{N}/u.test(name) &&
    name.length <= LABELLED_CREDIT_MAX_CHARS &&
    !/[.!?]$/u.test(name)
    ? t
    : null;
}

/** The next sibling that prints something, past empty ones (a paragraph a parser left open). */
function nextPrintedSibling(el: DomElement): DomElement | null {
  for (let n = el.nextElementSibling; n; n = n.nextElementSibling)
    if (shortTextOf(n, 0) !== '' || first(n, 'img, picture, figure')) return n;
  return null;
}

/**
 * A credit line printed as the box after a caption's (a site builder's centred "<small>Photo: Ann
 * Lee</small>" under its image block): climbing while nothing follows the box inside its parent,
 * the next box that prints something, when it is a credit line alone.
 */
export function creditLineAfter(box: DomElement): DomElement | null {
  let cur = box;
  for (let i = 0; i < 3; i++) {
    const next = nextPrintedSibling(cur);
    if (next) return creditLineText(next) ? next : null;
    const up = cur.parentElement;
    if (!up || ['body', 'article', 'main', 'section'].includes(tagOf(up))) return null;
    cur = up;
  }
  return null;
}

/**
 * A lightbox's file information under its picture ("harbour-map 1280×720 212 KB"): a file's name
 * and its pixel size or byte count, no caption.
 */
const FILE_INFO = /^\S*\s*(?:\d+\s*[×x]\s*\d+)?\s*(?:\d+(?:[.,]\d+)?\s*[kKMG]i?B)?$/u;
const isFileInfo = (t: string): boolean => /\d\s*(?:[×x]\s*\d|[kKMG]i?B)/u.test(t) && FILE_INFO.test(t);

/** Class words of a picture's description ("img-desc", "photo-description"): a caption by another name. */
const PICTURE_WORD = /^(?:img|image|photo|pic|picture|foto)$/;
const DESCRIPTION_WORD = /^(?:desc|description)$/;
const describesPicture = (words: string[]): boolean =>
  words.some((w) => DESCRIPTION_WORD.test(w)) && words.some((w) => PICTURE_WORD.test(w));

/** Smallest picture size taken for a lead image; smaller ones are icons, portraits or spacers. */
const MIN_PICTURE_PX = 150;

/**
 * A picture box outside <figure>: the nearest container of an image that holds a short text, the
 * caption (a table cell, a caption div, a credit span), or null when the image is an icon, a
 * portrait, a linked teaser or sits in a container of prose.
 */
export function pictureBox(img: DomElement): DomElement | null {
  const width = Number(img.getAttribute('width') ?? NaN);
  if (width < MIN_PICTURE_PX) return null;
  let cur: DomElement = img;
  for (let i = 0; i < 4 && cur.parentElement; i++) {
    cur = cur.parentElement;
    if (['body', 'article', 'main', 'section'].includes(tagOf(cur))) return null;
    const t = shortTextOf(cur, 300);
    if (t === null) return null;
    if (t === '' || isFileInfo(t)) continue;
    if (linkDensity(cur) > 0.5 || isPortraitOrLogo(img, cur.parentElement ?? cur)) return null;
    return hasCaptionEvidence(cur, t) ? cur : null;
  }
  return null;
}

/**
 * A caption printed as the element after a picture's own box rather than inside it (a caption
 * span under a featured image, a site builder's text block under its image block): climbing from
 * the image while its box holds no text, the next element when it is short and reads as a caption.
 */
export function captionAfter(img: DomElement): DomElement | null {
  if (Number(img.getAttribute('width') ?? NaN) < MIN_PICTURE_PX) return null;
  let cur: DomElement = img;
  for (let i = 0; i < 4; i++) {
    const after = nextPrintedSibling(cur);
    // A lightbox's file information under the picture is no caption: the caption comes after.
    const next = after && isFileInfo(textOf(after)) ? nextPrintedSibling(after) : after;
    // The article's header under a picture set above it (the headline, the date, the byline) is
    // no caption, whatever its classes say.
    if (next && (tagOf(next) === 'h1' || first(next, 'h1'))) return null;
    if (next && !first(next, 'img, picture, figure')) {
      const t = shortTextOf(next, 300);
      if (t) return hasCaptionEvidence(next, t) && linkDensity(next) < 0.5 ? next : null;
    }
    const up = cur.parentElement;
    if (!up || ['body', 'article', 'main', 'section'].includes(tagOf(up))) return null;
    const upText = shortTextOf(up, 300);
    if (upText !== '' && !(upText && isFileInfo(upText))) return null;
    cur = up;
  }
  return null;
}

export const absoluteUrlOrNull = (v: string | null, base: string | null): string | null =>
  v ? absoluteUrl(v, base) : null;

/** Images after the headline and before the article element: a featured image set between the two. */
function imagesBetween(page: MetaPage, h: DomElement | null, scope: DomElement): DomElement[] {
  const body = page.doc.body;
  if (!h || scope.contains(h) || h.contains(scope) || !body) return [];
  const out: DomElement[] = [];
  let seen = false;
  // One pass in document order: from the headline to the article element.
  for (const e of scanTagsUnder(page, body, ['img', tagOf(h), tagOf(scope)])) {
    if (e === scope) return out;
    if (e === h) seen = true;
    else if (seen && tagOf(e) === 'img') out.push(e);
  }
  return [];
}

/** Does more than one paragraph of prose come before `el` in `container`? Then it is an inline picture. */
function afterProse(
  page: MetaPage,
  el: DomElement,
  container: DomElement,
  orders: Map<DomElement, DomElement[]>,
): boolean {
  const order = orders.get(container) ?? scanTagsUnder(page, container, ['p', 'figure', 'img', 'amp-img']);
  orders.set(container, order);
  const idx = order.indexOf(el);
  return (
    order.slice(0, Math.max(0, idx)).filter((p) => tagOf(p) === 'p' && proseWidth(textOf(p)) > 120).length > 1
  );
}

/**
 * The lead figure: the first figure with an image, or else the first captioned picture box, in the
 * header group or before the body text.
 */
export function findLeadFigure(
  page: MetaPage,
  group: DomElement | null,
  headline: DomElement | null,
): DomElement | null {
  const scope = articleScope(page) ?? page.doc.body;
  const figures = [
    ...(group ? scanUnder(page, group, 'figure') : []),
    ...(scope ? scanUnder(page, scope, 'figure') : []),
  ].filter(
    (f) => !closestTag(f, ['aside', 'nav', 'footer']) && f.querySelector('img, amp-img, picture, noscript'),
  );
  const orders = new Map<DomElement, DomElement[]>();
  for (const f of figures.slice(0, 4)) {
    const container = closestTag(f, ['article']) ?? scope;
    if (!container || !afterProse(page, f, container, orders)) return f;
  }
  if (figures.length > 0 || !scope) return null;
  const imgs = [
    ...new Set([
      ...(group ? scanUnder(page, group, 'img') : []),
      ...imagesBetween(page, headline, scope),
      ...scanUnder(page, scope, 'img'),
    ]),
  ];
  for (const img of imgs.slice(0, 6)) {
    if (closestTag(img, ['aside', 'nav', 'footer'])) continue;
    if (closestTag(img, ['header']) && !closestTag(img, ['article', 'main'])) continue;
    const box = pictureBox(img) ?? captionAfter(img);
    if (box) return scope.contains(img) && afterProse(page, img, scope, orders) ? null : box;
  }
  return null;
}

export const NO_CAPTION = { caption: null, credit: null };

/**
 * A video player set as the lead figure, before the text, or a picture's placeholder a script
 * fills: a figure with a caption and no picture of its own (the script draws the page's image, or
 * the player's poster, when it runs). Its caption is the page image's.
 */
export function leadPlayerCaption(page: MetaPage): DomElement | null {
  const scope = articleScope(page);
  const f = scope ? scanUnder(page, scope, 'figure')[0] : undefined;
  if (!scope || !f || closestTag(f, ['aside', 'nav', 'footer']) || f.querySelector('img, picture'))
    return null;
  const cap = first(f, 'figcaption');
  return cap && textOf(cap) && !afterProse(page, f, scope, new Map()) ? cap : null;
}

/**
 * A page without image metadata: the article's first picture of a picture's size, printed before
 * its text and without a caption (a blog's featured image), not a portrait, a logo or a teaser.
 */
export function uncaptionedLead(page: MetaPage): string | null {
  const scope = articleScope(page);
  if (!scope) return null;
  const orders = new Map<DomElement, DomElement[]>();
  for (const img of scanUnder(page, scope, 'img').slice(0, 4)) {
    if (closestTag(img, ['aside', 'nav', 'footer', 'a']) || isPortraitOrLogo(img, scope)) continue;
    if (!(Number(img.getAttribute('width') ?? 0) >= MIN_PICTURE_PX) || afterProse(page, img, scope, orders))
      continue;
    const src = img.getAttribute('data-src') ?? img.getAttribute('src');
    if (src && !/^data:/i.test(src)) return src;
  }
  return null;
}
