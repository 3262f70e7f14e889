import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';
import { withoutOwnOutlet } from '../../../src/normalise/html/metadata/byline-clean.js';
import { isRelatedHeading } from '../../../src/normalise/text/furniture.js';

/** Invented prose: long enough that the page reads as an article. */
const PROSE = [
  'The allotment society voted on Thursday to sink a second borehole before the summer, ending an argument that had gone on for three seasons.',
  'Plot holders had complained that the old well ran dry by July, and two greenhouses lost their tomato crops in the heat last year alone.',
  'The drilling will cost about nine thousand and should take a fortnight, with the lower path closed to wheelbarrows while the rig is there.',
  'Committee members said the contractor would start on the east side and work back towards the gate, so that the shop can stay open throughout.',
];
const paras = PROSE.map((p) => `<p>${p}</p>`).join('\n');
const H1 = '<h1>Allotments to get a second borehole</h1>';

function page(opts: { head?: string; header?: string; between?: string; beforeBody?: string }): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${opts.head ?? ''}</head><body>
<main><div class="post"><div class="post-header">${opts.header ?? H1}</div>${opts.between ?? ''}
<article>${opts.beforeBody ?? ''}<div class="body">${paras}</div></article></div></main></body></html>`;
}
const run = (html: string): ReturnType<typeof normaliseHtmlArticle> =>
  normaliseHtmlArticle(html, { url: null });

describe('HTML pages: bylines', () => {
  it('drops a "by" word in another script and keeps the name', () => {
    const r = run(page({ header: `${H1}<span class="author">بقلم: <a href="/w/1">سلمى الراشد</a></span>` }));
    expect(r.byline).toBe('سلمى الراشد');
  });

  it('keeps the first of several labelled credits: the words, not the pictures', () => {
    const r = run(
      page({
        header: `${H1}<div class="byline"><span>Texte <a href="/p/1">Ann Lee</a></span><span>Photos <a href="/p/2">Bo Roe</a></span></div>`,
      }),
    );
    expect(r.byline).toBe('Ann Lee');
  });

  it('reads unmarked links to author pages as the byline, joiner kept, and not a follow button', () => {
    const r = run(
      page({
        header: `${H1}<h4><span>By </span><a href="/author/ann/">Ann Lee</a> and <a href="/author/bo-roe/">Bo Roe</a></h4><a href="/author/ann/">Follow Ann</a>`,
      }),
    );
    expect(r.byline).toBe('Ann Lee and Bo Roe');
  });

  it("drops the site's own name after a byline", () => {
    expect(withoutOwnOutlet('Ann Lee - plotnews', 'https://www.plotnews.example/a/1', null)).toBe('Ann Lee');
    expect(withoutOwnOutlet('Ann Lee | The Plot News', null, 'The Plot News')).toBe('Ann Lee');
    expect(withoutOwnOutlet('Ann Lee - Bo Roe', 'https://www.plotnews.example/a/1', 'Plot News')).toBe(
      'Ann Lee - Bo Roe',
    );
  });
});

describe('HTML pages: lead picture', () => {
  it('reads a credit whose label is any one word, not a prefix of a longer word', () => {
    const fig = (cap: string): string =>
      `<figure><img src="/a.jpg" width="800"><figcaption>${cap}</figcaption></figure>`;
    const a = run(
      page({ beforeBody: fig('The new borehole rig. <span class="credit">Kuva: Ann Lee</span>') }),
    );
    expect(a.image).toMatchObject({ caption: 'The new borehole rig.', credit: 'Ann Lee' });
    const b = run(page({ beforeBody: fig('The new borehole rig. <em>(Fotoğraf: Bo Roe)</em>') }));
    expect(b.image).toMatchObject({ caption: 'The new borehole rig.', credit: 'Bo Roe' });
  });

  it('takes a caption printed after the picture box, between the headline and the article', () => {
    const r = run(
      page({
        head: '<meta property="og:image" content="https://plots.example/rig.jpg">',
        between:
          '<img width="1024" srcset="/rig-1024.jpg 1024w, /rig-300.jpg 300w"><span class="featured-caption">The rig on the east side. Photo: Ann Lee</span>',
      }),
    );
    expect(r.image).toMatchObject({ caption: 'The rig on the east side.', credit: 'Ann Lee' });
    expect(r.body).toEqual(PROSE);
  });

  it("takes a site builder's text block under its image block as the caption, out of the body", () => {
    const r = run(
      page({
        beforeBody:
          '<div><div><img src="/rig.jpg" width="640"></div></div><div><p><span>Volunteers at the gate. Photo: Bo Roe</span></p></div>',
      }),
    );
    expect(r.image).toMatchObject({ caption: 'Volunteers at the gate.', credit: 'Bo Roe' });
    expect(r.body).toEqual(PROSE);
  });

  it('resolves an @graph image reference for its caption', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', headline: 'Allotments to get a second borehole', image: { '@id': '#img' } },
        { '@type': 'ImageObject', '@id': '#img', url: 'https://plots.example/rig.jpg', caption: 'The rig.' },
      ],
    };
    const r = run(
      page({
        head: `<meta property="og:image" content="https://plots.example/rig.jpg"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      }),
    );
    expect(r.image).toMatchObject({ caption: 'The rig.' });
  });
});

describe('HTML pages: standfirst and date', () => {
  it('takes a subtitle boxed with the byline row right after the headline', () => {
    const r = run(
      page({
        header: `<div>${H1}</div><div><h2>The old well ran dry by July three years running.</h2><div><a href="/@ann">Ann Lee</a> · 4 min read</div></div>`,
      }),
    );
    expect(r.summary).toBe('The old well ran dry by July three years running.');
  });

  it('takes a bold first paragraph that repeats the page description as the standfirst', () => {
    const dek = 'A second borehole will keep the plots watered through the summer.';
    const r = run(
      page({
        head: `<meta name="description" content="${dek}">`,
        beforeBody: `<p><strong>${dek}</strong></p>`,
      }),
    );
    expect(r.summary).toBe(dek);
    expect(r.body).toEqual(PROSE);
  });

  it('reads the date of a WebPage node when there is no article node', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      datePublished: '2026-02-10T16:45:12+07:00',
    };
    const r = run(page({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }));
    expect(r.published && Date.parse(r.published)).toBe(Date.parse('2026-02-10T16:45:12+07:00'));
  });
});

describe('HTML pages: furniture in more languages', () => {
  it('reads related headings in Japanese, Arabic, Indonesian and Turkish (dotted capital I)', () => {
    for (const h of ['関連記事', 'أخبار ذات صلة', 'Berita Terkait', 'İlgili Haberler'])
      expect(isRelatedHeading(h), h).toBe(true);
  });

  it('takes an inline "read also" line in Arabic as a related link, out of the body', () => {
    const r = run(
      page({
        beforeBody: '<p><strong>اقرأ أيضا:</strong> <a href="/x">بئر جديدة للحدائق في الحي الشرقي</a></p>',
      }),
    );
    expect(r.related).toEqual(['بئر جديدة للحدائق في الحي الشرقي']);
    expect(r.body).toEqual(PROSE);
  });

  it("drops an advert label, the desk's initials and a comment box named in the page's language", () => {
    const r = run(
      page({
        beforeBody: '<div class="inline-box"><span>Reklam</span></div>',
        header: `${H1}`,
      }).replace(
        '</article>',
        '<p>(abc/xyz)</p><div class="box-komentar"><h3>Komentar</h3><p>Belum ada komentar di sini.</p></div></article>',
      ),
    );
    expect(r.body).toEqual(PROSE);
  });
});

describe('HTML pages: labels that name no section', () => {
  it('takes neither an access badge nor a link back to a listing for the section', () => {
    const a = run(page({ header: `<div><p>Member-only story</p></div><div>${H1}</div>` }));
    expect(a.section).toBeNull();
    expect(a.body).toEqual(PROSE);
    const b = run(page({ header: `<p><a href="/news">← Back to Notices</a></p>${H1}` }));
    expect(b.section).toBeNull();
  });

  it('drops an office named after the byline as its role', () => {
    const r = run(
      page({
        header: `${H1}<span class="author">Words by <a href="/p/ann">Ann Lee</a>, Communications Office</span>`,
      }),
    );
    expect(r.byline).toBe('Ann Lee');
  });
});
