import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * A CMS that prints the headline in a page-title block and the story's fields inside the article
 * node: the standfirst is a bare-text field the markup names outright, above the picture and the
 * body field. Invented page.
 */
const STANDFIRST =
  'Ferry operator says the two night crossings will return once the second vessel is back from dry dock';
const BODY = [
  'The harbour board has cut the late ferry between Eastport and Skelly Island for the rest of the winter, its chair said on Monday.',
  'Islanders who work evening shifts on the mainland said the change left them with a last boat at half past six.',
  'The board said it would review the timetable in March, when the repaired vessel is due back in service.',
];

const page = (
  fieldClass: string,
): string => `<!DOCTYPE html><html lang="en"><head><title>Late ferry cut</title></head>
<body><div class="region region--title"><div class="block-page-title"><h1 class="page-title">Late ferry to Skelly Island cut for the winter</h1></div></div>
<main><article class="node node--type-article">
<div class="field ${fieldClass} field__item">${STANDFIRST}</div>
<div class="node__meta"><span class="node__date">Monday, 2 November 2026 - 10:05 GMT</span></div>
<div class="field field--name-body field__item">${BODY.map((p) => `<p>${p}</p>`).join('\n')}</div>
</article></main></body></html>`;

describe("a CMS's summary field inside the article, the headline in a title block outside it", () => {
  it('is the standfirst, and stays out of the body', () => {
    const item = normaliseHtmlArticle(page('field--name-field-standfirst'), { url: null });
    expect(item.title).toBe('Late ferry to Skelly Island cut for the winter');
    expect(item.summary).toBe(STANDFIRST);
    expect(item.body).toEqual(BODY);
  });

  it('is not taken when the markup does not name it a summary', () => {
    const item = normaliseHtmlArticle(page('field--name-field-note'), { url: null });
    expect(item.summary).not.toBe(STANDFIRST);
  });
});

describe('a credit field under a caption field, each a box of its own after the picture', () => {
  const withPicture = (creditClass: string, text = '© Ina Marsh'): string =>
    page('field--name-field-standfirst').replace(
      '<div class="field field--name-body',
      `<div class="field field--name-field-image field__item"><img src="/files/ferry-pier.jpg" width="1000" height="560" alt="The pier"></div>
<div class="field field--name-field-image-caption field__item">The ferry pier at Eastport on Monday evening.</div>
<div class="field ${creditClass} field__item">${text}</div>
<div class="field field--name-body`,
    );

  it('is the credit, without its copyright sign', () => {
    const item = normaliseHtmlArticle(withPicture('field--name-field-image-credit'), { url: null });
    expect(item.image?.caption).toBe('The ferry pier at Eastport on Monday evening.');
    expect(item.image?.credit).toBe('Ina Marsh');
    expect(item.body).toEqual(BODY);
  });

  it('is not read when neither the markup nor a credit form names it one', () => {
    const item = normaliseHtmlArticle(withPicture('field--name-field-tags', 'Ina Marsh'), { url: null });
    expect(item.image?.credit ?? null).toBeNull();
  });

  // A credit's own form ("© Name") under a caption box names it, whatever the box is called.
  it('is read by its copyright sign when the markup does not name it', () => {
    const item = normaliseHtmlArticle(withPicture('field--name-field-tags'), { url: null });
    expect(item.image?.credit).toBe('Ina Marsh');
  });
});
