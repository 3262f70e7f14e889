import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/** Invented prose: long enough that the page reads as an article. */
const PROSE = [
  'The orchard society agreed on Thursday to replant the twelve pear trees lost in the spring storm, using grafts taken from the oldest tree on the site.',
  'Volunteers will dig the new holes in January, when the ground is soft enough, and the young trees will be staked against the wind from the hill.',
  'The society expects the first small harvest in four years, and has asked the parish for help with fencing to keep the deer away from the bark.',
];
const paras = PROSE.map((p) => `<p>${p}</p>`).join('\n');
const TITLE = 'Orchard society to replant its pear trees';
const page = (article: string, after = ''): string =>
  `<!DOCTYPE html><html><head></head><body><main><article><h1>${TITLE}</h1>${article}</article>${after}</main></body></html>`;
const run = (html: string): ReturnType<typeof normaliseHtmlArticle> =>
  normaliseHtmlArticle(html, { url: null });

describe('HTML pages labelled in words no list knows', () => {
  it('reads a list of story titles under an unknown heading inside the article as related links', () => {
    const list = `<div class="bottom"><h3>Zrelatowane</h3><div><a href="/a">Cider press returns to the village hall</a></div><div><a href="/b">Beekeepers warn of a late frost this spring</a></div></div>`;
    const aside = `<aside><h3>Popularne</h3><a href="/c">Market hall to close early this winter</a><a href="/d">New bus timetable starts on Monday</a></aside>`;
    const r = run(page(`${paras}${list}`, aside));
    expect(r.related).toEqual([
      'Cider press returns to the village hall',
      'Beekeepers warn of a late frost this spring',
    ]);
    expect(r.body).toEqual(PROSE);
  });

  it('takes the name beside an author box that holds only its label', () => {
    const meta = `<div class="post-author-name"><div class="author-by">Wrote</div> <a href="/author/ann">Ann Lee</a></div>`;
    expect(run(page(`${meta}${paras}`)).byline).toBe('Ann Lee');
  });

  it('drops a one-word label and its colon in an author box, in a language no list knows', () => {
    const meta = `<div class="meta"><span class="author">Skribis: Ann Lee</span> · <time datetime="2026-12-04T19:30:00-05:00">4 Dec</time></div>`;
    expect(run(page(`${meta}${paras}`)).byline).toBe('Ann Lee');
  });

  it('reads the author box beside a headline set straight in <main>, with no box of its own', () => {
    const flat = `<!DOCTYPE html><html><head></head><body><main class="Story_main__q1"><h1 class="Story_title__x2">${TITLE}</h1><div class="Story_meta__k3"><span class="Story_author__z9">Skribis: Ann Lee</span><time dateTime="2026-12-04T19:30:00-05:00">4 Dec</time></div><div class="Story_body__p4">${paras}</div></main></body></html>`;
    expect(run(flat).byline).toBe('Ann Lee');
  });

  it("reads an hCard's name after a 'posted by' in any language, and the hAtom stamp", () => {
    const foot = `<span class="post-author vcard">Postita da <span class="fn">Ann Lee</span></span> <abbr class="published" title="2026-12-04T19:30:00-05:00">7:30 PM</abbr>`;
    const r = run(page(`${paras}${foot}`));
    expect(r.byline).toBe('Ann Lee');
    expect(r.published).toBe('2026-12-04T19:30:00-05:00');
  });

  it('drops a caption label and splits a bracketed credit behind a label of any language', () => {
    const fig = `<figure><img src="/pic.jpg" alt=""><figcaption>Bildtexto: The pear trees in the walled garden at dawn (Bildo - Bo Roe)</figcaption></figure>`;
    const r = run(page(`${fig}${paras}`));
    expect(r.image?.caption).toBe('The pear trees in the walled garden at dawn');
    expect(r.image?.credit).toBe('Bo Roe');
  });

  it('splits a credit in full-width brackets behind a one-character label', () => {
    const fig = `<figure><img src="/pic.jpg" alt=""><figcaption>果園裡的梨樹。（圖：某通訊社）</figcaption></figure>`;
    const r = run(page(`${fig}${paras}`));
    expect(r.image?.caption).toBe('果園裡的梨樹。');
    expect(r.image?.credit).toBe('某通訊社');
  });

  it("reads a Chinese reporter's label in the header line", () => {
    const info = `<div class="info"><span class="who">記者：林小梅</span> <span>2026年12月5日</span></div>`;
    expect(run(page(`${info}${paras}`)).byline).toBe('林小梅');
  });

  it('drops a classed italic note closing the text, and keeps a plain italic last line', () => {
    const note = `<p class="fund-note"><em>This reporting is paid for by the Orchard Trust.</em></p>`;
    const body = (last: string): string => `<div class="text">${paras}${last}</div>`;
    expect(run(page(body(note))).body).toEqual(PROSE);
    const plain = `<p><em>The trees were first planted in the year the hall was built.</em></p>`;
    expect(run(page(body(plain))).body).toHaveLength(PROSE.length + 1);
  });

  it('reads a one-link read-on line in a box its class names related, and a "similar" box', () => {
    const line = `<div class="inline-related"><span>Lue myös</span> <a href="/e">Cider press returns to the village hall</a></div>`;
    const box = `<div class="similar-posts"><ul><li><a href="/f">Beekeepers warn of a late frost this spring</a></li><li><a href="/g">Market hall to close early this winter</a></li></ul></div>`;
    const r = run(page(`<p>${PROSE[0]}</p>${line}<p>${PROSE[1]}</p><p>${PROSE[2]}</p>${box}`));
    expect(r.related).toEqual([
      'Cider press returns to the village hall',
      'Beekeepers warn of a late frost this spring',
      'Market hall to close early this winter',
    ]);
    expect(r.body).toEqual(PROSE);
  });
});

describe("an author box that keeps the page's 'by' in words no list knows", () => {
  const box = (text: string): string => `<div class="article-meta"><span class="author">${text}</span></div>`;
  it('drops a capitalised word and a lower-case word before the name', () => {
    expect(run(page(`${box('Skrevet fra Ann Lee')}${paras}`)).byline).toBe('Ann Lee');
  });
  it('drops a word the paragraphs print in lower case', () => {
    const said =
      '<p>The grafts were given to the society fro the county nursery, which has kept them for years.</p>';
    expect(run(page(`${box('Fro Ann Lee')}${paras}${said}`)).byline).toBe('Ann Lee');
  });
  it('keeps a given name, and a name with a particle', () => {
    expect(run(page(`${box('Maria Ann Lee')}${paras}`)).byline).toBe('Maria Ann Lee');
    expect(run(page(`${box('Ann de Lee')}${paras}`)).byline).toBe('Ann de Lee');
  });
});
