import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';
import { isRelatedHeading, isSiteListHeading } from '../../../src/normalise/text/furniture.js';

/** Invented prose: long enough that the page reads as an article. */
const PROSE = [
  'The harbour board voted on Tuesday to dredge the outer channel before the autumn storms arrive, ending a debate that had run for two years.',
  'Fishing crews had complained that boats were running aground at low tide, and two trawlers were damaged on the sand bar last winter alone.',
  'The work will cost about four million and is expected to take eleven weeks, with the channel closed to larger vessels at night during that time.',
  'Board members said the contractor would start at the seaward end and work back towards the quay, so that the ferry can keep running throughout.',
];
const paras = PROSE.map((p) => `<p>${p}</p>`).join('\n');

function page(opts: { head?: string; header?: string; beforeBody?: string; afterBody?: string }): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${opts.head ?? ''}</head><body>
<main><article><header>${opts.header ?? '<h1>Harbour channel to be dredged before winter</h1>'}</header>
${opts.beforeBody ?? ''}<div class="body">${paras}</div>${opts.afterBody ?? ''}</article></main></body></html>`;
}
const run = (html: string): ReturnType<typeof normaliseHtmlArticle> =>
  normaliseHtmlArticle(html, { url: null });

describe('HTML pages: headline and section', () => {
  it('leaves a classed kicker set inside the h1 out of the title', () => {
    const r = run(
      page({
        header:
          '<h1><span class="kicker">Harbour</span> <span>Channel to be dredged before winter</span></h1>',
      }),
    );
    expect(r.title).toBe('Channel to be dredged before winter');
  });

  it('keeps a kicker that ends in a colon, printed as part of the title', () => {
    const r = run(page({ header: '<h1><span class="kicker">Harbour:</span> channel to be dredged</h1>' }));
    expect(r.title).toBe('Harbour: channel to be dredged');
  });

  it("takes the section from the JSON-LD breadcrumb's last entry short of the article", () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
        { '@type': 'ListItem', position: 2, name: 'Local', item: 'https://example.org/local/' },
        { '@type': 'ListItem', position: 3, name: 'Eastport', item: 'https://example.org/local/eastport/' },
      ],
    };
    const r = run(page({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }));
    expect(r.section).toBe('Eastport');
  });

  it("takes a printed breadcrumb's last linked entry, past the site's news index", () => {
    const crumbs = (trail: string): string =>
      `<!DOCTYPE html><html><head></head><body><nav class="breadcrumb">${trail}</nav>${page({})}</body></html>`;
    expect(
      run(crumbs('<a href="/">Home</a> › <a href="/ports/">Ports</a> › <span>Eastport</span>')).section,
    ).toBe('Ports');
    expect(run(crumbs('<a href="/">Home</a> › <a href="/news/">News</a>')).section).toBeNull();
  });

  it('reads the section between the headline and the site name in the <title>', () => {
    const head =
      '<title>Harbour channel to be dredged before winter | Coast | The Eastport Post</title>' +
      '<meta property="og:site_name" content="The Eastport Post">';
    expect(run(page({ head })).section).toBe('Coast');
  });
});

describe('HTML pages: byline, caption, summary', () => {
  it('gives no byline for a role without a name ("Staff writer")', () => {
    const r = run(
      page({
        header:
          '<h1>Harbour channel to be dredged before winter</h1><div class="byline"><span class="author">Staff writer</span></div>',
      }),
    );
    expect(r.byline).toBeNull();
  });

  it("does not take a photographer's credit in a figure for the byline", () => {
    const r = run(
      page({
        header: '<h1>Harbour channel to be dredged before winter</h1>',
        beforeBody:
          '<figure><img src="https://example.org/dredger.jpg" width="800"><figcaption><p>A dredger at the quay.</p><p class="byline-photo">Photo: Ann Brook</p></figcaption></figure>',
      }),
    );
    expect(r.byline).toBeNull();
    expect(r.image?.credit).toBe('Ann Brook');
  });

  it('cuts a date printed in the byline box off the name', () => {
    const r = run(
      page({
        header:
          '<h1>Harbour channel to be dredged before winter</h1><div class="recipe__byline">By <a href="/p/ann">Ann Brook</a> · <time datetime="2026-04-22T10:00:00+02:00">22 April 2026</time></div>',
      }),
    );
    expect(r.byline).toBe('Ann Brook');
  });

  it('splits a caption in a span from a credit in <small>, without a figure', () => {
    const r = run(
      page({
        beforeBody:
          '<div class="photo"><img src="https://example.org/quay.jpg" width="800"><div class="photo__pie"><span>The quay at low tide.</span> <small>Ann Brook</small></div></div>',
      }),
    );
    expect(r.image).toMatchObject({ caption: 'The quay at low tide.', credit: 'Ann Brook' });
  });

  it('drops the separator left between a caption and its credit', () => {
    const r = run(
      page({
        beforeBody:
          '<figure><img src="https://example.org/quay.jpg"><figcaption>The quay at low tide — Foto: Ann Brook</figcaption></figure>',
      }),
    );
    expect(r.image).toMatchObject({ caption: 'The quay at low tide', credit: 'Ann Brook' });
  });

  it("takes a CMS's summary box above the body field as the summary", () => {
    const summary = 'The outer channel will be dredged from August, closing it to large vessels at night.';
    const r = run(page({ beforeBody: `<div class="node__summary"><p>${summary}</p></div>` }));
    expect(r.summary).toBe(summary);
    expect(r.body).not.toContain(summary);
  });
});

describe('HTML pages: furniture in the body', () => {
  it('drops clock times over liveblog entries and labels printed above the headline', () => {
    const live = PROSE.map((p, i) => `<div class="post"><time>1${i}h05</time><p>${p}</p></div>`).join('');
    const html = `<!DOCTYPE html><html><body><main><article><header><a href="/coast/">Coast</a> <span>Live</span>
<h1>Harbour channel to be dredged before winter</h1></header>${live}</article></main></body></html>`;
    expect(run(html).body).toEqual(PROSE);
  });

  it('drops a date line with a two-digit year and a reading time from the header', () => {
    const r = run(
      page({
        header:
          '<h1>Harbour channel to be dredged before winter</h1><div class="meta"><time datetime="2026-05-12T18:34:00+02:00">12.05.26, 18:34</time> Updated: 13.05.26, 07:10</div><span>3 Min. Lesezeit</span>',
      }),
    );
    expect(r.body).toEqual(PROSE);
  });

  it('drops a short set-apart line in which the site promotes itself', () => {
    const r = run(
      page({
        head: '<meta property="og:site_name" content="Eastport Post">',
        afterBody: '<p><strong>More news from the coast on Eastport Post</strong></p>',
      }),
    );
    expect(r.body).toEqual(PROSE);
  });

  it('keeps a tip box that gives the reader a tip, drops one that asks for news tips', () => {
    const r = run(
      page({
        afterBody:
          '<div class="card__tip"><p>Go at low tide if you want to see the sand bar.</p></div><div class="tipbox"><p>Seen something? Mail news@example.org</p></div>',
      }),
    );
    expect(r.body).toEqual([...PROSE, 'Go at low tide if you want to see the sand bar.']);
  });

  it('drops a most-watched heading with its list of unlinked titles', () => {
    const r = run(
      page({
        afterBody:
          '<div><h3>VÍDEOS: os mais assistidos da semana</h3><ul><li>Ferry delayed by fog</li><li>Gulls steal chips</li></ul></div>',
      }),
    );
    expect(r.body).toEqual(PROSE);
  });
});

describe('HTML pages: related lists', () => {
  it('reads Scandinavian "more on X" headings as related lists', () => {
    expect(isRelatedHeading('Mer om fotboll')).toBe(true);
    expect(isRelatedHeading('Flere opskrifter med rabarber')).toBe(true);
    expect(isSiteListHeading('Os mais lidos da semana')).toBe(true);
  });

  it('keeps two-word compound titles and drops kickers from related links', () => {
    const r = run(
      page({
        afterBody:
          '<section><h2>Mehr zum Thema</h2><ul><li><a href="/a">Hafenbaggerung verschoben</a></li><li><a href="/b"><span class="kicker">Hafen</span> Fischer warnen vor der Sandbank</a></li></ul></section>',
      }),
    );
    expect(r.related).toEqual(['Hafenbaggerung verschoben', 'Fischer warnen vor der Sandbank']);
  });
});
