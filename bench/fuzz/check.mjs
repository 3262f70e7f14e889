// One case through parse → normalise → publish, and the checks on what is published.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';

/** The caps the pipeline applies by default (src/config/env.ts). */
const LIMITS = { maxItems: 500, maxFieldChars: 2000, maxContentChars: 500_000 };
/** Items per published page: the HTTP layer's default page size is 50. */
const PAGE = 50;
const BASE = 'http://localhost:8080';

/** Characters that must never reach a published document (XML 1.0 Char production, plus noncharacters). */
const FORBIDDEN_CHAR =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** What a reader must never receive in published HTML: checked on real tags only (text has `&lt;`). */
const UNSAFE_TAG = [
  [
    /^<(?:script|iframe|frame|object|embed|applet|style|form|input|button|svg|math|base|meta|link)\b/i,
    'active element',
  ],
];
/** Attributes of a tag as published (sanitize-html quotes every value). */
const ATTRIBUTE = /\s([^\s="'>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'srcset', 'poster', 'formaction', 'xlink:href']);

/** Import the built modules the pipeline uses, from `dist`. */
export async function loadLib(dist) {
  const imp = (p) => import(pathToFileURL(path.join(dist, p)).href);
  const [normalise, publish, errors, limits] = await Promise.all([
    imp('normalise/index.js'),
    imp('publish/index.js'),
    imp('errors/index.js'),
    imp('pipeline/limits.js'),
  ]);
  return {
    normaliseDocument: normalise.normaliseDocument,
    renderFeed: publish.renderFeed,
    ParseError: errors.ParseError,
    limitItems: limits.limitItems,
  };
}

const hex = (n, width) => n.toString(16).padStart(width, '0').slice(-width);
const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'tag';

/** The StoredItem the store would hold for a normalised item (ids and dates fixed, tags from its fields). */
export function toStored(item, i, doc) {
  const tags = [
    ...(item.section ? [{ label: item.section, slug: slug(item.section), kind: 'section' }] : []),
    ...item.categories.map((c) => ({ label: c, slug: slug(c), kind: 'category' })),
    ...item.topics.map((t) => ({ label: t, slug: slug(t), kind: 'topic' })),
    { label: 'Fuzz', slug: 'fuzz', kind: 'source' },
  ];
  const origin = {
    source: doc.location,
    guid: item.guid,
    url: item.url,
    fetchedAt: '2026-03-01T00:00:00.000Z',
  };
  // Every other item was "also reported" by a second source, so the credit line is published too.
  const origins = i % 2 ? [origin, { ...origin, source: `https://mirror.example/${i}` }] : [origin];
  return {
    ...item,
    id: `00000000-0000-4000-8000-${hex(doc.index * 1000 + i, 12)}`,
    tags,
    origins,
    keys: [`guid:${item.guid ?? i}`],
    contentHash: `sha256:${i}`,
    firstSeen: '2026-03-01T00:00:00.000Z',
    modified: item.updated ?? item.published ?? '2026-03-01T00:00:00.000Z',
  };
}

function descriptor(format, title) {
  const page = (ext) => `${BASE}/feed.${ext}?limit=${PAGE}`;
  return {
    title: 'Fuzz & <friends>',
    description: 'Everything the fuzzer could get through.',
    language: 'en',
    selfUrl: page(format),
    homeUrl: `${BASE}/`,
    baseUrl: BASE,
    links: { rss: page('rss'), atom: page('atom'), json: page('json') },
    sourceTitles: title ? { 'fuzz-source': title } : {},
  };
}

/** Walk every string of a parsed JSON document. */
function* strings(v) {
  if (typeof v === 'string') yield v;
  else if (Array.isArray(v)) for (const x of v) yield* strings(x);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) yield* strings(x);
}

function unsafe(html) {
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    const hit = UNSAFE_TAG.find(([re]) => re.test(tag));
    if (hit) return `${hit[1]} (${tag.slice(0, 80)})`;
    for (const [, name, ...values] of tag.slice(1).matchAll(ATTRIBUTE)) {
      const n = name.toLowerCase();
      const value = (values.find((v) => v !== undefined) ?? '').trim().toLowerCase();
      if (n.startsWith('on')) return `event handler ${n} (${tag.slice(0, 80)})`;
      if (URL_ATTRIBUTES.has(n) && /^(?:javascript|vbscript|data):/.test(value))
        return `script or data URL (${tag.slice(0, 80)})`;
    }
  }
  return null;
}

/** What is wrong with a published document, or null when it is valid. */
export function problemWith(format, out) {
  if (typeof out !== 'string') return 'not a string';
  if (format === 'json') {
    let doc;
    try {
      doc = JSON.parse(out);
    } catch (err) {
      return `JSON does not parse: ${err.message}`;
    }
    for (const s of strings(doc))
      if (FORBIDDEN_CHAR.test(s)) return 'control character or lone surrogate in a JSON string';
    for (const item of doc.items ?? []) {
      const why = typeof item.content_html === 'string' ? unsafe(item.content_html) : null;
      if (why) return `${why} in content_html`;
    }
    return null;
  }
  const m = FORBIDDEN_CHAR.exec(out);
  if (m) return `XML-invalid character U+${hex(m[0].charCodeAt(0), 4).toUpperCase()} at ${m.index}`;
  const valid = XMLValidator.validate(out);
  if (valid !== true) return `not well-formed: ${valid.err.msg} (line ${valid.err.line})`;
  return null;
}

const describeError = (err) => (err instanceof Error ? (err.stack ?? err.message) : String(err));

/**
 * Run one case. Outcomes: ok, refused (a ParseError: a clean refusal), crash (any other exception,
 * in normalising or publishing) or invalid (a published document fails a check).
 */
export async function runCase(lib, doc) {
  let result;
  try {
    result = await lib.normaliseDocument({
      bytes: doc.bytes,
      contentType: doc.contentType,
      location: doc.location,
      url: doc.url,
    });
  } catch (err) {
    if (err instanceof lib.ParseError) return { outcome: 'refused', detail: err.message.slice(0, 200) };
    return { outcome: 'crash', detail: `normalise: ${describeError(err)}` };
  }
  try {
    const { items } = lib.limitItems(result.items, LIMITS);
    const stored = items.slice(0, PAGE).map((item, i) => toStored(item, i, doc));
    // CPU spent checking the output is the harness's, not the pipeline's: reported apart.
    let checkCpuMs = 0;
    for (const format of ['rss', 'atom', 'json']) {
      const out = lib.renderFeed(format, descriptor(format, result.feed?.title ?? null), stored);
      const before = process.cpuUsage();
      const problem = problemWith(format, out);
      const used = process.cpuUsage(before);
      checkCpuMs += (used.user + used.system) / 1000;
      if (problem) return { outcome: 'invalid', detail: `${format}: ${problem}`, checkCpuMs };
    }
    return { outcome: 'ok', items: items.length, checkCpuMs };
  } catch (err) {
    return { outcome: 'crash', detail: `publish: ${describeError(err)}` };
  }
}
