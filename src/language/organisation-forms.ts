import { LEXICON } from './lexicon.js';

/**
 * Abbreviations that close an organisation's name, not a person's ("Example Foods Ltd",
 * "Example Widgets Inc", "Dept"): the words compromise's lexicon tags both as abbreviations and as
 * organisations. Lower case, without the dot.
 */
export const ORGANISATION_ABBREVIATIONS: ReadonlySet<string> = new Set(
  Object.entries(LEXICON)
    .filter(
      ([, tags]) => Array.isArray(tags) && tags.includes('Organization') && tags.includes('Abbreviation'),
    )
    .map(([word]) => word),
);

/** The name ends in an organisation's abbreviation ("Example Foods Ltd."). */
export const endsAsOrganisation = (name: string): boolean =>
  ORGANISATION_ABBREVIATIONS.has((name.trim().split(/\s+/u).pop() ?? '').toLowerCase().replace(/\.$/u, ''));
