/** The lead image of an article: where it is, what it shows and who made it. */
export interface ImageRef {
  url: string | null;
  caption: string | null;
  credit: string | null;
}

/** A related article's title and the address the page linked it to. */
export interface RelatedLink {
  title: string;
  url: string;
}

/** Named entities with canonical names, no duplicates. */
export interface Entities {
  people: string[];
  places: string[];
  organisations: string[];
}

/** A media attachment (podcast audio, video) carried over from an upstream feed. */
export interface Enclosure {
  url: string;
  type: string | null;
  length: number | null;
}

/**
 * What normalising one article page or one feed entry produces. This is the JSON shape of
 * `feedwright normalise --json` (see ../shared/eval/README.md), so field names are a contract.
 */
export interface NormalisedItem {
  /** The id the source gave the item (RSS guid, Atom id, JSON Feed id, RSS 1.0 rdf:about). */
  guid: string | null;
  /** Absolute link to the article (canonical where the page states one). */
  url: string | null;
  /** Headline, once; null only when an upstream entry has none. */
  title: string | null;
  /** Section label printed by the source page. */
  section: string | null;
  /**
   * The section label closes a run of menu entries, so it may be the menu's last entry instead
   * (text dumps). Tagging keeps it only when the article is about what it names, then drops this.
   */
  sectionUnconfirmed?: true;
  /** Standfirst / description, plain text. */
  summary: string | null;
  /** Author name(s) as one display string. */
  byline: string | null;
  /** ISO 8601 instant of first publication. */
  published: string | null;
  /**
   * The page's own date for ordering: the `published` instant, else the calendar day a page
   * states without a time or zone (YYYY-MM-DD), which `published` may not carry. Text dumps only
   * so far; absent or null when the page states no date. A stored item holds the instant it sorts
   * by (UTC): this date, else when it was first seen but never above the newest dated item then
   * stored (see src/dedup/merge.ts); absent in items stored before it existed.
   */
  dateForOrdering?: string | null;
  /** ISO 8601 instant of the last update the source stated. */
  updated: string | null;
  image: ImageRef | null;
  /** Article paragraphs, plain text. */
  body: string[];
  /** Titles of related-article links found in the page. */
  related: string[];
  /**
   * Where the related titles point, for those the page linked (absolute web URLs), in the order of
   * `related`. Absent for items stored before links were kept and for sources that give none.
   */
  relatedLinks?: RelatedLink[];
  /** Categories the source itself assigned. */
  categories: string[];
  /** IPTC Media Topics top-level slugs, primary first. */
  topics: string[];
  entities: Entities;
  /** Publishable content: sanitised HTML with absolute links. */
  contentHtml: string;
  enclosures: Enclosure[];
  language: string | null;
  /** Lines or blocks dropped as site furniture (shown by the operator preview, never published). */
  dropped: string[];
}

/** A tag as readers see it: a readable label and the slug used in `/tags/<slug>/…` URLs. */
export interface Tag {
  label: string;
  slug: string;
  kind: 'section' | 'category' | 'source' | 'topic' | 'entity';
}

/** One source item merged into a stored item. */
export interface Origin {
  /** The configured source id, or the file path / URL given to an ad-hoc `ingest`. */
  source: string;
  guid: string | null;
  url: string | null;
  fetchedAt: string;
}

/** An item as kept in the store and published. */
export interface StoredItem extends NormalisedItem {
  /** Stable public id, never changed once published. */
  id: string;
  tags: Tag[];
  origins: Origin[];
  /** Dedup keys that identify this story (guid, canonical URL, content hash). */
  keys: string[];
  contentHash: string;
  /** When feedwright first stored the item (ISO). */
  firstSeen: string;
  /** When the stored content last changed (ISO). */
  modified: string;
  /**
   * Other sources' versions merged into this item (their headline and first paragraphs), kept as
   * near-duplicate evidence: a later copy may share its text with one of them rather than with the
   * version shown. Bounded (src/dedup/evidence.ts); never published. Absent when there are none.
   */
  evidence?: EvidenceText[];
}

/** The text of one merged version, as near-duplicate detection reads it. */
export interface EvidenceText {
  title: string | null;
  body: string[];
  language: string | null;
  published: string | null;
  /** The source that sent this version; absent in evidence kept before sources were recorded. */
  source?: string;
}

export const emptyEntities = (): Entities => ({ people: [], places: [], organisations: [] });
