// Cheap first checks that spare a costlier test on most elements or pages: each must say yes
// wherever the test it guards could, so the output stays the same.
import { describe, expect, it } from 'vitest';
import { readsAsUtf8 } from '../../../src/ingest/decode.js';
import { hasLongCandidate, parseDocument, type DomElement } from '../../../src/normalise/html/dom.js';
import { mayNameAuthor } from '../../../src/normalise/html/metadata/author-box.js';
import { followsProse, holdsLink } from '../../../src/normalise/html/cleanup/index.js';

const el = (attrs: string): DomElement => {
  const doc = parseDocument(`<!DOCTYPE html><html><body><div ${attrs}>Ann Lee</div></body></html>`);
  const div = doc.body?.firstChild as DomElement | null | undefined;
  if (!div) throw new Error('no div');
  return div;
};

describe('mayNameAuthor', () => {
  it.each([
    'class="author"',
    'class="post-byline"',
    'id="authorBox"',
    'class="entryAuthor"',
    'class="autorka"',
    'class="Auteur-nom"',
    'class="forfattare"',
    'class="författare"',
    'class="tekija"',
    'class="szerzo"',
    'class="автор"',
    'class="meta uid"',
    'data-testid="byline-2"',
  ])('takes the author words of any language and case (%s)', (attrs) => {
    expect(mayNameAuthor(el(attrs))).toBe(true);
  });

  it.each(['', 'class="story-body"', 'id="authority-note"', 'class="autoplay"'])(
    'leaves other boxes (%s)',
    (attrs) => {
      // "authority" and "autoplay" pass the cheap test but are no author word.
      expect(mayNameAuthor(el(attrs))).toBe(false);
    },
  );
});

describe('hasLongCandidate', () => {
  it('finds a srcset part past the limit, and none in a short value', () => {
    expect(hasLongCandidate('a.jpg 1x, b.jpg 2x')).toBe(false);
    expect(hasLongCandidate(`${'x'.repeat(2500)}.jpg 1x, b.jpg 2x`)).toBe(true);
    expect(hasLongCandidate(Array.from({ length: 300 }, (_, i) => `p${i}.jpg 1x`).join(', '))).toBe(false);
  });
});

describe('readsAsUtf8', () => {
  it('takes ASCII and well-formed UTF-8, and the looser forms the old scan let through', () => {
    expect(readsAsUtf8(Buffer.from('<p>plain</p>'))).toBe(true);
    expect(readsAsUtf8(Buffer.from('<p>Zürich – 5 €</p>'))).toBe(true);
    // An encoded surrogate (ED A0 80): not strict UTF-8, but read as UTF-8 as before.
    expect(readsAsUtf8(Buffer.from([0x3c, 0x70, 0x3e, 0xed, 0xa0, 0x80]))).toBe(true);
    expect(readsAsUtf8(Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x74, 0xe9]))).toBe(false);
  });
});

describe('holdsLink', () => {
  it('finds a link at any depth, and none in a plain block', () => {
    expect(holdsLink(el('class="x"'))).toBe(false);
    const doc = parseDocument(
      '<!DOCTYPE html><html><body><p>Read more: <b><a href="/x">A title</a></b></p></body></html>',
    );
    const p = doc.body?.firstChild as DomElement;
    expect(holdsLink(p)).toBe(true);
  });
});

describe('followsProse', () => {
  const heading = (before: string): DomElement => {
    const doc = parseDocument(
      `<!DOCTYPE html><html><body><div>${before}<h2 id="h">About the company</h2></div></body></html>`,
    );
    return doc.querySelector('#h') as DomElement;
  };
  const long = `<p>${'A sentence of the article that runs on. '.repeat(4)}</p>`;
  it('needs two long paragraphs before the heading in its box', () => {
    expect(followsProse(heading(long + long))).toBe(true);
    expect(followsProse(heading(`${long}<p>Short.</p>`))).toBe(false);
    expect(followsProse(heading(`<div>${long}${long}</div>`))).toBe(false);
  });
});
