import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './setup.js';
import { startSubscriber, type Subscriber } from './subscriber.js';

/** With FEEDWRIGHT_WEBSUB_HUB set, feeds advertise that hub and it gets publish pings. */
let h: Harness;
let hub: Subscriber;

beforeAll(async () => {
  hub = await startSubscriber(); // stands in for the external hub: it records the pings
  h = await startHarness({ FEEDWRIGHT_WEBSUB_HUB: `${hub.base}/hub` });
});

afterAll(async () => {
  await h.stop();
  await hub.stop();
});

const pingedTopics = (): string[] =>
  hub
    .deliveries()
    .map((r) => new URLSearchParams(r.body.toString('utf8')))
    .map((form) => `${form.get('hub.mode') ?? ''} ${form.get('hub.url') ?? ''}`)
    .sort();

describe('an external hub', () => {
  it('is advertised in Link headers and feeds instead of the built-in one', async () => {
    const res = await fetch(`${h.base}/feed.atom`);
    expect(res.headers.get('link')).toBe(
      `<${hub.base}/hub>; rel="hub", <http://feeds.test/feed.atom>; rel="self"`,
    );
    expect(await res.text()).toContain(`href="${hub.base}/hub"`);
  });

  it('disables the built-in endpoint', async () => {
    const res = await h.post({ 'hub.mode': 'subscribe' });
    expect(res.status).toBe(404);
  });

  it('gets a publish ping for every feed whose content changed, once', async () => {
    // Start-up ingest announced every feed once (no earlier state).
    const first = pingedTopics();
    expect(first).toContain('publish http://feeds.test/feed.atom');
    expect(first).toContain('publish http://feeds.test/sources/harbour/feed.json');
    expect(hub.deliveries()[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    hub.received.length = 0;
    await h.ingest(1);
    expect(pingedTopics()).toEqual([]);
    await h.ingest(2);
    const pinged = pingedTopics();
    // The site and source feeds changed; a tag feed the new story created is announced too.
    for (const f of ['feed.atom', 'feed.json', 'feed.rss', 'sources/harbour/feed.rss'])
      expect(pinged).toContain(`publish http://feeds.test/${f}`);
    for (const p of pinged)
      expect(p).toMatch(
        /^publish http:\/\/feeds\.test\/(tags\/[^/]+\/|sources\/harbour\/)?feed\.(rss|atom|json)$/,
      );
    expect(new Set(pinged).size).toBe(pinged.length);
  });
});
