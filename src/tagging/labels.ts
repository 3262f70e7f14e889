// Kept free of dependencies: tagsFor() needs the labels on light code paths.

/** The 17 top-level IPTC Media Topics (CC BY 4.0, © IPTC): the only slugs a taxonomy may use. */
export const IPTC_TOPICS = {
  'arts-culture-entertainment-and-media': 'Arts, culture, entertainment and media',
  'conflict-war-and-peace': 'Conflict, war and peace',
  'crime-law-and-justice': 'Crime, law and justice',
  'disaster-accident-and-emergency-incident': 'Disaster, accident and emergency incident',
  'economy-business-and-finance': 'Economy, business and finance',
  education: 'Education',
  environment: 'Environment',
  health: 'Health',
  'human-interest': 'Human interest',
  labour: 'Labour',
  'lifestyle-and-leisure': 'Lifestyle and leisure',
  politics: 'Politics',
  religion: 'Religion',
  'science-and-technology': 'Science and technology',
  society: 'Society',
  sport: 'Sport',
  weather: 'Weather',
} as const;

export type TopicSlug = keyof typeof IPTC_TOPICS;

/** Readable label of a topic slug (the IPTC label), or the slug itself when unknown. */
export function topicLabel(slug: string): string {
  return (IPTC_TOPICS as Record<string, string>)[slug] ?? slug;
}
