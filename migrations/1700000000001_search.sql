-- Full-text search over items (Store.searchItems): headline, standfirst and body as a tsvector,
-- case and accents folded by feedwright before it reaches the database (the 'simple' parser then
-- splits words the same way for every language).

-- Up Migration
ALTER TABLE items ADD COLUMN search tsvector;
UPDATE items SET search =
  setweight(to_tsvector('simple', lower(coalesce(doc->>'title', ''))), 'A') ||
  setweight(to_tsvector('simple', lower(coalesce(doc->>'summary', ''))), 'B') ||
  setweight(to_tsvector('simple', lower(coalesce(doc->>'body', ''))), 'C');
CREATE INDEX items_search ON items USING gin (search);

-- Down Migration
DROP INDEX items_search;
ALTER TABLE items DROP COLUMN search;
