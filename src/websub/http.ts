import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { AddressPolicy } from '../ingest/address-policy.js';
import { hubSignature } from './signature.js';
import { withParams } from './request.js';
import type { IntentRequest } from './types.js';

/** How the hub talks to subscribers and to an external hub. */
export interface HubHttp {
  fetchImpl: typeof fetch;
  timeoutMs: number;
  userAgent: string;
  /** Subscriber callbacks must resolve to addresses this allows (the hub is public: no SSRF). */
  policy: AddressPolicy;
}

/** A feed body ready to push: bytes, media type and the `Link` header naming hub and topic. */
export interface Content {
  body: Buffer;
  contentType: string;
  etag: string;
}

/** Read at most `max` bytes of a response body as text: a subscriber cannot make us buffer a lot. */
async function boundedText(res: Response, max: number): Promise<string | null> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Whether every address the callback's host resolves to is one we may connect to. The hub is a
 * public endpoint: without this anyone could make it call private or loopback services.
 */
async function callbackAllowed(http: HubHttp, callback: string): Promise<boolean> {
  const host = new URL(callback).hostname.replace(/^\[|\]$/g, '');
  try {
    const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true });
    return addresses.length > 0 && addresses.every((a) => http.policy.refusal(a.address) === null);
  } catch {
    return false;
  }
}

/** A request that never throws: the status, or null when the peer could not be reached. */
async function send(http: HubHttp, url: string, init: RequestInit): Promise<Response | null> {
  try {
    return await http.fetchImpl(url, {
      ...init,
      // Redirects are not followed: a callback must answer where it said it would.
      redirect: 'manual',
      signal: AbortSignal.timeout(http.timeoutMs),
      headers: { 'User-Agent': http.userAgent, ...(init.headers as Record<string, string>) },
    });
  } catch {
    return null;
  }
}

/**
 * Verification of intent (WebSub §5.3): GET the callback with a challenge; the subscriber
 * confirms only by answering 2xx with exactly the challenge as the body.
 */
export async function verifyIntent(
  http: HubHttp,
  intent: IntentRequest,
  challenge: string,
): Promise<boolean> {
  const params: Record<string, string> = {
    'hub.mode': intent.mode,
    'hub.topic': intent.topic,
    'hub.challenge': challenge,
  };
  if (intent.mode === 'subscribe') params['hub.lease_seconds'] = String(intent.leaseSeconds);
  if (!(await callbackAllowed(http, intent.callback))) return false;
  const res = await send(http, withParams(intent.callback, params), { method: 'GET' });
  if (!res) return false;
  const body = await boundedText(res, challenge.length + 1024).catch(() => null);
  return res.status >= 200 && res.status < 300 && body === challenge;
}

/** Content distribution (WebSub §7): POST the whole feed; returns the status, or null if unreachable. */
export async function distribute(
  http: HubHttp,
  target: { callback: string; secret: string | null; topic: string },
  hubUrl: string,
  content: Content,
): Promise<number | null> {
  const headers: Record<string, string> = {
    'Content-Type': content.contentType,
    Link: `<${hubUrl}>; rel="hub", <${target.topic}>; rel="self"`,
  };
  if (target.secret) headers['X-Hub-Signature'] = hubSignature(target.secret, content.body);
  if (!(await callbackAllowed(http, target.callback))) return null;
  const res = await send(http, target.callback, { method: 'POST', headers, body: content.body });
  await res?.body?.cancel().catch(() => undefined);
  return res ? res.status : null;
}

/** Tell an external hub a topic changed (the de-facto `hub.mode=publish` ping). */
export async function publishPing(http: HubHttp, hubUrl: string, topic: string): Promise<number | null> {
  const body = new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topic }).toString();
  const res = await send(http, hubUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body,
  });
  await res?.body?.cancel().catch(() => undefined);
  return res ? res.status : null;
}
