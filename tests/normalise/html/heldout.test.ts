import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseHtmlArticle } from '../../../src/normalise/html/article.js';
import { heldOutSuite } from '../../support/heldout.js';

/**
 * Held-out HTML pages: invented article pages in styles the rules were not written from (an
 * Italian regional paper, a Dutch public broadcaster, a Polish portal, a WordPress blog, US local
 * TV, a corporate press release, a magazine long read, a Norwegian paper; then a German regional
 * paper, a Spanish daily behind a paywall, a French liveblog, a Swedish match report, a Drupal
 * council page, a Ghost newsletter, a Next.js page, an AMP page, a Danish recipe, a Brazilian portal;
 * then a Japanese paper, an Arabic right-to-left paper, a Turkish portal, a Finnish paper on an
 * Arc-style stack, an Indonesian portal, a WordPress site with a Yoast @graph, a Medium-style post,
 * a Wix page without an article element, a government agency's release in microdata only and a
 * university's news story on a static-site generator; then a Romanian daily behind a paywall, a
 * Simplified Chinese portal, a Thai Bootstrap theme, a Persian agency with a comment thread, a
 * Bengali portal, a Russian city portal with soft hyphens, a Serbian Squarespace blog, a Substack
 * post, a SharePoint news page and a Vietnamese provincial paper; then a Georgian paper with its text
 * in <br>-separated runs, an Urdu right-to-left paper thick with ad slots, a Kazakh Elementor site, a
 * Mexican live page, a Japanese note-style blog platform, an Indonesian WordPress with Jetpack, a
 * Nigerian paper on a tagDiv theme and a Galician page on Tilda; then an Italian Ghost blog, a
 * short Jekyll post, a French recipe blog with a recipe card, a Spanish Arc-style paper whose
 * byline is only in its JSON-LD, a Portuguese Medium post, a Catalan Blogger post with a sidebar
 * archive, a Dutch Next.js paper, a German paper with an author box, a Czech portal with teaser
 * lists inside the text and a Swedish paper behind a paywall with soft hyphens; then a WordPress
 * paper whose first paragraph is set large above the picture, a Next.js page with its metadata only
 * in JSON-LD, a French AMP page, a shop's how-to guide, a British live blog, a water company's press
 * release, a short post on a block theme under long comments, a Hindi portal, a Croatian paper with
 * its text locked behind a paywall box, a newsletter's web page, a museum's news item, a Polish
 * portal, a Taiwanese paper, a Swahili WordPress paper, an Italian recipe card and a Tagalog paper; then captions of pictures inside the text, a short
 * Blogger post beside an about-me box, a paywall box listing its benefits over hidden text, a
 * Hungarian portal and a Portuguese magazine with a see-also box and an author box; then a
 * Lithuanian portal under a cookie layer, a Turkish recipe without a recipe plugin, a Hebrew live
 * blog, a Slovak paywall, an Estonian Hugo post, a Welsh council page without an article element,
 * a Malay page with a "BACA JUGA" link and a span caption, and Bulgarian with a small credit);
 * then a round (092-097) written before the code ran on it: Swedish under a consent banner, an
 * Austrian Drupal page, Belgian French with JSON-LD, Peruvian microdata, an Angolan WordPress
 * Newspaper-theme page and a Kyrgyz portal with the author under the text; then a round (098-105)
 * written before the code ran on it: a Burmese tagDiv page, a Breton Drupal page with a lead
 * field, a Malagasy table layout signed under the text, a Lao ministry page with a caption label, a
 * Tatar picture story, a Kannada live blog, a Haitian Creole Blogger post and an Occitan magazine.
 */
heldOutSuite({
  title: 'held-out HTML pages',
  root: join(dirname(fileURLToPath(import.meta.url)), 'heldout'),
  input: 'input.html',
  count: 245,
  normalise: (html) => normaliseHtmlArticle(html, { url: null }),
  fields: ['title', 'section', 'summary', 'byline', 'url', 'image', 'body', 'related'],
  knownWrong: {
    // An all-capitals topic kicker over the headline is taken for the section; the breadcrumb
    // outside the article element names it.
    '001-it-ponte-sesia-chiuso': ['section'],
    // A fact box (a heading and a short list) inside the text stays in the body.
    '008-no-ferjekai-stengt': ['body'],
    // The date is printed as a day alone (datetime="2026-10-08"): a day without a time and a zone
    // is not taken for the instant of publication.
    '030-el-typo3-limani-apergia': ['published'],
    // The byline is printed only as the name and a role word without a label ("<name> reporter")
    // in the info line and in a sign-off; neither is read as a byline.
    '033-ko-print-view-drone': ['byline'],
    // The expectation wants the breadcrumb's last entry ("Xã hội › Dân sinh"); the page's
    // article:section names the upper one, which is taken first.
    '044-vi-bao-tinh-cau-go-lienquan': ['section'],
    // A "More news" list under the article in a box classed "related-news" is read as related
    // links; the expectation counts it as the site's feed.
    '046-ur-rtl-roznama-nehri-pani': ['related'],
    // A key-points box classed "summary" goes with the header.
    '048-es-mx-en-vivo-sismo-oaxaca': ['body'],
    // The subheading, a builder's styled div in a row of its own, is not kept with the text.
    '052-gl-tilda-muino-restaurado': ['body'],
    // An affiliate disclosure in small italics before the text, the recipe card's one-line
    // description and its servings line ("Portions 4 personnes") stay in the body.
    '055-fr-wprm-recette-soupe-potiron': ['body'],
    // A "Press release" type label over the headline is taken for the section; the notes to
    // editors (a heading and a list of facts) go with the end matter.
    '068-en-utility-media-centre-reservoir-release': ['section', 'body'],
    // A "recommended" list under the comments is read as related links.
    '074-pl-portal-regionalny-czytaj-takze-most': ['related'],
    // Extract round 084-091, after mending: the similar-recipes cards under a heading in words no
    // list knows are not read as related links (the heading left with nothing under it goes).
    '085-tr-tarif-malzemeler-yazdir': ['related'],
    // Round 092-097, first run (092's "read more" aside since mended): a Drupal lead field ("field--name-field-vorspann") is
    // not read as the standfirst (093); the "credit the source" line under the text stays in the
    // body and the similar-news list under a div heading in words no list knows is lost (097).
    '093-de-at-drupal-feld-apa': ['summary'],
    '097-ky-portal-okshosh-jangylyktar': ['body', 'related'],
    // Round 098-105, after mending: the signature under the text ("<by-word> Name" in a paragraph
    // classed "signature") gives no byline (it leaves the body as a closing heading), and the list of other articles
    // under a heading in words no list knows, on a page without an article element, is not read
    // as related links (100).
    '100-mg-gazety-sary-vakio-koa': ['byline', 'related'],
    // Measurement round 106-111, run once on the session's final code (1654e33) and held as found:
    // an inline read-on link and a list under a header in unknown words are not read as related
    // (106, 110), and the related titles come out in another order (108); a funding note under the
    // story stays in the body (109); a "記者：" byline is not read and a credit in full-width
    // brackets stays in the caption (111).
    // Round 112-117, written blind and run first on the stop-24 code (629342d): held as found,
    // then mended by phenomenon (112's shortened credit label, 113's label element inside the
    // credit box, 114's link-preview card and 117's aside of links between paragraphs since); what
    // is left is listed here.
    '115-pa-arc-fusion-globalcontent-eh-vi-parho': ['related'],
    // Round 118-123, written blind and run once on this stop's merged code (ccef689): held as
    // found.
    '118-sq-joomla-item-page-pagenav-lajme-te-ngjashme': ['related'],
    // (121's section, a link above a headline set straight in <main>, since mended.)
    // Round C (241-250 / 124-129), written blind and run once on the code of the start of stop 26:
    // what that first run got wrong, until a lane mends it.
    // 124's expected summary is the meta description, printed nowhere on the page (no standfirst):
    // the corpus README asks for the text as printed, null where the page has none, as 33 other
    // held-out pages with an unprinted description expect. The expectation looks wrong; not fitted.
    '124-fur-wp-astra-yarpp-complianz-articui-colegats': ['summary'],
    // Round D (251-260 / 130-135), written blind and run once on this stop's merged code:
    // what that first run got wrong, until a lane mends it.
    // (135's standfirst, in a script that writes its vowels as marks, since mended.)
    // Round E (261-270 / 136-141), written blind and run once on the code of the start of stop 27:
    // what that first run got wrong, until a lane mends it.
    // (139's expectation joined its two authors with an English "and" the page never prints; it now
    // keeps the page's own word, as 011 keeps "et" and the public corpus "und".)
    // Round F (271-278 / 142-146), written blind and run once on this stop's merged code (739b7ab):
    // its HTML pages all mended since (143's callout card).
    // Round G (279-288 / 147-152), written blind and run once on the code of the start of stop 28
    // (f237408, output identical to stop 27's): its HTML pages all mended since.
    // Round H (289-296 / 153-157), written blind and run once on this stop's merged code (e0b034a):
    // its HTML pages all mended since.
    // Round I (297-306 / 158-163), written blind and run once on the code of the start of stop 29
    // (9962626, output identical to stop 28's): its HTML pages all mended since.
    // Round J (307-314 / 164-168), written blind and run once on this stop's merged code (3b9d181):
    // held as found until a lane mends it (166's message board since).
    '164-is-is-shopify-dawn-blog-article-structured-data-blogposting-z-time-rte-body-img-no-figcaption-credit-em-comment-form-back-to-blog':
      ['section', 'summary', 'body'],
    // Round K's first run (169-174), held as found until a lane mends it (all but 169 since).
    '169-de-jimdo-creator-modules-imagesubtitle-caption-span-foto-credit-date-only-null-list-in-body-text-pressestelle-comments':
      ['section', 'byline'],
    // Round M's first run (180-185, on stop 30's code): its HTML pages all mended since.
    // Round N's first run (186-189, on stop 31's merged code): its HTML pages all mended since.
    // Round O's first run (190-195, on stop 31's code 87d3c95), held as found until a lane mends it.
    '193-mn-mn-shuukh-hevleliin-medee-court-press-og-published-plus08-display-no-zone-hevleliin-toloologch-role-byline-initial-dot-name-gerel-zurag-credit-prefix-holbootoi-medee-aside-unshih-too':
      ['related'],
    // The scorecard table stays in the body (194), and the bold opening sentence is read as the
    // text's lead, not as a standfirst (195): the article-extraction benchmark keeps a table of
    // figures and a bold lead in the article body, and a rule dropping either cost it F1 0.972 -> 0.969.
    '194-si-lk-kriket-samajaya-sports-club-match-report-jsonld-plus0530-display-pv-no-zone-liyanne-byline-prefix-chayaroopaya-dash-credit-table-scorecard-mewath-kiyawanna-inline':
      ['body', 'related'],
    '195-mk-mk-stopanska-komora-press-joomla-objaveno-den-vreme-bez-zona-null-samo-kredit-foto-bez-opis-caption-null-izjava-blockquote-povrzani-vesti-ul-kolacinja':
      ['summary', 'body'],
    // Round P's first run (196-199, on this stop's merged code), held as found until a lane mends it
    // (197's caption in the picture's tooltip since).
    '198-sq-al-spital-rajonal-joomla-item-page-publikuar-pa-zone-null-no-canonical-standfirst-strong-p-caption-em-p-foto-credit-paren-pergatiti-byline-right-role-lexo-edhe-inline-pagenav':
      ['summary', 'body'],
    // Round Q's first run (200-205, on stop 32's code), held as found until a lane mends it (200's
    // subtitle field and caption box, 201's signature, 204's read-more box and 205 since): a site
    // builder's "other posts" cards under a label in a div, no heading, are not read as related (201).
    '201-ar-om-wix-like-small-business-blog-div-soup-span-paragraphs-og-published-meta-only-z-no-jsonld-signed-at-end-owner-caption-div-after-image-credit-span-mansharat-ukhra-grid':
      ['related'],
    // Round R's first run (206-209, on stop 33's merged code), held as found; 206, and 209's
    // summary, byline and date, mended in lane rhtml.
    '209-sw-ke-hand-coded-regional-radio-station-site-muhtasari-div-standfirst-na-byline-p-date-text-eat-zone-no-time-element-caption-div-after-img-no-figure-credit-small-kwa-hisani-ya-habari-zaidi-ol-live-player-ratiba':
      ['image', 'body', 'related'],
    // Round S's first run (on stop 33's code), as found.
    '211-bg-bg-google-sites-chitalishte-div-soup-zfr3q-standfirst-subtitle-class-byline-and-date-one-line-balgarsko-lyatno-vreme-caption-p-outside-image-credit-span-snimka-table-programa-oshte-novini-cards':
      ['body'],
    '212-uk-ua-discourse-crawler-view-velo-spilnota-announcement-category-badge-section-time-datetime-z-username-byline-og-description-not-summary-lightbox-image-caption-em-p-credit-small-md-table-replies-after-dyv-takozh-inline-skhozhi-temy-table':
      ['body'],
    '213-uz-uz-tilda-agrotech-company-news-t017-uptitle-section-descr-xl-standfirst-matn-byline-date-text-toshkent-vaqti-bilan-t107-image-caption-t-text-xs-block-credit-span-surat-br-br-paragraphs-shuningdek-oqing-inline-t431-hidden-data-feed-cards-cookie':
      ['related'],
    // 214 is written in ISO-8859-1 and this suite reads it as UTF-8: the accented letters of its
    // title and text come out as replacement characters. The CLI decodes it by its meta charset and
    // gets both right (lane hleft mended its other fields).
    '214-nap-it-hand-written-table-layout-associazione-quartiere-font-tags-html-entities-no-canonical-credit-before-caption-cest-in-parens-byline-at-end-liggite-pure-insert-visit-counter':
      ['title', 'body'],
  },
  missingParagraphs: {
    // Round S's first run, as found.
    '213-uz-uz-tilda-agrotech-company-news-t017-uptitle-section-descr-xl-standfirst-matn-byline-date-text-toshkent-vaqti-bilan-t107-image-caption-t-text-xs-block-credit-span-surat-br-br-paragraphs-shuningdek-oqing-inline-t431-hidden-data-feed-cards-cookie': 1,
    '214-nap-it-hand-written-table-layout-associazione-quartiere-font-tags-html-entities-no-canonical-credit-before-caption-cest-in-parens-byline-at-end-liggite-pure-insert-visit-counter': 5,
    // The key points (a heading and two items) before the entries.
    '048-es-mx-en-vivo-sismo-oaxaca': 3,
    // The subheading row.
    '052-gl-tilda-muino-restaurado': 1,
    // The notes to editors: a heading and two facts.
    '068-en-utility-media-centre-reservoir-release': 3,
  },
});
