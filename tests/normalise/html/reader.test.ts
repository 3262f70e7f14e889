import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseDocument, type DomElement } from '../../../src/normalise/html/dom.js';
import {
  elementReader,
  probablyVisible,
  readerPick,
  styleProperty,
} from '../../../src/normalise/html/reader.js';

const STYLES = [
  '',
  'display:none',
  'display: none;',
  'color: red; display : none',
  'display:none; display:block',
  'display:block; display:',
  'DISPLAY:none',
  'visibility:hidden',
  'visibility: hidden !important',
  'background: url(a:b); display:none',
  'display',
  ';;display:none;;',
];

/** linkedom's own answer, through the style object Readability reads. */
const styleObject = (el: DomElement): { display: string; visibility: string } =>
  (el as unknown as { style: { display: string; visibility: string } }).style;

describe('styleProperty', () => {
  it('reads a property as linkedom style objects do', () => {
    for (const s of STYLES) {
      const doc = parseDocument('<div>x</div>');
      const el = doc.querySelector('div')!;
      el.setAttribute('style', s);
      expect([s, styleProperty(s, 'display')]).toEqual([s, styleObject(el).display]);
      expect([s, styleProperty(s, 'visibility')]).toEqual([s, styleObject(el).visibility]);
    }
  });
});

describe('probablyVisible', () => {
  it("gives Readability's own answer (as a boolean: Readability only tests it)", () => {
    const doc = parseDocument(
      STYLES.map((s, i) => `<p id="s${i}" style="${s}">x</p>`).join('') +
        '<p hidden>a</p><p aria-hidden="true">b</p><p aria-hidden="false">c</p>' +
        '<img aria-hidden="true" class="mwe-math-fallback-image-inline" src="f.png"><span>d</span>',
    );
    const own = Readability.prototype as unknown as { _isProbablyVisible(n: DomElement): boolean };
    for (const el of Array.from(doc.querySelectorAll('*')))
      expect([el.outerHTML, probablyVisible(el)]).toEqual([
        el.outerHTML,
        Boolean(own._isProbablyVisible(el)),
      ]);
  });
});

describe('elementReader', () => {
  it('lists tags as querySelectorAll does, a template left out and case ignored', () => {
    const doc = parseDocument(
      '<h1>t</h1><div><h2>a</h2><template><h2>in a template</h2></template><p>x</p><h1>b</h1></div>',
    );
    const reader = elementReader(doc) as unknown as {
      _getAllNodesWithTag(n: unknown, tags: string[]): ArrayLike<DomElement>;
    };
    const ours = Array.from(reader._getAllNodesWithTag(doc, ['h1', 'H2']));
    expect(ours).toEqual(Array.from(doc.querySelectorAll('h1,h2')));
    expect(ours.map((e) => e.textContent)).toEqual(['t', 'a', 'b']);
  });

  it('picks the article element itself', () => {
    const para = 'A sentence of the invented story about a ferry timetable, long enough to count. ';
    const doc = parseDocument(
      `<nav><a href="/">Home</a></nav><article><p>${para.repeat(5)}</p><p>${para.repeat(4)}</p></article>`,
    );
    const pick = elementReader(doc).parse()?.content;
    expect(pick?.textContent).toContain('ferry timetable');
    expect(pick?.textContent).not.toContain('Home');
  });

  it('readerPick chooses what parse() does, without serialising the choice once more', () => {
    const para = 'The invented harbour board met on Tuesday to settle the winter ferry timetable. ';
    const page =
      `<header><a href="/">Home</a></header><div class="story"><h2>Winter ferries</h2>` +
      `<p>${para.repeat(4)}</p><p>${para.repeat(3)}</p><figure><img src="/f.jpg"></figure></div>` +
      `<aside><a href="/other">Another invented story</a></aside>`;
    const viaParse = elementReader(parseDocument(page)).parse()?.content;
    const doc = parseDocument(page);
    let serialised = 0;
    const reader = elementReader(doc);
    const grab = (reader as unknown as { _grabArticle(): DomElement | null })._grabArticle.bind(reader);
    (reader as unknown as { _grabArticle(): DomElement | null })._grabArticle = () => {
      const el = grab();
      if (el) {
        let proto: object | null = Object.getPrototypeOf(el) as object;
        while (proto && !Object.getOwnPropertyDescriptor(proto, 'innerHTML'))
          proto = Object.getPrototypeOf(proto) as object | null;
        const html = proto ? Object.getOwnPropertyDescriptor(proto, 'innerHTML') : undefined;
        Object.defineProperty(el, 'innerHTML', {
          get() {
            serialised++;
            return html?.get?.call(el) as string;
          },
        });
      }
      return el;
    };
    const pick = readerPick(reader);
    expect(pick?.outerHTML).toBe(viaParse?.outerHTML);
    expect(pick?.textContent).toContain('winter ferry timetable');
    expect(serialised).toBe(0);
  });

  it('readerPick gives null where parse() finds nothing', () => {
    expect(readerPick(elementReader(parseDocument('<p></p>')))).toBeNull();
  });
});

/** Readability's own helpers and ours, as a reader for `doc` holds them. */
interface TextHelpers {
  _isValidByline(n: DomElement, matchString: string): boolean;
  _isElementWithoutContent(n: DomElement): boolean;
}

/** Count the reads of `el`'s whole text (its textContent), still answering them. */
function countTextReads(el: DomElement): { reads: number } {
  const counter = { reads: 0 };
  const text = el.textContent;
  Object.defineProperty(el, 'textContent', {
    get: () => {
      counter.reads++;
      return text;
    },
  });
  return counter;
}

describe('the text helpers of elementReader', () => {
  const PAGE =
    '<div class="byline"><a rel="author" href="/a">Mara Quist</a></div>' +
    '<span itemprop="author">Ola Brenn</span><p class="story">An invented sentence, long enough.</p>' +
    '<div class="author-box">   \n </div><div> <br> <hr> </div><div>\u00a0</div><div><span> </span></div>' +
    '<div><!-- a note --></div><div><img src="x.png"></div><section><div> <b>x</b> </div></section>' +
    `<div class="writtenby">${'Name '.repeat(30)}</div><p rel="author"></p>`;

  it("give Readability's own answers", () => {
    const doc = parseDocument(PAGE);
    const ours = elementReader(doc) as unknown as TextHelpers;
    const own = Readability.prototype as unknown as TextHelpers & { REGEXPS: unknown };
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      const match = `${el.className} ${el.id}`;
      expect([el.outerHTML, ours._isValidByline(el, match)]).toEqual([
        el.outerHTML,
        Boolean(own._isValidByline.call(ours, el, match)),
      ]);
      expect([el.outerHTML, ours._isElementWithoutContent(el)]).toEqual([
        el.outerHTML,
        Boolean(own._isElementWithoutContent.call(ours, el)),
      ]);
    }
  });

  it('read no whole text of a container that names no byline and is not empty', () => {
    const doc = parseDocument(`<main class="story">${PAGE}</main>`);
    const main = doc.querySelector('main')!;
    const counter = countTextReads(main);
    const reader = elementReader(doc) as unknown as TextHelpers;
    expect(reader._isValidByline(main, 'story')).toBe(false);
    expect(reader._isElementWithoutContent(main)).toBe(false);
    expect(counter.reads).toBe(0);
  });
});

describe('the link fixing of elementReader', () => {
  const CONTENT =
    '<div><p>Läs <a href="/lokalt/farja">färjan</a>, <a href="https://exempel.se/a b?q=1&amp;r=2">där</a>, ' +
    '<a href="#stycke">här</a> och <a href="javascript:void(0)">öppna</a> eller ' +
    '<a href="javascript:visa()"><b>visa</b> allt</a> <a>utan adress</a>.</p>' +
    '<img src="bild.jpg" srcset="bild-2x.jpg 2x, https://exempel.se/b.jpg 640w">' +
    '<video poster="//exempel.se/p.jpg"><source src="film.mp4"></video></div>';
  type Fixer = { _fixRelativeUris(content: DomElement): void };

  it("leaves the page as Readability's own does on a linkedom document", () => {
    const ownDoc = parseDocument(CONTENT);
    const own = Readability.prototype as unknown as Fixer;
    own._fixRelativeUris.call(new Readability(ownDoc as never), ownDoc.querySelector('div')!);
    const doc = parseDocument(CONTENT);
    (elementReader(doc) as unknown as Fixer)._fixRelativeUris(doc.querySelector('div')!);
    expect(doc.body?.innerHTML).toBe(ownDoc.body?.innerHTML);
    expect(doc.body?.innerHTML).toContain('href="/lokalt/farja"');
    expect(doc.body?.innerHTML).toContain('öppna eller <span><b>visa</b> allt</span>');
  });

  it('parses no address: none resolves against the null base of a linkedom document', () => {
    const doc = parseDocument(CONTENT);
    const reader = elementReader(doc) as unknown as Fixer;
    const Real = globalThis.URL;
    let parsed = 0;
    globalThis.URL = new Proxy(Real, {
      construct(target, args: [string, string?]) {
        parsed++;
        return new target(...args);
      },
    });
    try {
      reader._fixRelativeUris(doc.querySelector('div')!);
    } finally {
      globalThis.URL = Real;
    }
    expect(parsed).toBe(0);
  });
});
