import { MAX_LEASE_SECONDS, MIN_LEASE_SECONDS, type IntentRequest } from './types.js';

/** The WebSub spec caps hub.secret at 200 bytes. */
const MAX_SECRET_BYTES = 199;
const MAX_URL_LENGTH = 2048;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** An absolute http(s) callback without a fragment (the hub appends its own query parameters). */
export function checkCallback(raw: string | null): Parsed<string> {
  if (!raw) return fail('hub.callback is required');
  if (raw.length > MAX_URL_LENGTH) return fail('hub.callback is too long');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('hub.callback must be an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return fail('hub.callback must be an http or https URL');
  if (url.hash) return fail('hub.callback must not have a fragment');
  return { ok: true, value: raw };
}

/** The requested lease, clamped into the bounds the hub grants; the default when absent. */
export function checkLease(raw: string | null, defaultSeconds: number): Parsed<number> {
  if (raw === null || raw === '') return { ok: true, value: defaultSeconds };
  if (!/^\d{1,10}$/.test(raw)) return fail('hub.lease_seconds must be a whole number of seconds');
  const asked = Number(raw);
  return { ok: true, value: Math.min(MAX_LEASE_SECONDS, Math.max(MIN_LEASE_SECONDS, asked)) };
}

/**
 * Validate a subscription request's form fields (extra parameters are ignored, as the spec
 * says). `isTopic` decides whether a URL names one of our feeds.
 */
export function parseIntentRequest(
  form: URLSearchParams,
  options: { isTopic: (topic: string) => boolean; defaultLeaseSeconds: number },
): Parsed<IntentRequest> {
  const mode = form.get('hub.mode');
  if (mode !== 'subscribe' && mode !== 'unsubscribe')
    return fail('hub.mode must be "subscribe" or "unsubscribe"');
  const topic = form.get('hub.topic');
  if (!topic) return fail('hub.topic is required');
  if (!options.isTopic(topic)) return fail(`hub.topic is not a feed published here: ${topic}`);
  const callback = checkCallback(form.get('hub.callback'));
  if (!callback.ok) return callback;
  const lease = checkLease(form.get('hub.lease_seconds'), options.defaultLeaseSeconds);
  if (!lease.ok) return lease;
  const secret = form.get('hub.secret');
  if (secret !== null && Buffer.byteLength(secret, 'utf8') > MAX_SECRET_BYTES)
    return fail('hub.secret must be shorter than 200 bytes');
  return {
    ok: true,
    value: { mode, topic, callback: callback.value, secret: secret || null, leaseSeconds: lease.value },
  };
}

/** The callback URL with the hub's parameters added to any query it already has. */
export function withParams(callback: string, params: Record<string, string>): string {
  const url = new URL(callback);
  for (const [k, v] of Object.entries(params)) url.searchParams.append(k, v);
  return url.href;
}
