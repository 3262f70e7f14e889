import { describe, expect, it } from 'vitest';
import { elementsAfter, hasMoreChildren, parseDocument, tagOf } from '../../../src/normalise/html/dom.js';
import { capNesting, escapeStrayLt } from '../../../src/normalise/nesting.js';

const page = (html: string) => {
  const doc = parseDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);
  if (!doc.body) throw new Error('no body');
  return { doc, body: doc.body };
};
const ids = (els: Array<{ getAttribute(n: string): string | null }>): Array<string | null> =>
  els.map((e) => e.getAttribute('id'));

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
    const html = `<div><script>if (a < b) x = "“quoted”";</SCRIPT><p>Ünïcode ‘text’</p></div>`;
    expect(capNesting(html)).toBe(html);
  });

  it('a `<` before a space, a digit or the page’s end is text; one opening a tag is not', () => {
    expect(escapeStrayLt('1 < 2 and 3 <4 <')).toBe('1 &lt; 2 and 3 &lt;4 &lt;');
    expect(escapeStrayLt('<p class="x">a</p><br/>')).toBe('<p class="x">a</p><br/>');
  });
});
