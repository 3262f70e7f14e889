import { sameKey, type Line } from '../features.js';
import type { Body, State } from './state.js';
import { mediaPlayer, pageControls } from './widgets.js';
import { headBox } from './row-boxes.js';
import { linkRowEntries } from './lists.js';
import { readLine } from './read-line.js';
import { dropLiveSignOff, dropPaywallCount, withoutClosingLinks, withoutLoneLabel } from './passes.js';
import { dropReadAlso, dropRepeatedTitles, dropTeasers, teaserBoxes } from './teasers.js';
import { tailTeasers } from './tail.js';

/**
 * Body text read from one dump: twice the default cap on kept content (500,000 characters,
 * FEEDWRIGHT_MAX_CONTENT_CHARS), so stopping here loses nothing a default setup would keep.
 */
const MAX_BODY_CHARS = 1_000_000;

/** Walk the lines from `start`: keep prose, collect related links, drop furniture. */
export function readBody(
  lines: Line[],
  start: number,
  titleKey: string,
  dropped: string[],
  author: string | null = null,
  photographer: string | null = null,
): Body {
  const s: State = {
    body: [],
    related: [],
    dates: [],
    byline: null,
    list: null,
    listed: false,
    listItems: 0,
    footer: false,
    signed: false,
    tagged: false,
    shareBar: false,
    at: [],
    boxed: new Set([...mediaPlayer(lines, start), ...pageControls(lines, start), ...headBox(lines, start)]),
    author,
    photographer: photographer === null ? null : sameKey(photographer),
    image: null,
    linkEntries: linkRowEntries(lines),
    labelWords: [],
  };
  let chars = 0;
  for (let i = start; i < lines.length && chars < MAX_BODY_CHARS; i++) {
    const before = s.body.length;
    readLine(lines, i, s, titleKey, dropped);
    if (s.body.length > before) chars += lines[i]!.text.length;
  }
  dropPaywallCount(lines, s, dropped);
  dropLiveSignOff(lines, s, dropped);
  const keptLines = s.at.map((i) => lines[i]!);
  const at = new Map(s.at.map((i) => [lines[i]!, i]));
  const boxed = teaserBoxes(keptLines, at);
  // Inline links alone ("Read also: X" in the text) leave the list under the text to find by shape;
  // a teaser box inside the text is the page's related list, and a list under the text is another.
  const found = boxed.length > 0 ? boxed : tailTeasers(keptLines, at, lines, s.labelWords);
  const listed = s.listed ? s.related : [...s.related, ...found];
  const related = withoutClosingLinks(listed, lines);
  const kept = dropRepeatedTitles(
    dropReadAlso(dropTeasers(withoutLoneLabel(keptLines, dropped), at, dropped), related, dropped),
    related,
    dropped,
  );
  return { body: kept, related, dates: s.dates, byline: s.byline, image: s.image };
}
