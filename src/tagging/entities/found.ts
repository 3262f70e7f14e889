/** A name a reader of a script without capitals found, with the kind its cue says it is. */
export interface Found {
  kind: 'person' | 'place' | 'organisation';
  name: string;
  /** Weak evidence: counts only when the article gives it twice. */
  twice?: boolean;
}

/** A typed word table written as one space-parted string. */
export const wordSet = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/u).filter(Boolean));
