import { normaliseDocument, type DocumentInput } from '../../../src/normalise/index.js';
import type { NormalisedItem } from '../../../src/model/item.js';

/** The items normalising one document gives, as an ingest would (`input` overrides the defaults). */
export async function read(
  doc: string | Buffer,
  input: Partial<DocumentInput> = {},
): Promise<NormalisedItem[]> {
  const bytes = typeof doc === 'string' ? Buffer.from(doc) : doc;
  const result = await normaliseDocument({
    bytes,
    contentType: null,
    location: 'feed.xml',
    url: null,
    ...input,
  });
  return result.items;
}

/** The error normalising one document throws (fails the test when it throws none). */
export async function refusal(doc: string | Buffer, input: Partial<DocumentInput> = {}): Promise<Error> {
  const outcome = await read(doc, input).then(
    (items) => items,
    (err: unknown) => err,
  );
  if (!(outcome instanceof Error)) throw new Error(`expected an error, got ${JSON.stringify(outcome)}`);
  return outcome;
}

/** An RSS 2.0 document around the given items (and extra channel attributes). */
export const rss = (items: string, rootAttrs = ''): string =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"${rootAttrs}><channel><title>Desk</title>` +
  `<link>https://desk.harbour-post.test/</link>${items}</channel></rss>`;
