import { FetchError, errorMessage } from '../errors/index.js';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Validators from the previous successful fetch, for a conditional request. */
  etag?: string | null;
  lastModified?: string | null;
  /** Injectable for tests; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
}

export type FetchResult =
  | { status: 'not-modified'; url: string }
  | {
      status: 'ok';
      /** The final URL after redirects: the base for relative links. */
      url: string;
      bytes: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    };

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or null. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now) / 1000));
}

async function readCapped(res: Response, maxBytes: number, url: string): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes)
    throw new FetchError(`${url}: response of ${declared} bytes exceeds the ${maxBytes}-byte cap`);
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of res.body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      await res.body.cancel().catch(() => undefined);
      throw new FetchError(`${url}: response exceeds the ${maxBytes}-byte cap`);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/**
 * GET a document over HTTP(S) the way a polite feed client does: a proper User-Agent, a
 * conditional request when validators are known, a timeout over the whole exchange, a cap on
 * the body and on redirects (followed by hand so each hop is counted).
 */
export async function fetchDocument(url: string, opts: FetchOptions): Promise<FetchResult> {
  const doFetch = opts.fetchImpl ?? fetch;
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let current = url;
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = {
      'user-agent': opts.userAgent,
      accept:
        'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5',
    };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    let res: Response;
    try {
      res = await doFetch(current, { headers, redirect: 'manual', signal });
    } catch (err) {
      const reason = signal.aborted ? `timed out after ${opts.timeoutMs} ms` : errorMessage(err);
      throw new FetchError(`${current}: ${reason}`, { cause: err });
    }
    if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      const location = res.headers.get('location');
      await res.body?.cancel().catch(() => undefined);
      if (!location)
        throw new FetchError(`${current}: HTTP ${res.status} without a Location`, { status: res.status });
      if (hop >= opts.maxRedirects) throw new FetchError(`${url}: more than ${opts.maxRedirects} redirects`);
      current = new URL(location, current).href;
      continue;
    }
    if (res.status === 304) return { status: 'not-modified', url: current };
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new FetchError(`${current}: HTTP ${res.status} ${res.statusText}`.trim(), {
        status: res.status,
        retryAfter: parseRetryAfter(res.headers.get('retry-after')),
      });
    }
    let bytes: Buffer;
    try {
      bytes = await readCapped(res, opts.maxBytes, current);
    } catch (err) {
      if (err instanceof FetchError) throw err;
      const reason = signal.aborted ? `timed out after ${opts.timeoutMs} ms` : errorMessage(err);
      throw new FetchError(`${current}: ${reason}`, { cause: err });
    }
    return {
      status: 'ok',
      url: current,
      bytes,
      contentType: res.headers.get('content-type'),
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
    };
  }
}
