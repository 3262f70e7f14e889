import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { NormalisedItem } from '../model/item.js';
import { findEntities, languageOf, type Segment } from './entities/index.js';
import type { Gazetteer } from './gazetteer.js';
import { loadGazetteer } from './prebuilt.js';
import type { Tagger } from './index.js';
import { BUNDLED_TAXONOMY, readTaxonomy, type Taxonomy, type TopicSlug } from './taxonomy.js';
import {
  buildTopicIndex,
  pickTopics,
  readsWords,
  scoreTopics,
  type TopicIndex,
  type TopicInput,
} from './topics.js';
import { languageLikeness } from './language.js';
import { LEXICON } from '../language/lexicon.js';
import { CALENDAR, isCalendarForm } from './words.js';
import { buildVocabulary } from './vocabulary.js';

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** A headline in title case ("Small Boats and Their Owners") capitalises ordinary words too. */
function isTitleCase(title: string): boolean {
  const words = title.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

/**
 * Blanks the names of people and places out of a text: their words say nothing about the story's
 * subject ("Jack Bishop" is no church story, "Rainer" no weather). Word by word, one set lookup
 * each: a pattern of every name word costs more than the rest of topic scoring. Month and weekday
 * names go too, in any language and case form: a stemmer or dictionary takes them for other words
 * (Portuguese "março" for "marcha", race walking), and a date names no subject. An English word
 * the lexicon knows as something else too ("may") stays.
 */
export function nameMask(names: string[]): (text: string) => string {
  const words = new Set(names.flatMap((n) => n.match(WORD) ?? []).filter((w) => w.length > 2));
  return (text) => text.replace(WORD, (w) => (words.has(w) || isDate(w) ? ' ' : w));
}

/** Letters a word needs before it is taken for a month's or weekday's case form. */
const CASE_FORM_LETTERS = 6;

/** A month's or weekday's name (words.ts's CALENDAR, in some case form) that is no other English word. */
function isDate(word: string): boolean {
  const w = word.toLowerCase();
  const tag = LEXICON[w];
  // A case form is told by its stem; a short word shares one by chance ("lunar", "lunes").
  const form = CALENDAR.has(w) || ([...w].length >= CASE_FORM_LETTERS && isCalendarForm(w));
  return form && (tag === undefined || tag === 'Month' || tag === 'WeekDay');
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Title, standfirst and body, weighed for topics the same way as for entities. */
function segmentsOf(item: NormalisedItem, taxonomy: Taxonomy): Segment[] {
  const w = taxonomy.weights;
  const segs: Segment[] = [];
  if (item.title)
    segs.push({ text: item.title, weight: w.title, headline: isTitleCase(item.title), title: true });
  if (item.summary) segs.push({ text: item.summary, weight: w.lede, headline: false });
  item.body.forEach((p, i) => segs.push({ text: p, weight: i === 0 ? w.lede : w.body, headline: false }));
  return segs;
}

/**
 * Whether an article is about what a label names: a label that names a topic ("Money", "Sport")
 * stands for the article only when that topic is among `about`, those the article's own words give. A
 * label that names no topic ("Local News", a region) says nothing against it.
 */
function aboutWhatItNames(
  index: TopicIndex,
  label: string,
  language: TopicInput['language'],
  about: readonly string[],
): boolean {
  const named = scoreTopics(index, {
    title: '',
    lede: [],
    body: [],
    sections: [label],
    entities: [],
    language,
  });
  const names = [...named].filter(([, v]) => v >= index.taxonomy.weights.section).map(([t]) => t);
  return names.length === 0 || names.some((t) => about.includes(t));
}

/** What topic scoring reads of an item (names blanked, text weighed by place), and its entities. */
export function topicInputFor(
  item: NormalisedItem,
  taxonomy: Taxonomy,
  gazetteer: Gazetteer,
): { input: TopicInput; entities: NormalisedItem['entities'] } {
  const segments = segmentsOf(item, taxonomy);
  // Told once: entities and topics both read the article in its own language.
  const likeness = languageLikeness(segments.map((s) => s.text).join('\n'));
  const language = languageOf(segments, likeness);
  const entities = findEntities(segments, gazetteer, language, likeness);
  // Bodies' names stay: "Environment Agency", "Church of Scotland" do say what a story is about.
  const mask = nameMask([...entities.people, ...entities.places]);
  const lede = [item.summary ?? '', item.body[0] ?? ''].filter(Boolean).map(mask);
  const input: TopicInput = {
    title: mask(item.title ?? ''),
    lede,
    body: item.body.slice(1).map(mask),
    sections: [item.section ?? '', ...item.categories].filter(Boolean),
    entities: [...entities.people, ...entities.places, ...entities.organisations],
    language,
    likeness,
  };
  return { input, entities };
}

/** How many times the primary's score in headline and lede another picked topic must reach there. */
const LEAD_MARGIN = 2;

/**
 * The picked topics with the one the headline and lede weigh most first, when it is among them and
 * clearly ahead there: a story says first what it is about; a long body can dwell on a side subject.
 * The lead's words must also outweigh the margin by which the whole text (`whole`, when told) puts
 * the first topic ahead: a passing word in the lead does not outvote a body that is all about
 * something else.
 */
export function leadFirst(
  picked: TopicSlug[],
  lead: Map<TopicSlug, number>,
  whole: ReadonlyMap<TopicSlug, number> = new Map(),
): TopicSlug[] {
  let best: TopicSlug | null = null;
  for (const [t, v] of lead) if (v > 0 && (best === null || v > (lead.get(best) ?? 0))) best = t;
  const first = picked[0];
  if (best === null || !first || !picked.includes(best)) return picked;
  const ahead = (lead.get(best) ?? 0) - ((whole.get(first) ?? 0) - (whole.get(best) ?? 0));
  // Only a clear lead moves it: a near tie in a few lead words is no evidence against the whole text.
  if ((lead.get(best) ?? 0) < LEAD_MARGIN * (lead.get(first) ?? 0) || ahead < 0) return picked;
  return [best, ...picked.filter((t) => t !== best)];
}

/**
 * The picked topics with the one the section label names first, when the label names one topic
 * alone and the article's own words back it by more than one plain hit: a desk's label says what a
 * story is mainly about ("Environment" over the costs a wind-farm story dwells on), but a label
 * alone, or one passing word, does not.
 */
export function sectionFirst(
  index: TopicIndex,
  picked: TopicSlug[],
  scores: Map<TopicSlug, number>,
  input: TopicInput,
): TopicSlug[] {
  const w = index.taxonomy.weights;
  const label = scoreTopics(index, { ...input, title: '', lede: [], body: [], entities: [] });
  // A label naming several topics ("incidents": crime or accident) says nothing about which first.
  const names = [...label].filter(([, v]) => v >= w.section);
  const named = names.length === 1 ? (names[0]?.[0] ?? null) : null;
  if (named === null || named === picked[0]) return picked;
  const own = (scores.get(named) ?? 0) - (label.get(named) ?? 0);
  if (own <= w.body) return picked;
  return [named, ...picked.filter((t) => t !== named)].slice(0, index.taxonomy.maxTopics);
}

/** The tagger for a taxonomy: indexes built once, then each item is scored on its own. */
export function createTagger(taxonomy: Taxonomy, gazetteer: Gazetteer = loadGazetteer()): Tagger {
  const index: TopicIndex = buildTopicIndex(taxonomy, buildVocabulary());
  return {
    enrich(item: NormalisedItem): NormalisedItem {
      const { sectionUnconfirmed, ...rest } = item;
      const { input, entities } = topicInputFor(item, taxonomy, gazetteer);
      let section = item.section;
      let scores: Map<TopicSlug, number> | null = null;
      // A text no vocabulary reads cannot say its label is wrong: the label stays.
      if (sectionUnconfirmed && section && readsWords(index, input)) {
        // The article without its section label: what an unconfirmed label is checked against.
        const withoutLabel = scoreTopics(index, { ...input, sections: item.categories });
        const about = pickTopics(index, withoutLabel);
        if (!aboutWhatItNames(index, section, input.language, about))
          [section, scores] = [null, withoutLabel];
      }
      scores ??= scoreTopics(index, input);
      // A label found to be the menu's last entry is furniture like the rest of the menu.
      const dropped = section === item.section ? item.dropped : [...item.dropped, item.section ?? ''];
      // The lead read with the labels the whole was scored with (a dropped label counts in neither).
      const kept = section === item.section ? input : { ...input, sections: item.categories };
      const lead = leadFirst(pickTopics(index, scores), scoreTopics(index, { ...kept, body: [] }), scores);
      const topics = sectionFirst(index, lead, scores, kept);
      return { ...rest, section, topics, entities, dropped };
    },
  };
}

/**
 * Loads the taxonomy from `${sourcesDir}/taxonomy.yaml` when the operator has one, else the
 * bundled default, and builds the tagger once.
 */
export async function loadTagger(sourcesDir: string): Promise<Tagger> {
  const own = join(sourcesDir, 'taxonomy.yaml');
  const taxonomy = await readTaxonomy((await exists(own)) ? own : BUNDLED_TAXONOMY);
  return createTagger(taxonomy);
}
