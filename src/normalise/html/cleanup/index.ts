export { FURNITURE_ROLE } from './marks.js';
export { isFurnitureLine } from './furniture-lines.js';
export { holdsLink } from './furniture.js';
export type { Furniture } from './furniture.js';
export { extractRelated } from './related.js';
export {
  extractHeadlessRelated,
  storyBox,
  extractTrailingTitleLists,
  extractColumnTitleLists,
  extractFooterTitleLists,
} from './title-lists.js';
export { followsProse } from './trailers.js';
export { preClean } from './pre-clean.js';
export { unmarkTextSubheadings, removePictureBoxes, narrowToArticle } from './narrow.js';
export { collectParagraphs } from './paragraphs.js';
export type { Para } from './paragraphs.js';
export { joinBuilderRows } from './builder-rows.js';
export { isTimesRow, removeSetApartLabelLines, repeatsHeadlineLead } from './card-lines.js';
