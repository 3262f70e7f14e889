/**
 * Regression tests for the slow paths the full fuzz run found (issue 6): each a small version of
 * a hostile document that took seconds, checked on what a user gets. The time bounds are only a
 * hang guard (generous for a busy CI machine): the slow versions took from seconds to minutes.
 */
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors/index.js';
import { normaliseDocument, type NormaliseResult } from '../../src/normalise/index.js';
import { sanitizeContent } from '../../src/normalise/content.js';
import { capNesting, capXmlNesting, escapeStrayLt } from '../../src/normalise/nesting.js';
import { topicTokens } from '../../src/tagging/topics.js';

const GUARD_MS = 5000;

async function normalise(text: string, location: string, contentType: string | null = null) {
  const started = performance.now();
  let result: NormaliseResult | null = null;
  let error: unknown = null;
  try {
    result = await normaliseDocument({ bytes: Buffer.from(text), contentType, location, url: null });
  } catch (err) {
    error = err;
  }
  return { result, error, ms: performance.now() - started };
}

const rss = (itemXml: string): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><link>https://example.org/</link>` +
  `<item><title>First story</title><link>https://example.org/a</link><guid>a</guid>${itemXml}</item>` +
  `<item><title>Second story</title><link>https://example.org/b</link><guid>b</guid></item></channel></rss>`;

describe('slow paths found by the fuzz run', () => {
  it('an RSS title holding a 200k run of & is read, the text kept', async () => {
    const { result, ms } = await normalise(
      rss('').replace('<title>First story', `<title>First story ${'&'.repeat(200_000)}`),
      'feed.xml',
    );
    expect(result?.items.map((i) => i.url)).toEqual(['https://example.org/a', 'https://example.org/b']);
    expect(result?.items[0]?.title?.startsWith('First story &&&')).toBe(true);
    expect(ms).toBeLessThan(GUARD_MS);
  });

  it('a feed item with 200k unclosed elements is read (elements past any sane depth are dropped)', async () => {
    const { result, ms } = await normalise(rss('<a>'.repeat(200_000)), 'feed.xml');
    expect(result?.items.map((i) => i.title)).toEqual(['First story', 'Second story']);
    expect(ms).toBeLessThan(GUARD_MS);
  });

  it('capXmlNesting drops only what is too deep, and leaves CDATA alone', () => {
    const deep = `<rss><channel><item><description><![CDATA[${'<b>'.repeat(100)}]]></description>${'<a>'.repeat(100)}x</item></channel></rss>`;
    const out = capXmlNesting(deep, 10);
    expect(out).toContain(`<![CDATA[${'<b>'.repeat(100)}]]>`);
    expect(out.split('<a>').length - 1).toBe(10 - 3);
    expect(out).toContain('x</item></channel></rss>');
    const shallow = '<rss><channel><item><title>t</title></item></channel></rss>';
    expect(capXmlNesting(shallow)).toBe(shallow);
  });

  it('feed content nested 20k deep is sanitised quickly, its text kept', () => {
    const started = performance.now();
    const html = sanitizeContent(`${'<span>'.repeat(20_000)}deep text${'</span>'.repeat(20_000)}`, null);
    expect(html).toBe('deep text');
    expect(performance.now() - started).toBeLessThan(GUARD_MS);
  });

  it('thousands of source-less images after a long text are dropped quickly', () => {
    const started = performance.now();
    const html = sanitizeContent(
      `<p>${' word'.repeat(100_000)}</p>${'<img>'.repeat(10_000)}<img src="https://example.org/p.jpg">`,
      null,
    );
    expect(html).not.toMatch(/<img(?![^>]*src=)/);
    expect(html).toContain('<img src="https://example.org/p.jpg" />');
    expect(performance.now() - started).toBeLessThan(GUARD_MS);
  });

  it('a heading opened inside a heading closes it, as in browsers', () => {
    expect(capNesting('<h1>One<h2>Two</h2></h1><p>x</p>')).toBe('<h1>One</h1><h2>Two</h2><p>x</p>');
  });

  it('a `/>` inside an attribute value or outside SVG does not close an HTML element', () => {
    // Both divs stay open levels, so the third is past a depth of 2 and dropped.
    expect(capNesting('<div title="a/>"><div/><div>x</div></div></div>', 2)).toBe(
      '<div title="a/>"><div/>x</div></div>',
    );
    expect(capNesting('<svg><path d="M0"/><path/></svg>', 2)).toBe('<svg><path d="M0"/><path/></svg>');
  });

  it('a page whose markup never closes (a fragment repeated) is refused with a clear ParseError', async () => {
    const fragment = `<h1>Headline</h1><div class="x"><div><p>${'Some words of a paragraph. '.repeat(40)}`;
    const page = `<!DOCTYPE html><html><body>${fragment.repeat(1500)}</body></html>`;
    const { result, error, ms } = await normalise(page, 'page.html', 'text/html');
    expect(result).toBeNull();
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).toMatch(/nested too deep for its size .*limit \d+/);
    expect(ms).toBeLessThan(GUARD_MS);
  });

  it('a big page of many paragraphs, most dropped as repeats, is extracted quickly', async () => {
    const para = (i: number) =>
      `<p>Paragraph ${i} of the story, long enough to be read as prose by the extractor here.</p>`;
    const share = '<div><p><a href="/s">Share</a></p></div>';
    const body = Array.from({ length: 1500 }, (_, i) => para(i) + share).join('');
    const page = `<!DOCTYPE html><html><head><title>Story</title></head><body><article><h1>Story</h1>${body}</article></body></html>`;
    const { result, ms } = await normalise(page, 'page.html', 'text/html');
    expect(result?.items[0]?.body.length).toBeGreaterThan(1450);
    expect(result?.items[0]?.body.join(' ')).not.toContain('Share');
    expect(ms).toBeLessThan(GUARD_MS * 2);
  });

  it('a text dump line with a 200k run of quotes is classified quickly', async () => {
    const text = `Storm floods the valley\n\nBy Ann Lee\n\n${`"'`.repeat(100_000)} x\n\nThe river rose overnight and flooded forty homes in the lower valley, the council said.`;
    const { result, ms } = await normalise(text, 'story.txt', 'text/plain');
    expect(result?.items[0]?.title).toBe('Storm floods the valley');
    expect(ms).toBeLessThan(GUARD_MS);
  });

  it('text before a stray <html> further down is read as a page, not refused', async () => {
    const page = `${'By '.repeat(50)}<b><html><p>${'The council met on Tuesday and agreed the budget. '.repeat(8)}</p>`;
    const { result, error } = await normalise(page, 'page.html', 'text/html');
    expect(error).toBeNull();
    expect(result?.items[0]?.body.join(' ')).toContain('The council met on Tuesday');
  });

  it('an RSS description holding a 30k run of raw < is read quickly, the item kept', async () => {
    const { result, ms } = await normalise(
      rss(`<description>Cars scratched ${'<'.repeat(30_000)} in the car park.</description>`),
      'feed.xml',
    );
    expect(result?.items.map((i) => i.title)).toEqual(['First story', 'Second story']);
    expect(ms).toBeLessThan(GUARD_MS);
  });

  it('a second <html>, <head> or <body> is dropped, as browsers do', () => {
    expect(capNesting('<html><head></head><body><p>a</p><body class="x"><head><p>b</p></body></html>')).toBe(
      '<html><head></head><body><p>a</p><p>b</p></body></html>',
    );
  });

  it('a <body> written inside a script or a comment is text, not a second body', () => {
    const page =
      '<html><head><script type="application/ld+json">{"a": "<BODY>"}</script><!-- <body> --></head><body class="x"><p>a</p></body></html>';
    expect(capNesting(page)).toBe(page);
    // A script's code never reaches the tree; its `<BODY>` cuts no body either.
    const code = page.replace(' type="application/ld+json">{"a": "<BODY>"}', '>var a = "<BODY>";');
    expect(capNesting(code)).toBe(page.replace(' type="application/ld+json">{"a": "<BODY>"}', '>'));
  });

  it('an XML tag longer than 100k characters is dropped with its closing tag, its text kept', () => {
    const xml = `<feed><entry><title x="${'a'.repeat(200_000)}">Kept text</title><id>1</id></entry></feed>`;
    expect(capXmlNesting(xml)).toBe('<feed><entry>Kept text<id>1</id></entry></feed>');
  });

  it('a tag name running into a stray character is text, as a browser would not make it an element', () => {
    expect(escapeStrayLt('<b<textarea&#xd800;<h1 class="x">Title</h1>')).toBe(
      '&lt;b&lt;textarea&#xd800;<h1 class="x">Title</h1>',
    );
    expect(escapeStrayLt('<o:p>x</o:p><br/><a href="/">y</a> 1 < 2')).toBe(
      '<o:p>x</o:p><br/><a href="/">y</a> 1 &lt; 2',
    );
  });

  it('text with a bare & reads as the text written, references decoded once', async () => {
    // Named, numeric, unknown and bare references; an attribute and a comment with a bare & stay escaped.
    const title = 'Fish & chips &amp; peas &copy; &foo; &#65;&#x42; &copy no semicolon';
    const xml = rss(`<description>Menu &lt;b&gt;today&lt;/b&gt; & more</description>`)
      .replace('<title>First story', `<title>${title}`)
      .replace(
        '<link>https://example.org/a</link>',
        '<link>https://example.org/a?x=1&y=2</link><!-- a > b & c -->',
      );
    const { result } = await normalise(xml, 'feed.xml');
    const item = result?.items[0];
    // What the escaped repair gave too (the `&copy` without `;` is decoded later, as HTML text).
    expect(item?.title).toBe('Fish & chips & peas © &foo; AB © no semicolon');
    expect(item?.url).toBe('https://example.org/a?x=1&y=2');
    expect(item?.summary).toBe('Menu today & more');
  });

  it('an Atom entry whose content is a 900k run of & is read quickly, its text kept', async () => {
    const atom =
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:d</id>` +
      `<entry><id>urn:1</id><title>Run</title><link href="https://example.org/1"/>` +
      `<content type="html">${'&'.repeat(900_000)}</content></entry></feed>`;
    const { result, ms } = await normalise(atom, 'feed.atom');
    expect(result?.items[0]?.title).toBe('Run');
    expect(result?.items[0]?.body.join('').length).toBeGreaterThan(800_000);
    expect(ms).toBeLessThan(GUARD_MS);
  });

  it('an RSS description of 200k unclosed tags in CDATA becomes a summary quickly', async () => {
    // The HTML tokenizer searched its open-element stack at every tag: 46 s before nesting was capped.
    const { result, ms } = await normalise(
      rss(`<description><![CDATA[Opening words ${'<span><b>'.repeat(100_000)}closing words]]></description>`),
      'feed.xml',
    );
    expect(result?.items[0]?.summary).toBe('Opening words closing words');
    expect(ms).toBeLessThan(GUARD_MS);
  });

  it('a page of more than 20,000 elements is refused before its DOM is built, naming the limit', async () => {
    const menu = `<ul>${'<li><a href="/x">Section</a></li>'.repeat(20)}</ul>`;
    const page = `<!DOCTYPE html><html><body><article><p>Story text.</p></article>${menu.repeat(600)}</body></html>`;
    const { result, error, ms } = await normalise(page, 'page.html', 'text/html');
    expect(result).toBeNull();
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).toMatch(
      /has \d+ elements, more than the 20000 an article page is allowed/,
    );
    expect(ms).toBeLessThan(1000);
  });

  it('a real page of 15,000 elements (an article under a mega-menu) is read, not refused', async () => {
    const menu = `<ul>${'<li><a href="/x">Section</a></li>'.repeat(20)}</ul>`;
    const story = Array.from(
      { length: 12 },
      (_, i) => `<p>Paragraph ${i} of the story: the harbour board met on Tuesday and agreed the budget.</p>`,
    ).join('');
    const page = `<!DOCTYPE html><html><body><nav>${menu.repeat(350)}</nav><article><h1>Harbour budget agreed</h1>${story}</article></body></html>`;
    const { result, error, ms } = await normalise(page, 'page.html', 'text/html');
    expect(error).toBeNull();
    expect(result?.items[0]?.body).toHaveLength(12);
    expect(ms).toBeLessThan(GUARD_MS * 2);
  });

  it('a text dump of 200,000 lines is refused with a ParseError naming the limit (no stack overflow)', async () => {
    const { result, error, ms } = await normalise(
      `Title of a story\n${'A line of text.\n'.repeat(200_000)}`,
      'dump.txt',
      'text/plain',
    );
    expect(result).toBeNull();
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).toMatch(/has 200001 lines, more than the 10000 an article is allowed/);
    expect(ms).toBeLessThan(GUARD_MS);
  });

  it('a text dump of 1.5 million characters of prose keeps the body up to its cap', async () => {
    const line = `${'The river rose overnight and flooded forty homes in the lower valley, the council said. '.repeat(8)}`;
    const dump = `Storm floods the valley\n\nBy Ann Lee\n\n${Array.from({ length: 2000 }, (_, i) => `${i} ${line}`).join('\n\n')}`;
    const { result, ms } = await normalise(dump, 'story.txt', 'text/plain');
    const body = result?.items[0]?.body ?? [];
    expect(body.join('').length).toBeGreaterThan(900_000);
    expect(body.join('').length).toBeLessThan(1_100_000);
    expect(ms).toBeLessThan(GUARD_MS * 2);
  });

  it('topic tokens of a word of 300,000 hyphenated parts do not overflow the call stack', () => {
    expect(topicTokens(`${'ab-'.repeat(300_000)}ab`).length).toBe(300_002);
  });
});
