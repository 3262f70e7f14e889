import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError, errorMessage } from '../errors/index.js';
import { cronProblem } from '../scheduler/cron.js';
import { describeProblem, valueAt } from './issues.js';
import { isHttpUrl } from '../url/location.js';

export const SOURCE_KINDS = ['feed', 'article', 'folder'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const DEFAULT_SCHEDULE = '*/15 * * * *';

const SourceSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes (at most 64)'),
  title: z.string().min(1).optional(),
  kind: z.enum(SOURCE_KINDS),
  location: z.string().min(1),
  schedule: z
    .string()
    .superRefine((s, ctx) => {
      const problem = cronProblem(s);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          message: `is not a cron expression: ${problem.replace(/^\w/, (c) => c.toLowerCase())} (expected five fields: minute hour day month weekday, or six with seconds first)`,
        });
    })
    .default(DEFAULT_SCHEDULE),
  section: z.string().min(1).optional(),
  tags: z.array(z.string().min(1)).default([]),
  enabled: z.boolean().default(true),
});

const FileSchema = z.union([z.array(z.unknown()), z.strictObject({ sources: z.array(z.unknown()) })]);

/** A configured source, validated, with its location made absolute. */
export interface SourceDef {
  id: string;
  title: string;
  kind: SourceKind;
  /** An absolute URL, or an absolute file/folder path. */
  location: string;
  isUrl: boolean;
  schedule: string;
  section: string | null;
  tags: string[];
  enabled: boolean;
  /** The definition file, for error messages. */
  file: string;
}

/** Files in the sources folder that are not source definitions (the tagging taxonomy). */
const RESERVED = /^taxonomy\.(ya?ml|json)$/i;

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown key "${issue.keys.join('", "')}" (expected only: ${Object.keys(SourceSchema.shape).join(', ')})`;
  return `key "${issue.path.join('.')}": ${describeProblem(issue, valueAt(raw, issue.path))}`;
}

/** Validate one file's parsed content. Pure; `file` is only used for messages and relative paths. */
export function parseSourceFile(content: unknown, file: string): SourceDef[] {
  const shape = FileSchema.safeParse(content);
  if (!shape.success) {
    throw new ConfigError(`${file}: expected a list of sources or an object with a "sources" list`);
  }
  const list = Array.isArray(shape.data) ? shape.data : shape.data.sources;
  return list.map((raw, index) => {
    const parsed = SourceSchema.safeParse(raw);
    const rawId = typeof raw === 'object' && raw && 'id' in raw ? String((raw as { id: unknown }).id) : null;
    const name = rawId ? `source "${rawId}"` : `source #${index + 1}`;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ConfigError(`${file}: ${name}: ${issue ? describeIssue(issue, raw) : 'invalid'}`);
    }
    const s = parsed.data;
    if (s.kind !== 'feed' && s.kind !== 'article' && s.kind !== 'folder')
      throw new ConfigError('unreachable');
    if (s.kind === 'folder' && isHttpUrl(s.location)) {
      throw new ConfigError(
        `${file}: ${name}: key "location": a folder source needs a local folder, not a URL`,
      );
    }
    const url = isHttpUrl(s.location);
    return {
      id: s.id,
      title: s.title ?? s.id,
      kind: s.kind,
      location: url ? s.location : path.resolve(path.dirname(file), s.location),
      isUrl: url,
      schedule: s.schedule,
      section: s.section ?? null,
      tags: s.tags,
      enabled: s.enabled,
      file,
    };
  });
}

/**
 * Read every `*.yaml`, `*.yml` and `*.json` file directly in `dir` (sorted) as source definitions,
 * except `taxonomy.*`, which holds the tagging rules.
 * With `missingOk`, a folder that does not exist means no sources (for commands that only read).
 */
export async function loadSources(dir: string, { missingOk = false } = {}): Promise<SourceDef[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.(ya?ml|json)$/i.test(n) && !RESERVED.test(n)).sort();
  } catch (err) {
    if (missingOk && (err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new ConfigError(`cannot read the sources folder ${dir}: ${errorMessage(err)}`);
  }
  const all: SourceDef[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = path.join(dir, name);
    const text = await readFile(file, 'utf8');
    let content: unknown;
    try {
      content = name.toLowerCase().endsWith('.json') ? JSON.parse(text) : parseYaml(text);
    } catch (err) {
      throw new ConfigError(
        `${file}: not valid ${name.endsWith('.json') ? 'JSON' : 'YAML'}: ${errorMessage(err)}`,
      );
    }
    for (const source of parseSourceFile(content ?? [], file)) {
      const other = seen.get(source.id);
      if (other)
        throw new ConfigError(
          `source id "${source.id}" is defined twice, in ${other} and in ${file} (expected each id once across the sources folder)`,
        );
      seen.set(source.id, file);
      all.push(source);
    }
  }
  return all;
}
