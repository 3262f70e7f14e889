/** Small invented RSS feeds generated on the fly, for tests that need many distinct stories. */
export interface GeneratedStory {
  guid: string;
  title: string;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** An RSS 2.0 document with `count` distinct stories named after `name`. */
export function generatedFeed(name: string, count: number): { xml: string; stories: GeneratedStory[] } {
  const stories = Array.from({ length: count }, (_, i) => ({
    guid: `https://${name}.example/story/${i + 1}`,
    title: `${name} story number ${i + 1}`,
  }));
  const items = stories
    .map(
      (s, i) => `    <item>
      <title>${escapeXml(s.title)}</title>
      <link>${s.guid}</link>
      <guid>${s.guid}</guid>
      <pubDate>${new Date(Date.UTC(2026, 2, 1, 8, i)).toUTCString()}</pubDate>
      <description>Short report ${i + 1} from ${escapeXml(name)}.</description>
    </item>`,
    )
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(name)}</title>
    <link>https://${name}.example/</link>
    <description>Generated for a test.</description>
${items}
  </channel>
</rss>
`;
  return { xml, stories };
}
