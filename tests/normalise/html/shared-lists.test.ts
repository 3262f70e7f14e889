import { describe, expect, it } from 'vitest';
import {
  extractFooterTitleLists,
  extractRelated,
  extractTrailingTitleLists,
  joinBuilderRows,
  narrowToArticle,
  preClean,
  removePictureBoxes,
  unmarkTextSubheadings,
  type Furniture,
} from '../../../src/normalise/html/cleanup/index.js';
import { pageElements, parseDocument } from '../../../src/normalise/html/dom.js';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

const para = (n: number): string =>
  `<p>${'The harbour board met again on Monday to weigh the ferry timetable for the winter months. '.repeat(n)}</p>`;

/** An invented page with something for each pass: a form box, marked furniture, builder rows, a picture box, a header-classed subheading. */
const PAGE =
  '<!DOCTYPE html><html><body><article>' +
  '<div class="signup"><h3>Get the evening letter</h3><form><input type="email"></form></div>' +
  para(3) +
  '<div class="share-tools"><a href="/s">Share</a></div>' +
  '<div class="row"><div class="col"><p>First part of the text, long enough to count as a row of text here.</p></div></div>' +
  '<div class="row"><div class="col"><p>Second part of the text, long enough to count as a row of text here.</p></div></div>' +
  '<div><img src="/a.jpg"><p>The quay at dawn. Photo: Invented Agency</p></div>' +
  '<h2 class="section-header">What the board decided</h2>' +
  para(2) +
  '<template><div class="share-tools"><img src="/t.jpg"><span>x</span></div></template>' +
  '</article></body></html>';

const furniture = (): Furniture => ({ related: [], relatedHrefs: new Map(), dropped: [] });

describe('the last cleaning passes sharing one list of the page', () => {
  it('leave the page as the passes listing it each for themselves leave it', () => {
    const alone = parseDocument(PAGE);
    const fa = furniture();
    preClean(alone, [], fa);
    joinBuilderRows(alone);
    removePictureBoxes(alone);
    unmarkTextSubheadings(alone);

    const shared = parseDocument(PAGE);
    const fs = furniture();
    const page = pageElements(shared);
    preClean(shared, [], fs, page);
    joinBuilderRows(shared, page);
    removePictureBoxes(shared, page);
    unmarkTextSubheadings(shared, page);

    expect(shared.toString()).toBe(alone.toString());
    expect(fs.dropped).toEqual(fa.dropped);
    // The page did change: the passes had something to do.
    expect(alone.toString()).not.toBe(parseDocument(PAGE).toString());
  });
});

/** An invented page where the related passes and the narrowing each take something out. */
const RELATED_PAGE =
  '<!DOCTYPE html><html><body><div class="masthead"><a href="/">Harbour Post</a></div><main><article>' +
  '<h1>Ferry timetable set for winter</h1>' +
  para(3) +
  '<p>Read more: <a href="/news/quay-lights">New lights fitted along the east quay this week</a></p>' +
  para(2) +
  '<div class="related-posts"><a href="/news/fares">Ferry fares rise for the winter timetable</a>' +
  '<a href="/news/pilots">Harbour pilots ask for a second boat this year</a></div>' +
  para(2) +
  '<h3>Lorva ambo</h3><ul><li><a href="/news/dredging">Dredging starts in the lower harbour</a></li>' +
  '<li><a href="/news/grain">Grain barges wait for the high tide again</a></li></ul>' +
  '<footer><h4>Posts nearby</h4><ul><li><a href="/news/gulls">Gulls nest on the old customs house roof</a></li>' +
  '<li><a href="/news/tugs">Two tugs join the fleet after the spring refit</a></li></ul></footer>' +
  '</article></main><div class="rail"><a href="/most-read">Most read</a></div></body></html>';

describe('the related passes, the narrowing and the cleaning sharing one list of the page', () => {
  it('leave the page and the related titles as the passes listing it each for themselves do', () => {
    const run = (shared: boolean): { html: string; related: string[] } => {
      const doc = parseDocument(RELATED_PAGE);
      const f = furniture();
      const story = doc.querySelector('article');
      const page = shared ? pageElements(doc) : undefined;
      extractRelated(doc, f, null, page);
      extractTrailingTitleLists(story, f, null, page);
      extractFooterTitleLists(story, f, page);
      narrowToArticle(doc, page);
      preClean(doc, [], f, page);
      return { html: doc.toString(), related: f.related };
    };
    const alone = run(false);
    expect(run(true)).toEqual(alone);
    expect(alone.related).toContain('New lights fitted along the east quay this week');
    expect(alone.related).toContain('Gulls nest on the old customs house roof');
    expect(alone.html).not.toContain('Most read');
  });
});

describe('a credit box under a caption box', () => {
  const page = (credit: string): string =>
    '<!DOCTYPE html><html lang="en"><head><title>Ferry timetable set for winter</title></head><body><article>' +
    '<h1>Ferry timetable set for winter</h1>' +
    '<div class="picture"><div class="image-box"><img src="/a.jpg"></div>' +
    `<div class="caption">The quay at dawn.</div><div class="credit">${credit}</div></div>` +
    para(4) +
    para(3) +
    '</article></body></html>';

  it('loses the label the shared photo and source words give it, plural or in any listed language', () => {
    for (const credit of [
      'Images © Harbour Authority',
      'Изображение: Harbour Authority',
      'Source: Harbour Authority',
    ])
      expect(normaliseHtmlArticle(page(credit), { url: null }).image).toMatchObject({
        caption: 'The quay at dawn.',
        credit: 'Harbour Authority',
      });
  });
});
