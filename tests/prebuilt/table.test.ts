/**
 * Tables the build keeps beside the compiled code: read back only when the same code and
 * packages made them, else built as if there were no copy.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPrebuilt, writePrebuilt, type PrebuiltTable } from '../../src/prebuilt/table.js';
import { tempDirs } from '../support/env.js';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

/** A table over a stand-in compiled module, counting how often it is built. */
async function fixture(): Promise<{ table: PrebuiltTable<string[]>; builds: () => number; dir: string }> {
  const dir = await dirs.make();
  await writeFile(path.join(dir, 'words.js'), 'export const WORDS = 1;\n');
  let built = 0;
  const table: PrebuiltTable<string[]> = {
    file: 'words.json',
    here: dir,
    code: ['words.js'],
    packages: ['yaml'],
    intl: true,
    build: () => {
      built += 1;
      return ['alpha', 'beta'];
    },
  };
  return { table, builds: () => built, dir };
}

describe('prebuilt tables', () => {
  it('are read back from the build without building them again', async () => {
    const { table, builds } = await fixture();
    writePrebuilt(table);
    expect(builds()).toBe(1);
    expect(loadPrebuilt(table)).toEqual(['alpha', 'beta']);
    expect(builds()).toBe(1);
  });

  it('are built afresh when the code that made them changed', async () => {
    const { table, builds, dir } = await fixture();
    writePrebuilt(table);
    await writeFile(path.join(dir, 'words.js'), 'export const WORDS = 2;\n');
    expect(loadPrebuilt({ ...table, build: () => ['changed'] })).toEqual(['changed']);
    expect(builds()).toBe(1);
  });

  it('are built afresh when another package version made them, or the file is torn', async () => {
    const { table, dir } = await fixture();
    writePrebuilt(table);
    expect(loadPrebuilt({ ...table, packages: ['zod'], build: () => ['other'] })).toEqual(['other']);
    const file = path.join(dir, 'words.json');
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 20));
    expect(loadPrebuilt({ ...table, build: () => ['torn'] })).toEqual(['torn']);
  });

  it('are built when there is no compiled code (running from the sources)', async () => {
    const { table } = await fixture();
    expect(() => writePrebuilt({ ...table, code: ['absent.js'] })).toThrow(/run tsc first/);
    expect(loadPrebuilt({ ...table, code: ['absent.js'], build: () => ['sources'] })).toEqual(['sources']);
  });

  it('are read back by the sources when the build compiled them from the same sources', async () => {
    const { table, builds, dir } = await fixture();
    const [src, dist] = [path.join(dir, 'app', 'src'), path.join(dir, 'app', 'dist')];
    await mkdir(src, { recursive: true });
    await mkdir(dist, { recursive: true });
    await writeFile(path.join(src, 'words.ts'), 'export const WORDS: number = 1;\n');
    await writeFile(path.join(dist, 'words.js'), 'export const WORDS = 1;\n');
    writePrebuilt({ ...table, here: dist });
    expect(loadPrebuilt({ ...table, here: src, build: () => ['sources'] })).toEqual(['alpha', 'beta']);
    expect(builds()).toBe(1);
    await writeFile(path.join(src, 'words.ts'), 'export const WORDS: number = 2;\n');
    expect(loadPrebuilt({ ...table, here: src, build: () => ['edited'] })).toEqual(['edited']);
  });
});
