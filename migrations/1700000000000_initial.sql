-- feedwright's PostgreSQL store (src/store/postgres). Plain SQL, applied by node-pg-migrate through
-- `feedwright migrate`; its own table (pgmigrations) records what ran.

-- Up Migration

-- Items: the stored item as a document, plus side tables that index what queries look up.
-- `doc` is json, not jsonb: json keeps the text as written (key order included), so feeds and
-- `items --json` come out byte-identical to the embedded store's; jsonb reorders keys and refuses
-- \u0000 in strings.
CREATE TABLE items (
  seq bigserial PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  -- The sort date (published, else first seen) in epoch milliseconds, as the embedded store compares it.
  sort_ms bigint NOT NULL,
  doc json NOT NULL
);
CREATE INDEX items_newest ON items (sort_ms DESC, id);

-- Identity keys (guid, canonical URL, content hash): several items may hold one key.
CREATE TABLE item_keys (
  key text COLLATE "C" NOT NULL,
  item bigint NOT NULL REFERENCES items (seq) ON DELETE CASCADE,
  PRIMARY KEY (key, item)
);
CREATE INDEX item_keys_item ON item_keys (item);

-- Near-duplicate (LSH) band keys as (band, item) rows, the band key hashed to 64 bits
-- (hashtextextended): any number of items per band value.
CREATE TABLE item_bands (
  band bigint NOT NULL,
  item bigint NOT NULL REFERENCES items (seq) ON DELETE CASCADE,
  PRIMARY KEY (band, item)
);
CREATE INDEX item_bands_item ON item_bands (item);

-- Tag and source feeds: (slug, sort time) indexes serve a feed page and cursor paging.
CREATE TABLE item_tags (
  slug text COLLATE "C" NOT NULL,
  item bigint NOT NULL REFERENCES items (seq) ON DELETE CASCADE,
  sort_ms bigint NOT NULL,
  id text COLLATE "C" NOT NULL,
  tag json NOT NULL,
  PRIMARY KEY (slug, item)
);
CREATE INDEX item_tags_feed ON item_tags (slug, sort_ms DESC, id);
CREATE INDEX item_tags_item ON item_tags (item);

CREATE TABLE item_sources (
  source text COLLATE "C" NOT NULL,
  item bigint NOT NULL REFERENCES items (seq) ON DELETE CASCADE,
  sort_ms bigint NOT NULL,
  id text COLLATE "C" NOT NULL,
  PRIMARY KEY (source, item)
);
CREATE INDEX item_sources_feed ON item_sources (source, sort_ms DESC, id);
CREATE INDEX item_sources_item ON item_sources (item);

-- Keys of deleted or expired items: they never come back as new items.
CREATE TABLE tombstones (
  key text COLLATE "C" PRIMARY KEY,
  item_id text NOT NULL
);

-- One row: bumped by every transaction that changes items; caches on every node key on it, and
-- each bump is announced with NOTIFY feedwright_version.
CREATE TABLE store_version (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  version bigint NOT NULL,
  items_modified timestamptz
);
INSERT INTO store_version (one, version, items_modified) VALUES (true, 0, NULL);

-- What each source's runs left (SourceState as json).
CREATE TABLE source_states (
  id text COLLATE "C" PRIMARY KEY,
  state json NOT NULL
);

-- Source claims: which node runs a remote source next and until when it holds it.
CREATE TABLE source_claims (
  id text COLLATE "C" PRIMARY KEY,
  schedule text NOT NULL,
  -- The slot the next run is for (cron), or the retry time after a failure.
  next_run_at timestamptz NOT NULL,
  lease_owner text,
  lease_token bigint,
  lease_until timestamptz,
  failures integer NOT NULL DEFAULT 0
);
CREATE INDEX source_claims_due ON source_claims (next_run_at);
CREATE SEQUENCE source_claim_tokens;

-- Raw fetched documents, one per (source key, location), for `ingest --offline`.
CREATE TABLE raw_documents (
  key text COLLATE "C" NOT NULL,
  location text COLLATE "C" NOT NULL,
  url text,
  content_type text,
  fetched_at text NOT NULL,
  sha256 text NOT NULL,
  bytes bytea NOT NULL,
  put_seq bigserial NOT NULL,
  PRIMARY KEY (key, location)
);

-- The built-in WebSub hub's subscriptions and what it delivered (store/websub.json otherwise).
CREATE TABLE websub_subscriptions (
  topic text COLLATE "C" NOT NULL,
  callback text COLLATE "C" NOT NULL,
  secret text,
  lease_seconds integer NOT NULL,
  expires_at text NOT NULL,
  last_etag text,
  PRIMARY KEY (topic, callback)
);
CREATE TABLE websub_published (
  topic text COLLATE "C" PRIMARY KEY,
  etag text NOT NULL
);

-- Down Migration
DROP TABLE websub_published;
DROP TABLE websub_subscriptions;
DROP TABLE raw_documents;
DROP SEQUENCE source_claim_tokens;
DROP TABLE source_claims;
DROP TABLE source_states;
DROP TABLE store_version;
DROP TABLE tombstones;
DROP TABLE item_sources;
DROP TABLE item_tags;
DROP TABLE item_bands;
DROP TABLE item_keys;
DROP TABLE items;
