// Case generation: every case is a document (bytes, Content-Type, location, base URL) built from
// its own seeded generator, either by mutating a seed document or by writing a hostile one.
import { caseSeed, mulberry32, tools } from './prng.mjs';
import { contentTypeFor } from './seeds.mjs';
import {
  ACTIVE_HTML,
  BAD_UTF8,
  CHARSETS,
  CONTROL,
  DATES,
  ENTITIES,
  REPEATS,
  TAGS,
  URLS,
} from './hostile.mjs';

const MB = 1024 * 1024;
const B = (s) => Buffer.from(s, 'utf8');

/** A position just after a `>` (inside an element) half the time, anywhere otherwise. */
function position(r, buf) {
  if (buf.length === 0) return 0;
  if (r.chance(0.5)) {
    for (let tries = 0; tries < 8; tries++) {
      const p = r.int(0, buf.length - 1);
      const gt = buf.indexOf(0x3e, p);
      if (gt !== -1) return gt + 1;
    }
  }
  return r.int(0, buf.length);
}

const insert = (buf, at, bytes) => Buffer.concat([buf.subarray(0, at), bytes, buf.subarray(at)]);

/** A random string from the hostile pools. */
function hostileString(r) {
  switch (r.int(0, 7)) {
    case 0:
      return r.pick(ACTIVE_HTML);
    case 1:
      return r.pick(URLS);
    case 2:
      return r.pick(DATES);
    case 3:
      return r.pick(ENTITIES);
    case 4:
      return Array.from({ length: r.int(1, 12) }, () => r.pick(CONTROL)).join('');
    case 5:
      return r.pick(REPEATS).repeat(r.int(1, 2000));
    case 6:
      return String.fromCharCode(...Array.from({ length: r.int(1, 40) }, () => r.int(0, 0xffff)));
    default:
      return `Plain words ${r.int(0, 1e6)} and more words.`;
  }
}

/** Deeply nested markup: `depth` open tags (closed or not), text at the bottom. */
function nesting(r, depth) {
  const tag = r.pick(TAGS);
  const open = `<${tag}>`.repeat(depth);
  return open + 'deep text' + (r.chance(0.5) ? `</${tag}>`.repeat(depth) : '');
}

const tagSoup = (r, n) =>
  Array.from({ length: n }, () => {
    const t = r.pick(TAGS);
    switch (r.int(0, 6)) {
      case 0:
        return `<${t}>`;
      case 1:
        return `</${t}>`;
      case 2:
        return `<${t} ${r.pick(['class', 'id', 'href', 'src', 'onclick', 'style'])}="${hostileString(r).replace(/"/g, '')}">`;
      case 3:
        return `<${t}`;
      case 4:
        return hostileString(r);
      case 5:
        return r.pick(['<!--', '-->', '<![CDATA[', ']]>', '<?xml ?>', '<!DOCTYPE html>', '<', '>', '"', "'"]);
      default:
        return 'text ';
    }
  }).join('');

/** Mutators: each takes (r, buf, seeds) and returns new bytes. */
const MUTATORS = {
  flip: (r, buf) => {
    const out = Buffer.from(buf);
    for (let n = r.int(1, 64); n > 0 && out.length; n--) out[r.int(0, out.length - 1)] = r.int(0, 255);
    return out;
  },
  truncate: (r, buf) => buf.subarray(0, r.int(0, buf.length)),
  splice: (r, buf, seeds) => {
    const other = r.pick(seeds).bytes;
    const from = r.int(0, other.length);
    return insert(buf, position(r, buf), other.subarray(from, from + r.int(0, 4096)));
  },
  repeatChunk: (r, buf) => {
    const from = r.int(0, buf.length);
    const chunk = buf.subarray(from, from + r.int(1, 2048));
    const times = Math.min(r.int(2, 2000), Math.floor((2 * MB) / Math.max(1, chunk.length)));
    return insert(buf, from, Buffer.concat(Array(times).fill(chunk)));
  },
  tagSoup: (r, buf) => insert(buf, position(r, buf), B(tagSoup(r, r.int(1, 400)))),
  deepNesting: (r, buf) =>
    insert(buf, position(r, buf), B(nesting(r, r.chance(0.5) ? 10_000 : r.int(10, 3000)))),
  hugeAttribute: (r, buf) => {
    const value = r.pick(REPEATS).repeat(r.int(10_000, 500_000)).replace(/"/g, "'");
    const attr = r.pick(['src', 'href', 'class', 'alt', 'title', 'style', 'data-x', 'srcset']);
    return insert(
      buf,
      position(r, buf),
      B(`<${r.pick(['img', 'a', 'div', 'p', 'link'])} ${attr}="${value}">x`),
    );
  },
  badUtf8: (r, buf) => {
    let out = buf;
    for (let n = r.int(1, 20); n > 0; n--)
      out = insert(out, r.int(0, out.length), Buffer.from(r.pick(BAD_UTF8)));
    return out;
  },
  control: (r, buf) => {
    let out = buf;
    for (let n = r.int(1, 20); n > 0; n--) out = insert(out, position(r, out), B(r.pick(CONTROL)));
    return out;
  },
  entities: (r, buf) => {
    let out = buf;
    for (let n = r.int(1, 20); n > 0; n--) out = insert(out, position(r, out), B(r.pick(ENTITIES)));
    return out;
  },
  hostileHtml: (r, buf) => {
    const html = Array.from({ length: r.int(1, 6) }, () => r.pick(ACTIVE_HTML)).join('');
    const wrapped = r.pick([html, `<![CDATA[${html}]]>`, html.replace(/&/g, '&amp;').replace(/</g, '&lt;')]);
    return insert(buf, position(r, buf), B(wrapped));
  },
  charset: (r, buf) => {
    const label = r.pick(CHARSETS);
    const text = buf.toString('latin1');
    const relabelled = /encoding=["'][^"']*["']|charset=["']?[\w.:-]*/i.test(text)
      ? text.replace(/encoding=["'][^"']*["']|charset=["']?[\w.:-]*/i, (m) =>
          m.startsWith('encoding') ? `encoding="${label}"` : `charset=${label}`,
        )
      : `<?xml version="1.0" encoding="${label}"?>` + text;
    return Buffer.from(relabelled, 'latin1');
  },
  mixedEncoding: (r, buf) => {
    const words = 'Zürich — “quoted” €5 Ελληνικά 日本語 😀';
    const enc = r.pick(['utf16le', 'latin1', 'ucs2', 'utf8']);
    const bytes = r.chance(0.2)
      ? Buffer.from(buf.toString('utf8'), enc)
      : insert(buf, position(r, buf), Buffer.from(words, enc));
    return r.chance(0.3)
      ? Buffer.concat([
          Buffer.from(
            r.pick([
              [0xff, 0xfe],
              [0xfe, 0xff],
              [0xef, 0xbb, 0xbf],
            ]),
          ),
          bytes,
        ])
      : bytes;
  },
  enormousLine: (r, buf) =>
    insert(buf, position(r, buf), B(r.pick(REPEATS).repeat(r.int(50_000, 1_000_000)))),
  hostileString: (r, buf) => insert(buf, position(r, buf), B(hostileString(r))),
};
const MUTATOR_NAMES = Object.keys(MUTATORS);

/** A feed entry's fields from the hostile pool (sometimes plain, so parsers get past the header). */
const field = (r) => (r.chance(0.4) ? `Ordinary value ${r.int(0, 999)}` : hostileString(r));
const xmlText = (r, s) =>
  r.chance(0.5) ? `<![CDATA[${s}]]>` : s.replace(/&(?![#\w]+;)/g, '&amp;').replace(/</g, '&lt;');

function rssDoc(r) {
  const items = Array.from(
    { length: r.int(0, 30) },
    () =>
      `<item><title>${xmlText(r, field(r))}</title><link>${xmlText(r, r.chance(0.5) ? r.pick(URLS) : 'https://example.org/a')}</link>` +
      `<guid>${xmlText(r, field(r))}</guid><pubDate>${xmlText(r, r.pick(DATES))}</pubDate><category>${xmlText(r, field(r))}</category>` +
      `<description>${xmlText(r, field(r))}</description><content:encoded>${xmlText(r, tagSoup(r, r.int(1, 60)))}</content:encoded>` +
      `<enclosure url="${r.pick(URLS).replace(/[&"<]/g, '')}" length="${r.pick(['-1', '1e99', 'x', '12'])}" type="${field(r).replace(/[&"<]/g, '')}"/></item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${xmlText(r, field(r))}</title><link>https://example.org/</link>${items}</channel></rss>`;
}

function atomDoc(r) {
  const entries = Array.from(
    { length: r.int(0, 30) },
    () =>
      `<entry><title type="${r.pick(['html', 'text', 'xhtml'])}">${xmlText(r, field(r))}</title><id>${xmlText(r, field(r))}</id>` +
      `<link href="${r.pick(URLS).replace(/[&"<]/g, '')}"/><updated>${xmlText(r, r.pick(DATES))}</updated>` +
      `<author><name>${xmlText(r, field(r))}</name></author><content type="${r.pick(['html', 'xhtml', 'text'])}" xml:base="${r.pick(URLS).replace(/[&"<]/g, '')}">` +
      `${r.chance(0.5) ? `<div xmlns="http://www.w3.org/1999/xhtml">${tagSoup(r, 20)}</div>` : xmlText(r, tagSoup(r, r.int(1, 60)))}</content></entry>`,
  ).join('');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${xmlText(r, field(r))}</title><id>urn:x</id>${entries}</feed>`;
}

/** JSON values of the wrong type as often as the right one. */
function jsonValue(r, depth = 0) {
  switch (r.int(0, depth > 3 ? 2 : 6)) {
    case 0:
      return field(r);
    case 1:
      return r.pick([null, true, 0, -1, 1e308, NaN]);
    case 2:
      return r.pick(URLS);
    case 3:
      return Array.from({ length: r.int(0, 4) }, () => jsonValue(r, depth + 1));
    case 4:
      return { name: jsonValue(r, depth + 1), url: jsonValue(r, depth + 1) };
    default:
      return tagSoup(r, r.int(1, 30));
  }
}

function jsonFeedDoc(r) {
  const keys = [
    'id',
    'url',
    'external_url',
    'title',
    'content_html',
    'content_text',
    'summary',
    'image',
    'date_published',
    'date_modified',
    'authors',
    'author',
    'tags',
    'attachments',
    'language',
  ];
  const items = Array.from({ length: r.int(0, 30) }, () => {
    const item = {};
    for (const k of keys)
      if (r.chance(0.7)) item[k] = k.startsWith('date') && r.chance(0.6) ? r.pick(DATES) : jsonValue(r);
    return item;
  });
  const doc = {
    version: r.pick(['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1', 'x']),
    title: jsonValue(r),
    items: r.chance(0.9) ? items : jsonValue(r),
  };
  let text = JSON.stringify(doc);
  if (r.chance(0.2)) text = '['.repeat(10_000) + ']'.repeat(r.chance(0.5) ? 10_000 : 0);
  if (r.chance(0.1))
    text = `{"version":"https://jsonfeed.org/version/1.1","items":[${'{"items":['.repeat(5000)}]}`;
  return text;
}

function htmlDoc(r) {
  const meta =
    `<meta property="og:title" content="${field(r).replace(/"/g, '')}"><meta property="og:image" content="${r.pick(URLS).replace(/"/g, '')}">` +
    `<script type="application/ld+json">${r.chance(0.5) ? JSON.stringify({ '@type': 'NewsArticle', headline: field(r), datePublished: r.pick(DATES), author: jsonValue(r) }) : tagSoup(r, 10)}</script>`;
  const paras = Array.from(
    { length: r.int(0, 40) },
    () =>
      `<p>${r.chance(0.7) ? 'The council met on Tuesday and agreed the budget for the coming year. ' + field(r) : tagSoup(r, r.int(1, 30))}</p>`,
  ).join('');
  const body = r.chance(0.2) ? nesting(r, 10_000) : paras;
  return `<!DOCTYPE html><html><head><title>${field(r)}</title>${meta}</head><body><article><h1>${field(r)}</h1>${body}${r.pick(ACTIVE_HTML)}</article></body></html>`;
}

function textDoc(r) {
  const lines = Array.from({ length: r.int(0, 80) }, () =>
    r.pick([
      () => field(r),
      () => `By ${field(r)}`,
      () => r.pick(DATES),
      () =>
        'A sentence that reads like a paragraph of an article, with commas, and a full stop. '.repeat(
          r.int(1, 5),
        ),
      () => r.pick(REPEATS).repeat(r.int(1000, 100_000)),
      () => '',
    ])(),
  );
  return lines.join(r.pick(['\n', '\r\n', '\r', '\n\n']));
}

const GENERATORS = {
  rss: (r) => ({ text: rssDoc(r), ext: '.rss' }),
  atom: (r) => ({ text: atomDoc(r), ext: '.atom' }),
  json: (r) => ({ text: jsonFeedDoc(r), ext: '.json' }),
  html: (r) => ({ text: htmlDoc(r), ext: '.html' }),
  text: (r) => ({ text: textDoc(r), ext: '.txt' }),
  soup: (r) => ({ text: tagSoup(r, r.int(1, 3000)), ext: r.pick(['.html', '.xml', '.txt', '']) }),
  nested: (r) => ({
    text: r.pick([
      `<rss version="2.0"><channel><item><description>${nesting(r, 10_000)}`,
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml">${nesting(r, 10_000)}`,
      nesting(r, 10_000),
    ]),
    ext: r.pick(['.xml', '.html']),
  }),
  bytes: (r) => ({
    bytes: Buffer.from(Array.from({ length: r.int(0, 20_000) }, () => r.int(0, 255))),
    ext: r.pick(['.xml', '.html', '.txt', '.json', '']),
  }),
};
const GENERATOR_NAMES = Object.keys(GENERATORS);

const BASES = [null, 'https://news.example.org/2026/03/story.html', 'http://example.com/feed.xml'];

/** Pick a seed: feeds and article inputs most of the time, big real pages for a quarter of cases. */
function pickSeed(r, seeds) {
  const groups = [seeds.feeds, seeds.articles, seeds.pages].filter((g) => g.length > 0);
  const weights = [0.45, 0.35, 0.2].slice(0, groups.length);
  let x = r.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < groups.length; i++) {
    x -= weights[i];
    if (x <= 0) return r.pick(groups[i]);
  }
  return r.pick(groups[0]);
}

/** Case number `index` of the run seeded `seed`: same arguments, same bytes. */
export function makeCase(seed, index, seeds) {
  const r = tools(mulberry32(caseSeed(seed, index)));
  const all = [...seeds.feeds, ...seeds.articles, ...seeds.pages];
  let bytes;
  let ext;
  let label;
  if (all.length === 0 || r.chance(0.3)) {
    const name = r.pick(GENERATOR_NAMES);
    const made = GENERATORS[name](r);
    bytes = made.bytes ?? B(made.text);
    ext = made.ext;
    label = `gen:${name}`;
  } else {
    const s = pickSeed(r, seeds);
    const names = Array.from({ length: r.int(1, 3) }, () => r.pick(MUTATOR_NAMES));
    bytes = s.bytes;
    for (const m of names) bytes = MUTATORS[m](r, bytes, all);
    ext = s.ext;
    label = `${s.name}:${names.join('+')}`;
  }
  // Wrong or missing hints now and then: detection must not trust them.
  if (r.chance(0.1)) ext = r.pick(['.xml', '.html', '.txt', '.json', '.rss', '']);
  const contentType = r.chance(0.15)
    ? r.pick([
        'text/html',
        'application/xml',
        'application/json',
        'text/plain; charset=x-bogus',
        'text/html; charset=utf-16',
      ])
    : r.chance(0.5)
      ? contentTypeFor(ext)
      : null;
  return { index, label, bytes, contentType, location: `fuzz-${index}${ext}`, url: r.pick(BASES) };
}
