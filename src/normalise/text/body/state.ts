import type { ImageRef } from '../../../model/item.js';
import type { FurnitureKind } from '../furniture.js';
import type { DateInfo } from '../dates.js';

/**
 * The article body: the lines after the header block, read in order. A line is, by the first
 * phenomenon it shows: the headline again; a list header (related, most-read, or the footer: what
 * follows is not article text); furniture (a control, a byline or date line, list metadata); an
 * inline related link; a photo caption or credit; an item of the list being read; anything after
 * the footer; else article text. Then the text is tidied as a whole: a teaser list under its own
 * header and the run of non-prose lines after the last paragraph (score tables, widget labels)
 * are dropped, and so are pull quotes and a signature repeating the byline.
 */

export interface Body {
  body: string[];
  related: string[];
  /** Labelled date lines met in the body ("Originally published: …" under the text). */
  dates: DateInfo[];
  /** A byline found in the body ("By Ann Lee" under a live blog post). */
  byline: string | null;
  /** A marked caption under the first paragraph: the lead photo, printed after the text began. */
  image: ImageRef | null;
}

export interface State extends Body {
  list: FurnitureKind | null;
  /** A related list's header was read: the related links are known without guessing by shape. */
  listed: boolean;
  /** Titles read under the related header being read. */
  listItems: number;
  footer: boolean;
  /** A signature block closed the text (`signatureUnderLabel`). */
  signed: boolean;
  /** A tag row was read: the text has ended, but short lines after it may be a related list. */
  tagged: boolean;
  /** A share bar is being read: its short lines are the networks it offers. */
  shareBar: boolean;
  /** Index in `lines` of each body paragraph (to tell adjacent lines). */
  at: number[];
  /** Lines of an embedded box (an advertiser's, a media player's), found ahead of reading them. */
  boxed: Set<number>;
  /** The header's byline: a credit line naming its author is a signature, not a photo credit. */
  author: string | null;
  /** The key of the name the header credits for the pictures ("Photos: Ann Lee"), or null. */
  photographer: string | null;
  /** Keys of the entries of the page's rows of links (`linkRowEntries`). */
  linkEntries: ReadonlySet<string>;
  /** The words of the labels over the inline links read so far ("<Read> <also>"), folded. */
  labelWords: string[];
}
