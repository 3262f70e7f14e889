/**
 * Invented stories for the dedup tests: one story told by two outlets in their own words, and the
 * hard negatives that must stay apart (same people, another event; a templated item for another
 * day; another match between the same teams).
 */
import type { NormalisedItem } from '../../src/model/item.js';
import { normalisedItem } from '../support/items.js';

export const item = normalisedItem;

export const ferryWire = item({
  guid: 'tnw-0412',
  url: 'https://tidewire.example/news/ferry-aground',
  title: 'Ferry runs aground off Brackwater Point, 212 passengers taken ashore',
  published: '2026-05-04T09:10:00Z',
  body: [
    'The passenger ferry Gull Maid ran aground on a sandbank off Brackwater Point early on Monday, and all 212 passengers were taken ashore by lifeboat crews.',
    'The coastguard said no one was injured and that the vessel was not taking on water. Salvage teams hope to refloat it on the evening high tide.',
    'The operator, Skerry Lines, cancelled its remaining sailings for the day and said an inquiry into the grounding had begun.',
  ],
});

export const ferryPaper = item({
  guid: '77120',
  url: 'https://www.harbourtimes.example/local/ferry-gull-maid-aground?utm_source=rss',
  title: 'Gull Maid grounding: lifeboats bring 212 people ashore',
  published: '2026-05-04T11:45:00Z',
  body: [
    'Lifeboat crews brought all 212 passengers ashore after the ferry Gull Maid ran aground on a sandbank off Brackwater Point early on Monday.',
    'Nobody was injured, the coastguard said, and the vessel was not taking on water. Salvage teams hope to refloat the ferry on the evening high tide.',
    'Skerry Lines has cancelled the rest of the day’s sailings and has begun an inquiry into the grounding.',
    'Passengers were given hot drinks at the harbour station.',
  ],
});

/** Same people and places, another event two days later. */
export const ferryInquiry = item({
  guid: 'tnw-0440',
  url: 'https://tidewire.example/news/ferry-inquiry-captain',
  title: 'Skerry Lines suspends Gull Maid captain pending inquiry',
  published: '2026-05-06T14:00:00Z',
  body: [
    'Skerry Lines has suspended the captain of the Gull Maid while marine investigators examine why the ferry strayed from the marked channel off Brackwater Point.',
    'The company said the suspension was routine and did not imply blame. Investigators are studying the bridge recordings and the ship’s navigation logs.',
    'Union representatives criticised the decision, saying crews were being asked to keep to timetables in poor visibility.',
  ],
});

export const forecast = (
  day: string,
  date: string,
  hi: number,
  lo: number,
  published: string,
): NormalisedItem =>
  item({
    guid: `wx-${date}`,
    url: `https://valleyradio.example/weather/${date}`,
    title: `Weather for ${day} ${date}`,
    published,
    body: [
      `${day} will begin cloudy with patchy drizzle, brightening from the south by the afternoon. Highs of ${hi}C in the valley and ${hi - 3}C on the tops. Winds westerly, light to moderate.`,
      `Tonight: clear spells, lows of ${lo}C, with mist forming in sheltered spots.`,
    ],
  });

export const matchReport = (
  id: string,
  date: string,
  score: string,
  scorers: string,
  crowd: string,
  published: string,
): NormalisedItem =>
  item({
    guid: id,
    url: `https://countyleague.example/reports/${id}`,
    title: `Report: Millbrook Town ${score} Eastfield Rovers`,
    published,
    body: [
      `County League | ${date} | Mill Lane | Attendance: ${crowd}`,
      `Millbrook Town and Eastfield Rovers met in the derby at Mill Lane. ${scorers}`,
      'Millbrook Town: Hale, Duffy, Brennan, Osei, Lowe, Carver, Nash, Quinn, Rook, Tate, Vance.',
      'Eastfield Rovers: Pike, Ames, Bolt, Crane, Dove, Ennis, Frost, Gale, Hart, Ives, Jolly.',
    ],
  });
