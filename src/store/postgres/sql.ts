/** The SQL of the PostgreSQL store, in one place. `$n` parameters; ids and slugs compare as bytes ("C"). */

/** One advisory lock for transactions that read or write items: dedup decisions are serialised. */
export const ITEMS_LOCK = `SELECT pg_advisory_xact_lock(7306017532174729216)`;
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

/** For each key (in order), the newest item holding it; identity keys and hashed band keys. */
export const FIND_BY_KEYS = `
  WITH k AS (SELECT key, ord FROM unnest($1::text[]) WITH ORDINALITY AS k(key, ord)),
  b AS (SELECT hashtextextended(key, 0) AS band, ord FROM unnest($2::text[]) WITH ORDINALITY AS b(key, ord)),
  hits AS (
    SELECT k.ord, ik.item FROM k JOIN item_keys ik ON ik.key = k.key
    UNION ALL
    SELECT b.ord + 1000000, ib.item FROM b JOIN item_bands ib ON ib.band = b.band)
  SELECT DISTINCT ON (hits.ord) hits.ord, i.doc FROM hits JOIN items i ON i.seq = hits.item
  ORDER BY hits.ord, i.sort_ms DESC, i.id`;

/** Items holding the most of these keys, most first (ties: the earliest key, then newest). */
export const FIND_SIMILAR = `
  WITH k AS (SELECT key, ord FROM unnest($1::text[]) WITH ORDINALITY AS k(key, ord)),
  b AS (SELECT hashtextextended(key, 0) AS band, ord FROM unnest($2::text[]) WITH ORDINALITY AS b(key, ord)),
  hits AS (
    SELECT k.ord, ik.item FROM k JOIN item_keys ik ON ik.key = k.key
    UNION ALL
    SELECT b.ord + 1000000, ib.item FROM b JOIN item_bands ib ON ib.band = b.band),
  ranked AS (
    SELECT item, count(*) AS n, min(ord) AS first FROM hits GROUP BY item
    ORDER BY n DESC, first LIMIT $3)
  SELECT i.doc FROM ranked r JOIN items i ON i.seq = r.item ORDER BY r.n DESC, r.first, i.sort_ms DESC, i.id`;

export const IS_TOMBSTONED = `SELECT 1 FROM tombstones WHERE key = ANY($1::text[]) LIMIT 1`;

/**
 * Insert or replace an item and its side rows in one statement. Side rows no longer wanted are
 * deleted and new ones inserted; rows that stay are left alone (sub-statements share one snapshot,
 * so deleting and re-inserting the same row in one statement would collide).
 * $1 id, $2 sort_ms, $3 doc, $4 identity keys, $5 band keys, $6 tag slugs, $7 tag json, $8 sources,
 * $9–$11 headline, standfirst and body with case and accents folded (full-text search).
 */
export const PUT_ITEM = `
  WITH up AS (
    INSERT INTO items (id, sort_ms, doc, search) VALUES ($1, $2, $3,
      setweight(to_tsvector('simple', $9), 'A') || setweight(to_tsvector('simple', $10), 'B') ||
      setweight(to_tsvector('simple', $11), 'C'))
    ON CONFLICT (id) DO UPDATE SET sort_ms = EXCLUDED.sort_ms, doc = EXCLUDED.doc, search = EXCLUDED.search
    RETURNING seq),
  dk AS (DELETE FROM item_keys WHERE item = (SELECT seq FROM up) AND key <> ALL($4::text[])),
  ik AS (INSERT INTO item_keys (key, item) SELECT k, (SELECT seq FROM up) FROM unnest($4::text[]) AS k
         ON CONFLICT DO NOTHING),
  db AS (DELETE FROM item_bands WHERE item = (SELECT seq FROM up)
         AND band <> ALL(ARRAY(SELECT hashtextextended(k, 0) FROM unnest($5::text[]) AS k))),
  ib AS (INSERT INTO item_bands (band, item)
         SELECT DISTINCT hashtextextended(k, 0), (SELECT seq FROM up) FROM unnest($5::text[]) AS k
         ON CONFLICT DO NOTHING),
  dt AS (DELETE FROM item_tags WHERE item = (SELECT seq FROM up) AND slug <> ALL($6::text[])),
  it AS (INSERT INTO item_tags (slug, item, sort_ms, id, tag)
         SELECT s, (SELECT seq FROM up), $2, $1, t FROM unnest($6::text[], $7::json[]) AS x(s, t)
         ON CONFLICT (slug, item) DO UPDATE SET sort_ms = EXCLUDED.sort_ms, tag = EXCLUDED.tag),
  ds AS (DELETE FROM item_sources WHERE item = (SELECT seq FROM up) AND source <> ALL($8::text[])),
  iso AS (INSERT INTO item_sources (source, item, sort_ms, id)
         SELECT s, (SELECT seq FROM up), $2, $1 FROM unnest($8::text[]) AS s
         ON CONFLICT (source, item) DO UPDATE SET sort_ms = EXCLUDED.sort_ms)
  SELECT seq FROM up`;

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
