import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSources, type SourceDef } from '../../src/config/index.js';
import { fixture } from './env.js';

/**
 * A sources folder for the invented fixtures: two feeds carrying the same footbridge story (one
 * by guid URL), a JSON feed with the rowing story under a tracking URL, and a text-dump article.
 */
export async function writeFixtureSources(dir: string): Promise<SourceDef[]> {
  const yaml = [
    'sources:',
    '  - id: river',
    '    title: River Post',
    '    kind: feed',
    `    location: ${JSON.stringify(fixture('river-post.rss'))}`,
    '  - id: valley',
    '    title: Valley Wire',
    '    kind: feed',
    `    location: ${JSON.stringify(fixture('valley-wire.atom'))}`,
    '    tags: [Regional]',
    '  - id: town',
    '    title: Town Notes',
    '    kind: feed',
    `    location: ${JSON.stringify(fixture('town-notes.json'))}`,
    '  - id: bakery',
    '    title: High Street Herald',
    '    kind: article',
    `    location: ${JSON.stringify(fixture('bakery.txt'))}`,
    '',
  ].join('\n');
  await writeFile(path.join(dir, 'sources.yaml'), yaml);
  return loadSources(dir);
}

/** Titles of the four stories the fixture sources produce once deduplicated. */
export const FIXTURE_TITLES = [
  'Footbridge reopens after flood repairs',
  'Rowing club wins regional cup for the third year',
  'Orchard owners report an early blossom',
  'Corner bakery celebrates fifty years on the high street',
];
