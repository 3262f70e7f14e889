import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORIES, startHarness, type Harness } from './setup.js';
import { onPostgres } from '../support/postgres.js';
import { startSubscriber, type Subscriber } from './subscriber.js';

let h: Harness;
let sub: Subscriber;
let topic: string;
let callback: string;

beforeEach(async () => {
  h = await startHarness();
  sub = await startSubscriber();
  topic = `${h.config.baseUrl}/feed.atom`;
  callback = `${sub.base}/push/atom?feed=all`;
});

afterEach(async () => {
  await h.stop();
  await sub.stop();
});

/** Subscribe and wait for the hub to verify intent. */
async function subscribe(extra: Record<string, string> = {}): Promise<Response> {
  const res = await h.post({
    'hub.mode': 'subscribe',
    'hub.topic': topic,
    'hub.callback': callback,
    ...extra,
  });
  await h.hub.settled();
  return res;
}

describe('subscribing', () => {
  it('answers 202 and verifies intent with a challenge the subscriber echoes', async () => {
    const res = await subscribe({ 'hub.lease_seconds': '3600' });
    expect(res.status).toBe(202);
    const [check] = sub.verifications();
    expect(check?.url.pathname).toBe('/push/atom');
    const q = check?.url.searchParams;
    expect(q?.get('feed')).toBe('all'); // the callback's own query is kept
    expect(q?.get('hub.mode')).toBe('subscribe');
    expect(q?.get('hub.topic')).toBe(topic);
    expect(q?.get('hub.challenge')).toMatch(/^[\w-]{20,}$/);
    expect(q?.get('hub.lease_seconds')).toBe('3600');
    expect(h.hub.subscriptions()).toMatchObject([{ topic, callback, expiresAt: '2026-05-01T01:00:00.000Z' }]);
  });

  it('grants the default lease of 10 days and bounds what is asked for', async () => {
    await subscribe();
    expect(sub.verifications()[0]?.url.searchParams.get('hub.lease_seconds')).toBe('864000');
    await subscribe({ 'hub.lease_seconds': '99999999' });
    expect(sub.verifications()[1]?.url.searchParams.get('hub.lease_seconds')).toBe(String(30 * 86_400));
  });

  it('does not subscribe when the callback does not echo the challenge', async () => {
    sub.echo = false;
    const res = await subscribe();
    expect(res.status).toBe(202);
    expect(sub.verifications()).toHaveLength(1);
    expect(h.hub.subscriptions()).toEqual([]);
  });

  it('keeps subscriptions across restarts (store/websub.json, or the database store)', async () => {
    await subscribe({ 'hub.secret': 'harbour-secret' });
    if (!onPostgres()) {
      const saved = JSON.parse(await readFile(path.join(h.config.storeDir, 'websub.json'), 'utf8')) as {
        subscriptions: unknown[];
      };
      expect(saved.subscriptions).toHaveLength(1);
    }
    const again = await h.reopen();
    expect(again.subscriptions()).toMatchObject([{ topic, callback, secret: 'harbour-secret' }]);
  });

  it('drops a subscription when its lease runs out', async () => {
    await subscribe({ 'hub.lease_seconds': '600' });
    expect(h.hub.subscriptions()).toHaveLength(1);
    await h.clock.advance(601_000);
    expect(h.hub.subscriptions()).toEqual([]);
    await h.ingest(2);
    expect(sub.deliveries()).toEqual([]);
  });
});

describe('rejecting invalid requests with 400 and a text reason', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['a topic on another site', { 'hub.topic': 'https://elsewhere.example/feed.atom' }],
    ['a topic that is not a feed', { 'hub.topic': 'http://feeds.test/items/1' }],
    ['a topic with a query', { 'hub.topic': 'http://feeds.test/feed.atom?limit=5' }],
    ['a tag with no feed', { 'hub.topic': 'http://feeds.test/tags/no-such-tag/feed.rss' }],
    ['a relative callback', { 'hub.callback': '/push' }],
    ['a non-http callback', { 'hub.callback': 'ftp://127.0.0.1/push' }],
    ['an unknown mode', { 'hub.mode': 'publish' }],
    ['a secret of 200 bytes', { 'hub.secret': 'x'.repeat(200) }],
    ['a lease that is not a number', { 'hub.lease_seconds': 'ten days' }],
  ];
  it.each(cases)('%s', async (_name, override) => {
    const res = await h.post({
      'hub.mode': 'subscribe',
      'hub.topic': topic,
      'hub.callback': callback,
      ...override,
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect((await res.text()).trim().length).toBeGreaterThan(0);
    await h.hub.settled();
    expect(sub.received).toEqual([]);
  });

  it('a body that is not a form', async () => {
    const res = await h.post({ 'hub.mode': 'subscribe' }, 'application/json');
    expect(res.status).toBe(400);
  });
});

describe('content distribution', () => {
  it('pushes the changed feed, signed with the secret, once per change', async () => {
    await subscribe({ 'hub.secret': 'harbour-secret' });
    await h.ingest(1); // nothing new: nothing pushed
    expect(sub.deliveries()).toEqual([]);

    await h.ingest(2);
    const [push] = sub.deliveries();
    expect(sub.deliveries()).toHaveLength(1);
    expect(push?.url.href).toBe(callback);
    expect(push?.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const body = push?.body ?? Buffer.alloc(0);
    expect(body.toString('utf8')).toContain(STORIES[1]?.title);
    const expected = createHmac('sha256', 'harbour-secret').update(body).digest('hex');
    expect(push?.headers['x-hub-signature']).toBe(`sha256=${expected}`);
    expect(push?.headers.link).toBe(`<http://feeds.test/websub>; rel="hub", <${topic}>; rel="self"`);

    // What was pushed is exactly what a poller gets.
    const polled = await fetch(`${h.base}/feed.atom`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(Buffer.from(await polled.arrayBuffer()).equals(body)).toBe(true);
  });

  it('sends no signature without a secret', async () => {
    await subscribe();
    await h.ingest(2);
    expect(sub.deliveries()).toHaveLength(1);
    expect(sub.deliveries()[0]?.headers['x-hub-signature']).toBeUndefined();
  });

  it('retries a failed delivery with backoff, on the clock, then succeeds', async () => {
    await subscribe();
    sub.deliveryStatuses = [500, 503];
    await h.ingest(2);
    expect(sub.deliveries()).toHaveLength(1);
    await h.clock.advance(59_000);
    await h.hub.settled();
    expect(sub.deliveries()).toHaveLength(1); // first retry after one minute
    await h.clock.advance(1_000);
    await h.hub.settled();
    expect(sub.deliveries()).toHaveLength(2);
    await h.clock.advance(120_000); // then two minutes
    await h.hub.settled();
    expect(sub.deliveries()).toHaveLength(3);
    expect(h.clock.pending()).toEqual([]);
    expect(h.hub.subscriptions()[0]?.lastEtag).toMatch(/^"/);
  });

  it('gives up after the bounded number of attempts', async () => {
    await subscribe();
    sub.deliveryStatuses = [500, 500, 500, 500];
    await h.ingest(2);
    for (const ms of [60_000, 120_000, 3_600_000]) {
      await h.clock.advance(ms);
      await h.hub.settled();
    }
    expect(sub.deliveries()).toHaveLength(3);
    expect(h.clock.pending()).toEqual([]);
  });

  it('removes a subscriber that answers 410 Gone', async () => {
    await subscribe();
    sub.deliveryStatuses = [410];
    await h.ingest(2);
    expect(h.hub.subscriptions()).toEqual([]);
  });
});

describe('unsubscribing', () => {
  it('verifies intent, removes the subscription and stops pushing', async () => {
    await subscribe();
    const res = await h.post({ 'hub.mode': 'unsubscribe', 'hub.topic': topic, 'hub.callback': callback });
    await h.hub.settled();
    expect(res.status).toBe(202);
    const check = sub.verifications()[1];
    expect(check?.url.searchParams.get('hub.mode')).toBe('unsubscribe');
    expect(h.hub.subscriptions()).toEqual([]);
    await h.ingest(3);
    expect(sub.deliveries()).toEqual([]);
  });
});

describe('discovery', () => {
  it.each(['rss', 'atom', 'json'])(
    '/feed.%s advertises the hub in a Link header and in the body',
    async (f) => {
      const res = await fetch(`${h.base}/feed.${f}`);
      expect(res.headers.get('link')).toBe(
        `<http://feeds.test/websub>; rel="hub", <http://feeds.test/feed.${f}>; rel="self"`,
      );
      const body = await res.text();
      if (f === 'json') {
        expect((JSON.parse(body) as { hubs: unknown }).hubs).toEqual([
          { type: 'WebSub', url: 'http://feeds.test/websub' },
        ]);
      } else expect(body).toMatch(/<atom:link[^>]*rel="hub"|<link[^>]*rel="hub"/);
    },
  );
});

describe('callbacks on private addresses', () => {
  it('are never called unless FEEDWRIGHT_FETCH_ALLOW allows them', async () => {
    const guarded = await startHarness({ FEEDWRIGHT_FETCH_ALLOW: '' });
    try {
      const res = await guarded.post({
        'hub.mode': 'subscribe',
        'hub.topic': topic,
        'hub.callback': callback,
      });
      await guarded.hub.settled();
      expect(res.status).toBe(202);
      expect(sub.received).toEqual([]);
      expect(guarded.hub.subscriptions()).toEqual([]);
    } finally {
      await guarded.stop();
    }
  });
});
