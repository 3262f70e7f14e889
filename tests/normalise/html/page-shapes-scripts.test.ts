import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/** Invented prose: long enough that the page reads as an article. */
const PROSE = [
  'The market hall on the old square will close for repairs in March, the traders association said on Thursday after a meeting with the town engineers.',
  'Engineers found that two of the roof trusses had rotted where rainwater collected, and the stalls under them have been fenced off since the autumn.',
  'Traders will move to a row of tents along the river walk for about ten weeks, and the Saturday flower market will take the car park behind the library.',
  'The association chair said most members accepted the plan, though the fishmongers asked for cold rooms that tents cannot give them.',
];
const paras = PROSE.map((p) => `<p>${p}</p>`).join('\n');
const TITLE = 'Market hall to close for roof repairs';
const run = (html: string): ReturnType<typeof normaliseHtmlArticle> =>
  normaliseHtmlArticle(html, { url: null });
const page = (head: string, body: string): string =>
  `<!DOCTYPE html><html><head><title>${TITLE}</title>${head}</head><body>${body}</body></html>`;

describe('bylines in more languages and shapes', () => {
  it('drops the Chinese "author:" label with its full-width colon', () => {
    const html = page(
      '',
      `<article><h1>${TITLE}</h1><div class="info"><span class="author">作者：李明 张红</span></div>${paras}</article>`,
    );
    expect(run(html).byline).toBe('李明 张红');
  });

  it('drops a lower-case Romanian "de" before a name, but keeps a surname that opens with "De"', () => {
    const ro = page(
      '',
      `<article><h1>${TITLE}</h1><span class="autor">de <a href="/a/">Ana Pop</a></span>${paras}</article>`,
    );
    expect(run(ro).byline).toBe('Ana Pop');
    const nl = page(
      '',
      `<article><h1>${TITLE}</h1><span class="author">De Smet Jan</span>${paras}</article>`,
    );
    expect(run(nl).byline).toBe('De Smet Jan');
  });

  it('reads an unmarked header line that opens with the word for "by", up to the date after it', () => {
    const html = page(
      '',
      `<div class="box"><h1>${TITLE}</h1><p class="small">โดย สมศรี ใจดี | 2 มี.ค. 2569 09:10 น.</p>${paras}</div>`,
    );
    const r = run(html);
    expect(r.byline).toBe('สมศรี ใจดี');
    expect(r.summary).toBeNull();
  });

  it('does not take a picture credit in a box named "image-author" for the byline', () => {
    const html = page(
      '',
      `<article><h1>${TITLE}</h1><div class="pic"><img src="/hall.jpg" width="800" alt="">
<div class="pic__image-author">Photo: Bo Roe</div></div>${paras}<p class="story__author">Text: Cy Dahl</p></article>`,
    );
    expect(run(html).byline).toBe('Cy Dahl');
  });

  it('gives no byline for a staff reporter line whose date is in Bengali digits', () => {
    const html = page(
      '',
      `<div class="col"><h1>${TITLE}</h1><div class="author-info"><span>নিজস্ব প্রতিবেদক, খুলনা</span>
<span>প্রকাশ: ১২ মার্চ ২০২৬, ০৯:৪৫</span></div>${paras}</div>`,
    );
    expect(run(html).byline).toBeNull();
  });

  it('reads a camel-case byline box without the date printed in it', () => {
    const html = page(
      '',
      `<div class="zone"><div role="heading" aria-level="1" class="pageTitle">${TITLE}</div>
<div class="authorByline"><div class="personaCard"><span>Dana Holt</span></div><span class="publishedDate">Published 2 March 2026</span></div>
<div class="text">${paras}</div></div>`,
    );
    const r = run(html);
    expect(r.title).toBe(TITLE);
    expect(r.byline).toBe('Dana Holt');
  });

  it('takes the name signed in bold under the text for the byline when the header has none', () => {
    const html = page(
      '',
      `<article><h1>${TITLE}</h1>${paras}<p style="text-align:right"><strong>Lan Anh</strong></p></article>`,
    );
    const r = run(html);
    expect(r.byline).toBe('Lan Anh');
    expect(r.body).toEqual(PROSE);
  });
});

describe('captions and credits in more languages', () => {
  it('splits a Thai credit in brackets and a Persian credit after a slash', () => {
    for (const [cap, credit] of [
      ['ตลาดเก่าริมแม่น้ำ (ภาพ: สมชาย ดีมาก)', 'สมชาย ดีมาก'],
      ['بازار قدیمی شهر / عکس: مریم احمدی', 'مریم احمدی'],
    ] as const) {
      const html = page(
        '',
        `<article><h1>${TITLE}</h1><figure><img src="/m.jpg" alt=""><figcaption>${cap}</figcaption></figure>${paras}</article>`,
      );
      expect(run(html).image?.credit).toBe(credit);
    }
  });

  it('splits a credit behind a shortened label, or a CMS field’s label element glued to the name', () => {
    const cases = [
      // A label shortened with a full stop before the Armenian colon.
      [
        '<figure><img src="/m.jpg" alt=""><figcaption>Շուկայի շենքը հին հրապարակում։ Լուս.՝ Աննա Պետրոսյան</figcaption></figure>',
        'Շուկայի շենքը հին հրապարակում։',
        'Աննա Պետրոսյան',
      ],
      [
        `<div class="field field--name-field-image"><img src="/hall.jpg" width="800" height="450" alt="">
<div class="field field--name-field-image-caption">The market hall seen from the river walk.</div>
<div class="field field--name-field-image-credit field--label-inline"><div class="field__label">Picture</div><div class="field__item">Ann Lee</div></div></div>`,
        'The market hall seen from the river walk.',
        'Ann Lee',
      ],
    ] as const;
    for (const [picture, caption, credit] of cases)
      expect(run(page('', `<article><h1>${TITLE}</h1>${picture}${paras}</article>`)).image).toMatchObject({
        caption,
        credit,
      });
  });

  it('reads a Chinese caption paragraph under a picture, the name before "摄" the credit', () => {
    const html = page(
      '',
      `<div class="content"><h1>${TITLE}</h1><p style="text-align:center"><img src="/hall.jpg" width="600" alt=""></p>
<p style="text-align:center">3月2日，市场大厅外景。 记者 王芳 摄</p>${paras}</div>`,
    );
    const r = run(html);
    expect(r.image?.caption).toBe('3月2日，市场大厅外景。');
    expect(r.image?.credit).toBe('王芳');
    expect(r.body).toEqual(PROSE);
  });
});

describe('furniture and related links in more languages', () => {
  it('drops a bracketed editor credit and a wire end mark under the text', () => {
    const html = page(
      '',
      `<article><h1>${TITLE}</h1>${paras}<p>（编辑：赵亮）</p><p>انتهای پیام/</p></article>`,
    );
    expect(run(html).body).toEqual(PROSE);
  });

  it('reads related lists under Chinese, Thai and Bengali headings, titles without spaces included', () => {
    for (const heading of ['相关新闻', 'ข่าวที่เกี่ยวข้อง', 'আরও পড়ুন']) {
      const html = page(
        '',
        `<article><h1>${TITLE}</h1>${paras}</article><div class="more"><h3>${heading}</h3><ul>
<li><a href="/1">老城区菜市场完成翻修重新开业</a></li><li><a href="/2">สะพานคนเดินริมแม่น้ำเปิดใช้แล้ว</a></li></ul></div>`,
      );
      expect(run(html).related).toEqual(['老城区菜市场完成翻修重新开业', 'สะพานคนเดินริมแม่น้ำเปิดใช้แล้ว']);
    }
  });

  it('reads a list of story links without a heading between the standfirst and the text as related', () => {
    const html = page(
      '',
      `<div class="detail"><h1>${TITLE}</h1><h2 class="sapo">Traders move to tents by the river for ten weeks.</h2>
<ul class="inline-links"><li><a href="/a">Flower market finds a new Saturday home</a></li><li><a href="/b">Town engineers inspect every public roof</a></li></ul>
<article>${paras}</article><ul class="foot"><li><a href="/c">Terms of use and privacy for readers</a></li><li><a href="/d">Advertise with the town paper today</a></li></ul></div>`,
    );
    expect(run(html).related).toEqual([
      'Flower market finds a new Saturday home',
      'Town engineers inspect every public roof',
    ]);
  });
});

describe('header parts in more shapes', () => {
  it('prefers the description printed in bold in the text over the line after the headline', () => {
    const dek = 'Traders will move to tents by the river while two roof trusses are replaced.';
    const html = page(
      `<meta name="description" content="${dek}">`,
      `<div class="card"><h1>${TITLE}</h1><p class="muted">Sam Lee | 2 March 2026 09:10 | 1,204 views</p>
<div class="detail"><p><strong>${dek}</strong></p>${paras}</div></div>`,
    );
    const r = run(html);
    expect(r.summary).toBe(dek);
    expect(r.body).toEqual(PROSE);
  });

  it('takes the first of categories printed with commas between them for the section', () => {
    const html = page(
      '',
      `<article><div class="meta"><div class="cats"><a href="/c/markets">Markets</a><span>, </span><a href="/c/town">Town</a></div></div>
<h1>${TITLE}</h1>${paras}</article>`,
    );
    expect(run(html).section).toBe('Markets');
  });

  it('keeps a subheading whose class calls it a header', () => {
    const html = page(
      '',
      `<article><h1>${TITLE}</h1><div class="body">${paras}<h2 class="header-anchor-post">What the tents cost</h2><p>${PROSE[0]}</p></div></article>`,
    );
    expect(run(html).body).toContain('What the tents cost');
  });
});

describe('script and style bodies', () => {
  const AD = '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>';
  const es = [
    'La biblioteca municipal abrirá una sala de lectura nueva en el antiguo mercado, anunció el ayuntamiento el jueves tras meses de obras.',
    'Los arquitectos conservaron las columnas de hierro de la nave y añadieron estanterías de madera para unos veinte mil volúmenes.',
    'La sala tendrá horario de tarde los fines de semana y un rincón infantil con cuentos en las cuatro lenguas de la comarca.',
  ]
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  const h1 = '<h1>La biblioteca abre una sala en el viejo mercado</h1>';

  it('never reads an inline ad script in the byline slot as the byline', () => {
    const slot = page(
      '<style>.author{color:red}</style>',
      `<article>${h1}<div class="post-author"><ins class="adsbygoogle"></ins>${AD}</div><p class="author">Ana Ruiz</p>${es}</article>`,
    );
    expect(run(slot).byline).toBe('Ana Ruiz');
    const inside = page('', `<article>${h1}<span class="byline">${AD}Ana Ruiz</span>${es}</article>`);
    expect(run(inside).byline).toBe('Ana Ruiz');
  });

  it('still reads the JSON-LD script', () => {
    const ld = '{"@type":"NewsArticle","author":{"@type":"Person","name":"Ana Ruiz"}}';
    const html = page(`<script type="application/ld+json">${ld}</script>`, `<article>${h1}${es}</article>`);
    expect(run(html).byline).toBe('Ana Ruiz');
  });
});
