import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/** A heading left with nothing under it at the end of the text; invented page. */

const PROSE = [
  'The lifeboat crew was called out twice on Sunday, first to a yacht with a fouled propeller and then to two walkers cut off by the tide.',
  'Both walkers were brought back to the slipway within the hour, cold but unhurt, and the yacht was towed into the harbour before dark.',
  'The station asked visitors to check the tide tables before setting out along the sands, which flood quickly on a spring tide.',
];
const paras = PROSE.map((p) => `<p>${p}</p>`).join('\n');
const page = (after: string): string =>
  `<!DOCTYPE html><html><head></head><body><div class="content"><h1>Lifeboat called out twice in one day</h1>${paras}${after}</div></body></html>`;
const run = (html: string): ReturnType<typeof normaliseHtmlArticle> =>
  normaliseHtmlArticle(html, { url: null });

describe('a closing heading', () => {
  it('drops a box title in words no list knows whose list the page took away', () => {
    const box = `<div class="more"><div class="more__title">Vendari nomo lista</div></div>`;
    expect(run(page(box)).body).toEqual(PROSE);
  });

  it('keeps a last line that ends like a sentence, and a sign-off that opens with a dash', () => {
    expect(run(page('<p>The crew thanked everyone.</p>')).body).toEqual([
      ...PROSE,
      'The crew thanked everyone.',
    ]);
    expect(run(page('<p>- Ann</p>')).body).toEqual([...PROSE, '- Ann']);
  });
});
