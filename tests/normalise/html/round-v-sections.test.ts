import { describe, expect, it } from 'vitest';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';

/** Round V's section shapes: a subscription mark, a share bar, a labelled trail, a portal's news index. Invented pages. */
const paras = (lines: string[]): string => lines.map((p) => `<p>${p}</p>`).join('\n');

describe("a subscription mark beside the kicker (the paper's initials and a plus)", () => {
  const page = (
    mark: string,
  ): string => `<!DOCTYPE html><html lang="nl"><head><title>Zwembad wordt duurder</title></head>
<body><main><article class="ds-artikel">
<header>
<span class="ds-artikel__kicker">Zwolle</span>
<span class="ds-abo-teken">${mark}</span>
<h1>Renovatie van het buitenbad in Zwolle kost bijna twee keer zoveel</h1>
</header>
${paras([
  'De gemeenteraad schrok van de nieuwe raming: de renovatie van het buitenbad gaat bijna negen miljoen euro kosten.',
  'In het voorjaar ging de gemeente nog uit van vier en een half miljoen, maar de bouwprijzen zijn sindsdien fors gestegen.',
  'De wethouder wil de raad in januari vragen of het bad toch volgend jaar open kan gaan.',
])}
</article></main></body></html>`;

  it('is no section: the kicker before it is', () => {
    expect(normaliseHtmlArticle(page('ZD+'), { url: null }).section).toBe('Zwolle');
    expect(normaliseHtmlArticle(page('Z +'), { url: null }).section).toBe('Zwolle');
  });
});
