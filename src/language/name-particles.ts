/**
 * Lowercase particles inside personal names ("Ana de la Cruz", "Pieter van der Meer", "Ali bin
 * Saleh"): one list for every reader of names, bylines and entities alike.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de des du da das do dos del della di la le van von der den ter zu bin ibn al'.split(' '),
);

/** Particles that a German article may follow inside a surname ("van der Meer", "von der Au"). */
export const ARTICLE_TAKING_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de']);
