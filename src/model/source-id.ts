import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * The source id of a file given to an ad-hoc `feedwright ingest`: `file-<hash>/<name>`, where the
 * hash is of the absolute path (so ingesting the same file again is the same source) and only the
 * file name shows. A path on the operator's disk is never an origin's source: origins are published.
 */
export function fileSourceId(absolutePath: string): string {
  const hash = createHash('sha256').update(absolutePath).digest('hex').slice(0, 12);
  return `file-${hash}/${path.basename(absolutePath)}`;
}

/** A local path (POSIX absolute, Windows drive or UNC) rather than a source id or a URL. */
const LOCAL_PATH = /^(?:\/|[A-Za-z]:[\\/]|\\\\)/;

/**
 * The source id to publish for an origin: stores written before ad-hoc files got ids hold their
 * paths, which are shown as the file id they would get now.
 */
export const publicSourceId = (source: string): string =>
  LOCAL_PATH.test(source) ? fileSourceId(source) : source;
