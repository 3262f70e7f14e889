import type { NormalisedItem } from '../model/item.js';

/**
 * Characters that are never text: C0 controls except tab, newline and return, DEL and the C1
 * controls, U+FFFE/U+FFFF and lone surrogates. XML 1.0 forbids most of them, and in a title or a
 * paragraph they are debris of a broken encoder, never meant to be shown.
 */
const CONTROL_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without control characters. */
export const stripControl = (s: string): string => s.replace(CONTROL_CHARS, '');

/** A value with control characters removed from every string in it. */
function cleanValue<T>(value: T): T {
  if (typeof value === 'string') return stripControl(value) as T;
  if (Array.isArray(value)) return value.map(cleanValue) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanValue(v)])) as T;
  }
  return value;
}

/**
 * The one cleaning stage every normalised item passes: control characters go before anything is
 * tagged, deduplicated or stored, so stored text is the text published in every format.
 */
export const withoutControlChars = (item: NormalisedItem): NormalisedItem => cleanValue(item);
