import type { Line } from '../features.js';
import { outletCreditName } from '../lines.js';
import type { State } from './state.js';

/**
 * An unmarked credit line ("Ann Lee for Example Weekly") naming someone other than the author, or
 * the name alone that the header credits for the pictures: printed again under each photo's
 * caption, it is that photo's credit.
 */
export const isPhotoCredit = (l: Line, s: State): boolean =>
  (l.outletCredit !== null && !(s.author ?? '').includes(outletCreditName(l.outletCredit))) ||
  (s.photographer !== null && l.key === s.photographer);

/** Paragraphs a lead photo may stand under: pages that open with the dateline paragraph. */
const LEAD_CAPTION_AFTER = 1;

/**
 * No paragraph before the page's furniture after a photo's credit: the picture printed under the
 * text's last paragraph, as some dumps place it, is the story's as much as one over the first.
 */
function nothingOfStoryAfter(rest: Line[]): boolean {
  const next = rest.find((l) => l.prose || l.noise);
  return next === undefined || next.noise;
}

/** A caption or credit line; a credit alone also takes the caption printed just before it. */
export function dropCaption(lines: Line[], i: number, s: State, dropped: string[]): void {
  const l = lines[i]!;
  const marked = l.markedInBody;
  if (s.body.length <= LEAD_CAPTION_AFTER && s.image === null && marked?.caption)
    s.image = { url: null, caption: marked.caption, credit: marked.credit };
  const prev = s.body[s.body.length - 1];
  const creditOnly =
    (l.markedInBody !== null && l.markedInBody.caption === null) || (!l.markedInBody && !l.imagePair);
  if (creditOnly && prev !== undefined && prev.length <= 200 && s.at[s.at.length - 1] === i - 1) {
    s.at.pop();
    dropped.push(s.body.pop()!);
    // A caption and its credit line right under the first paragraph: the lead photo's.
    const credit = l.markedInBody?.credit ?? null;
    const lead = s.body.length <= LEAD_CAPTION_AFTER || nothingOfStoryAfter(lines.slice(i + 1));
    if (credit !== null && s.image === null && lead) s.image = { url: null, caption: prev, credit };
  }
  dropped.push(l.text);
}
