/**
 * The documents full fuzz runs found over the 2 s CPU budget (or crashing), replayed one by one
 * through the same harness as `npm run fuzz` (a worker process, CPU-time budget, a hang killed).
 * Each took 2.4 s to forever before its fix and takes 0.1-0.6 s now.
 *
 * Cases the fuzz run wrote from scratch replay by (seed, index) over the bundled samples: their
 * bytes do not depend on the seed documents. Cases it made by mutating a corpus page are rebuilt
 * here as twins of the same shape and size around an invented page, so the tests never read the
 * shared corpus.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runFuzz, type FuzzCaseResult, type FuzzDocument } from '../../bench/fuzz/runner.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const BOUND_MS = 2000;
const built = existsSync(path.join(DIST, 'normalise/index.js'));

const GENERATED: Array<{ seed: number; index: number; what: string }> = [
  { seed: 1, index: 4229, what: 'a 500 KB text dump served as HTML: Readability retried four times' },
  { seed: 2, index: 6181, what: 'text served as HTML with 170,000 quotes, each a text node on re-parsing' },
  {
    seed: 3,
    index: 1663,
    what: 'a bogus <![CDATA[ comment and a second DOCTYPE: Readability looped forever',
  },
];

const PARAGRAPH =
  'The harbour board met on Tuesday and agreed to dredge the eastern channel before the winter storms, ' +
  'after two ferries ran aground there in a month. ';

/** An invented article page: a menu, a headline, paragraphs, a picture and a footer. */
function page(extra: { inBody?: string; head?: string } = {}): string {
  const menu = `<nav><ul>${['Home', 'News', 'Sport', 'Weather', 'Opinion', 'Contact us']
    .map((s) => `<li class="menu-item"><a href="/${s.toLowerCase()}" class="menu-link">${s}</a></li>`)
    .join('')}</ul></nav>`;
  const paras = Array.from({ length: 12 }, (_, i) => `<p>${i + 1}. ${PARAGRAPH.repeat(2)}</p>`).join('\n');
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Channel to be dredged</title>${extra.head ?? ''}</head>` +
    `<body class="post single">${menu}<article><h1>Channel to be dredged before winter</h1>` +
    `<figure><img src="https://news.example.org/img/dredger.jpg" alt="A dredger"><figcaption>A dredger at work.</figcaption></figure>\n` +
    `${paras}${extra.inBody ?? ''}</article><footer><p>© Harbour Times</p></footer></body></html>`
  );
}

const doc = (
  label: string,
  text: string | Buffer,
  location: string,
  contentType: string | null,
): FuzzDocument => ({
  label,
  bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
  contentType,
  location,
  url: 'https://news.example.org/2026/03/story.html',
});

/** A chunk of `s` repeated until the whole reaches `bytes`. */
const upTo = (s: string, bytes: number) => s.repeat(Math.ceil(bytes / Buffer.byteLength(s)));

const CONTROL = '\u0000\u0008\u000b\u001f\u007f\u0085\ufffe\uffff';

const TWINS: Array<{ what: string; outcome: 'ok' | 'refused'; make: () => FuzzDocument }> = [
  {
    what: 'a 2.3 MB page of ~39,000 elements (its menu repeated, cut mid-tag, with an enormous line): refused',
    outcome: 'refused',
    make: () => {
      const menu = /<nav>.*<\/nav>/.exec(page())![0];
      const text = page({ inBody: upTo(menu, 2_100_000) + 'ab'.repeat(120_000) });
      return doc(
        'twin:repeated menu',
        text.slice(0, 2_350_000),
        'fuzz-twin.html',
        'text/html; charset=utf-8',
      );
    },
  },
  {
    what: 'a page with a 1.3 MB line of no-break spaces and control characters, labelled a JSON feed',
    outcome: 'ok',
    make: () => {
      const text = page({ inBody: `<p>${'\u00a0'.repeat(650_000)}${CONTROL}</p>` }).replace(
        'charset="utf-8"',
        'charset=us-ascii"',
      );
      return doc('twin:no-break line', text, 'fuzz-twin.json', 'application/feed+json');
    },
  },
  {
    what: 'a text dump of 208,000 lines (a chunk of it repeated): refused',
    outcome: 'refused',
    make: () => {
      const chunk = 'Skip to content\nSign in\nNews\n' + `${PARAGRAPH}\n\n`;
      const lines = `Channel to be dredged before winter\n\nBy Ann Lee\n\n${chunk.repeat(52_000)}`;
      return doc('twin:many lines', lines, 'fuzz-twin.txt', 'text/plain');
    },
  },
  {
    what: 'a 280 KB page with tag soup and stray DOCTYPEs inside it, no content type: 8 s in Readability',
    outcome: 'ok',
    make: () => {
      const soup =
        '<b<font<!DOCTYPE html><style</table><li src="Plain words 7 and">' +
        '<a><a><a><nobr style="x">text <select><!DOCTYPE html>text </head><textarea>' +
        '</style><entry><select class="<a href=x>x</a>"><body>><<!DOCTYPE html>text <<<article>--><span><select<pre>' +
        '<h2 style="y"><table><!DOCTYPE html><![CDATA[--></title><textarea>te';
      const filler = upTo(`<div class="block"><p>${PARAGRAPH}</p></div>\n`, 270_000);
      const half = filler.length >> 1;
      const text = page({ inBody: filler.slice(0, half) + soup.repeat(20) + filler.slice(half) });
      return doc('twin:tag soup', text, 'fuzz-twin.html', null);
    },
  },
  {
    what: 'a text dump served as HTML with an 85,000-character style attribute and nesting 3,000 deep',
    outcome: 'ok',
    make: () => {
      const dump =
        'Skip to main content\nSign in\nSport\nLive\nChannel to be dredged before winter\n\n' +
        Array.from({ length: 40 }, () => PARAGRAPH).join('\n\n');
      const at = dump.length >> 1;
      const hostile = `<div style="${' '.repeat(85_000)}">x` + '<html>'.repeat(3000) + 'deep text' + CONTROL;
      return doc(
        'twin:style attribute',
        dump.slice(0, at) + hostile + dump.slice(at),
        'fuzz-twin.txt',
        'text/html',
      );
    },
  },
  {
    what: "an image with an 80,000-character lazy srcset and no comma: Readability's URL pattern never finished",
    outcome: 'ok',
    make: () => {
      // A lazy image's candidate list with markup pasted inside its URL, and no comma anywhere.
      const srcset = `https://news.example.org/uploads/2026/03/dredger-${'<option>'.repeat(10_000)}.jpg 300w 2x`;
      const img = `<img class="lazy" src="data:image/gif;base64,R0lGOD" data-srcset="${srcset}">`;
      return doc('twin:lazy srcset', page({ inBody: `<p>${img}</p>` }), 'fuzz-twin.html', null);
    },
  },
];

describe('fuzz cases once over budget, replayed', () => {
  for (const c of GENERATED) {
    it.runIf(built)(
      `seed ${c.seed} case ${c.index}: ${c.what}`,
      async () => {
        const seedOptions = { root: ROOT, shared: null };
        const r = await runFuzz({ dist: DIST, seedOptions, seed: c.seed, start: c.index, cases: 1 });
        expect(r.failures).toEqual([]);
        expect(r.counts.ok + r.counts.refused).toBe(1);
        expect(r.slowest.cpuMs).toBeLessThan(BOUND_MS);
      },
      60_000,
    );
  }

  // One worker runs every twin, one after another, as a fuzz run would.
  const outcomes = new Map<number, FuzzCaseResult>();
  beforeAll(async () => {
    if (!built) return;
    const documents = TWINS.map((t) => t.make());
    await runFuzz({ dist: DIST, documents, workers: 1, onResult: (r) => outcomes.set(r.index, r) });
  }, 120_000);

  TWINS.forEach((t, i) => {
    it.runIf(built)(t.what, () => {
      const r = outcomes.get(i);
      expect(r?.outcome).toBe(t.outcome);
      expect(r?.cpuMs).toBeLessThan(BOUND_MS);
    });
  });
});
