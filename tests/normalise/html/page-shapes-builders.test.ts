import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/** Invented prose: a short story, under the size past which a box named "widget" counts as content anyway. */
const PROSE = [
  'The parish council agreed on Tuesday to reopen the old footbridge over the mill race before the spring fair, after a winter of repairs.',
  'Volunteers replaced the rotten planks with oak and fitted a new handrail, and the county engineer passed the work last week.',
  'The bridge will open at nine on Saturday, and the council asks walkers to keep dogs on a lead while the paint dries.',
];
const paras = PROSE.map((p) => `<p>${p}</p>`).join('\n');
const TITLE = 'Footbridge over the mill race reopens';
const run = (html: string): ReturnType<typeof normaliseHtmlArticle> =>
  normaliseHtmlArticle(html, { url: null });

describe('HTML pages from site builders and unlabelled templates', () => {
  it("keeps a page builder's content block whose class opens with the word widget", () => {
    const html = `<!DOCTYPE html><html><head><meta property="og:title" content="${TITLE}"></head><body>
<div class="builder builder-location-single"><div class="builder-widget-wrap">
<div class="builder-element builder-widget builder-widget-theme-post-title"><h1 class="heading-title">${TITLE}</h1></div>
<div class="builder-element builder-widget builder-widget-theme-post-content"><div class="widget-container">${paras}</div></div>
</div></div></body></html>`;
    expect(run(html).body).toEqual(PROSE);
  });

  it('finds a headline set in a block classed "title" when the page has no heading', () => {
    const dek = 'Volunteers rebuilt the footbridge over the winter, and it opens on Saturday.';
    const html = `<!DOCTYPE html><html><head><meta property="og:title" content="${TITLE}">
<meta name="description" content="${dek}"></head><body><div class="rows">
<div class="row"><div class="blk"><div class="col">
<div class="blk-uptitle" field="subtitle">Village life</div>
<div class="blk-title" field="title">${TITLE}</div>
<div class="blk-descr" field="descr">${dek}</div></div></div></div>
<div class="row"><div class="blk"><div class="col"><div class="blk-text">Text: <a href="/team#ann">Ann Lee</a> · 3 March 2026</div></div></div></div>
<div class="row"><div class="blk"><div class="col"><div class="blk-text">${PROSE.join('<br><br>')}</div></div></div></div>
</div></body></html>`;
    const r = run(html);
    expect(r.section).toBe('Village life');
    expect(r.summary).toBe(dek);
    expect(r.byline).toBe('Ann Lee');
  });

  it('reads the one link of a byline box after a label in words no list holds', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article>
<h1>${TITLE}</h1><div class="news-author"><span>Gohebydd:</span> <a href="/people/ann">Ann Lee</a></div>
<div class="text">${paras}</div></article></main></body></html>`;
    expect(run(html).byline).toBe('Ann Lee');
  });

  it('stops a byline at its link when a date and a relative stamp follow it', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article>
<h1>${TITLE}</h1><div class="live-byline">By <a href="/people/ann">Ann Lee</a> · <time datetime="2026-03-03T09:05:00Z">3 March 2026, 09:05</time> · Updated 8 minutes ago</div>
<div class="text">${paras}</div></article></main></body></html>`;
    expect(run(html).byline).toBe('Ann Lee');
  });

  it('takes no view counter printed before the headline for the section', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article><div class="head">
<a class="cat" href="/village/">Village</a><span class="date">03.03.2026</span><span class="views">1 284 views</span>
<h1>${TITLE}</h1></div><div class="text">${paras}</div></article></main></body></html>`;
    expect(run(html).section).toBe('Village');
  });

  it('reads a bold label ending in a colon and one headline link as a related line, in any language', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article><h1>${TITLE}</h1><div class="text">
<p>${PROSE[0]}</p><p><strong>Darllenwch hefyd:</strong> <a href="/mill">New weir planned below the old mill</a></p>
<p>${PROSE[1]}</p><p><strong>Web:</strong> <a href="https://example.org">example.org</a></p><p>${PROSE[2]}</p>
</div></article></main></body></html>`;
    const r = run(html);
    expect(r.related).toEqual(['New weir planned below the old mill']);
    expect(r.body.join('\n')).not.toContain('Darllenwch');
  });

  it('drops an advertisement label set between dashes', () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article><h1>${TITLE}</h1><div class="text">
<p>${PROSE[0]}</p><div class="slot-a"><span class="slot-title">- Advertisement -</span><div id="slot-1"></div></div>
<p>${PROSE[1]}</p><p>${PROSE[2]}</p></div></article></main></body></html>`;
    expect(run(html).body).toEqual(PROSE);
  });

  it("drops a live entry's stamp: a time and a few words", () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article><h1>${TITLE}</h1><div class="feed">
${PROSE.map((p, i) => `<div class="entry"><div class="meta"><time datetime="2026-03-03T1${i}:40:00Z">1${i}:40</time> <span>${i + 2} hours ago</span></div><p>${p}</p></div>`).join('\n')}
</div></article></main></body></html>`;
    expect(run(html).body).toEqual(PROSE);
  });

  it("takes the words after a Georgian label for the picture's credit", () => {
    const html = `<!DOCTYPE html><html><head></head><body><main><article><h1>${TITLE}</h1>
<div class="news-photo"><img src="/bridge.jpg" width="800" height="500" alt="">
<div class="photo-caption">The footbridge on Monday <span class="photo-author">ფოტო: ანა ლი</span></div></div>
<div class="text">${paras}</div></article></main></body></html>`;
    expect(run(html).image?.credit).toBe('ანა ლი');
  });
});

/** Invented Japanese prose: short paragraphs that each say as much as a long Latin-script one. */
const JA = [
  '山あいの小さな村で、百年前に建てられた古い水車小屋の修理がようやく終わりました。来月の初めから、村の外の人も見学できるようになります。',
  '修理には村の人たちが半年かけて取り組みました。傷んだ羽根板はすべて取り替え、材木は近くの山から切り出した杉を乾かして使っています。',
  '水車は毎日午前中だけ回す予定です。見学は予約なしででき、入場料もかかりませんが、冬のあいだは雪のため休みになるそうです。',
];

describe('prose measured by what it says, not by its characters', () => {
  it('keeps the opening paragraph that repeats the description in the body and passes over an inline picture', () => {
    const title = '水車小屋の修理が終わりました';
    const html = `<!DOCTYPE html><html lang="ja"><head><meta name="description" content="${JA[0]}">
<meta property="og:image" content="https://img.example/eyecatch.jpg"></head><body><main><article>
<div class="eyecatch"><img src="https://img.example/eyecatch.jpg" width="620" height="326" alt=""></div>
<div class="header"><h1>${title}</h1><div class="info"><time datetime="2026-03-03T21:14:00+09:00">3月3日</time></div></div>
<div class="body"><p>${JA[0]}</p><p>${JA[1]}</p><p>${JA[2]}</p>
<figure><img src="https://img.example/inline.jpg" width="620" height="465" alt=""><figcaption>修理中の水車</figcaption></figure>
<p>${JA[0]}${JA[2]}</p></div></article></main></body></html>`;
    const r = run(html);
    expect(r.summary).toBeNull();
    expect(r.body[0]).toBe(JA[0]);
    expect(r.image?.caption ?? null).toBeNull();
  });
});

describe("a site builder's text in rows of its own", () => {
  it('reads the text rows that follow the first one with the same class as the same story', () => {
    const row = (text: string): string =>
      `<div class="rec rec-pt15"><div class="blk"><div class="box"><div class="col"><div class="txt">${text}</div></div></div></div></div>`;
    const html = `<!DOCTYPE html><html><head><meta property="og:title" content="${TITLE}"></head><body>
<div class="records"><div class="rec rec-pt75"><div class="blk"><div class="blk-title">${TITLE}</div></div></div>
${row(`${PROSE[0]}<br><br>${PROSE[1]}`)}
${row(PROSE[2] ?? '')}
<div class="rec rec-pt45"><div class="blk"><a href="/a">Share on Facebook</a> <a href="/b">Share by e-mail</a></div></div>
</div></body></html>`;
    expect(run(html).body).toEqual(PROSE);
  });
});
