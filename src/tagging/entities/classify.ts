import type { Entities } from '../../model/item.js';
import { nameKey, type EntityKind, type Gazetteer } from '../gazetteer.js';
import { ORG_OPENERS, PLACE_HEADS } from '../words.js';
import { PLACE_OPENERS, type Group } from './groups.js';
import { endsInstitution, lastWord } from './mentions.js';
import { isUpper, lower } from './tokens.js';

/** Picks each group's display name and kind. */
export function classify(groups: Group[], gaz: Gazetteer): Entities {
  const out: Entities = { people: [], places: [], organisations: [] };
  const seen = new Set<string>();
  for (const g of groups.sort((a, b) => a.order - b.order)) {
    const names = [...g.names.entries()].sort(
      (a, b) =>
        b[0].split(' ').length - a[0].split(' ').length ||
        Number(isUpper(a[0])) - Number(isUpper(b[0])) ||
        b[1] - a[1],
    );
    let name = names[0]?.[0] ?? '';
    if (isUpper(name) && name.length > 3 && gaz.entries.get(nameKey(name))?.canonical !== name) {
      // A dateline city in capitals ("OSLO") reads as the place name.
      const titleCase = name.charAt(0) + name.slice(1).toLowerCase();
      if (gaz.entries.has(nameKey(titleCase))) name = titleCase;
    }
    if (!name || seen.has(nameKey(name))) continue;
    seen.add(nameKey(name));
    const last = lastWord(g.words);
    const kind: EntityKind =
      g.kind ??
      (g.person
        ? 'person'
        : endsInstitution(g.words) || ORG_OPENERS.has(lower(g.words[0] ?? '')) || isUpper(g.words.join(''))
          ? 'organisation'
          : PLACE_HEADS.has(last) || PLACE_OPENERS.has(lower(g.words[0] ?? '')) || g.placeVotes > 0
            ? 'place'
            : 'organisation');
    (kind === 'person' ? out.people : kind === 'place' ? out.places : out.organisations).push(name);
  }
  return out;
}
