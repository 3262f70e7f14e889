import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
const FORMAT = 'feedwright prebuilt table 2';

interface TableFile<T> {
  stamp: string;
  value: T;
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
  return table.build();
}

/** Builds the table and writes it beside the compiled code (the build's last step). */
export function writePrebuilt<T>(table: PrebuiltTable<T>): number {
  const stamp = stampOf(table);
  if (!stamp) throw new Error(`no compiled code for ${table.file} in ${table.here}: run tsc first`);
  const value = table.build();
  const text = JSON.stringify({ stamp, value } satisfies TableFile<T>);
  writeFileSync(join(table.here, table.file), text);
  return text.length;
}
