import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeDocument } from '../../../src/ingest/decode.js';
import { detectKind } from '../../../src/ingest/detect.js';
import { parseFeedDate } from '../../../src/normalise/feed/dates.js';
import { personName } from '../../../src/normalise/feed/text.js';

describe('feed dates', () => {
  it.each([
    ['Thu, 12 Mar 2026 14:05:00 GMT', '2026-03-12T14:05:00Z'],
    ['March 12, 2026 2:05 pm EST', '2026-03-12T19:05:00Z'],
    ['Thu Mar 12 2026 14:05:00 GMT+0000 (Coordinated Universal Time)', '2026-03-12T14:05:00Z'],
    ['2026-03-12T14:05:00+0100', '2026-03-12T13:05:00Z'],
    // RFC 3339 §5.6: the separator and the zone letter may be lower case.
    ['2026-03-12t14:05:00+07:00', '2026-03-12T07:05:00Z'],
    ['2026-03-12T14:05:00z', '2026-03-12T14:05:00Z'],
    ['Sat, 10 Jan 26 12:00 МСК', '2026-01-10T09:00:00Z'],
    ['Tue, 31 Apr 2026 10:00:00 GMT', null],
    // The site's own language, as some CMSs write RFC 822 dates; a cut no other month starts.
    ['Sa, 30 Mai 2026 08:00:00 +0200', '2026-05-30T06:00:00Z'],
    ['jeu., 4 juin 2026 09:30:00 +0200', '2026-06-04T07:30:00Z'],
    ['Do, 26 Mär 2026 19:40:00 +0100', '2026-03-26T18:40:00Z'],
    ['wt, 14 lip 2026 12:00:00 +0200', '2026-07-14T10:00:00Z'],
    // A weekday whose cut also spells a month: the day and month after it say which it is.
    ['mar, 14 abr 2026 17:05:00 +0200', '2026-04-14T15:05:00Z'],
    ['Mar 14 2026 17:05:00 +0200', '2026-03-14T15:05:00Z'],
    // A dash, an @ or a short word between the date and the time.
    ['Friday, June 5, 2026 - 10:00', '2026-06-05T10:00:00Z'],
    ['June 5, 2026 at 10:00 pm EDT', '2026-06-06T02:00:00Z'],
    ['5 June 2026 @ 10:00', '2026-06-05T10:00:00Z'],
    // A cut that starts two months' names is no month.
    ['4 ju 2026 10:00 GMT', null],
    ['', null],
  ])('%s → %s', (raw, iso) => {
    expect(parseFeedDate(raw)).toBe(iso);
  });
});

describe('author names', () => {
  it.each([
    ['desk@paper.test (Ana Duarte)', 'Ana Duarte'],
    ['Ana Duarte <desk@paper.test>', 'Ana Duarte'],
    ['desk@paper.test', null],
    ['By Ana Duarte', 'Ana Duarte'],
    ['Ana &amp; Luis', 'Ana & Luis'],
    // The byline words the page readers know; one that is also a first name only with its colon.
    ['Written by Ana Duarte', 'Ana Duarte'],
    ['Penulis: Budi Santoso', 'Budi Santoso'],
    ['Oleh: Budi Santoso', 'Budi Santoso'],
    ['Oleh Marchuk', 'Oleh Marchuk'],
    ['Na Yeon Park', 'Na Yeon Park'],
  ])('%s → %s', (raw, name) => {
    expect(personName(raw)).toBe(name);
  });
});

describe('decoding feed bytes', () => {
  it('reads UTF-8 bytes even when the document claims ISO-8859-1', () => {
    const bytes = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Café “Nord”</title></rss>',
    );
    expect(decodeDocument(bytes).text).toContain('Café “Nord”');
  });

  it('reads Latin-1 labelled bytes as windows-1252 (curly quotes in 0x80–0x9F)', () => {
    const bytes = iconv.encode(
      '<?xml version="1.0" encoding="iso-8859-1"?><rss><title>“Café”</title></rss>',
      'windows-1252',
    );
    expect(decodeDocument(bytes).text).toContain('“Café”');
  });

  it('decodes UTF-8 as iconv-lite does: a replacement character per bad sequence, a leading BOM dropped', () => {
    const pieces = [
      [0xe2, 0x80, 0x94],
      [0xf0, 0x9f, 0x8c],
      [0xc3],
      [0xa9],
      [0xed, 0xa0, 0x80],
      [0xef, 0xbb, 0xbf],
      [0x41],
      [0xff],
      [0x80],
    ];
    let state = 5;
    const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648), state % n);
    for (let i = 0; i < 2000; i++) {
      const bytes = [0x3c];
      for (let k = next(8); k > 0; k--) bytes.push(...(pieces[next(pieces.length)] ?? []));
      for (const head of [[], [0xef, 0xbb, 0xbf]]) {
        const buf = Buffer.from([...head, ...bytes]);
        const body = Buffer.from(bytes);
        expect(decodeDocument(buf, 'text/html; charset=utf-8').text).toBe(
          iconv.decode(head.length ? body : buf, 'utf-8'),
        );
      }
    }
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    const bytes = iconv.encode('<rss><title>Crème brûlée</title></rss>', 'windows-1252');
    expect(decodeDocument(bytes).text).toContain('Crème brûlée');
  });

  it('finds the feed root after server warnings printed before it', () => {
    expect(
      detectKind('Notice: undefined index in feed.php\n<?xml version="1.0"?><rss version="2.0"/>', null, 'x'),
    ).toBe('rss');
  });
});
