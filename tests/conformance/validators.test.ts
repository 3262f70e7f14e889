/**
 * Schema validation with tools we did not write: jing with the RFC 4287 RELAX NG schema for
 * every Atom document served, and ajv with the JSON Feed 1.1 JSON Schema for every JSON Feed.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDirs } from '../support/env.js';
import { ATOM_RNC, ensureTools, run, startSampleServer, type SampleServer } from './support.js';

// Both are CommonJS: loaded with require so their exports are what their authors wrote.
const require = createRequire(import.meta.url);
const addFormats = require('ajv-formats') as FormatsPlugin;
/** The JSON Feed 1.1 schema as published in npm `jsonfeed-schema`. */
const jsonFeedSchema = JSON.parse(
  readFileSync(require.resolve('jsonfeed-schema/schema-v1.1.json'), 'utf8'),
) as object;

let app: SampleServer;
const dirs = tempDirs();

beforeAll(async () => {
  ensureTools();
  app = await startSampleServer();
});

afterAll(async () => {
  // beforeAll may have failed before the server started: report that, not a crash here.
  await app?.stop();
  await dirs.cleanup();
});

describe('Atom against the RFC 4287 RELAX NG schema (jing)', () => {
  it('the schema is the RFC 4287 one, kept inside the repository', () => {
    expect(path.relative(ROOT, ATOM_RNC).startsWith('..')).toBe(false);
    const schema = readFileSync(ATOM_RNC, 'utf8');
    expect(schema).toContain('RFC 4287');
    expect(schema).toContain('start = atomFeed | atomEntry');
  });

  it('every Atom document served validates', async () => {
    const dir = await dirs.make('feedwright-jing-');
    const files: string[] = [];
    for (const [n, c] of app.cases.filter((x) => x.format === 'atom').entries()) {
      const file = path.join(dir, `${n}.atom`);
      await writeFile(file, await (await fetch(c.url)).text());
      files.push(file);
    }
    expect(files.length).toBeGreaterThanOrEqual(5);
    // One JVM for all documents; jing names the file and line of every error on stdout.
    const res = await run('jing', ['-c', ATOM_RNC, ...files], { timeout: 45_000 });
    expect(res.stdout, res.stdout).toBe('');
    expect(res.code, res.stderr).toBe(0);
  });
});

describe('JSON Feed against the JSON Feed 1.1 JSON Schema (ajv)', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(jsonFeedSchema);

  it('every JSON Feed document served validates', async () => {
    const cases = app.cases.filter((c) => c.format === 'json');
    expect(cases.length).toBeGreaterThanOrEqual(5);
    for (const c of cases) {
      const doc: unknown = await (await fetch(c.url)).json();
      const ok = validate(doc);
      expect(ok ? [] : validate.errors, c.url).toEqual([]);
    }
  });

  it('the schema does reject a broken document (the check is live)', () => {
    expect(validate({ version: 'https://jsonfeed.org/version/1.1', items: [{ url: 'not a url' }] })).toBe(
      false,
    );
  });
});
