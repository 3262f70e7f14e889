import { furnitureKind, isAccessBadge, isAdvertLabel, isCopyright, keyOf } from '../../text/furniture.js';

/** Short furniture lines: ads, share/save, newsletter, comments, paywall (several languages), one per line. */
const FURNITURE_LINES = [
  String.raw`advertisement`,
  String.raw`advert`,
  String.raw`ad`,
  String.raw`sponsored`,
  String.raw`anzeige`,
  String.raw`werbung`,
  String.raw`publicité`,
  String.raw`publicidad`,
  String.raw`pubblicità`,
  String.raw`advertentie`,
  String.raw`annonse`,
  String.raw`reklama`,
  String.raw`реклама`,
  String.raw`story continues below(?: advertisement)?`,
  String.raw`scroll to continue`,
  String.raw`continue reading below`,
  String.raw`article continues (?:below|after)`,
  String.raw`share`,
  String.raw`share this(?: story| article)?`,
  String.raw`share on \w+`,
  String.raw`copy link`,
  String.raw`save`,
  String.raw`gift this article`,
  String.raw`email`,
  String.raw`print`,
  String.raw`back to top`,
  String.raw`follow`,
  String.raw`sign up`,
  String.raw`subscribe(?: now)?`,
  String.raw`teilen`,
  String.raw`partager`,
  String.raw`compartir`,
  String.raw`condividi`,
  String.raw`поделиться`,
  String.raw`comments?(?: \(\d+\))?`,
  String.raw`view \d+ comments`,
  String.raw`\d+ comments`,
  String.raw`join the conversation`,
  String.raw`leave a (?:reply|comment)`,
  String.raw`reuse this content`,
];
// The line's words end where a letter or digit does not follow: `\b` fails after "pubblicità".
const FURNITURE = new RegExp(`^(?:${FURNITURE_LINES.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

const FURNITURE_CONTAINS =
  /(?:^|\b)(?:sign up (?:to|for) (?:our|the)|newsletter|subscribe to|click to share|opens in new window|cookies?|purchase licensing rights|ctrl\s*\+\s*enter|was this (?:article|page) helpful|follow (?:us|the topics)|our standards|trust principles|terms of (?:service|use)|privacy (?:policy|notice))\b|подпис(?:ывайтесь|аться)|telegram|newsletter abonnieren|abonnez-vous|suscríbete/i;

/** The desk's initials under a story, "(abc/xyz)": who wrote and who edited it, not text. */
const EDITOR_SIGN_OFF = /^\(\s*\p{Ll}{2,4}(?:\s*[/,]\s*\p{Ll}{2,4})+\s*\)$/u;

/**
 * An editor's credit in brackets under a story, "(责任编辑：周敏)", "(Editor: Ann Lee)": a label, a
 * colon and a short name, nothing else; a story's own bracketed sentence is longer or ends in a stop.
 */
const BRACKETED_CREDIT =
  /^[(（]\s*[\p{L}\p{M}]{1,20}(?:\s[\p{L}\p{M}]{1,20})?\s*[:：]\s*[^\s.!?。:：()（）][^.!?。:：()（）]{0,24}[)）]$/u;

/**
 * A wire's end mark under its story: the Persian agencies' "انتهای پیام/" (end of message), the
 * Chinese "（完）" (the end).
 */
const END_MARK = /^[\s/(（]*(?:انتهای پیام|پایان پیام|完)[\s/)）]*$/u;

/** Is this paragraph a furniture line rather than article text? */
export function isFurnitureLine(t: string): boolean {
  // One key for the label tests below, each of which would lower-case and strip the line again.
  const key = t.length <= 120 ? keyOf(t) : '';
  if (
    t.length <= 80 &&
    (FURNITURE.test(t) ||
      isAdvertLabel(t, key) ||
      isAccessBadge(t, key) ||
      EDITOR_SIGN_OFF.test(t) ||
      BRACKETED_CREDIT.test(t) ||
      END_MARK.test(t))
  )
    return true;
  // The text dumps' controls and calls to action ("3 Min. Lesezeit", "📲 Join our channel"); a
  // line of figures alone is a table's cell here, not a dump's pager.
  if (t.length <= 120 && /\p{L}/u.test(t) && furnitureKind(t, key) === 'drop') return true;
  if (t.length <= 200 && (FURNITURE_CONTAINS.test(t) || isCopyright(t))) return true;
  return false;
}
