import { SITE_CSS_PATH } from './style.js';

/** Where the XSLT is served, under BASE_URL. */
export const FEED_XSL_PATH = '/feed.xsl';

/**
 * The `<?xml-stylesheet?>` href of a feed served under `prefix` ("" for `/feed.rss` and
 * `/search.rss`, "/tags/<slug>" …): a relative reference, because browsers only apply a stylesheet
 * from the feed's own origin, and the same bytes are served under every host name a node answers
 * to (and behind a proxy's path prefix).
 */
export function feedStylesheetHref(prefix: string): string {
  const depth = prefix.split('/').filter(Boolean).length;
  return `${'../'.repeat(depth)}feed.xsl`;
}

/**
 * XSLT 1.0 that a browser applies to an RSS or Atom feed opened in a tab: a readable page that
 * says what a feed is and which address to copy into a reader, then lists the items. Readers and
 * validators ignore the processing instruction that points here.
 */
export const FEED_XSL = `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  exclude-result-prefixes="atom dc">
  <xsl:output method="html" encoding="utf-8" indent="no" doctype-system="about:legacy-compat"/>

  <xsl:variable name="self" select="(/rss/channel/atom:link[@rel='self']/@href | /atom:feed/atom:link[@rel='self']/@href)[1]"/>
  <xsl:variable name="title" select="(/rss/channel/title | /atom:feed/atom:title)[1]"/>
  <xsl:variable name="home" select="(/rss/channel/link | /atom:feed/atom:link[@rel='alternate' and @type='text/html']/@href)[1]"/>
  <xsl:variable name="lang" select="(/rss/channel/language | /atom:feed/@xml:lang)[1]"/>

  <xsl:template match="/">
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <title><xsl:value-of select="$title"/> (feed)</title>
        <link rel="stylesheet" href="${SITE_CSS_PATH}"/>
      </head>
      <body>
        <header class="site"><div class="wrap">
          <a class="brand" href="{$home}"><xsl:value-of select="$title"/></a>
        </div></header>
        <main id="main" class="wrap">
          <section class="box" aria-labelledby="about-h">
            <h1 id="about-h">This is a feed</h1>
            <p>Follow <strong><xsl:value-of select="$title"/></strong> in a feed reader: copy this URL into your reader.</p>
            <p class="feed-url"><code><xsl:value-of select="$self"/></code></p>
            <p class="meta">Your reader checks it for new items; nothing else to install. <a href="{$home}">Back to the site</a>.</p>
          </section>
          <h2>Latest items</h2>
          <ol class="items">
            <xsl:apply-templates select="/rss/channel/item | /atom:feed/atom:entry"/>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="item">
    <li>
      <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
      <p class="meta">
        <xsl:if test="dc:creator"><span><xsl:value-of select="dc:creator"/></span></xsl:if>
        <xsl:if test="pubDate"><span><xsl:value-of select="substring(pubDate, 6, 11)"/></span></xsl:if>
      </p>
    </li>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li>
      <h3><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h3>
      <p class="meta">
        <xsl:if test="atom:author/atom:name"><span><xsl:value-of select="atom:author/atom:name"/></span></xsl:if>
        <xsl:if test="atom:published"><span><xsl:value-of select="substring(atom:published, 1, 10)"/></span></xsl:if>
      </p>
      <xsl:if test="atom:summary"><p class="lede"><xsl:value-of select="atom:summary"/></p></xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
`;
