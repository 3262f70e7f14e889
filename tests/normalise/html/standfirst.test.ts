import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/** Invented text: the first paragraph is a full sentence set like the rest of the text. */
const TITLE = 'Island ferry to run twice an hour';
const FIRST = 'The ferry company said on Tuesday that the island crossing will run twice an hour from June.';
const DEK = 'Extra sailings from June as the bridge stays shut';
const REST = [
  'Residents had asked for more sailings since the bridge closed for repairs last autumn, and queues at the slipway often ran past the school.',
  'The new timetable adds a late boat on Fridays and Saturdays, and a cheaper return ticket for pupils who cross each morning.',
  'The harbour master said the second vessel would be borrowed from a mainland operator until the company buys one of its own.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');
const FIG =
  '<figure><img src="/ferry.jpg" width="900" height="500"><figcaption>The ferry at the pier.</figcaption></figure>';
const page = (head: string, body: string): string =>
  `<!DOCTYPE html><html><head><title>${TITLE}</title>${head}</head><body>${body}</body></html>`;
const run = (html: string): ReturnType<typeof normaliseHtmlArticle> =>
  normaliseHtmlArticle(html, { url: null });
const DESC = `<meta name="description" content="${FIRST}">`;

describe('the first paragraph stays in the body; a standfirst is an element apart', () => {
  const firstParagraph: [string, string][] = [
    [
      'h1 then p, then a picture',
      page('', `<main><article><h1>${TITLE}</h1><p>${FIRST}</p>${FIG}${REST}</article></main>`),
    ],
    [
      'h1 then p, then a subheading',
      page('', `<main><article><h1>${TITLE}</h1><p>${FIRST}</p><h2>Timetable</h2>${REST}</article></main>`),
    ],
    [
      'a header holding h1 and the first p',
      page(
        '',
        `<main><article><header><h1>${TITLE}</h1><p>${FIRST}</p></header><div class="body">${REST}</div></article></main>`,
      ),
    ],
    [
      'a header holding h1, byline and the first p',
      page(
        '',
        `<main><article><header><h1>${TITLE}</h1><p class="byline">By Ann Lee</p><p>${FIRST}</p></header><div class="body">${REST}</div></article></main>`,
      ),
    ],
    [
      'a blog entry whose text opens under the title',
      page(
        '',
        `<article class="post"><h1 class="entry-title">${TITLE}</h1><div class="entry-content"><p>${FIRST}</p>${FIG}${REST}</div></article>`,
      ),
    ],
    [
      'a description equal to the first p, picture after it',
      page(
        DESC,
        `<main><article><h1>${TITLE}</h1><div class="text"><p>${FIRST}</p>${FIG}${REST}</div></article></main>`,
      ),
    ],
    [
      'a description equal to the first p in the header',
      page(
        DESC,
        `<main><article><header><h1>${TITLE}</h1><p>${FIRST}</p></header>${FIG}<div>${REST}</div></article></main>`,
      ),
    ],
  ];
  for (const [name, html] of firstParagraph)
    it(`keeps the first paragraph in the body, no summary: ${name}`, () => {
      const r = run(html);
      expect(r.summary).toBeNull();
      expect(r.body[0]).toBe(FIRST);
      expect(r.body.filter((b) => b !== 'Timetable')).toHaveLength(4);
    });

  const standfirst: [string, string][] = [
    [
      'a box classed standfirst',
      `<header><h1>${TITLE}</h1><div class="standfirst"><p>${DEK}</p></div></header>`,
    ],
    ['a p classed dek', `<h1>${TITLE}</h1><p class="dek">${DEK}</p>`],
    ['an h2 classed subtitle', `<h1>${TITLE}</h1><h2 class="subtitle">${DEK}</h2>`],
    ['a bold p in the header', `<header><h1>${TITLE}</h1><p><strong>${DEK}.</strong></p></header>`],
    [
      'a p styled apart from the text in the header',
      `<header><h1>${TITLE}</h1><p class="text-xl muted">${DEK}.</p></header>`,
    ],
  ];
  for (const [name, top] of standfirst)
    it(`takes ${name} for the summary, not for the body`, () => {
      const r = run(page(DESC, `<main><article>${top}<p>${FIRST}</p>${REST}</article></main>`));
      expect(r.summary?.replace(/\.$/, '')).toBe(DEK);
      expect(r.body[0]).toBe(FIRST);
      expect(r.body.join('\n')).not.toContain('bridge stays shut');
    });
});
