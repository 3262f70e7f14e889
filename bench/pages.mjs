// Page render vs feed render for the same items, in-process (no HTTP): `/` (20 latest items with
// the tags and sources beside them) against the RSS feed of those 20 items, a tag page against that
// tag's RSS feed of the same items, an item page against an RSS feed of that one item.
import { performance } from 'node:perf_hooks';
import { benchConfig } from './lib/config.mjs';
import { openStore } from '../dist/store/index.js';
import { renderFeed } from '../dist/publish/index.js';
import { Formatter, homePage, itemPage, tagPage } from '../dist/pages/index.js';

/** Renders per second of `fn` over about `seconds`. */
function rate(fn, seconds) {
  const until = performance.now() + seconds * 1000;
  let n = 0;
  const start = performance.now();
  while (performance.now() < until) {
    for (let i = 0; i < 20; i++) fn();
    n += 20;
  }
  return n / ((performance.now() - start) / 1000);
}

/** The cases: for each, a page render and the feed render of the same items. */
export async function pageCases(storeDir) {
  const config = benchConfig(storeDir);
  const store = await openStore({ dir: storeDir, retention: config.retention });
  const site = {
    title: config.feeds.siteTitle,
    baseUrl: config.baseUrl,
    language: config.feeds.language,
    fmt: new Formatter(config.feeds.language),
  };
  const feed = (items, path) =>
    renderFeed(
      'rss',
      {
        title: site.title,
        description: 'bench',
        language: site.language,
        selfUrl: `${site.baseUrl}${path}/feed.rss`,
        homeUrl: `${site.baseUrl}/`,
        baseUrl: site.baseUrl,
        links: { rss: 'r', atom: 'a', json: 'j' },
        stylesheet: 'feed.xsl',
      },
      items,
    );
  const latest = await store.listItems({ limit: 20 });
  const tags = await store.listTags();
  const states = await store.sourceStates();
  const busiest = tags[0];
  const tagged = await store.listItems({ tag: busiest.tag.slug, limit: 20 });
  const item = latest.find((i) => i.body.length > 2) ?? latest[0];
  const paging = { newer: null, older: '/?before=x' };
  const now = new Date();
  await store.close();
  return [
    {
      label: 'page / vs its 20 items as RSS',
      page: () => homePage(site, { items: latest, paging, tags, sources: [], states, titles: {}, now }),
      feed: () => feed(latest, ''),
    },
    {
      label: `page /tags/${busiest.tag.slug}/ (${tagged.length} items) vs RSS`,
      page: () =>
        tagPage(site, {
          tag: busiest.tag,
          count: busiest.count,
          entityKind: null,
          items: tagged,
          paging,
          titles: {},
        }),
      feed: () => feed(tagged, `/tags/${busiest.tag.slug}`),
    },
    {
      label: 'page /items/<id> vs that item as RSS',
      page: () => itemPage(site, { item, titles: {} }),
      feed: () => feed([item], ''),
    },
  ].map((c) => ({ ...c, rate: (side, seconds) => rate(side === 'ours' ? c.page : c.feed, seconds) }));
}
