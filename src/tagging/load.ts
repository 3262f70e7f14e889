import type { Tagger } from './index.js';

// FIRST VERSION: the taxonomy-driven tagger replaces this.
export async function loadTagger(_sourcesDir: string): Promise<Tagger> {
  return { enrich: (item) => item };
}
