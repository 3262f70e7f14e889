// feedparser's entry keys → our item fields, and what counts as the same value. README.md in this
// folder lists the same rules in prose; keep the two in step.
import { parseHTML } from 'linkedom';

/** Thrown when a test asserts something our items do not carry: the test does not apply. */
export class NotApplicable extends Error {}

// ---- representations -------------------------------------------------------------------------

const ENTITY = /&(?:[A-Za-z][\w.-]*|#\d+|#x[0-9A-Fa-f]+);/;
const CLOSE_TAG = /<\/[A-Za-z][\w:.-]*\s*>/;
const EMPTY_TAG = /<[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/>/;
const VOID_TAG = /<(?:img|br|hr)\b[^<>]*>/i;

/**
 * feedparser gives HTML for html/xhtml constructs and text for text ones; the value itself tells
 * which: markup has a closing tag, an empty-element tag, an image or line break, or an entity.
 */
export const isMarkup = (s) => ENTITY.test(s) || CLOSE_TAG.test(s) || EMPTY_TAG.test(s) || VOID_TAG.test(s);

function fragment(html) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script, style')) el.remove();
  return document.body;
}

export const htmlText = (html) => fragment(html ?? '').textContent ?? '';

/** Absolute http(s) addresses the markup links to or embeds. */
export function urlsOf(html) {
  if (!html) return [];
  return [...fragment(html).querySelectorAll('[href], [src]')]
    .map((el) => el.getAttribute('href') ?? el.getAttribute('src'))
    .filter((u) => /^https?:/i.test(u ?? ''))
    .map(normUrl);
}

/** White space (its amount and where it falls) is representation. */
const squash = (s) => (s ?? '').replace(/\s+/g, '');

/** The text an expected value stands for: markup's text, or the text itself. */
const expectedText = (s) => (isMarkup(s) ? htmlText(s) : s);

/** URL serialisation (WHATWG: lower-case host, `/` for an empty path, IRI characters escaped). */
export function normUrl(u) {
  const t = (u ?? '').trim();
  try {
    return new URL(t).href;
  } catch {
    return t;
  }
}

/** A person as written with an address ("a@b (Name)", "Name (a@b)", "Name <a@b>") → the name. */
function nameOf(s) {
  const t = s.trim();
  const m =
    /^\S+@\S+\s*\((.+)\)$/.exec(t) ?? /^(.+?)\s*\(\s*\S+@\S+\s*\)$/.exec(t) ?? /^(.+?)\s*<\S+@\S+>$/.exec(t);
  return (m ? m[1] : t).trim();
}

/** A date as feedparser gives it: the source's string, or a UTC struct_time tuple. Seconds since the epoch. */
function expectedInstant(v) {
  if (Array.isArray(v)) return Date.UTC(v[0], v[1] - 1, v[2], v[3], v[4], v[5]) / 1000;
  const ms = Date.parse(String(v));
  return Number.isNaN(ms) ? null : Math.floor(ms / 1000);
}

// ---- our values, each with its comparison ---------------------------------------------------------

/** One of our values and how an expected literal is compared with it. */
class Ours {
  constructor(field, value, equals) {
    this.field = field;
    this.value = value;
    this.equalsExpected = equals;
  }
  get empty() {
    const v = this.value;
    return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  }
}

const sameText = (ours, want) => squash(ours) === squash(expectedText(want));

function textValue(field, value) {
  return new Ours(field, value, (want) => sameText(value ?? '', want));
}

/** Plain text (ours) against markup or text (theirs); the addresses in theirs must be in our content. */
function richValue(field, value, item) {
  const ours = urlsOf(item.contentHtml);
  return new Ours(
    field,
    value,
    (want) => sameText(value ?? '', want) && urlsOf(want).every((u) => ours.includes(u)),
  );
}

const urlValue = (field, value) => new Ours(field, value, (want) => normUrl(value) === normUrl(want));
const dateValue = (field, iso) =>
  new Ours(
    field,
    iso,
    (want) => iso !== null && expectedInstant(want) === Math.floor(Date.parse(iso) / 1000),
  );

function bylineNames(byline) {
  return (byline ?? '').split(/, | and /).map((n) => n.trim());
}

/** Every address an item keeps: its link, enclosures and image. */
const itemUrls = (item) =>
  [item.url, ...item.enclosures.map((e) => e.url), item.image?.url].filter(Boolean).map(normUrl);

const enclosureOf = (item, i) => {
  const e = item.enclosures[i];
  if (!e) return { url: null, type: null, length: null };
  return e;
};

/**
 * Keys under `entries[N]` (dots between segments, indexes as `#`), in the order tried; the
 * function gets the item and the indexes. A key not listed makes its test not applicable.
 */
const KEYS = [
  [/^(title|title_detail\.value)$/, (it) => textValue('title', it.title)],
  [/^(summary|description|summary_detail\.value)$/, (it) => richValue('summary', it.summary, it)],
  [/^content\.#\.value$/, (it) => richValue('contentHtml', htmlText(it.contentHtml), it)],
  [/^link$/, (it) => urlValue('url', it.url)],
  [
    /^links\.#\.href$/,
    (it) => new Ours('url/enclosures', itemUrls(it), (want) => itemUrls(it).includes(normUrl(want))),
  ],
  [
    /^(id|guid)$/,
    (it) => new Ours('guid', it.guid, (want) => (it.guid ?? '').trim() === String(want).trim()),
  ],
  [/^(published|issued|created)(_parsed)?$/, (it) => dateValue('published', it.published)],
  [/^(updated|modified|date)(_parsed)?$/, (it) => dateValue('updated', it.updated ?? it.published)],
  [
    /^(author|author_detail\.name)$/,
    (it) => new Ours('byline', it.byline, (want) => (it.byline ?? '') === nameOf(String(want))),
  ],
  [
    /^authors\.#\.name$/,
    (it) => new Ours('byline', it.byline, (want) => bylineNames(it.byline).includes(nameOf(String(want)))),
  ],
  [
    /^(tags\.#\.term|category)$/,
    (it) =>
      new Ours('categories', it.categories, (want) =>
        it.categories.some((c) => squash(c).toLowerCase() === squash(String(want)).toLowerCase()),
      ),
  ],
  [/^tags$/, (it) => new Ours('categories', it.categories, () => false)],
  [/^enclosures\.#\.(href|url)$/, (it, [i]) => urlValue('enclosures', enclosureOf(it, i).url)],
  [
    /^enclosures\.#\.type$/,
    (it, [i]) => new Ours('enclosures', enclosureOf(it, i).type, (want) => enclosureOf(it, i).type === want),
  ],
  [
    /^enclosures\.#\.length$/,
    (it, [i]) =>
      new Ours(
        'enclosures',
        enclosureOf(it, i).length,
        (want) => String(enclosureOf(it, i).length) === String(want),
      ),
  ],
  [
    /^(media_thumbnail\.#\.url|media_content\.#\.url|image\.href)$/,
    (it) => new Ours('image/enclosures', itemUrls(it), (want) => itemUrls(it).includes(normUrl(want))),
  ],
  [
    /^language$/,
    (it) =>
      new Ours(
        'language',
        it.language,
        (want) => (it.language ?? '').toLowerCase() === String(want).toLowerCase(),
      ),
  ],
];

/** `entries[0]['content'][0]['value']` → `content.#.value` and the indexes [0]. */
export function resolveEntryKey(item, segments) {
  const indexes = [];
  const key = segments
    .map((s) => {
      if (typeof s === 'number') {
        indexes.push(s);
        return '#';
      }
      return s;
    })
    .join('.');
  for (const [pattern, make] of KEYS) if (pattern.test(key)) return make(item, indexes);
  throw new NotApplicable(key);
}

// ---- evaluation --------------------------------------------------------------------------------

/** The chain `entries[0]['a'].b` as segments, or null when the node is not such a chain. */
function chain(node) {
  const segs = [];
  for (let n = node; ;) {
    if (n.k === 'name') return n.v === 'entries' ? segs.reverse() : null;
    if (n.k === 'sub') {
      if (n.index.k !== 'lit') return null;
      segs.push(n.index.v);
      n = n.of;
    } else if (n.k === 'attr') {
      segs.push(n.name);
      n = n.of;
    } else return null;
  }
}

function literal(node) {
  switch (node.k) {
    case 'lit':
      return node.v;
    case 'neg':
      return -literal(node.of);
    case 'add':
      return literal(node.a) + literal(node.b);
    case 'tuple':
    case 'list':
      return node.items.map(literal);
    default:
      throw new NotApplicable(`expression ${node.k}`);
  }
}

/** Evaluate one entry-level clause against our items: a boolean, or NotApplicable. */
export function evaluate(node, items) {
  const value = (n) => {
    const segs = chain(n);
    if (segs) {
      if (segs.length === 0) return items;
      const [index, ...rest] = segs;
      if (typeof index !== 'number') throw new NotApplicable(`entries.${index}`);
      const item = items.at(index);
      // Resolve against an empty item first, so a key we do not map stays "not applicable".
      if (!item) return (resolveEntryKey(EMPTY, rest), MISSING);
      if (rest.length === 0) throw new NotApplicable('a whole entry');
      return resolveEntryKey(item, rest);
    }
    if (n.k === 'call' && n.fn.k === 'name' && n.fn.v === 'len') {
      const v = value(n.args[0]);
      if (v === items) return items.length;
      if (v instanceof Ours && Array.isArray(v.value)) return v.value.length;
      throw new NotApplicable('len()');
    }
    return literal(n);
  };
  const equal = (a, b) => {
    if (a === MISSING || b === MISSING) return false;
    if (a instanceof Ours && b instanceof Ours) return a.equalsExpected(b.value);
    if (a instanceof Ours) return b === null ? a.empty : a.equalsExpected(b);
    if (b instanceof Ours) return equal(b, a);
    return JSON.stringify(a) === JSON.stringify(b);
  };
  const truthy = (v) => (v === MISSING ? false : v instanceof Ours ? !v.empty : Boolean(v));
  const ev = (n) => {
    switch (n.k) {
      case 'and':
        return n.parts.every(ev);
      case 'or':
        return n.parts.some(ev);
      case 'not':
        return !ev(n.of);
      case 'cmp': {
        const vals = n.operands.map(value);
        // `a == b == 'x'`: each of ours must equal the literal (ours are compared with literals only).
        const last = vals[vals.length - 1];
        if (n.ops.every((op) => op === '==') && !(last instanceof Ours)) {
          return vals.slice(0, -1).every((v) => equal(v, last));
        }
        return n.ops.every((op, i) => {
          const [a, b] = [vals[i], vals[i + 1]];
          if (op === '==' || (op === 'is' && b === null)) return equal(a, b);
          if (op === '!=' || (op === 'is not' && b === null)) return !equal(a, b);
          throw new NotApplicable(`operator ${op}`);
        });
      }
      default:
        return truthy(value(n));
    }
  };
  return ev(node);
}

const MISSING = Symbol('no such entry');
const EMPTY = {
  guid: null,
  url: null,
  title: null,
  summary: null,
  byline: null,
  published: null,
  updated: null,
  image: null,
  categories: [],
  contentHtml: '',
  enclosures: [],
  language: null,
};
