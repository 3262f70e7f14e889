import type { NormaliseResult } from '../normalise/index.js';

/** A readable preview of a normalised document for an operator at a terminal. */
export function formatPreview(file: string, result: NormaliseResult): string {
  const out: string[] = [
    `== ${file} (${result.kind}, ${result.items.length} item${result.items.length === 1 ? '' : 's'})`,
  ];
  if (result.feed?.title) out.push(`feed: ${result.feed.title}`);
  for (const item of result.items) {
    out.push('');
    const field = (label: string, value: string | null | undefined): void => {
      if (value) out.push(`${label.padEnd(10)} ${value}`);
    };
    field('headline', item.title ?? '(no title)');
    field('section', item.section);
    field('standfirst', item.summary);
    field('byline', item.byline);
    field('published', item.published);
    field('url', item.url);
    field('guid', item.guid !== item.url ? item.guid : null);
    if (item.image) {
      field(
        'image',
        [item.image.url, item.image.caption, item.image.credit && `(credit: ${item.image.credit})`]
          .filter(Boolean)
          .join(' '),
      );
    }
    if (item.categories.length) field('categories', item.categories.join(', '));
    if (item.topics.length) field('topics', item.topics.join(', '));
    const ents = [...item.entities.people, ...item.entities.places, ...item.entities.organisations];
    if (ents.length) field('entities', ents.join(', '));
    if (item.body.length) {
      out.push('body:');
      item.body.forEach((p, i) => out.push(`  ${String(i + 1).padStart(2)}. ${p}`));
    }
    if (item.related.length) {
      out.push('related:');
      for (const r of item.related) out.push(`   - ${r}`);
    }
    if (item.dropped.length) {
      out.push('dropped as furniture:');
      for (const d of item.dropped) out.push(`   x ${d}`);
    }
  }
  return out.join('\n') + '\n';
}
