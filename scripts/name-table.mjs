// The build's last step: tables derived from packages and the runtime's CLDR data, built once and
// written beside the compiled code, so that no process pays for building them at start-up (see
// src/prebuilt/table.ts): the gazetteer's names, compromise's lexicon, month, weekday and language names, hour letters and words, day periods, minute words, zone names, other calendars' months.
import { writePrebuilt } from '../dist/prebuilt/table.js';
import { LEXICON_TABLE } from '../dist/language/lexicon.js';
import { MONTH_TABLE } from '../dist/language/months.js';
import { WEEKDAY_TABLE } from '../dist/language/weekdays.js';
import { LANGUAGE_NAME_TABLE } from '../dist/language/language-names.js';
import { DAY_PERIOD_TABLE, HOUR_LETTER_TABLE, HOUR_WORD_TABLE } from '../dist/language/clock.js';
import { MINUTE_WORD_TABLE } from '../dist/language/time-units.js';
import { CALENDAR_MONTH_TABLE } from '../dist/language/calendars.js';
import { ZONE_NAME_TABLE } from '../dist/language/zone-names.js';
import { writeNameTable } from '../dist/tagging/prebuilt.js';

for (const [what, write] of [
  ['lexicon', () => writePrebuilt(LEXICON_TABLE)],
  ['month names', () => writePrebuilt(MONTH_TABLE)],
  ['weekday names', () => writePrebuilt(WEEKDAY_TABLE)],
  ['language names', () => writePrebuilt(LANGUAGE_NAME_TABLE)],
  ['hour letters', () => writePrebuilt(HOUR_LETTER_TABLE)],
  ['hour words', () => writePrebuilt(HOUR_WORD_TABLE)],
  ['day periods', () => writePrebuilt(DAY_PERIOD_TABLE)],
  ['minute words', () => writePrebuilt(MINUTE_WORD_TABLE)],
  ['zone names', () => writePrebuilt(ZONE_NAME_TABLE)],
  ['calendar months', () => writePrebuilt(CALENDAR_MONTH_TABLE)],
  // After the lexicon: the gazetteer's names are read through it.
  ['name table', () => writeNameTable()],
]) {
  const started = Date.now();
  const bytes = write();
  console.log(`${what}: ${Math.round(bytes / 1024)} KiB in ${Date.now() - started} ms`);
}
