/**
 * Time-zone names and their fixed offsets in minutes, shared by the date parsers. Only names
 * that mean one offset: a page that writes one of these states its zone.
 */
export const UNAMBIGUOUS_ZONES: Readonly<Record<string, number>> = {
  GMT: 0,
  UTC: 0,
  UT: 0,
  Z: 0,
  WET: 0,
  BST: 60,
  WEST: 60,
  CET: 60,
  MEZ: 60,
  CEST: 120,
  MESZ: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  МСК: 180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  AEST: 600,
  AEDT: 660,
  ACST: 570,
  ACDT: 630,
  AWST: 480,
  NZST: 720,
  NZDT: 780,
  JST: 540,
  KST: 540,
  HKT: 480,
  SGT: 480,
  SAST: 120,
  WAT: 60,
  EAT: 180,
  CAT: 120,
  HNE: -300,
  HAE: -240,
  ART: -180,
  BRT: -180,
  WIB: 420,
  WITA: 480,
  WIT: 540,
};

/**
 * Feeds also use names that mean several zones; by convention (RFC 822 and common feed practice)
 * each is read as the offset below.
 */
export const FEED_ZONES: Readonly<Record<string, number>> = {
  ...UNAMBIGUOUS_ZONES,
  AST: -240,
  ADT: -180,
  NST: -210,
  NDT: -150,
  IST: 60,
  MET: 60,
  MEST: 120,
};
