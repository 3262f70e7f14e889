import type { EvidenceText, NormalisedItem, StoredItem } from '../model/item.js';
import { paragraphKey, storyText } from './fingerprint.js';

/**
 * How much of merged versions is kept: a later copy shares its text with an earlier version's lead
 * (a wire story's first paragraphs, a radio item whole), so the first paragraphs of a few versions
 * are evidence enough, and the stored item stays small.
 */
const MAX_VERSIONS = 6;
const MAX_PARAGRAPHS = 8;

/** The texts an item is compared by: the version shown, then the merged versions kept. */
export function versionsOf(item: StoredItem): EvidenceText[] {
  const shown = storyText(item);
  return [
    {
      title: shown.headline,
      body: shown.written,
      language: item.language,
      published: item.published ?? item.updated,
      ...(item.origins[0] ? { source: item.origins[0].source } : {}),
    },
    ...(item.evidence ?? []),
  ];
}

/** Whether two versions open with the same paragraphs (as far as evidence keeps them). */
function sameText(a: EvidenceText, b: EvidenceText): boolean {
  const [x, y] = [a.body.slice(0, MAX_PARAGRAPHS), b.body.slice(0, MAX_PARAGRAPHS)];
  return x.length === y.length && x.every((p, i) => paragraphKey(p) === paragraphKey(y[i] ?? ''));
}

/**
 * The stored item with the incoming version's text kept as evidence, when it came from another
 * source than the one shown and says something in words not already kept (a copy under a local
 * intro, a rewrite, a radio version). `furniture`: the incoming document's boilerplate paragraphs.
 */
export function withEvidence(
  stored: StoredItem,
  incoming: NormalisedItem,
  source: string,
  furniture?: ReadonlySet<string>,
): StoredItem {
  const kept = stored.evidence ?? [];
  if (stored.origins[0]?.source === source || kept.length >= MAX_VERSIONS) return stored;
  const story = storyText(incoming, furniture);
  const version: EvidenceText = {
    title: story.headline,
    body: story.written.slice(0, MAX_PARAGRAPHS),
    language: incoming.language,
    published: incoming.published ?? incoming.updated,
    source,
  };
  const shown = versionsOf({ ...stored, evidence: [] })[0];
  if (!version.body.length || [shown, ...kept].some((v) => v && sameText(v, version))) return stored;
  return { ...stored, evidence: [...kept, version] };
}

/**
 * The stored item after the source shown replaced its version (an update under a new id, a
 * corrected text), with the replaced text kept as evidence: copies of the earlier version (a local
 * paper's, a radio line) keep arriving after the update and share their words with it alone.
 */
export function keepingReplaced(before: StoredItem, after: StoredItem): StoredItem {
  const kept = after.evidence ?? [];
  const [old] = versionsOf({ ...before, evidence: [] });
  const [shown] = versionsOf({ ...after, evidence: [] });
  if (!old?.body.length || !shown || kept.length >= MAX_VERSIONS) return after;
  if ([shown, ...kept].some((v) => sameText(v, old))) return after;
  return { ...after, evidence: [...kept, { ...old, body: old.body.slice(0, MAX_PARAGRAPHS) }] };
}
