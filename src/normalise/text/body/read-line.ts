import { isAdvertLabel, isConsentText, opensShareBar } from '../furniture.js';
import type { Line } from '../features.js';
import { stampLines } from '../dates.js';
import { bracketedSignature, dashedSignature } from '../lines.js';
import type { State } from './state.js';
import {
  closesInsert,
  closesRelatedList,
  closesTightList,
  endsRelatedList,
  headsComments,
} from './closers.js';
import {
  announcesAdvert,
  feedbackPoll,
  labelsAdSlot,
  labelsControls,
  pollClosingList,
  promoInText,
} from './inserts.js';
import {
  arrowBulleted,
  BULLET,
  isListItem,
  isListMeta,
  isNetwork,
  isOtherListHeader,
  isShareColumn,
  isShareRow,
  isTagRow,
  labelsSiteLink,
  resumesProse,
} from './lists.js';
import { labelsTranscript, noteOnTranscript } from './transcripts.js';
import {
  boxFrame,
  callToAction,
  controlPitch,
  interruptingBox,
  paywallBox,
  placeholderBox,
  signUpBox,
} from './calls.js';
import { advertBox, headsBulletedTitles } from './widgets.js';
import {
  bareSignature,
  labelledSignature,
  roleSignature,
  signatureUnderLabel,
  signOff,
  takeBylineRow,
  wordsThenNameSignature,
} from './signatures.js';
import { headsMostRead, labelWordsOf } from './most-read.js';
import { labelledTitle, labelOverTitle } from './labels.js';
import { dropCaption, isPhotoCredit } from './captions.js';

export function readLine(lines: Line[], i: number, s: State, titleKey: string, dropped: string[]): void {
  const l = lines[i]!;
  if (!s.footer && headsComments(lines, i)) {
    s.list = null;
    s.footer = true;
    return void dropped.push(l.text);
  }
  if (s.list === 'related' && s.listItems > 0 && closesRelatedList(lines, i)) {
    s.list = null;
    s.footer = true;
  }
  if (announcesAdvert(lines, i)) s.boxed.add(i);
  if (labelsAdSlot(lines, i) || labelsSiteLink(lines, i, s.linkEntries)) s.boxed.add(i);
  if (!s.list && !s.footer && (noteOnTranscript(lines, i) || labelsTranscript(lines, i))) s.boxed.add(i);
  const kind = l.furniture === 'footer' && promoInText(lines, i) ? 'drop' : l.furniture;
  // A question inside a list of titles is one more title, not a poll, unless buttons close the list.
  const poll = s.list
    ? s.list === 'related' && s.listItems > 0
      ? pollClosingList(lines, i)
      : []
    : feedbackPoll(lines, i);
  const boxes = [
    ...callToAction(lines, i),
    ...boxFrame(lines, i),
    ...poll,
    ...signUpBox(lines, i),
    ...placeholderBox(lines, i),
    ...controlPitch(lines, i),
  ];
  for (const j of [...boxes, ...interruptingBox(lines, i), ...paywallBox(lines, i)]) s.boxed.add(j);
  if (l.key === titleKey || s.boxed.has(i) || labelsControls(lines, i)) return void dropped.push(l.text);
  if (isAdvertLabel(l.text)) for (const j of advertBox(lines, i)) s.boxed.add(j);
  if (s.shareBar && !kind && isNetwork(l)) return void dropped.push(l.text);
  // The share buttons under the related list close the article: what follows (the shop's or the
  // comments' prompts) is the page's.
  if (s.list === 'related' && s.listItems > 0 && (isShareRow(l) || isShareColumn(lines, i))) {
    s.list = null;
    s.footer = true;
    return void dropped.push(l.text);
  }
  s.shareBar = kind === 'drop' && (opensShareBar(l.text) || s.shareBar);
  // A tag row ends the text, yet the related list printed under it, under a header in words no
  // list knows, is still to be read by its shape: the row alone is dropped.
  if (kind === 'footer' && !s.list && !s.footer && isTagRow(l.text)) {
    s.tagged = true;
    return void dropped.push(l.text);
  }
  if (kind === 'related' || kind === 'popular' || kind === 'footer') {
    s.list = kind === 'footer' ? null : kind;
    s.listItems = 0;
    if (kind !== 'related') s.footer = true;
    return void dropped.push(l.text);
  }
  if (!kind) signOff(lines, i, s, dropped);
  const by = kind ? null : l.byline;
  const labelledDate = l.dates.some((d) => d.label !== null);
  if (labelledDate) s.dates.push(...l.dates);
  // "<Posted>: …" over "<Edited>: …" in words no list knows: the pair's earlier is the first-published.
  else if (!kind) s.dates.push(...(stampLines(l, lines[i + 1]) ?? []));
  if (
    kind ||
    by ||
    l.timeLine ||
    labelledDate ||
    l.breadcrumb ||
    isConsentText(l.text, 3) ||
    (isListMeta(l.text) && !arrowBulleted(lines, i))
  ) {
    if (by?.names && !s.byline) takeBylineRow(l, by.names, s);
    if (by?.credit) s.footer = true;
    return void dropped.push(l.text);
  }
  if (l.related) {
    s.labelWords.push(...labelWordsOf(l.text, l.related));
    return void s.related.push(l.related);
  }
  if (!s.list && !s.footer && headsBulletedTitles(lines, i)) {
    s.list = 'related';
    s.listItems = 0;
    return void dropped.push(l.text);
  }
  const linked = labelledTitle(lines, i, s.list === null);
  if (linked) {
    s.labelWords.push(...labelWordsOf(l.text, linked));
    return void s.related.push(linked);
  }
  const under = s.footer || s.list ? null : labelOverTitle(lines, i);
  if (under) {
    s.related.push(under);
    s.boxed.add(i + 1);
    return void dropped.push(l.text);
  }
  if (l.imagePair || l.markedInBody || isPhotoCredit(l, s)) return dropCaption(lines, i, s, dropped);
  if (
    s.list === 'related' &&
    s.listItems > 0 &&
    (isOtherListHeader(l, lines[i + 1]) || headsMostRead(l, lines[i + 1], s.labelWords))
  ) {
    // Another list's header, in words no list knows ("most read"): the related list has ended.
    s.list = null;
    s.footer = true;
    return void dropped.push(l.text);
  }
  // Under a most-read list, a header in words no list knows over titles opens the page's related
  // list, when none came before ("Most read", three titles, "You may also like", two titles).
  if (s.list === 'popular' && s.related.length === 0 && lines[i - 1]?.furniture !== 'popular') {
    if (isOtherListHeader(l, lines[i + 1])) {
      s.list = 'related';
      s.listItems = 0;
      return void dropped.push(l.text);
    }
  }
  if (s.list === 'related' && s.listItems > 0 && endsRelatedList(l)) {
    s.list = null;
    s.footer = true;
    return void dropped.push(l.text);
  }
  if (s.list === 'related' && closesTightList(lines, i, s.listItems)) {
    // The blank line under a run of titles printed without one between them: the list is over.
    s.list = null;
    if (!resumesProse(l, lines[i + 1])) s.footer = true;
  }
  if (s.list === 'related' && closesInsert(lines, i, s.listItems)) s.list = null;
  if (s.list) {
    if (!resumesProse(l, lines[i + 1])) {
      if (s.list === 'related' && l.words >= 2 && isListItem(l)) {
        s.related.push(l.text.replace(BULLET, ''));
        s.listItems += 1;
        // Two titles under a header are a list; one is an inline link with a label of its own.
        s.listed ||= s.listItems >= 2;
      } else dropped.push(l.text);
      return;
    }
    s.list = null;
  }
  // Under a signature block, a short header over titles opens the page's list of links.
  if (s.signed && !s.list && isOtherListHeader(l, lines[i + 1])) {
    s.list = 'related';
    s.listItems = 0;
    return void dropped.push(l.text);
  }
  if (s.footer || (s.tagged && l.prose)) return void dropped.push(l.text);
  const signer = s.at[s.at.length - 1] === i - 1 ? signatureUnderLabel(lines, i) : null;
  if (signer) {
    // The signature block closes the text: its name, role and contacts are not the story's.
    s.byline ??= signer;
    s.footer = true;
    s.signed = true;
    s.boxed.add(i + 1);
    return void dropped.push(l.text);
  }
  // "(Ann Lee)" right under a paragraph: the reporter signs the text, as some papers print it.
  const signed =
    s.at[s.at.length - 1] === i - 1 && lines[i - 1]!.prose
      ? (bracketedSignature(l.text) ??
        (BULLET.test(lines[i + 1]?.text ?? '') ? null : dashedSignature(l.text)) ??
        labelledSignature(l, lines[i + 1], lines[i + 2]) ??
        roleSignature(l, lines[i + 1], lines[i + 2]) ??
        wordsThenNameSignature(l, lines[i + 1], lines[i + 2]))
      : bareSignature(lines, i, s.at[s.at.length - 1]);
  if (signed) {
    s.byline ??= signed;
    return void dropped.push(l.text);
  }
  s.body.push(l.text);
  s.at.push(i);
}
