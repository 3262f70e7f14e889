import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../errors/index.js';
import { IPTC_TOPICS, type TopicSlug } from './labels.js';

export { IPTC_TOPICS, type TopicSlug };

const words = z.array(z.string().min(1)).default([]);

const topicSchema = z.strictObject({
  label: z.string().min(1).optional(),
  code: z.string().optional(),
  sections: words,
  keywords: words,
  phrases: words,
  entities: words,
});

const slugSchema = z.enum(Object.keys(IPTC_TOPICS) as [TopicSlug, ...TopicSlug[]]);

const taxonomySchema = z.strictObject({
  version: z.literal(1).default(1),
  weights: z
    .strictObject({
      title: z.number().nonnegative().default(4),
      lede: z.number().nonnegative().default(2),
      body: z.number().nonnegative().default(1),
      section: z.number().nonnegative().default(6),
      entity: z.number().nonnegative().default(1),
      vocabulary: z.number().nonnegative().default(0.5),
      annotations: z.number().nonnegative().default(0.3),
      cognates: z.number().nonnegative().default(0.3),
    })
    .prefault({}),
  secondaryRatio: z.number().min(0).max(1).default(0.35),
  maxTopics: z.number().int().min(1).max(3).default(3),
  topics: z.partialRecord(slugSchema, topicSchema),
});

export type Taxonomy = z.infer<typeof taxonomySchema>;
export type TopicRules = z.infer<typeof topicSchema>;

/** The taxonomy shipped with the package: feeds/taxonomy.yaml, two levels above this module. */
export const BUNDLED_TAXONOMY = fileURLToPath(new URL('../../feeds/taxonomy.yaml', import.meta.url));

/** Parses and validates taxonomy YAML; errors name the file and the offending key. */
export function parseTaxonomy(text: string, file: string): Taxonomy {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    throw new ConfigError(`${file}: not valid YAML: ${(err as Error).message}`, { cause: err });
  }
  const result = taxonomySchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    // An unknown key is reported at its parent; name the key itself.
    const extra = issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
    const path = [...(issue?.path ?? []), ...extra].map(String);
    const key = path.length ? path.join('.') : '(top level)';
    throw new ConfigError(`${file}: invalid taxonomy at ${key}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** Reads a taxonomy file; a missing file is reported as such, not as a YAML error. */
export async function readTaxonomy(file: string): Promise<Taxonomy> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`${file}: cannot read taxonomy: ${(err as Error).message}`, { cause: err });
  }
  return parseTaxonomy(text, file);
}
