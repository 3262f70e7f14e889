import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/** Invented prose: long enough that the page reads as an article. */
const PROSE = [
  'The orchard society agreed on Tuesday to replant the old pear rows along the canal, after a survey found that half the trees had died of canker.',
  'Volunteers will lift the dead trees in January and plant sixty young ones grafted from the surviving stock, so that the local varieties are kept.',
  'The work is paid for by a grant from the county and by the sale of juice at the autumn fair, which raised more than the society had hoped for.',
  'The chair said the new trees would not give fruit for five years, and asked neighbours to keep their dogs away from the young stakes.',
];
const TITLE = 'Orchard society to replant the canal pear rows';
const paras = PROSE.map((p) => `<p>${p}</p>`).join('\n');
const run = (html: string): ReturnType<typeof normaliseHtmlArticle> =>
  normaliseHtmlArticle(html, { url: null });
const page = (head: string, body: string): string =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('HTML pages: widgets, entries and leads', () => {
  it('drops a sign-up box in the text with its title and pitch, whatever its class names', () => {
    const box = `<div class="Nb_root__x1"><p class="Nb_t__a">The Morning Orchard</p><p>Our news every morning at six, free.</p>
<form><input type="email" placeholder="Your e-mail"><button>Go</button></form></div>`;
    const html = page(
      '',
      `<main><article><h1>${TITLE}</h1><div class="text">${PROSE.slice(0, 2)
        .map((p) => `<p>${p}</p>`)
        .join('')}${box}${PROSE.slice(2)
        .map((p) => `<p>${p}</p>`)
        .join('')}</div></article></main>`,
    );
    const r = run(html);
    expect(r.body).toEqual(PROSE);
  });

  it('drops a sign-up box around an e-mail field alone, its type written in capitals', () => {
    const box = `<div class="signup"><p>The Morning Orchard, every day at six.</p><input TYPE="EMAIL" placeholder="Your e-mail"></div>`;
    const text = `${PROSE.slice(0, 2)
      .map((p) => `<p>${p}</p>`)
      .join('')}${box}${PROSE.slice(2)
      .map((p) => `<p>${p}</p>`)
      .join('')}`;
    const r = run(
      page('', `<main><article><h1>${TITLE}</h1><div class="text">${text}</div></article></main>`),
    );
    expect(r.body).toEqual(PROSE);
  });

  it('keeps a short post whose comment form sits next to it', () => {
    const short = PROSE[0]!;
    const html = page(
      '',
      `<main><h1>${TITLE}</h1><div class="post"><p>${short}</p><form><textarea></textarea><input type="submit" value="Post"></form></div></main>`,
    );
    expect(run(html).body).toEqual([short]);
  });

  it('takes the header date, not the newest entry of a live page, for the date of publication', () => {
    const entry = (id: number, iso: string, text: string): string =>
      `<div class="entry"><time datetime="${iso}">${iso.slice(11, 16)}</time><p>${text}</p></div>`;
    const html = page(
      '<meta property="article:published_time" content="2026-05-02T06:00:00Z">',
      `<main><article><div class="head"><h1>${TITLE}</h1><span>Updated 09:10</span></div><div class="entries">
${entry(3, '2026-05-02T09:10:00Z', PROSE[0]!)}${entry(2, '2026-05-02T08:00:00Z', PROSE[1]!)}${entry(1, '2026-05-02T06:00:00Z', PROSE[2]!)}
</div></article></main>`,
    );
    expect(run(html).published).toBe('2026-05-02T06:00:00Z');
  });

  it('does not take links to the page itself (a key-events list) for related articles', () => {
    const html = page(
      '',
      `<main><article><h1>${TITLE}</h1><div class="key"><h2>Related</h2><ul>
<li><a href="#e3">09:10 Volunteers lift the first dead trees</a></li><li><a href="#e2">08:00 County confirms its grant</a></li></ul></div>
<div class="text">${paras}</div></article></main>`,
    );
    expect(run(html).related).toEqual([]);
  });

  it('keeps a first paragraph in large type above the picture in the body, though the description repeats it', () => {
    const first = PROSE[0]!;
    const html = page(
      `<meta name="description" content="${first}">`,
      `<main><article><h1>${TITLE}</h1><div class="entry-content"><p class="has-large-font-size">${first}</p>
<figure><img src="/pears.jpg" width="1024" height="683" alt=""><figcaption>Pear rows by the canal. Photo: Bo Roe</figcaption></figure>
${PROSE.slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('')}</div></article></main>`,
    );
    const r = run(html);
    expect(r.summary).toBeNull();
    expect(r.body).toEqual(PROSE);
    expect(r.image?.credit).toBe('Bo Roe');
  });

  it('takes a paragraph classed lead just above the picture for the standfirst', () => {
    const lead = 'Half the trees along the canal have died of canker; sixty young ones go in this winter.';
    const html = page(
      '',
      `<main><article><h1>${TITLE}</h1><div class="body"><p class="lead">${lead}</p>
<div class="photo"><img src="/pears.jpg" width="900" height="500" alt=""><div class="photo-desc">Pear rows by the canal. <span class="photo-author">Fot. Bo Roe</span></div></div>
${paras}</div></article></main>`,
    );
    const r = run(html);
    expect(r.summary).toBe(lead);
    expect(r.body).toEqual(PROSE);
    expect(r.image?.credit).toBe('Bo Roe');
  });

  it('reads a credit label in a script that writes vowels as marks', () => {
    const html = page(
      '',
      `<main><article><h1>${TITLE}</h1><div class="story-img"><img src="/pears.jpg" width="760" height="428" alt="">
<span class="img-caption">नहर के किनारे नाशपाती के पेड़।</span><span class="img-credit">फोटो: राम लाल</span></div>
<div class="story-body">${paras}</div></article></main>`,
    );
    expect(run(html).image?.credit).toBe('राम लाल');
  });

  it('splits a Chinese caption whose credit follows the picture word and a full-width slash', () => {
    const html = page(
      '',
      `<main><article><h1>${TITLE}</h1><figure><img src="/pears.jpg" width="900" height="500" alt="">
<figcaption>運河沿岸的梨樹。（圖／果樹協會提供）</figcaption></figure><div class="text">${paras}</div></article></main>`,
    );
    expect(run(html).image).toMatchObject({ caption: '運河沿岸的梨樹。', credit: '果樹協會提供' });
  });

  it('reads the category of a block theme printed under the headline as the section', () => {
    const html = page(
      '',
      `<main><div class="head"><h1>${TITLE}</h1><div class="meta"><time datetime="2026-05-02T06:00:00-03:00">2 May</time>
<div class="taxonomy-category wp-block-post-terms"><a href="/category/garden/" rel="tag">Garden</a></div></div></div>
<div class="entry-content">${paras}</div></main>`,
    );
    expect(run(html).section).toBe('Garden');
  });

  it('does not take a link of the site menu in the headline box for the section', () => {
    const html = page(
      '',
      `<div id="root"><nav><a href="/">The Orchard Letter</a><a href="/archive">Archive</a><a href="/about">About</a><a href="/subscribe">Subscribe</a></nav>
<div class="post"><div class="post-header"><h1>${TITLE}</h1><div class="date">May 2, 2026</div></div>
<div class="post-content">${paras}</div></div></div>`,
    );
    expect(run(html).section).toBeNull();
  });

  it('reads a Chinese reporter line opening the text as the byline, out of the body', () => {
    const html = page(
      '',
      `<main><article><h1>${TITLE}</h1><div class="text"><p>記者王小明／台南報導</p>${paras}</div></article></main>`,
    );
    const r = run(html);
    expect(r.byline).toBe('王小明');
    expect(r.body).toEqual(PROSE);
  });

  it("takes the caption of the page's image from the captioned box it stands in further down", () => {
    const html = page(
      '<meta property="og:image" content="https://example.org/pears.jpg">',
      `<div class="post"><h1>${TITLE}</h1><div class="content">${paras}
<div class="image-block"><img src="https://example.org/pears.jpg" alt=""><p class="image-caption">The pear rows in October.</p></div>
<p>${PROSE[0]!.replace('Tuesday', 'Friday')}</p></div></div>`,
    );
    expect(run(html).image?.caption).toBe('The pear rows in October.');
  });

  it('drops a caption in a plain block beside a picture in the text when it carries a credit', () => {
    const pic = `<div class="inline-image"><img src="/shed.jpg" width="800" height="533" alt="">
<div class="inline-image__text">The packing shed by the canal. Picture by Bo Roe</div></div>`;
    const html = page(
      '',
      `<main><article><h1>${TITLE}</h1><div class="text"><p>${PROSE[0]}</p><p>${PROSE[1]}</p>${pic}<p>${PROSE[2]}</p><p>${PROSE[3]}</p></div></article></main>`,
    );
    expect(run(html).body).toEqual(PROSE);
  });

  it('reads an author box named without the accents of its language', () => {
    const html = page(
      '',
      `<main><article><h1>${TITLE}</h1><div class="cikk-meta"><span class="szerzo">Kiss Anna</span> · <span class="datum">2026. május 2.</span></div>
<div class="text">${paras}</div></article></main>`,
    );
    expect(run(html).byline).toBe('Kiss Anna');
  });

  it('leaves the photographer\'s credit out of a byline line ("Fotografia de")', () => {
    const html = page(
      '',
      `<main><article><h1>${TITLE}</h1><p class="artigo-autor">Texto de <a href="/autor/ana/">Ana Reis</a> · Fotografia de <a href="/autor/rui/">Rui Lobo</a></p>
<div class="text">${paras}</div></article></main>`,
    );
    expect(run(html).byline).toBe('Ana Reis');
  });

  it('reads a box of post cards the theme names "read-more", without a heading, as related links', () => {
    const card = (href: string, t: string): string =>
      `<article class="post-card"><a href="${href}"><h2 class="post-card-title">${t}</h2><div class="post-card-excerpt">A short line of teaser.</div></a></article>`;
    const html = page(
      '',
      `<main><article><h1>${TITLE}</h1><div class="text">${paras}</div></article>
<aside class="read-more-wrap"><div class="read-more">${card('/a', 'Cider press returns to the autumn fair')}${card('/b', 'Grafting course fills up in a day')}</div></aside></main>`,
    );
    expect(run(html).related).toEqual([
      'Cider press returns to the autumn fair',
      'Grafting course fills up in a day',
    ]);
  });

  it('takes a list headed with the page\'s own section ("More from Garden") for the section\'s feed, not related', () => {
    const html = page(
      '<meta property="article:section" content="Garden">',
      `<main><article><h1>${TITLE}</h1><div class="text"><p>${PROSE.join(' ')}</p></div></article>
<section><h2>More from Garden</h2><ul><li><a href="/a">Cider press returns to the autumn fair</a></li><li><a href="/b">Grafting course fills up in a day</a></li></ul></section></main>`,
    );
    const r = run(html);
    expect(r.related).toEqual([]);
    expect(r.body).toEqual([PROSE.join(' ')]);
  });
});
