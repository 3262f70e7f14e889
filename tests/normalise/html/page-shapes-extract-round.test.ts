import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/** Shapes of the extract lane's held-out round; every page here is invented. */
const PROSE = [
  'The valley water board agreed on Thursday to reline the old aqueduct above the village, after an inspection found cracks along most of its length.',
  'Engineers will drain the channel in October and spray a new lining inside it, so that the village keeps its supply from the spring all winter.',
  'The work is paid for by the board and by a grant from the region, and should be finished before the first frosts, the board said.',
];
const TITLE = 'Water board to reline the old aqueduct above the village';
const paras = PROSE.map((p) => `<p>${p}</p>`).join('\n');
const run = (html: string): ReturnType<typeof normaliseHtmlArticle> =>
  normaliseHtmlArticle(html, { url: null });
const page = (meta: string): string =>
  `<!DOCTYPE html><html><head><title>${TITLE}</title></head><body><main><article><h1>${TITLE}</h1>${meta}<div class="text">${paras}</div></article></main></body></html>`;

describe('HTML pages: bylines and widgets of the extract round', () => {
  it('reads the author box by a class word built on "autor" with its own ending', () => {
    expect(run(page('<div class="info"><span class="autorka">Ilse Varga</span></div>')).byline).toBe(
      'Ilse Varga',
    );
  });

  it("keeps text glued to a byline's link glued (a one-letter 'and')", () => {
    const meta =
      '<div class="authors">מאת <a href="/author/a">דנה כהן</a> ו<a href="/author/b">עמית בר</a></div>';
    expect(run(page(meta)).byline).toBe('דנה כהן ועמית בר');
  });

  it('reads a name in bold after its label where no link is', () => {
    const meta =
      '<div class="entry-byline">Oleh <strong>SITI HAJAR OMAR</strong><br><span>2 April 2026</span></div>';
    expect(run(page(meta)).byline).toBe('SITI HAJAR OMAR');
  });

  it('drops a feedback box of buttons and its question', () => {
    const html = page('').replace(
      '</article>',
      '<div class="feedback"><p>Was this page useful?</p><button>Yes</button><button>No</button></div></article>',
    );
    const r = run(html);
    expect(r.body).toEqual(PROSE);
  });

  it("splits a labelled credit in brackets from a caption outside a figure's caption element", () => {
    const html = page(
      '<div class="image"><img src="https://example.org/aqueduct.jpg" alt=""><p class="caption">The aqueduct above the village (Llun: Valley Water Board)</p></div>',
    );
    const r = run(html);
    expect(r.image?.caption).toBe('The aqueduct above the village');
    expect(r.image?.credit).toBe('Valley Water Board');
  });
});
