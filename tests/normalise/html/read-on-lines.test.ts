import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/** Related links a page marks in words no list knows: by a span label's colon, or a module's class. Invented pages. */
const BODY = [
  'The river authority has started dredging the lower harbour so that the grain barges can load at low tide again.',
  'Work on the first of three channels is due to finish before the end of the month, the authority said.',
  'Skippers had complained that silt left the berths unusable for two hours either side of low water since summer.',
];

const page = (
  line: string,
  after = '',
): string => `<!DOCTYPE html><html lang="en"><head><title>Harbour dredging starts</title>
<link rel="canonical" href="https://portnews.example.org/news/harbour-dredging"></head>
<body><main><article><h1>Dredging starts in the lower harbour</h1>
<div class="text"><p>${BODY[0]}</p>
${line}
<p>${BODY[1]}</p><p>${BODY[2]}</p></div></article>${after}</main></body></html>`;

describe('a read-on line whose label is a plain span ending in a colon', () => {
  it('gives the link as related when it leads to another page of the site', () => {
    const line = `<div class="inline-more"><span>Lorva mo:</span> <a href="/news/grain-prices-steady">Grain prices hold steady at the autumn market</a></div>`;
    const item = normaliseHtmlArticle(page(line), { url: null });
    expect(item.related).toEqual(['Grain prices hold steady at the autumn market']);
    expect(item.body).toEqual(BODY);
  });

  it('takes an absolute link on the host the canonical link names', () => {
    const line = `<div><span>Lorva mo:</span> <a href="https://portnews.example.org/news/grain-prices-steady">Grain prices hold steady at the autumn market</a></div>`;
    expect(normaliseHtmlArticle(page(line), { url: null }).related).toEqual([
      'Grain prices hold steady at the autumn market',
    ]);
  });

  it('leaves a line that links off the site (a source) alone', () => {
    const line = `<div><span>Lorva mo:</span> <a href="https://other.example.net/reports/silt">Annual report on silt in the estuary</a></div>`;
    expect(normaliseHtmlArticle(page(line), { url: null }).related).toEqual([]);
  });
});

describe('a box a module names for similar stories, the words either way round', () => {
  it('lists related titles ("news-similar")', () => {
    const box = `<div class="news-similar"><div class="block-title">Lorva ambo</div>
<div class="news-item"><div class="news-item__date">03.12.2026</div><a href="/news/ferry-fares">Ferry fares rise for the winter timetable</a></div>
<div class="news-item"><div class="news-item__date">29.11.2026</div><a href="/news/quay-lights">New lights fitted along the east quay</a></div></div>`;
    const item = normaliseHtmlArticle(page('', box), { url: null });
    expect(item.related).toEqual([
      'Ferry fares rise for the winter timetable',
      'New lights fitted along the east quay',
    ]);
  });
});
