/** The SQL of the PostgreSQL store, in one place. `$n` parameters; ids and slugs compare as bytes ("C"). */

/**
 * One advisory lock for transactions that read or write items: dedup decisions are serialised.
 * With it, room to sort a document's side rows (thousands of band rows) in memory, for this
 * transaction only.
 */
export const ITEMS_LOCK = `SELECT pg_advisory_xact_lock(7306017532174729216), set_config('work_mem', '32MB', true)`;
/** Serialises read-modify-write of one source's state (the row may not exist yet). */
export const SOURCE_LOCK = `SELECT pg_advisory_xact_lock(hashtextextended('source:' || $1, 0))`;

export const VERSION_CHANNEL = 'feedwright_version';
export const READ_VERSION = `SELECT version::text AS version, items_modified FROM store_version`;
/**
 * Bump the version; NOTIFY (payload `schema:version`, as stores in other schemas of the database
 * share the channel) reaches every listening node when the transaction commits.
 */
export const BUMP_VERSION = `
  WITH v AS (
    UPDATE store_version SET version = version + 1, items_modified = now()
    RETURNING version, items_modified)
  SELECT version::text AS version, items_modified,
    pg_notify('${VERSION_CHANNEL}', current_schema() || ':' || version::text) FROM v`;

/**
 * The items holding each key, numbered by the key's place: identity keys ($1) as they are, band
 * keys ($2) hashed, after them. Both key lookups below open with it.
 */
const KEY_HITS = `
  WITH k AS (SELECT key, ord FROM unnest($1::text[]) WITH ORDINALITY AS k(key, ord)),
  b AS (SELECT hashtextextended(key, 0) AS band, ord FROM unnest($2::text[]) WITH ORDINALITY AS b(key, ord)),
  hits AS (
    SELECT k.ord, ik.item FROM k JOIN item_keys ik ON ik.key = k.key
    UNION ALL
    SELECT b.ord + 1000000, ib.item FROM b JOIN item_bands ib ON ib.band = b.band)`;

/** For each key (in order), the newest item holding it; identity keys and hashed band keys. */
export const FIND_BY_KEYS = `${KEY_HITS}
  SELECT DISTINCT ON (hits.ord) hits.ord, i.doc FROM hits JOIN items i ON i.seq = hits.item
  ORDER BY hits.ord, i.sort_ms DESC, i.id`;

/** Items holding the most of these keys, most first (ties: the earliest key, then newest). */
export const FIND_SIMILAR = `${KEY_HITS},
  ranked AS (
    SELECT item, count(*) AS n, min(ord) AS first FROM hits GROUP BY item
    ORDER BY n DESC, first LIMIT $3)
  SELECT i.doc FROM ranked r JOIN items i ON i.seq = r.item ORDER BY r.n DESC, r.first, i.sort_ms DESC, i.id`;

/**
 * Everything a document's dedup lookups need, in one round trip: which items hold each identity key
 * ($1) and band key ($2) (kind 'h': key, item seq), those items' sort data and documents (kind
 * 'i'; the documents of items found only by a band are left out past $3 items, and read when
 * ranked), and which of the keys are tombstoned (kind 't').
 */
export const PREFETCH = `
  WITH k AS (SELECT DISTINCT key FROM unnest($1::text[]) AS key),
  b AS (SELECT key, hashtextextended(key, 0) AS band FROM (SELECT DISTINCT key FROM unnest($2::text[]) AS key) d),
  hits AS (
    SELECT k.key, ik.item, true AS identity FROM k JOIN item_keys ik ON ik.key = k.key
    UNION ALL
    SELECT b.key, ib.item, false FROM b JOIN item_bands ib ON ib.band = b.band),
  held AS (SELECT item, bool_or(identity) AS identity FROM hits GROUP BY item),
  many AS (SELECT count(*) > $3 AS yes FROM held)
  SELECT 'h' AS kind, key, item::text AS seq, NULL AS id, NULL AS sort_ms, NULL AS doc FROM hits
  UNION ALL
  SELECT 'i', NULL, i.seq::text, i.id, i.sort_ms::text, CASE WHEN held.identity OR NOT many.yes THEN i.doc::text END
  FROM held JOIN items i ON i.seq = held.item, many
  UNION ALL
  SELECT 't', key, NULL, NULL, NULL, NULL FROM tombstones WHERE key = ANY($1::text[] || $2::text[])`;

/** Documents by id, as text (the working set parses a fresh copy for each reader). */
export const DOCS_BY_ID = `SELECT id, doc::text AS doc FROM items WHERE id = ANY($1::text[])`;

export const IS_TOMBSTONED = `SELECT 1 FROM tombstones WHERE key = ANY($1::text[]) LIMIT 1`;

/**
 * Insert or replace many items and their side rows in one statement: side
 * rows no longer wanted are deleted, new ones inserted, rows that stay are left alone. Items are
 * given as parallel arrays ($1 id, $2 sort_ms, $3 doc, $4–$6 folded headline, standfirst, body),
 * side rows as (item id, value) pairs: $7/$8 identity keys, $9/$10 band keys, $11/$12/$13 tag
 * slugs and json, $14/$15 sources. Ids, and side rows per item, must be unique.
 */
export const PUT_ITEMS = `
  WITH input AS (
    SELECT * FROM unnest($1::text[], $2::bigint[], $3::json[], $4::text[], $5::text[], $6::text[])
      AS t(id, sort_ms, doc, headline, standfirst, body)),
  up AS (
    INSERT INTO items (id, sort_ms, doc, search)
    SELECT id, sort_ms, doc, setweight(to_tsvector('simple', headline), 'A') ||
      setweight(to_tsvector('simple', standfirst), 'B') || setweight(to_tsvector('simple', body), 'C')
    FROM input
    ON CONFLICT (id) DO UPDATE SET sort_ms = EXCLUDED.sort_ms, doc = EXCLUDED.doc, search = EXCLUDED.search
    RETURNING seq, id, sort_ms, xmax <> 0 AS replaced),
  -- Only replaced items can have side rows to delete; looked up by item (index), never scanned.
  old AS (SELECT ARRAY(SELECT seq FROM up WHERE replaced) AS seqs),
  keys AS (SELECT up.seq, k.key FROM unnest($7::text[], $8::text[]) AS k(id, key) JOIN up ON up.id = k.id),
  dk AS (DELETE FROM item_keys x WHERE x.item = ANY((SELECT seqs FROM old)::bigint[])
         AND NOT EXISTS (SELECT 1 FROM keys WHERE keys.seq = x.item AND keys.key = x.key)),
  ik AS (INSERT INTO item_keys (key, item) SELECT key, seq FROM keys ON CONFLICT DO NOTHING),
  bands AS (SELECT DISTINCT up.seq, hashtextextended(b.key, 0) AS band
            FROM unnest($9::text[], $10::text[]) AS b(id, key) JOIN up ON up.id = b.id),
  db AS (DELETE FROM item_bands x WHERE x.item = ANY((SELECT seqs FROM old)::bigint[])
         AND NOT EXISTS (SELECT 1 FROM bands WHERE bands.seq = x.item AND bands.band = x.band)),
  ib AS (INSERT INTO item_bands (band, item) SELECT band, seq FROM bands ON CONFLICT DO NOTHING),
  tags AS (SELECT up.seq, up.id, up.sort_ms, t.slug, t.tag
           FROM unnest($11::text[], $12::text[], $13::json[]) AS t(id, slug, tag) JOIN up ON up.id = t.id),
  dt AS (DELETE FROM item_tags x WHERE x.item = ANY((SELECT seqs FROM old)::bigint[])
         AND NOT EXISTS (SELECT 1 FROM tags WHERE tags.seq = x.item AND tags.slug = x.slug)),
  it AS (INSERT INTO item_tags (slug, item, sort_ms, id, tag) SELECT slug, seq, sort_ms, id, tag FROM tags
         ON CONFLICT (slug, item) DO UPDATE SET sort_ms = EXCLUDED.sort_ms, tag = EXCLUDED.tag),
  srcs AS (SELECT up.seq, up.id, up.sort_ms, s.source
           FROM unnest($14::text[], $15::text[]) AS s(id, source) JOIN up ON up.id = s.id),
  ds AS (DELETE FROM item_sources x WHERE x.item = ANY((SELECT seqs FROM old)::bigint[])
         AND NOT EXISTS (SELECT 1 FROM srcs WHERE srcs.seq = x.item AND srcs.source = x.source)),
  iso AS (INSERT INTO item_sources (source, item, sort_ms, id) SELECT source, seq, sort_ms, id FROM srcs
          ON CONFLICT (source, item) DO UPDATE SET sort_ms = EXCLUDED.sort_ms)
  SELECT count(*)::int AS n FROM up`;

/**
 * Retention: delete items past the newest $1 (0: no cap) or older than $2 ms (null: none), leaving
 * tombstones on their identity keys (similarity bands are shared by unrelated stories).
 */
export const APPLY_RETENTION = `
  WITH doomed AS (
    SELECT seq FROM (SELECT seq FROM items ORDER BY sort_ms DESC, id OFFSET $1) capped WHERE $1 > 0
    UNION
    SELECT seq FROM items WHERE $2::bigint IS NOT NULL AND sort_ms < $2::bigint),
  gone AS (DELETE FROM items WHERE seq IN (SELECT seq FROM doomed) RETURNING seq, id),
  stones AS (INSERT INTO tombstones (key, item_id)
    SELECT DISTINCT ON (ik.key) ik.key, g.id FROM gone g JOIN item_keys ik ON ik.item = g.seq
    ORDER BY ik.key
    ON CONFLICT (key) DO UPDATE SET item_id = EXCLUDED.item_id)
  SELECT count(*)::int AS removed FROM gone`;

/**
 * Remove items for good ($1: their ids, or one source's items), leaving tombstones on their
 * identity keys as retention does (item_keys holds no band); the ids removed.
 */
export function removeItemsSql(by: 'ids' | 'source'): string {
  const doomed = by === 'ids' ? 'id = ANY($1::text[])' : 'seq IN (SELECT item FROM item_sources WHERE source = $1)';
  return `
  WITH gone AS (DELETE FROM items WHERE ${doomed} RETURNING seq, id),
  stones AS (INSERT INTO tombstones (key, item_id)
    SELECT DISTINCT ON (ik.key) ik.key, g.id FROM gone g JOIN item_keys ik ON ik.item = g.seq
    ORDER BY ik.key
    ON CONFLICT (key) DO UPDATE SET item_id = EXCLUDED.item_id)
  SELECT id FROM gone`;
}

export type Scope = { kind: 'all' } | { kind: 'tag'; slug: string } | { kind: 'source'; id: string };
export type Page = { kind: 'first' } | { kind: 'before' | 'after'; date: number; id: string };

/**
 * A feed page, newest first; the cursor conditions follow compareToCursor (date, then id
 * ascending). An 'after' page reads the nearest newer items oldest first: the caller reverses it.
 */
export function listItemsQuery(scope: Scope, page: Page, limit: number | null): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (v: unknown): string => `$${values.push(v)}`;
  const from =
    scope.kind === 'all'
      ? 'items x'
      : `${scope.kind === 'tag' ? 'item_tags' : 'item_sources'} x JOIN items i ON i.seq = x.item`;
  const conds: string[] = [];
  if (scope.kind === 'tag') conds.push(`x.slug = ${param(scope.slug)}`);
  if (scope.kind === 'source') conds.push(`x.source = ${param(scope.id)}`);
  if (page.kind !== 'first') {
    const d = param(page.date);
    const id = param(page.id);
    conds.push(
      page.kind === 'before'
        ? `(x.sort_ms < ${d} OR (x.sort_ms = ${d} AND x.id > ${id}))`
        : `(x.sort_ms > ${d} OR (x.sort_ms = ${d} AND x.id < ${id}))`,
    );
  }
  const order = page.kind === 'after' ? 'x.sort_ms ASC, x.id DESC' : 'x.sort_ms DESC, x.id ASC';
  const where = conds.length ? ` WHERE ${conds.join(' AND ')}` : '';
  const cap = limit === null ? '' : ` LIMIT ${param(limit)}`;
  const doc = scope.kind === 'all' ? 'x.doc' : 'i.doc';
  return { text: `SELECT ${doc} AS doc FROM ${from}${where} ORDER BY ${order}${cap}`, values };
}

/** Every tag with its item count; the tag as the newest item holding it spells it. */
export const LIST_TAGS = `
  SELECT DISTINCT ON (slug) tag, count(*) OVER (PARTITION BY slug)::int AS n
  FROM item_tags ORDER BY slug, sort_ms DESC, id`;

/**
 * Full-text search: items holding every word ($1, folded; words of 4+ letters also as prefixes),
 * one page ($2 limit, $3 offset) with the total, best match (headline > standfirst > body) or
 * newest first.
 */
export function searchSql(order: 'relevance' | 'newest'): string {
  const by = order === 'newest' ? 'sort_ms DESC, id' : 'ts_rank(search, q) DESC, sort_ms DESC, id';
  return `
  WITH q AS (
    SELECT to_tsquery('simple', string_agg(quote_literal(w) || CASE WHEN length(w) >= 4 THEN ':*' ELSE '' END, ' & ')) AS q
    FROM unnest($1::text[]) AS w)
  SELECT doc, count(*) OVER ()::int AS total FROM items, q WHERE search @@ q.q
  ORDER BY ${by} LIMIT $2 OFFSET $3`;
}
