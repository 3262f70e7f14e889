import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable, Transform } from 'node:stream';
import { FetchError, errorMessage } from '../errors/index.js';
import { AddressPolicy } from './address-policy.js';

export interface FetchOptions {
  timeoutMs: number;
  /** Cap on the body, both as sent and after decompression. */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Which addresses may be connected to (default: public unicast only). */
  policy?: AddressPolicy;
  /** Validators from the previous successful fetch, for a conditional request. */
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | { status: 'not-modified'; url: string }
  | {
      status: 'ok';
      /** The final URL after redirects: the base for relative links. */
      url: string;
      bytes: Buffer;
      contentType: string | null;
      /** The document's own address when the server names one (a feed's base for relative links). */
      contentLocation: string | null;
      etag: string | null;
      lastModified: string | null;
    };

/** The fetch policy an operator configured (timeouts, caps, allowed addresses): one for every fetch. */
export function fetchPolicy(fetch: {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  allow: string[];
}): FetchOptions {
  const { allow, ...rest } = fetch;
  return { ...rest, policy: new AddressPolicy(allow) };
}

/** Largest decompressed/compressed ratio accepted: real feeds compress ~10×, bombs ~1000×. */
const MAX_RATIO = 200;

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or null. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now) / 1000));
}

/**
 * A DNS lookup that refuses forbidden addresses. Node connects to exactly the address this
 * returns, so the check holds against DNS rebinding.
 */
function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 4);
      const allowed = addresses.filter((a) => policy.refusal(a.address) === null);
      const first = allowed[0];
      if (!first) {
        const reason = policy.refusal(addresses[0]?.address ?? '') ?? 'no address';
        return callback(
          new FetchError(
            `refusing to fetch from ${hostname}: ${reason} (allow it with FEEDWRIGHT_FETCH_ALLOW)`,
          ),
          '',
          4,
        );
      }
      if (options.all) return callback(null, allowed as unknown as string, first.family);
      return callback(null, first.address, first.family);
    });
  };
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: http.IncomingMessage;
}

function request(
  url: URL,
  headers: Record<string, string>,
  policy: AddressPolicy,
  signal: AbortSignal,
): Promise<RawResponse> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) policy.check(host, host);
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(url, { method: 'GET', headers, lookup: guardedLookup(policy), signal }, (res) =>
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res }),
    );
    req.on('error', reject);
    req.end();
  });
}

function decoder(encoding: string | undefined): Transform | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case '':
    case 'identity':
      return null;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw new FetchError(`unsupported Content-Encoding "${encoding}"`);
  }
}

/** Read the body within the caps: size as sent, size after decompression, and their ratio. */
async function readBody(res: RawResponse, maxBytes: number, url: string): Promise<Buffer> {
  const declared = Number(res.headers['content-length'] ?? NaN);
  if (declared > maxBytes) {
    res.body.destroy();
    throw new FetchError(`${url}: response of ${declared} bytes exceeds the ${maxBytes}-byte cap`);
  }
  let wire = 0;
  res.body.on('data', (chunk: Buffer) => {
    wire += chunk.length;
  });
  const decode = decoder(res.headers['content-encoding']);
  const stream: Readable = decode ? res.body.pipe(decode) : res.body;
  if (decode) res.body.on('error', (err) => decode.destroy(err));
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      total += buf.length;
      if (wire > maxBytes || total > maxBytes) {
        throw new FetchError(`${url}: response exceeds the ${maxBytes}-byte cap`);
      }
      if (decode && total > 1_000_000 && total > wire * MAX_RATIO) {
        throw new FetchError(
          `${url}: compressed response expands more than ${MAX_RATIO}× (a compression bomb?)`,
        );
      }
      chunks.push(buf);
    }
  } finally {
    res.body.destroy();
    decode?.destroy();
  }
  return Buffer.concat(chunks);
}

/**
 * GET a document over HTTP(S) the way a polite and careful feed client does: a proper
 * User-Agent, a conditional request when validators are known, a timeout over the whole exchange,
 * caps on the body (as sent and decompressed) and on redirects (followed by hand, each hop
 * checked), and only to addresses the policy allows.
 */
export async function fetchDocument(url: string, opts: FetchOptions): Promise<FetchResult> {
  const policy = opts.policy ?? new AddressPolicy();
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let current = url;
  for (let hop = 0; ; hop++) {
    const target = new URL(current);
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
      throw new FetchError(`${current}: only http and https URLs can be fetched`);
    }
    const headers: Record<string, string> = {
      'user-agent': opts.userAgent,
      accept:
        'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    let res: RawResponse;
    try {
      res = await request(target, headers, policy, signal);
    } catch (err) {
      if (err instanceof FetchError) throw err;
      const reason = signal.aborted ? `timed out after ${opts.timeoutMs} ms` : errorMessage(err);
      throw new FetchError(`${current}: ${reason}`, { cause: err });
    }
    if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      res.body.resume();
      const location = res.headers.location;
      if (!location)
        throw new FetchError(`${current}: HTTP ${res.status} without a Location`, { status: res.status });
      if (hop >= opts.maxRedirects) throw new FetchError(`${url}: more than ${opts.maxRedirects} redirects`);
      current = new URL(location, current).href;
      continue;
    }
    if (res.status === 304) {
      res.body.resume();
      return { status: 'not-modified', url: current };
    }
    if (res.status < 200 || res.status >= 300) {
      res.body.resume();
      const retryAfter = res.headers['retry-after'];
      throw new FetchError(`${current}: HTTP ${res.status} ${http.STATUS_CODES[res.status] ?? ''}`.trim(), {
        status: res.status,
        retryAfter: parseRetryAfter(typeof retryAfter === 'string' ? retryAfter : null),
      });
    }
    let bytes: Buffer;
    try {
      bytes = await readBody(res, opts.maxBytes, current);
    } catch (err) {
      if (err instanceof FetchError) throw err;
      const reason = signal.aborted ? `timed out after ${opts.timeoutMs} ms` : errorMessage(err);
      throw new FetchError(`${current}: ${reason}`, { cause: err });
    }
    const header = (name: string): string | null => {
      const v = res.headers[name];
      return typeof v === 'string' ? v : null;
    };
    return {
      status: 'ok',
      url: current,
      bytes,
      contentType: header('content-type'),
      contentLocation: header('content-location'),
      etag: header('etag'),
      lastModified: header('last-modified'),
    };
  }
}
