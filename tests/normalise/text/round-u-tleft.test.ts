import { describe, expect, it } from 'vitest';
import { normaliseTextDump } from '../../../src/normalise/text/dump.js';

/**
 * Round U's text leftovers, in invented text: a date row whose label words no list knows, with a
 * counter beside it, still states the instant of the month it names.
 */

const dump = (text: string) => normaliseTextDump(text, { url: null });

const KHMER = [
  'សំឡេងខេត្តភ្នំ',
  '',
  'ទំព័រដើម | នយោបាយ | សេដ្ឋកិច្ច | សង្គម | កីឡា',
  '',
  'កសិកម្ម',
  '',
  'ស្រុកភ្នំថ្មីជួសជុលទំនប់ទឹកអូរស្វាយ ជួយកសិករ ៩០០ គ្រួសារ',
  '',
  'គម្រោងនេះរំពឹងថានឹងបញ្ចប់មុនរដូវវស្សាឆ្នាំនេះ ហើយនឹងបញ្ជូនទឹកទៅស្រែបាន ៦០០ ហិកតា។',
  '',
  'ដោយ ចាន់ សុភា',
  'ថ្ងៃទី 14 មីនា 2026, ម៉ោង 09:30 នាទី (GMT+7)  ·  អាន 1.245 ដង',
  '',
  'ភ្នំថ្មី – អាជ្ញាធរស្រុកភ្នំថ្មី បានចាប់ផ្តើមជួសជុលទំនប់ទឹកអូរស្វាយ ដែលត្រូវទឹកជំនន់បំផ្លាញកាលពីឆ្នាំមុន ដើម្បីឱ្យកសិករប្រមាណ ៩០០ គ្រួសារ អាចដាំស្រូវប្រាំងបានវិញ។',
  '',
  'លោក កែវ វណ្ណា អភិបាលស្រុក បានប្រាប់ថា គម្រោងនេះមានតម្លៃសរុប ២ ពាន់លានរៀល ដែលភាគច្រើនមកពីមូលនិធិអភិវឌ្ឍន៍ជនបទ។',
  '',
  '«បើទំនប់បញ្ចប់ទាន់ពេល យើងអាចបញ្ជូនទឹកទៅស្រែបាន ៦០០ ហិកតា នៅរដូវប្រាំងខាងមុខ» លោក វណ្ណា បាននិយាយ។',
  '',
  'ក្រុមហ៊ុនម៉ៅការរំពឹងថានឹងបញ្ចប់ការងារសំខាន់ៗនៅចុងខែឧសភា មុនរដូវវស្សាមកដល់។',
].join('\n');

describe('a date row in words no list knows, a counter beside it', () => {
  it('gives the instant its read month, time and zone state', () => {
    const item = dump(KHMER);
    expect(item.published).toBe('2026-03-14T09:30:00+07:00');
    expect(item.title).toBe('ស្រុកភ្នំថ្មីជួសជុលទំនប់ទឹកអូរស្វាយ ជួយកសិករ ៩០០ គ្រួសារ');
  });
  it('gives none when the row names no time', () => {
    const item = dump(KHMER.replace('ម៉ោង 09:30 នាទី (GMT+7)', 'ម៉ោង (GMT+7)'));
    expect(item.published).toBeNull();
  });
});
