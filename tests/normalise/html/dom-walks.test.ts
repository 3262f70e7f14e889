import { describe, expect, it } from 'vitest';
import {
  all,
  breaksAndLowerNames,
  elementsAfter,
  everyElement,
  first,
  firstTagged,
  firstUnder,
  hasMoreChildren,
  pageElements,
  parseDocument,
  roleAttrsHold,
  scanDocument,
  scanEvery,
  scanTagsUnder,
  scanUnder,
  someTagged,
  tagOf,
  textLength,
  textLongerThan,
} from '../../../src/normalise/html/dom.js';
import { capNesting, escapeStrayLt, tameMarkupCounted } from '../../../src/normalise/nesting.js';

const page = (html: string) => {
  const doc = parseDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);
  if (!doc.body) throw new Error('no body');
  return { doc, body: doc.body };
};
const ids = (els: Array<{ getAttribute(n: string): string | null }>): Array<string | null> =>
  els.map((e) => e.getAttribute('id'));

/** `count` strings of up to `most` pieces, drawn by a seeded generator (the same strings every run). */
function generatedMarkup(pieces: readonly string[], seed: number, count: number, most: number): string[] {
  let state = seed;
  const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648), state % n);
  return Array.from({ length: count }, () => {
    let html = '';
    for (let i = next(most); i > 0; i--) html += pieces[next(pieces.length)];
    // One in four opens 126 to 131 levels deep, where the nesting cap starts to cut.
    return next(4) === 0 ? '<div>'.repeat(126 + next(6)) + html : html;
  });
}

describe('page walks that stop early', () => {
  it('elementsAfter lists what follows an element in document order, the element’s own inside first', () => {
    const { doc, body } = page(
      '<div id="top"><p id="before">Old</p><h1 id="h">Title <span><p id="inner">x</p></span></h1></div>' +
        '<div id="a"><ul id="b"><li>One</li></ul></div><template><p id="hidden">t</p></template><p id="c">Text</p>',
    );
    const h = doc.querySelector('#h');
    if (!h) throw new Error('no heading');
    const tags = new Set(['p', 'div', 'ul', 'h1']);
    expect(ids(elementsAfter(body, h, tags, 10))).toEqual(['inner', 'a', 'b', 'c']);
    expect(ids(elementsAfter(body, h, tags, 2))).toEqual(['inner', 'a']);
  });

  it('elementsAfter gives nothing for an element outside the root or of another tag', () => {
    const { doc, body } = page('<article id="x"><p id="p">Text</p></article><p id="q">More</p>');
    const x = doc.querySelector('#x');
    const p = doc.querySelector('#p');
    if (!x || !p) throw new Error('missing');
    expect(elementsAfter(x, doc.querySelector('#q')!, new Set(['p']), 5)).toEqual([]);
    expect(elementsAfter(body, p, new Set(['div']), 5)).toEqual([]);
  });

  it('hasMoreChildren counts child elements only, and no further than asked', () => {
    const { body } = page('<div id="d">text <b>1</b> more <i>2</i><span>3</span></div>');
    const d = body.children[0]!;
    expect(tagOf(d)).toBe('div');
    expect(hasMoreChildren(d, 2)).toBe(true);
    expect(hasMoreChildren(d, 3)).toBe(false);
  });
});

describe('markup taming without whole-page copies', () => {
  it('a raw-text element ends at its closing tag in any letter case, the page’s other text untouched', () => {
    const html = `<div><script type="application/ld+json">{"a": "b < c “quoted”"}</SCRIPT><p>Ünïcode ‘text’</p></div>`;
    expect(capNesting(html)).toBe(html);
  });

  it('empties the bodies no stage reads: scripts but JSON-LD, and style sheets', () => {
    const html =
      '<div><script>if (a < b) go();</script><script type="application/ld+json">{"b": 1}</script>' +
      '<style>p { color: red }</style><textarea>Hola</textarea></div>';
    expect(capNesting(html)).toBe(
      '<div><script></script><script type="application/ld+json">{"b": 1}</script><style></style><textarea>Hola</textarea></div>',
    );
  });

  it('drops the white space between the head’s own elements, not between elements of the body', () => {
    const html =
      '<html><head>\n  <meta charset="utf-8">\n  <!-- x -->\n  <title>Hej</title>\n</head>\n<body>\n<p>a</p>\n<p>b</p></body></html>';
    expect(capNesting(html)).toBe(
      '<html><head><meta charset="utf-8"><!-- x --><title>Hej</title></head>\n<body>\n<p>a</p>\n<p>b</p></body></html>',
    );
  });

  it('a `<` before a space, a digit or the page’s end is text; one opening a tag is not', () => {
    expect(escapeStrayLt('1 < 2 and 3 <4 <')).toBe('1 &lt; 2 and 3 &lt;4 &lt;');
    expect(escapeStrayLt('<p class="x">a</p><br/>')).toBe('<p class="x">a</p><br/>');
  });
});

describe('the walks and scans that stand in for slower library calls', () => {
  it('everyElement lists what querySelectorAll("*") lists, a template\'s content left out', () => {
    const { doc, body } = page(
      '<div id="a"><p id="b">One <b id="c">two</b></p></div><template id="t"><p id="hidden">x</p></template>' +
        '<ul id="d"><li id="e">Item</li></ul>',
    );
    const viaSelector = (root: typeof body | typeof doc) => Array.from(root.querySelectorAll('*'));
    expect(everyElement(doc)).toEqual(viaSelector(doc));
    expect(everyElement(body)).toEqual(viaSelector(body));
    expect(ids(everyElement(body))).toEqual(['a', 'b', 'c', 't', 'd', 'e']);
  });

  it("all() of one tag lists what getElementsByTagName lists, a template's content included", () => {
    const pieces =
      '<p>|</p>|<div>|</div>|<template>|</template>|<a href="x">|</a>|<P>|<svg>|</svg>|<b>|t| '.split('|');
    for (const html of generatedMarkup(pieces, 3, 300, 25)) {
      const { doc, body } = page(html);
      for (const tag of ['p', 'a', 'div', 'template', 'svg'])
        for (const root of [doc, body])
          expect(all(root, tag)).toEqual(Array.from(root.getElementsByTagName(tag)));
    }
  });

  it('the tag walks step from element to element, never through the text between them', () => {
    const { doc, body } = page(
      '<div id="a">\n  <p id="b">One <b id="c">two</b> three</p>\n  <ul id="d">\n <li id="e">Item</li>\n </ul>\n</div>\n',
    );
    const expected = ids(Array.from(body.querySelectorAll('*')));
    let textSteps = 0;
    for (const el of everyElement(doc))
      for (const n of Array.from(el.childNodes))
        if (n.nodeType === 3) {
          const next = n.nextSibling;
          Object.defineProperty(n, 'nextSibling', {
            get: () => {
              textSteps++;
              return next;
            },
          });
        }
    expect(ids(everyElement(body))).toEqual(expected);
    expect(ids(all(body, 'p, li'))).toEqual(['b', 'e']);
    expect(ids(all(body, 'b'))).toEqual(['c']);
    expect(ids(pageElements(doc).every()).slice(3)).toEqual(expected);
    expect(firstUnder(body, (el) => el.localName === 'li')?.getAttribute('id')).toBe('e');
    expect(firstUnder(body, (el) => el.localName === 'table')).toBeNull();
    expect(someTagged(body, 'li', () => true)).toBe(true);
    expect(someTagged(body, 'p', () => true, 2)).toBe(false);
    expect(hasMoreChildren(body.firstElementChild!, 1)).toBe(true);
    expect(textSteps).toBe(0);
  });

  it('scanEvery, scanUnder and scanTagsUnder list what the walks list under any element, in a template too', () => {
    const pieces =
      '<p>|</p>|<div>|</div>|<template>|</template>|<figure>|</figure>|<img>|<time>|<a href="x">|</a>|t| '.split(
        '|',
      );
    for (const html of generatedMarkup(pieces, 5, 80, 25)) {
      const { doc } = page(html);
      const scan = scanDocument(doc);
      // Each tag looked up alone: that lists the elements inside a template as well.
      for (const root of ['div', 'p', 'figure', 'template', 'a', 'body'].flatMap((t) => all(doc, t))) {
        for (const tag of ['p', 'img', 'time', 'figure', 'a'])
          expect(scanUnder(scan, root, tag)).toEqual(all(root, tag));
        expect(scanTagsUnder(scan, root, ['p', 'figure', 'img'])).toEqual(all(root, 'p, figure, img'));
        expect(scanEvery(scan, root)).toEqual(everyElement(root));
      }
    }
  });

  it('pageElements lists the page once, and again after a change', () => {
    const { doc } = page(
      '<div id="a"><p id="b">x</p><template><p id="t">y</p></template></div><b id="c">z</b>',
    );
    const list = pageElements(doc);
    const first = list.every();
    expect(list.every()).toBe(first);
    expect(first).toEqual(everyElement(doc));
    expect(ids(list.tagged(new Set(['p', 'b'])))).toEqual(['b', 'c']);
    expect(ids(list.named('p'))).toEqual(['b', 't']);
    doc.querySelector('#b')?.remove();
    list.changed();
    expect(ids(list.every())).toEqual(ids(everyElement(doc)));
    expect(ids(list.tagged(new Set(['p', 'b'])))).toEqual(['c']);
    expect(list.named('p')).toEqual(all(doc, 'p'));
  });

  it('pageElements tells which elements hold a link, as a search under each would, and keeps them after a removal', () => {
    const { doc } = page(
      '<div id="a"><p id="b">Ferry news <a id="l1" href="/x">times</a></p><p id="c">no link</p>' +
        '<template><span id="t"><a href="/y">in a template</a></span></template></div><b id="d">z</b>',
    );
    const list = pageElements(doc);
    const holders = list.holding('a');
    for (const el of everyElement(doc))
      expect([el.id, holders.has(el)]).toEqual([el.id, first(el, 'a') !== null || all(el, 'a').length > 0]);
    expect(['#a', '#b', 'template'].every((sel) => holders.has(doc.querySelector(sel)!))).toBe(true);
    expect(['c', 'd', 'l1'].some((id) => holders.has(doc.querySelector(`#${id}`)!))).toBe(false);
    doc.querySelector('#l1')?.remove();
    expect(holders.has(doc.querySelector('#b')!)).toBe(true);
  });

  it('pageElements.roleHolding lists what roleAttrsHold keeps of every element, and lists anew after a change', () => {
    const { doc } = page(
      '<div id="Zeitung-Karte" class="x"><p id="b" class="Vorschau Karte">x</p>' +
        '<span data-testid="kartei"></span><i itemprop="verweis" class=""></i>' +
        '<template><b id="t" class="karte">y</b></template></div><u class="preview-mapa">z</u>',
    );
    const list = pageElements(doc);
    for (const part of ['karte', /vorschau|mapa/, 'verweis', /^x$/, 'none'])
      expect(list.roleHolding(part)).toEqual(everyElement(doc).filter((el) => roleAttrsHold(el, part)));
    doc.querySelector('#b')?.remove();
    list.changed();
    expect(ids(list.roleHolding(/vorschau|karte/))).toEqual(['Zeitung-Karte', null]);
  });

  // The pattern the scan replaced: a space before each <br>, mixed-case attribute names lower-cased in tags.
  const former = (html: string): string =>
    html.replace(/<[Bb][Rr]\b|(?<=\s)[a-z]+[A-Z][A-Za-z]*(?==["'])/g, (m: string, at: number) => {
      if (m.charCodeAt(0) === 60) return ' <br';
      for (let i = at - 1; i >= 0 && i >= at - 2000; i--) {
        if (html.charCodeAt(i) === 62) return m;
        if (html.charCodeAt(i) === 60) return m.toLowerCase();
      }
      return m;
    });

  it('breaksAndLowerNames gives what the former pattern gave, on written and generated markup', () => {
    const written = [
      '<p>Name<br>Role<BR/>x<bR class="y"><brx></p>',
      '<time dateTime="2026-01-02" srcSet=\'a.jpg\'>t</time> text dateTime="not a tag"',
      '<img\tsrcSet="a" DataX="b" xY="c" abC=d>=" =\' <a\u00a0hrefLang="en">',
      'no markup at all',
    ];
    for (const html of written) expect(breaksAndLowerNames(html)).toBe(former(html));
    // Pieces of markup, one per `|`.
    const pieces = '<|>|<br|<BR>| |\n|\u00a0|a|Z|dateTime|xY|="|=\'|=|"|p|_|1'.split('|');
    for (const html of generatedMarkup(pieces, 7, 2000, 30))
      expect(breaksAndLowerNames(html)).toBe(former(html));
  });
});

describe('textLongerThan', () => {
  it('answers textLength(el) > max for every max, white space collapsed across elements', () => {
    const { body } = page(
      '<div id="x">  Sign <b>up</b>\n\n<i> for </i><span></span>the   letter <p>\u00a0Weekly&nbsp;notes </p>  </div><div id="e"> </div>',
    );
    for (const el of Array.from(body.querySelectorAll('div'))) {
      const n = textLength(el);
      for (let max = -1; max <= n + 2; max++) expect(textLongerThan(el, max)).toBe(n > max);
    }
  });
});

describe('tameMarkupCounted', () => {
  // What it stands in for: the cap on the page as escaped first. An escaped page has no stray
  // `<` left, so on it tameMarkupCounted is the cap alone.
  const twoPasses = (html: string) => tameMarkupCounted(escapeStrayLt(html));

  it('escapes and caps in one pass as the two passes did, on written and generated markup', () => {
    const deep = '<div>'.repeat(140) + 'x <b a="1 < 2">y</b>' + '</div>'.repeat(140);
    const written = [
      '<p>1 < 2</p><script>if (a <b) x = "</script;"; y = 1 < 2;</script><p>3 <4</p>',
      '<h1>a<h2>b <c</h2></h1><p><p>x</p><!-- <z --><![CDATA[ < ]]><!doctype x>',
      deep,
      `<div title="${'<'.repeat(5)} a">t</div><svg><x/><![CDATA[<]]></svg>`,
    ];
    for (const html of written) expect(tameMarkupCounted(html)).toEqual(twoPasses(html));
    // Pieces of markup, one per `|`.
    const pieces =
      '<|</|>|<p>|<p|</p>|<div>|</div>|<h1>|<h2>|<script>|</script>|</script;|<!--|-->|<![CDATA[|]]>|<!doctype html>|<svg>|<x/>|<br/>|<body>| |a|1|="|"|\'|=|;|<b<i>|<a href="<">|<<|</ '.split(
        '|',
      );
    for (const html of generatedMarkup(pieces, 11, 3000, 40)) {
      expect(tameMarkupCounted(html)).toEqual(twoPasses(html));
      expect(tameMarkupCounted(html).html).toBe(capNesting(escapeStrayLt(html)));
    }
  });
});

describe('someTagged', () => {
  it('answers what counting getElementsByTagName’s passing elements answered, a template’s included', () => {
    const { body } = page(
      '<div><p>a</p><section><p>bb</p><template><p>ccc</p></template></section><p>dddd</p></div>',
    );
    const longer = (n: number) => (p: { textContent: string | null }) => (p.textContent ?? '').length > n;
    for (const n of [0, 1, 2, 3, 4])
      for (const count of [1, 2, 3, 4, 5]) {
        const listed = Array.from(body.getElementsByTagName('p')).filter(longer(n)).length >= count;
        expect(someTagged(body, 'p', longer(n), count)).toBe(listed);
      }
  });
});

describe('firstUnder and firstTagged', () => {
  const markup =
    '<div id="r"><template id="t"><h3 id="in-template">x</h3><span class="dt-published" title="t">y</span></template>' +
    '<section id="s"><span id="a" class="x published" title="2026">z</span><p id="p">One <em id="e">two</em></p>' +
    '<h2 id="h">Head</h2><a id="l" rel="Author" href="/who">Ann Lee</a></section><h4 id="h4">After</h4></div>';
  it("find what querySelector finds for tag lists, a template's content left out", () => {
    const { body } = page(markup);
    const root = body.children[0]!;
    for (const sel of ['p', 'h2, h3', 'em, h4', 'template', 'section', 'ul, ol', 'h3']) {
      const tags = new Set(sel.split(', '));
      expect(firstTagged(root, tags)).toBe(root.querySelector(sel));
    }
  });
  it('first() finds what querySelector finds, for a tag list written any way and for other selectors', () => {
    const { body } = page(markup);
    const root = body.children[0]!;
    for (const sel of [
      'p',
      'h2,h3',
      'em , h4',
      'H2',
      'template',
      'ul, ol',
      'h3',
      '[rel="Author"]',
      'span.published',
    ])
      expect(first(root, sel)).toBe(root.querySelector(sel));
  });
  it('find what querySelector finds for attribute and class tests spelt out', () => {
    const { body } = page(markup);
    const root = body.children[0]!;
    const published = (e: {
      getAttributeNode(n: string): { value: string } | null;
      hasAttribute(n: string): boolean;
    }) =>
      /(?:^|\s)(?:dt-)?published(?:$|\s)/.test(e.getAttributeNode('class')?.value ?? '') &&
      e.hasAttribute('title');
    expect(firstUnder(root, published)).toBe(root.querySelector('.published[title], .dt-published[title]'));
    const author = (e: { getAttribute(n: string): string | null }) =>
      e.getAttribute('rel')?.toLowerCase() === 'author';
    expect(firstUnder(root, author)).toBe(root.querySelector('[rel="author"]'));
    expect(firstUnder(root, () => false)).toBeNull();
  });
});
