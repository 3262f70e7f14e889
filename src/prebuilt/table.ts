import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A table derived from packages (or the runtime's CLDR data) that a process would otherwise build
 * at start-up. `npm run build` (scripts/name-table.mjs) writes it beside the compiled code, and
 * start-up reads it back when it was made by the same compiled code, packages and runtime. Code
 * run from the TypeScript sources (the tests) reads the same copy when it was compiled from the
 * same sources. Else (a stale copy, or none) the table is built as before.
 */
export interface PrebuiltTable<T> {
  /** The file beside the compiled code ("lexicon.json"). */
  file: string;
  /** Folder of the compiled module that owns the table (its `import.meta.url`'s folder). */
  here: string;
  /** Compiled files, relative to `here`, whose code builds the table. */
  code: readonly string[];
  /** Packages whose data goes into it. */
  packages: readonly string[];
  /** Whether it comes from Intl: then the runtime's ICU and CLDR versions count too. */
  intl?: boolean;
  build: () => T;
}

/** The folder of a module, from its `import.meta.url`. */
export const folderOf = (moduleUrl: string): string => dirname(fileURLToPath(moduleUrl));

/**
 * The installed version of a package, found from its entry point up (some export no package.json);
 * a data package with no entry point (cldr-dates-full) is found by its package.json.
 */
function packageVersion(name: string): string {
  let dir = dirname(fileURLToPath(entryOf(name)));
  while (dir !== dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? '';
    }
    dir = dirname(dir);
  }
  return '';
}

function entryOf(name: string): string {
  try {
    return import.meta.resolve(name);
  } catch {
    return import.meta.resolve(`${name}/package.json`);
  }
}

/**
 * What the table was made from: the code in `files` under `dir`, the packages and the runtime;
 * null when a file is not there.
 */
function stampOf(table: PrebuiltTable<unknown>, dir: string, files: readonly string[]): string | null {
  const hash = createHash('sha256').update(FORMAT);
  for (const file of files) {
    const path = join(dir, file);
    if (!existsSync(path)) return null;
    hash.update(readFileSync(path));
  }
  for (const pkg of table.packages) hash.update(`${pkg}@${packageVersion(pkg)}`);
  if (table.intl) hash.update(`icu ${process.versions.icu} cldr ${process.versions.cldr}`);
  return hash.digest('hex');
}

/** The stamp of the compiled code beside which the table is kept; null from the sources. */
const compiledStamp = (table: PrebuiltTable<unknown>): string | null =>
  stampOf(table, table.here, table.code);

/**
 * The build compiles `<root>/src` into `<root>/dist` (tsconfig.build.json): a folder's twin on
 * the other side, or null for a folder in neither.
 */
function twinFolder(dir: string, from: 'src' | 'dist', to: 'src' | 'dist'): string | null {
  const parts = dir.split(sep);
  const at = parts.lastIndexOf(from);
  if (at < 0) return null;
  parts[at] = to;
  return parts.join(sep);
}

/** The stamp of the TypeScript sources of the table's code in `dir`; null where they are not. */
const sourceStamp = (table: PrebuiltTable<unknown>, dir: string): string | null =>
  stampOf(table, dir, table.code.map(sourceOf));

/** The TypeScript source a compiled module is compiled from ("months.js" → "months.ts"). */
const sourceOf = (file: string): string => file.replace(/\.js$/u, '.ts');

/** The file's layout: a copy in an older one is not read. */
const FORMAT = 'feedwright prebuilt table 3';

interface TableFile<T> {
  stamp: string;
  /** The stamp of the sources the code was compiled from, when the build had them. */
  sources?: string;
  value: T;
}

/**
 * Where the copy to read is and the stamp it must carry: beside the compiled code, made by that
 * code; from the sources, the build's copy of their compiled twin, made from the same sources.
 */
function copyToRead(
  table: PrebuiltTable<unknown>,
): { path: string; stamp: string; of: 'stamp' | 'sources' } | null {
  const beside = join(table.here, table.file);
  const compiled = existsSync(beside) ? compiledStamp(table) : null;
  if (compiled) return { path: beside, stamp: compiled, of: 'stamp' };
  const dist = twinFolder(table.here, 'src', 'dist');
  const built = dist ? join(dist, table.file) : null;
  const sources = built && existsSync(built) ? sourceStamp(table, table.here) : null;
  return built && sources ? { path: built, stamp: sources, of: 'sources' } : null;
}

/** The table from the build's copy when it matches the running code, else built afresh. */
export function loadPrebuilt<T>(table: PrebuiltTable<T>): T {
  const copy = copyToRead(table);
  if (copy) {
    try {
      const read = JSON.parse(readFileSync(copy.path, 'utf8')) as TableFile<T>;
      if (read[copy.of] === copy.stamp) return read.value;
    } catch {
      // A torn or foreign file: build as if it were not there.
    }
  }
  return table.build();
}

/**
 * Builds the table and writes it beside the compiled code (the build's last step), stamped with
 * that code and with the sources it was compiled from, for runs from the sources.
 */
export function writePrebuilt<T>(table: PrebuiltTable<T>): number {
  const stamp = compiledStamp(table);
  if (!stamp) throw new Error(`no compiled code for ${table.file} in ${table.here}: run tsc first`);
  const src = twinFolder(table.here, 'dist', 'src');
  const sources = (src && sourceStamp(table, src)) ?? undefined;
  const value = table.build();
  const text = JSON.stringify({ stamp, sources, value } satisfies TableFile<T>);
  writeFileSync(join(table.here, table.file), text);
  return text.length;
}
