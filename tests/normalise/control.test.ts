/**
 * Control characters are cleaned once, when a document is normalised: stored items hold the text
 * every published format carries. Invented documents.
 */
import { describe, expect, it } from 'vitest';
import { normaliseDocument } from '../../src/normalise/index.js';

// eslint-disable-next-line no-control-regex -- the characters under test
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const read = (text: string, location: string) =>
  normaliseDocument({ bytes: Buffer.from(text), contentType: null, location, url: null });

describe('control characters', () => {
  it('are gone from every field of a JSON Feed item', async () => {
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Quarry Lane Gazette',
      items: [
        {
          id: 'q1',
          url: 'https://gazette.quarrylane.test/kiln',
          title: 'Kiln\u0001 restored',
          summary: 'Volunteers\u007f relined it.',
          content_html: '<p>The kiln\u001f fires again in May.</p>',
          authors: [{ name: 'Ada\u0002 Rowe' }],
        },
      ],
    });
    const [item] = (await read(feed, 'gazette.json')).items;
    expect(item?.title).toBe('Kiln restored');
    expect(item?.summary).toBe('Volunteers relined it.');
    expect(item?.body).toEqual(['The kiln fires again in May.']);
    expect(item?.byline).toBe('Ada Rowe');
    expect(JSON.stringify(item)).not.toMatch(/\\u00(0[0-8bcef]|1[0-9a-f]|7f|[89][0-9a-f])/);
  });

  it('are gone from an RSS item that carries them raw', async () => {
    const rss =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>' +
      '<item><title>Reservoir\u0001 path reopens</title><guid>r1</guid>' +
      '<description>The path\u001f was closed for two years.</description></item></channel></rss>';
    const [item] = (await read(rss, 'gazette.rss')).items;
    expect(item?.title).toBe('Reservoir path reopens');
    expect(item?.summary ?? '').not.toMatch(CONTROL);
    expect(item?.contentHtml).not.toMatch(CONTROL);
  });

  it('are gone from a text dump, tabs and line breaks aside', async () => {
    const text =
      'Mill pond\u0007 drained for repairs\n\nThe mill pond\u000b was drained on Monday so that engineers can repair the sluice gate before the winter rains arrive in the valley.\n';
    const [item] = (await read(text, 'pond.txt')).items;
    expect(item?.title).toBe('Mill pond drained for repairs');
    expect(item?.body.join('\n')).not.toMatch(CONTROL);
  });
});
