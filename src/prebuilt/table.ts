import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A table derived from packages (or the runtime's CLDR data) that a process would otherwise build
 * at start-up. `npm run build` (scripts/name-table.mjs) writes it beside the compiled code, and
 * start-up reads it back when it was made by the same compiled code, packages and runtime; else
 * (a stale copy, or running from the TypeScript sources) the table is built as before.
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

/** What the table was made from; null when the compiled code is not there (TypeScript sources). */
function stampOf(table: PrebuiltTable<unknown>): string | null {
  const hash = createHash('sha256').update(FORMAT);
  for (const file of table.code) {
    const path = join(table.here, file);
    if (!existsSync(path)) return null;
    hash.update(readFileSync(path));
  }
  for (const pkg of table.packages) hash.update(`${pkg}@${packageVersion(pkg)}`);
  if (table.intl) hash.update(`icu ${process.versions.icu} cldr ${process.versions.cldr}`);
  return hash.digest('hex');
}

/** The file's layout: a copy in an older one is not read. */
const FORMAT = 'feedwright prebuilt table 3';

interface TableFile<T> {
  stamp: string;
  /** What it was made from as TypeScript sources, where the build had them beside it. */
  source: string | null;
  value: T;
}

/** The same module's folder in the other tree ("…/dist/language" for "…/src/language"), or null. */
function otherTree(here: string, from: string, to: string): string | null {
  const marker = `${sep}${from}${sep}`;
  const at = `${here}${sep}`.lastIndexOf(marker);
  return at < 0 ? null : `${here.slice(0, at)}${sep}${to}${here.slice(at + marker.length - 1)}`;
}

/**
 * What the table was made from, read from the TypeScript sources of its code: the same for the
 * build (beside its sources) and for a process that runs them (the tests), so that one reads the
 * build's copy. Null where the sources are not there (an installed package).
 */
function sourceStampOf(table: PrebuiltTable<unknown>, sources: string): string | null {
  const hash = createHash('sha256').update(`${FORMAT} sources`);
  for (const file of table.code) {
    const path = join(sources, file.replace(/\.js$/u, '.ts'));
    if (!existsSync(path)) return null;
    hash.update(readFileSync(path));
  }
  for (const pkg of table.packages) hash.update(`${pkg}@${packageVersion(pkg)}`);
  if (table.intl) hash.update(`icu ${process.versions.icu} cldr ${process.versions.cldr}`);
  return hash.digest('hex');
}

/** The build's copy for a process running the TypeScript sources, when made from the same ones. */
function builtFromSources<T>(table: PrebuiltTable<T>): { value: T } | null {
  const built = otherTree(table.here, 'src', 'dist');
  const file = built && join(built, table.file);
  if (!file || !existsSync(file)) return null;
  try {
    const read = JSON.parse(readFileSync(file, 'utf8')) as TableFile<T>;
    return read.source && read.source === sourceStampOf(table, table.here) ? { value: read.value } : null;
  } catch {
    return null;
  }
}

/** The table from the build's copy when it matches the running code, else built afresh. */
export function loadPrebuilt<T>(table: PrebuiltTable<T>): T {
  const file = join(table.here, table.file);
  const expected = existsSync(file) ? stampOf(table) : null;
  if (expected) {
    try {
      const read = JSON.parse(readFileSync(file, 'utf8')) as TableFile<T>;
      if (read.stamp === expected) return read.value;
    } catch {
      // A torn or foreign file: build as if it were not there.
    }
  }
  if (!existsSync(join(table.here, table.code[0] ?? ''))) {
    const built = builtFromSources(table);
    if (built) return built.value;
  }
  return table.build();
}

/** Builds the table and writes it beside the compiled code (the build's last step). */
export function writePrebuilt<T>(table: PrebuiltTable<T>): number {
  const stamp = stampOf(table);
  if (!stamp) throw new Error(`no compiled code for ${table.file} in ${table.here}: run tsc first`);
  const value = table.build();
  const sources = otherTree(table.here, 'dist', 'src');
  const source = sources ? sourceStampOf(table, sources) : null;
  const text = JSON.stringify({ stamp, source, value } satisfies TableFile<T>);
  writeFileSync(join(table.here, table.file), text);
  return text.length;
}
