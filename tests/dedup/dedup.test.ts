import { describe, expect, it } from 'vitest';
import { canonicalUrl, dedupKeys, itemIdFromKey } from '../../src/dedup/index.js';
import { cleanUrl } from '../../src/url/canonical.js';
import type { NormalisedItem } from '../../src/model/item.js';
import { normalisedItem } from '../support/items.js';

const item = (over: Partial<NormalisedItem>): NormalisedItem =>
  normalisedItem({ title: 'Footbridge reopens', ...over });

describe('canonicalUrl', () => {
  it('drops tracking parameters, click ids, the fragment and www.', () => {
    expect(
      canonicalUrl(
        'https://www.river-post.example/sport/rowing-cup?utm_source=rss&utm_medium=feed&fbclid=abc#top',
      ),
    ).toBe('https://river-post.example/sport/rowing-cup');
  });

  it('keeps parameters that identify the article, in a stable order', () => {
    expect(canonicalUrl('http://news.example/story?b=2&id=7&utm_campaign=x')).toBe(
      'https://news.example/story?b=2&id=7',
    );
    expect(canonicalUrl('https://news.example/story?id=7&b=2')).toBe(
      canonicalUrl('https://news.example/story?b=2&id=7'),
    );
  });

  it('treats a trailing slash and a default port as the same URL', () => {
    expect(canonicalUrl('https://news.example:443/a/')).toBe(canonicalUrl('https://news.example/a'));
  });

  it('returns null for anything that is not an absolute http(s) URL', () => {
    expect(canonicalUrl(null)).toBeNull();
    expect(canonicalUrl('')).toBeNull();
    expect(canonicalUrl('/relative/path')).toBeNull();
    expect(canonicalUrl('tag:news.example,2026:1')).toBeNull();
  });

  it('treats mobile hosts and AMP renderings as the article itself', () => {
    const article = 'https://news.example/2026/05/04/ferry-aground';
    for (const variant of [
      'http://m.news.example/2026/05/04/ferry-aground',
      'https://mobile.news.example/2026/05/04/ferry-aground/',
      'https://www.news.example/amp/2026/05/04/ferry-aground',
      'https://news.example/2026/05/04/ferry-aground/amp/',
      'https://news.example/2026/05/04/ferry-aground?amp',
      'https://news.example/2026/05/04/ferry-aground?amp=1&utm_medium=social',
      'https://news.example/2026/05/04/ferry-aground?outputType=amp#comments',
    ]) {
      expect(canonicalUrl(variant), variant).toBe(article);
    }
    expect(canonicalUrl('https://news.example/2026/ferry.amp.html')).toBe(
      'https://news.example/2026/ferry.html',
    );
  });

  it('keeps a two-label host that merely starts with m (m.example is a site, not a mobile host)', () => {
    expect(canonicalUrl('https://m.example/a')).toBe('https://m.example/a');
  });

  it('cleanUrl removes tracking but keeps the URL as published', () => {
    expect(cleanUrl('https://www.news.example/a?utm_source=x&id=3#frag')).toBe(
      'https://www.news.example/a?id=3',
    );
  });
});

describe('dedup keys and ids', () => {
  it('uses a URL guid as a global key and scopes other guids to the source', () => {
    const byUrl = dedupKeys(item({ guid: 'https://news.example/a?utm_source=rss' }), 'src-a');
    expect(byUrl[0]).toBe('url:https://news.example/a');
    const scoped = dedupKeys(item({ guid: '4410', url: 'https://news.example/b' }), 'src-a');
    expect(scoped).toEqual(['guid:src-a:4410', 'url:https://news.example/b']);
  });

  it('adds a content hash only when there are enough words', () => {
    const short = dedupKeys(item({ url: 'https://news.example/c' }), 's');
    expect(short.some((k) => k.startsWith('hash:'))).toBe(false);
    const long = dedupKeys(
      item({ body: ['One two three four five six seven eight nine ten eleven twelve thirteen.'] }),
      's',
    );
    expect(long.some((k) => k.startsWith('hash:'))).toBe(true);
  });

  it('never uses a site home page as an article key', () => {
    const keys = dedupKeys(item({ guid: 'a1', url: 'https://www.news.example/?utm_source=rss' }), 'src');
    expect(keys).toEqual(['guid:src:a1']);
  });

  it('falls back to a source-scoped title key that tells apart items saying different things', () => {
    const [key] = dedupKeys(item({ body: ['Open from Monday.'] }), 'inbox');
    expect(key).toMatch(/^title:inbox:footbridge reopens#[0-9a-f]{12}$/);
    expect(dedupKeys(item({ body: ['Open from Monday.'] }), 'inbox')).toEqual([key]);
    expect(dedupKeys(item({ body: ['Closed again on Friday.'] }), 'inbox')).not.toEqual([key]);
  });

  it('derives a stable version-5-layout UUID from a key', () => {
    const id = itemIdFromKey('url:https://river-post.example/news/footbridge-reopens');
    expect(id).toBe('b07e11ef-1661-5207-a3ce-2c8368d76041');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(itemIdFromKey('url:https://river-post.example/news/footbridge-reopens')).toBe(id);
    expect(itemIdFromKey('url:https://river-post.example/news/other')).not.toBe(id);
  });
});
