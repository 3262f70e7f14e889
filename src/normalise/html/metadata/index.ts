/**
 * What the page says about itself: each reading (JSON-LD and meta tags, the headline, byline, dates,
 * section, standfirst, picture) lives in its own file; readMetadata weighs them in order.
 */
import type { ImageRef } from '../../../model/item.js';
import { absoluteUrl } from '../../content.js';
import { collapseWhitespace } from '../../text.js';
import { courtesyGiver } from '../../text/lines.js';
import {
  closestTag,
  type DocScan,
  type DomDocument,
  type DomElement,
  first,
  scanDocument,
  scanFirst,
  scanTags,
  tagOf,
  textOf,
  withoutKicker,
} from '../dom.js';
import {
  labelledBesidePhotoLine,
  nameBesideDate,
  namesBeforeTime,
  prefixedBylineLine,
  printedByline,
  withoutSectionLabel,
} from './byline.js';
import { cleanByline, withoutByWords, withoutOwnOutlet, withoutUnlistedParts } from './byline-clean.js';
import {
  dateLineUnderHeadline,
  dublinCoreDate,
  microdataPublished,
  printedDateLine,
  printedPublished,
  zonedIso,
} from './dates.js';
import { bylineScope, findHeadline, headerGroup } from './headline.js';
import {
  ARTICLE_TYPES,
  jsonLdObjects,
  ldImage,
  ldNames,
  resolved,
  str,
  typesOf,
  withLdCaption,
} from './jsonld.js';
import { metaContent, metaTags, pageUrlOf } from './meta.js';
import { letters, type MetaPage } from './page.js';
import {
  absoluteUrlOrNull,
  captionAfter,
  creditAfter,
  creditLineAfter,
  creditLineName,
  figureImageUrl,
  findLeadFigure,
  headerPhotoCredit,
  leadPlayerCaption,
  NO_CAPTION,
  openingPhotoLine,
  pictureBox,
  pictureFor,
  splitCaption,
  titleCredit,
  tooltipCaption,
  uncaptionedLead,
} from './picture.js';
import {
  breadcrumbSection,
  categoryBadge,
  flatMainSection,
  genreLink,
  labelledSectionLink,
  ldCrumbs,
  markedSectionAfter,
  microdataSection,
  printedCrumbs,
  printedSection,
  sectionField,
  termFieldSection,
  textTrailAbove,
  titleTagSection,
  trailCasing,
} from './section.js';
import {
  dekMarked,
  descriptionEcho,
  introParagraph,
  leadAbovePicture,
  printedDek,
  standfirstAbovePicture,
} from './standfirst.js';

export { cleanByline } from './byline-clean.js';
export { CLOCK_TIME } from './dates.js';
/** What the page says about itself, before any body extraction. */
export interface PageMeta {
  title: string | null;
  /** The printed headline element, used to anchor the header group. */
  headline: DomElement | null;
  section: string | null;
  summary: string | null;
  byline: string | null;
  published: string | null;
  updated: string | null;
  url: string | null;
  image: ImageRef | null;
  /** The lead figure element, when the image came from one. */
  leadFigure: DomElement | null;
  language: string | null;
  categories: string[];
  /** The site's own name (og:site_name, else the JSON-LD publisher). */
  siteName: string | null;
  /** JSON-LD articleBody, a second opinion on the body. */
  articleBody: string | null;
  /** Elements of the header group (kicker, dek, byline, dates) to keep out of the body. */
  headerBits: DomElement[];
  /** The section as printed, label and all ("Category: Events"), when its label was dropped. */
  sectionLine: string | null;
}

function titleFromTitleTag(t: string): string | null {
  const s = collapseWhitespace(t);
  if (!s) return null;
  const parts = s.split(/\s+[|–—-]\s+|\s+::\s+/);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '') || s;
}

/** `scan`: the page's elements read in one walk, when the caller has it already (see scanDocument). */
export function readMetadata(
  doc: DomDocument,
  pageUrl: string | null,
  scan: DocScan = scanDocument(doc),
): PageMeta {
  const page: MetaPage = { ...scan, metas: metaTags(scan) };
  const ld = jsonLdObjects(page);
  const art = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
  const ldHeadline = str(art?.headline) ?? str(art?.name);
  const ogTitle = metaContent(page, 'og:title', 'twitter:title');
  const titleTag = titleFromTitleTag(scanFirst(page, 'title')?.textContent ?? '');
  const parselyTitle = metaContent(page, 'parsely-title');
  const headline = findHeadline(
    page,
    [ldHeadline, ogTitle, titleTag, parselyTitle].filter((x): x is string => !!x),
    !ldHeadline && !ogTitle && !parselyTitle,
  );
  const group = headline ? headerGroup(page, headline) : null;

  const metaSection =
    str(art?.articleSection) ??
    metaContent(page, 'article:section', 'parsely-section') ??
    microdataSection(page);
  const canonical =
    scanTags(page, ['link'])
      .find((l) => l.getAttribute('rel') === 'canonical')
      ?.getAttribute('href') ?? null;
  const url =
    pageUrlOf(canonical, pageUrl) ??
    pageUrlOf(metaContent(page, 'og:url'), pageUrl) ??
    pageUrlOf(pageUrl, null);
  const headlineText = headline ? withoutKicker(headline) : null;
  const lang =
    doc.documentElement.getAttribute('lang') ?? metaContent(page, 'og:locale') ?? str(art?.inLanguage);
  const language = lang ? (lang.replace('_', '-').split('-')[0] ?? '').toLowerCase() || null : null;
  const sectionFound =
    (headline ? textTrailAbove(headline) : null) ??
    (headline ? sectionField(page, headline) : null) ??
    (headline ? termFieldSection(page, headline) : null) ??
    (headline ? genreLink(page, headline) : null) ??
    (group && headline ? printedSection(page, group, headline, metaSection) : null) ??
    (group && headline ? flatMainSection(page, group, headline, metaSection) : null) ??
    metaSection ??
    (headline ? markedSectionAfter(headline, group) : null) ??
    (group ? categoryBadge(group) : null) ??
    (group && headline ? labelledSectionLink(page, group, headline) : null) ??
    breadcrumbSection(ldCrumbs(ld), headlineText ?? ldHeadline, url, language) ??
    breadcrumbSection(printedCrumbs(page), headlineText ?? ldHeadline, url, language) ??
    titleTagSection(
      scanFirst(page, 'title')?.textContent ?? '',
      headlineText,
      metaContent(page, 'og:site_name'),
      language,
    );

  const bareSection = sectionFound && withoutSectionLabel(sectionFound);
  const section = bareSection && headline ? (trailCasing(headline, bareSection) ?? bareSection) : bareSection;

  const description = metaContent(page, 'description', 'og:description');
  const printed = group && headline ? printedDek(group, headline) : null;
  // A guess by position (the block after the headline) gives way to the description printed word
  // for word a little further down: that block was the byline or date line.
  const echo =
    printed === null || (!dekMarked(printed) && letters(textOf(printed)) !== letters(description ?? ''))
      ? descriptionEcho(page, headline, description)
      : null;
  const printedOrIntro = echo ?? printed ?? introParagraph(page, headline, description);

  const ldAuthors = [
    ...new Set(ldNames(art?.author).flatMap((n) => (/^https?:/.test(n) ? [] : [cleanByline(n) ?? '']))),
  ].filter(Boolean);
  const siteName = metaContent(page, 'og:site_name') ?? str(art?.publisher);
  const metaAuthor = cleanByline(metaContent(page, 'author', 'article:author', 'parsely-author') ?? '');
  const bylineFound =
    (group && headline ? printedByline(bylineScope(headline, group), page) : null) ??
    (ldAuthors.length ? ldAuthors.join(' and ') : null) ??
    // A blog engine fills the author field with the site's owner, named as the site is: no writer.
    (metaAuthor && letters(metaAuthor) !== letters(siteName ?? '') ? metaAuthor : null) ??
    (group ? prefixedBylineLine(group) : null) ??
    (group ? labelledBesidePhotoLine(group) : null) ??
    // A builder's page sets each row in a block of its own: the author's line the block after.
    (group?.nextElementSibling ? prefixedBylineLine(group.nextElementSibling) : null) ??
    (group ? namesBeforeTime(group, language) : null) ??
    (group ? nameBesideDate(group, language) : null) ??
    (group?.nextElementSibling ? nameBesideDate(group.nextElementSibling, language) : null);
  const byline =
    bylineFound &&
    withoutByWords(
      withoutOwnOutlet(withoutUnlistedParts(bylineFound, ldAuthors), url, siteName),
      page,
      language,
    );

  const published =
    (group ? printedPublished(group, page) : null) ??
    zonedIso(str(art?.datePublished)) ??
    // No article node: the page node's date (a WebPage that carries the story's metadata).
    zonedIso(str(ld.find((o) => typesOf(o).some((t) => /^(?:WebPage|ItemPage)$/.test(t)))?.datePublished)) ??
    zonedIso(metaContent(page, 'article:published_time', 'datePublished', 'parsely-pub-date', 'date')) ??
    dublinCoreDate(page) ??
    // No article node: the page's own node of another kind (a fact check's ClaimReview) dates the
    // page when it gives a time and a zone; a nested node (the claim reviewed) dates something else.
    (art ? null : ld.map((o) => zonedIso(str(o.datePublished))).find((d) => d !== null)) ??
    zonedIso(
      scanTags(page, ['time'])
        .find((t) => t.hasAttribute('datetime'))
        ?.getAttribute('datetime') ?? null,
    ) ??
    microdataPublished(page) ??
    printedDateLine(page) ??
    (headline ? dateLineUnderHeadline(headline, page) : null);
  const updated =
    zonedIso(str(art?.dateModified)) ?? zonedIso(metaContent(page, 'article:modified_time', 'dateModified'));

  const leadFigure = findLeadFigure(page, group, headline);
  const dekEl =
    printedOrIntro ??
    leadAbovePicture(leadFigure) ??
    standfirstAbovePicture(page, headline, leadFigure, description);
  let image: ImageRef | null = null;
  let captionBox: DomElement | null = null;
  let creditBox: DomElement | null = null;
  if (leadFigure) {
    // A picture box outside <figure> is its own caption holder.
    const cap = tagOf(leadFigure) === 'figure' ? first(leadFigure, 'figcaption') : leadFigure;
    const split = cap ? splitCaption(cap) : { caption: null, credit: null };
    const caption = split.caption;
    // The credit box after the caption's, inside a figure as outside one.
    const lineAfter = cap && !split.credit && !creditAfter(cap) ? creditLineAfter(cap) : null;
    const credit =
      split.credit ??
      (cap ? creditAfter(cap) : null) ??
      (lineAfter ? creditLineName(textOf(lineAfter)) : null);
    if (lineAfter && credit) creditBox = lineAfter;
    // A caption printed after the picture's box holds no image: the page's image stands for it.
    const figUrl =
      figureImageUrl(leadFigure, url ?? pageUrl) ??
      (tagOf(leadFigure) === 'figure'
        ? null
        : absoluteUrlOrNull(metaContent(page, 'og:image'), url ?? pageUrl));
    image = { url: figUrl, caption, credit };
  } else {
    const og = metaContent(page, 'og:image', 'twitter:image') ?? ldImage(art?.image) ?? uncaptionedLead(page);
    const player = og ? leadPlayerCaption(page) : null;
    if (og) image = { url: absoluteUrl(og, url ?? pageUrl), ...(player ? splitCaption(player) : NO_CAPTION) };
  }
  if (image) image = withLdCaption(image, resolved(art?.image, ld), url ?? pageUrl);
  if (image && !image.credit && !image.caption) {
    const img = leadFigure?.querySelector('img') ?? pictureFor(page, image.url, url ?? pageUrl);
    // The page's image printed further down the text, in a figure of its own: its caption is
    // the image's, wherever the figure stands.
    // Outside a figure, the captioned box it stands in.
    // A figure without a figcaption whose caption the page prints after the figure's box.
    const cap = !img
      ? null
      : !leadFigure
        ? (closestTag(img, ['figure'])?.querySelector('figcaption') ?? pictureBox(img) ?? captionAfter(img))
        : tagOf(leadFigure) === 'figure' && !first(leadFigure, 'figcaption')
          ? captionAfter(img)
          : null;
    if (cap) image = { ...image, ...splitCaption(cap) };
    else if (img) image = { ...image, credit: titleCredit(img) };
    // A caption printed after the picture's box, outside it, is no paragraph of the text.
    if (cap && img && !cap.contains(img) && tagOf(cap) !== 'figcaption') captionBox = cap;
  }

  if (image?.credit && !image.caption) {
    const img = leadFigure?.querySelector('img') ?? pictureFor(page, image.url, url ?? pageUrl);
    const caption = img ? tooltipCaption(img, headlineText) : null;
    if (caption) image = { ...image, caption };
  }

  if (image && !image.credit && group && headline) {
    const credit = headerPhotoCredit(bylineScope(headline, group));
    if (credit) image = { ...image, credit };
  }

  if (image && !image.credit && !image.caption && headline) {
    const credit = openingPhotoLine(page, headline);
    if (credit) image = { ...image, credit };
  }

  // "Courtesy of Agency": a credit given by its owner names the giver, as in text dumps.
  if (image?.credit) image = { ...image, credit: courtesyGiver(image.credit) };

  const headerBits = [dekEl, captionBox, creditBox].filter((x): x is DomElement => !!x);

  return {
    title: headlineText ?? ldHeadline ?? ogTitle ?? titleTag,
    headline,
    section,
    summary: dekEl ? textOf(dekEl) : null,
    byline,
    published,
    updated,
    url,
    image,
    leadFigure,
    language,
    categories: [],
    siteName,
    articleBody: str(art?.articleBody),
    headerBits,
    sectionLine: sectionFound !== section ? sectionFound : null,
  };
}
