import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';
import { heldOutSuite } from '../../support/heldout.js';

/**
 * Held-out HTML pages: invented article pages in styles the rules were not written from (an
 * Italian regional paper, a Dutch public broadcaster, a Polish portal, a WordPress blog, US local
 * TV, a corporate press release, a magazine long read, a Norwegian paper).
 */
heldOutSuite({
  title: 'held-out HTML pages',
  root: join(dirname(fileURLToPath(import.meta.url)), 'heldout'),
  input: 'input.html',
  count: 8,
  normalise: (html) => normaliseHtmlArticle(html, { url: null }),
  fields: ['title', 'section', 'summary', 'byline', 'url', 'image', 'body', 'related'],
  knownWrong: {
    // An all-capitals topic kicker over the headline is taken for the section; the breadcrumb
    // outside the article element names it.
    '001-it-ponte-sesia-chiuso': ['section'],
    // The region label over the headline is taken for the section; the menu's current entry names it.
    '002-nl-omroep-dijk-kampen': ['section'],
    // A fact box (a heading and a short list) inside the text stays in the body.
    '008-no-ferjekai-stengt': ['body'],
  },
});
