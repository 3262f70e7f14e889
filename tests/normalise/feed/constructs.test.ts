/**
 * Text constructs are read by their declared type: text is text whatever it contains, html is
 * decoded once, xhtml is markup; plain-text fields never carry markup declarations or comments.
 */
import { describe, expect, it } from 'vitest';
import { read, rss } from './read.js';

const atom = (entry: string): string =>
  `<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><entry><id>urn:d:1</id>${entry}</entry></feed>`;

describe('Atom text constructs', () => {
  it('keeps a type="text" title as written, angle brackets included', async () => {
    const [entry] = await read(atom('<title type="text">Why the &lt;marquee&gt; tag came back</title>'));
    expect(entry?.title).toBe('Why the <marquee> tag came back');
  });

  it('reads a title with no type, or type="", as text', async () => {
    const [a] = await read(atom('<title>Fish &amp; chips &lt;3</title>'));
    const [b] = await read(atom('<title type="">Net loft reopens</title>'));
    expect([a?.title, b?.title]).toEqual(['Fish & chips <3', 'Net loft reopens']);
  });

  it('decodes an html summary once: escaped brackets in it stay text', async () => {
    const [entry] = await read(
      atom(
        '<title>t</title><summary type="html">&lt;p&gt;History of the &amp;lt;marquee&amp;gt; tag&lt;/p&gt;</summary>',
      ),
    );
    expect(entry?.summary).toBe('History of the <marquee> tag');
  });

  it('reads xhtml content as markup, without its wrapping div', async () => {
    const [entry] = await read(
      atom(
        '<title>t</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Gulls <em>nest</em> on the roof.</p><p>Second &lt;point&gt;.</p></div></content>',
      ),
    );
    expect(entry?.body).toEqual(['Gulls nest on the roof.', 'Second <point>.']);
    expect(entry?.contentHtml).toBe('<p>Gulls <em>nest</em> on the roof.</p><p>Second &lt;point&gt;.</p>');
  });

  it('publishes text content as text: markup-like characters are escaped, not interpreted', async () => {
    const [entry] = await read(
      atom('<title>t</title><content type="text">Use &lt;b&gt; sparingly.</content>'),
    );
    expect(entry?.body).toEqual(['Use <b> sparingly.']);
    expect(entry?.contentHtml).toBe('<p>Use &lt;b&gt; sparingly.</p>');
  });
});

describe('RSS fields', () => {
  it('keeps a description whose only text is a literal tag', async () => {
    const [item] = await read(
      rss('<item><title>t</title><description><![CDATA[<code>&lt;br /></code>]]></description></item>'),
    );
    expect(item?.summary).toBe('<br />');
  });

  it('reads escaped HTML in a title as HTML, and brackets that are no markup as text', async () => {
    const items = await read(
      rss(
        '<item><guid>1</guid><title>&lt;b&gt;Live:&lt;/b&gt; count under way</title></item>' +
          '<item><guid>2</guid><title>Turnout &lt; 40% in the harbour ward</title></item>',
      ),
    );
    expect(items.map((i) => i.title)).toEqual(['Live: count under way', 'Turnout < 40% in the harbour ward']);
  });

  it('never puts declarations or comments into plain text', async () => {
    const [item] = await read(
      rss(
        '<item><title><![CDATA[<!DOCTYPE html><!-- cms: headline --> Dredger arrives <?php echo 1; ?>early]]></title>' +
          '<description><![CDATA[<!-- teaser --><p>It came a week early.</p>]]></description></item>',
      ),
    );
    expect(item?.title).toBe('Dredger arrives early');
    expect(item?.summary).toBe('It came a week early.');
  });

  it('drops a declaration the text ends inside, as an HTML tokenizer does', async () => {
    const [item] = await read(
      rss(
        '<item><title>t</title><description><![CDATA[Dredger due on Friday <!DOCTYPE ]]></description></item>',
      ),
    );
    expect(item?.summary).toBe('Dredger due on Friday');
  });

  it('unwraps a field whose CDATA wrapper was escaped anyway, or nested in another', async () => {
    const items = await read(
      rss(
        '<item><title>&lt;![CDATA[Slipway fees halved]]&gt;</title><link>&lt;![CDATA[https://desk.harbour-post.test/fees]]&gt;</link>' +
          '<description>&lt;![CDATA[&lt;p&gt;From May, &lt;b&gt;half&lt;/b&gt; price.&lt;/p&gt;]]&gt;</description></item>' +
          '<item><title><![CDATA[<![CDATA[Crane back in service]]]]><![CDATA[>]]></title></item>',
      ),
    );
    expect(items.map((i) => [i.title, i.url, i.summary])).toEqual([
      ['Slipway fees halved', 'https://desk.harbour-post.test/fees', 'From May, half price.'],
      ['Crane back in service', null, null],
    ]);
  });
});
