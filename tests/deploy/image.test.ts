/**
 * The image's runtime stage, laid out from the Dockerfile's own COPY lines in a temp folder (no
 * docker here): the CLI there must run with a sources folder that has no taxonomy.yaml, so the
 * built-in taxonomy has to be inside the image, where the package looks for it.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLES_SOURCES, tempDirs } from '../support/env.js';

const run = promisify(execFile);
const dirs = tempDirs();
afterAll(() => dirs.cleanup());

interface Copy {
  from: string | null;
  src: string;
  dest: string;
}

/** WORKDIR and COPY lines of the Dockerfile's last stage. */
function runtimeStage(): { workdir: string; copies: Copy[] } {
  const lines = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8').split('\n');
  const last = lines.findLastIndex((l) => /^FROM\s/i.test(l));
  let workdir = '/';
  const copies: Copy[] = [];
  for (const line of lines.slice(last)) {
    const w = /^WORKDIR\s+(\S+)/i.exec(line);
    if (w?.[1]) workdir = path.posix.resolve(workdir, w[1]);
    const c = /^COPY\s+(?:--from=(\S+)\s+)?(\S+)\s+(\S+)\s*$/i.exec(line);
    if (!c?.[2] || !c[3]) continue;
    // A destination ending in / is a folder the source goes into.
    const dest = c[3].endsWith('/') ? path.posix.join(c[3], path.posix.basename(c[2])) : c[3];
    copies.push({ from: c[1] ?? null, src: c[2], dest: path.posix.resolve(workdir, dest) });
  }
  return { workdir, copies };
}

/** The runtime stage's /app in a temp folder: build-stage outputs from this checkout's own build. */
async function layOut(): Promise<string> {
  const app = await dirs.make('feedwright-image-');
  const { workdir, copies } = runtimeStage();
  for (const c of copies) {
    const rel = path.posix.relative(workdir, c.dest);
    if (rel.startsWith('..')) continue; // outside the app folder (e.g. the sample sources)
    const src = c.from ? path.join(ROOT, path.posix.relative(workdir, c.src)) : path.join(ROOT, c.src);
    const dest = path.join(app, rel);
    await mkdir(path.dirname(dest), { recursive: true });
    // node_modules is large and only resolved from: a link will do. Everything else is copied,
    // since Node resolves a linked module to its real path (and would find the checkout's files).
    if (path.basename(src) === 'node_modules') await symlink(src, dest);
    else await cp(src, dest, { recursive: true });
  }
  return app;
}

describe('the image', () => {
  it('ingests with a sources folder that has no taxonomy.yaml (the built-in one applies)', async () => {
    const app = await layOut();
    const work = await dirs.make('feedwright-image-work-');
    const sources = path.join(work, 'feeds');
    await mkdir(sources);
    await writeFile(path.join(sources, 'sources.yaml'), 'sources: []\n');
    const article = path.join(SAMPLES_SOURCES, 'samples/articles/glacier-report.html');
    const { stdout } = await run(
      process.execPath,
      [path.join(app, 'dist/cli/main.js'), 'ingest', article, '--store', path.join(work, 'store')],
      { cwd: work, env: { PATH: process.env.PATH ?? '', FEEDWRIGHT_SOURCES: sources, LOG_LEVEL: 'silent' } },
    );
    expect(stdout).toMatch(/^ingested 1 of 1: 1 items, 1 new/);
  });
});
