import { createHash } from 'node:crypto';

/** A strong ETag over the exact bytes served. */
export function strongEtag(body: Buffer | string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Entity tags listed in If-None-Match (weak comparison, as RFC 9110 §13.1.2 requires). */
function etagMatches(header: string, etag: string): boolean {
  // A poller sends back the one ETag it was given: answer that without parsing a list.
  if (header === etag) return true;
  const bare = (t: string): string => t.trim().replace(/^W\//, '');
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => bare(t) === bare(etag));
}

/**
 * Whether a GET/HEAD may be answered 304 (RFC 9110 §13.2.2): If-None-Match decides when present;
 * otherwise If-Modified-Since, compared as instants (not strings) with `<=`.
 */
export function isNotModified(
  headers: { 'if-none-match'?: string | undefined; 'if-modified-since'?: string | undefined },
  etag: string,
  lastModified: Date,
): boolean {
  const inm = headers['if-none-match'];
  if (inm !== undefined) return etagMatches(inm, etag);
  const ims = headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  if (Number.isNaN(since)) return false;
  return Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}
