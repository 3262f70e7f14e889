/** A word without its accents and other marks ("désèmber" → "desember", "Fót" → "fot"), lower-cased. */
export const foldMarks = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
