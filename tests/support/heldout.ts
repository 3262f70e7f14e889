import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NormalisedItem } from '../../src/model/item.js';

/** Extraction fields a held-out case's expected.json states and a test can hold. */
export type HeldOutField = 'title' | 'section' | 'summary' | 'byline' | 'url' | 'image' | 'body' | 'related';
/** Fields a case may have wrong: the extraction fields, and the instant, which every case holds. */
export type WrongField = HeldOutField | 'published';

interface Expected {
  title: string;
  section: string | null;
  summary: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  image: { caption: string | null; credit: string | null } | null;
  body: string[];
  related: string[];
}

export interface HeldOutSuite {
  title: string;
  /** Folder of NNN-slug/{input.*,expected.json} cases, in the scorers' layout. */
  root: string;
  input: string;
  count: number;
  normalise: (text: string) => NormalisedItem;
  /** The fields held on every case. */
  fields: readonly HeldOutField[];
  /** Fields still wrong per case; a wrong body is held to keeping every expected paragraph in order. */
  knownWrong: Record<string, WrongField[]>;
  /**
   * Cases whose wrong body still lacks some of the story's paragraphs: how many may be missing.
   * The rest are held to be kept, in order.
   */
  missingParagraphs?: Record<string, number>;
}

/** The same instant, whatever offset it is written with. */
const instant = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));

/**
 * Held-out cases as regression fixtures: their expectations were written before the normaliser
 * ran on them; the fields it gets right are held so they stay right.
 */
export function heldOutSuite(s: HeldOutSuite): void {
  const cases = readdirSync(s.root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const read = (name: string, file: string): string => readFileSync(join(s.root, name, file), 'utf8');
  const extracted = (name: string): Expected => {
    const r = s.normalise(read(name, s.input));
    const image = r.image && { caption: r.image.caption, credit: r.image.credit };
    return { ...r, title: r.title ?? '', image };
  };
  describe(s.title, () => {
    it(`has the ${s.count} cases`, () => {
      expect(cases.length).toBe(s.count);
    });
    for (const name of cases) {
      const want = JSON.parse(read(name, 'expected.json')) as Expected;
      const wrong = new Set<WrongField>(s.knownWrong[name] ?? []);
      const fields = s.fields.filter((f) => !wrong.has(f));
      const published = !wrong.has('published');
      it(`${name}: ${fields.join(', ')}${published ? ', published' : ''}`, () => {
        const got = extracted(name);
        for (const f of fields)
          expect(got[f], f).toEqual(
            f === 'image' && want.image
              ? { caption: want.image.caption, credit: want.image.credit }
              : want[f],
          );
        if (published) expect(instant(got.published), 'published').toBe(instant(want.published));
      });
      if (wrong.has('body'))
        it(`${name}: every paragraph of the story, in order`, () => {
          const body = extracted(name).body;
          const all = want.body.map((p) => body.indexOf(p));
          const at = all.filter((i) => i >= 0);
          expect(all.length - at.length).toBeLessThanOrEqual(s.missingParagraphs?.[name] ?? 0);
          expect([...at].sort((a, b) => a - b)).toEqual(at);
        });
    }
  });
}
