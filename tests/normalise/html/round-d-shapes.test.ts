import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/**
 * Round D page shapes, invented: a caption whose credit label, in a language no list knows, is an
 * element of its own with the name linked after it, and a caption closing with a span that holds
 * such a label and the name (as right-to-left pages print it too).
 */

const TEXT = [
  'Volunteers from three schools planted four hundred alder saplings along the river bank at Millford on Saturday morning.',
  'The river trust said the trees would hold the bank together where the spring floods had cut it back by two metres.',
  'Pupils will measure the saplings every month and send the figures to the trust for its yearly report on the valley.',
];
const paras = TEXT.map((p) => `<p>${p}</p>`).join('\n');

const page = (caption: string): string => `<!DOCTYPE html><html lang="en"><head>
<title>Alders planted at Millford</title><meta property="og:image" content="https://example.org/img/alders.jpg">
</head><body><article><h1>Alders planted at Millford</h1>
<figure><img src="https://example.org/img/alders.jpg" alt=""><figcaption>${caption}</figcaption></figure>
${paras}</article></body></html>`;

describe('a credit label of any language in a caption', () => {
  it('is split off when it is an element of its own with the name after it', () => {
    const item = normaliseHtmlArticle(
      page(
        '<span>Saplings by the river at Millford. </span><em>Vrolna: </em><a href="/foto/al">Ilse Varnholt</a>',
      ),
      { url: null },
    );
    expect(item.image?.caption).toBe('Saplings by the river at Millford.');
    expect(item.image?.credit).toBe('Ilse Varnholt');
  });

  it('is split off when a closing span holds the label and the name', () => {
    const item = normaliseHtmlArticle(
      page(
        'Saplings by the river at Millford <span class="pic-label">Vrolna: Ilse Varnholt / Valley Post</span>',
      ),
      { url: null },
    );
    expect(item.image?.caption).toBe('Saplings by the river at Millford');
    expect(item.image?.credit).toBe('Ilse Varnholt / Valley Post');
  });
});

describe('a figure without a figcaption and its caption printed after its box', () => {
  it('takes the paragraph after the box as the caption and its © span as the credit', () => {
    const html = `<!DOCTYPE html><html lang="en"><head>
<title>Alders planted at Millford</title><meta property="og:image" content="https://example.org/img/alders.jpg">
</head><body><article><h1>Alders planted at Millford</h1>
<div class="img-wrap"><div class="media"><figure class="image"><a href="/img/alders-big.jpg" class="lightbox">
<img src="https://example.org/img/alders.jpg" width="1024" height="683" alt="Alders"></a></figure></div>
<p class="img-caption">Saplings by the river at Millford. <span class="copyright">© Photo: Ilse Varnholt</span></p></div>
${paras}</article></body></html>`;
    const item = normaliseHtmlArticle(html, { url: null });
    expect(item.image?.caption).toBe('Saplings by the river at Millford.');
    expect(item.image?.credit).toBe('Ilse Varnholt');
    expect(item.body).toEqual(TEXT);
  });
});

describe("a theme's box of post cards, its class a namespace and glued words", () => {
  it('reads the cards as related, whatever language its heading speaks', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Alders planted at Millford</title></head>
<body><main><article><h1>Alders planted at Millford</h1>${paras}</article>
<aside class="zq-readmore"><h2>Lorva ambo</h2><div class="zq-feed">
<article class="zq-card"><a href="/ferry-timetable/"><h3>Ferry timetable changes from Monday</h3></a></article>
<article class="zq-card"><a href="/weir-repairs/"><h3>Weir repairs start at the old mill</h3></a></article>
</div></aside></main></body></html>`;
    const item = normaliseHtmlArticle(html, { url: null });
    expect(item.related).toEqual([
      'Ferry timetable changes from Monday',
      'Weir repairs start at the old mill',
    ]);
  });
});

describe('related titles from the text and from cards whose links also hold a date', () => {
  it('keeps the order the page prints them in', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Alders planted at Millford</title></head>
<body><main><article><h1>Alders planted at Millford</h1>${paras}
<div class="kg-card kg-callout-card"><div class="kg-callout-emoji">📰</div><div class="kg-callout-text"><b>Lorva mo: </b><a href="/otters/"><span>Otters return to the upper river</span></a></div></div>
<p>${TEXT[0]}</p></article>
<aside class="zq-readmore"><h2>Lorva ambo</h2><div class="zq-feed">
<article class="zq-card"><a href="/ferry-timetable/"><h3>Ferry timetable changes from Monday</h3><time>26 Nov 2026</time></a></article>
<article class="zq-card"><a href="/weir-repairs/"><h3>Weir repairs start at the old mill</h3><time>18 Nov 2026</time></a></article>
</div></aside></main></body></html>`;
    const item = normaliseHtmlArticle(html, { url: null });
    expect(item.related).toEqual([
      'Otters return to the upper river',
      'Ferry timetable changes from Monday',
      'Weir repairs start at the old mill',
    ]);
  });
});
