/**
 * JSON-LD: the page's structured objects, their names, images and captions.
 */
import type { ImageRef } from '../../../model/item.js';
import { absoluteUrl } from '../../content.js';
import { collapseWhitespace, decodeEntities } from '../../text.js';
import type { MetaPage } from './page.js';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// Every schema.org kind of article is named "…Article" ("SportsArticle", "OpinionNewsArticle").
export const ARTICLE_TYPES =
  /^[A-Za-z]*Article$|^(?:Blog|LiveBlog|Social|SocialMedia|DiscussionForum)Posting$|^Report$/;

/** All JSON-LD objects in the page, @graph and arrays flattened. */
export function jsonLdObjects(page: MetaPage): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json | undefined): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph'] !== undefined) visit(v['@graph']);
    }
  };
  for (const s of (page.byTag.get('script') ?? []).filter(
    (x) => x.getAttribute('type') === 'application/ld+json',
  )) {
    try {
      visit(JSON.parse((s.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, '')) as Json);
    } catch {
      // A broken JSON-LD block is common and simply ignored.
    }
  }
  return out;
}

/**
 * A node given only by reference ({"@id": "…#primaryimage"}, as a Yoast @graph links its nodes)
 * is the graph's node of that @id; anything else is itself.
 */
export function resolved(v: Json | undefined, ld: JsonObject[]): Json | undefined {
  if (Array.isArray(v)) return v.map((x) => resolved(x, ld) ?? x);
  if (!isObject(v) || typeof v['@id'] !== 'string' || Object.keys(v).length !== 1) return v;
  return ld.find((o) => o !== v && o['@id'] === v['@id']) ?? v;
}

export const typesOf = (o: JsonObject): string[] => {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};

export const str = (v: Json | undefined): string | null => {
  if (typeof v === 'string') return collapseWhitespace(decodeEntities(v)) || null;
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v.name ?? v.url ?? v['@id']);
  return null;
};

/** Names from a JSON-LD author value (string, Person, array of either). */
export function ldNames(v: Json | undefined): string[] {
  if (typeof v === 'string') return [collapseWhitespace(v)];
  if (Array.isArray(v)) return v.flatMap(ldNames);
  if (isObject(v) && typeof v.name === 'string') return [collapseWhitespace(v.name)];
  return [];
}

export function ldImage(v: Json | undefined): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return ldImage(v[0]);
  if (isObject(v)) return str(v.url ?? v.contentUrl);
  return null;
}

/** Two image URLs name one picture when their paths agree (resizing parameters differ). */
export function samePicture(a: string, b: string): boolean {
  try {
    return new URL(a).pathname === new URL(b).pathname;
  } catch {
    return a === b;
  }
}

/**
 * Caption and credit from the JSON-LD ImageObject of the same picture, for a page that prints
 * neither (an image without a caption line): schema.org `caption` and `creditText` (or its
 * `author`/`creator`). A copyright holder is the publisher, not a credit.
 */
export function withLdCaption(image: ImageRef, ld: Json | undefined, base: string | null): ImageRef {
  if (image.caption || image.credit) return image;
  const o = Array.isArray(ld) ? ld.find(isObject) : ld;
  if (!isObject(o)) return image;
  const ldUrl = ldImage(o);
  const abs = ldUrl ? absoluteUrl(ldUrl, base) : null;
  if (image.url && abs && !samePicture(image.url, abs)) return image;
  const caption = str(o.caption);
  const credit = str(o.creditText) ?? ldNames(o.author)[0] ?? ldNames(o.creator)[0] ?? null;
  return { url: image.url ?? abs, caption, credit };
}
