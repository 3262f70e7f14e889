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

/** IPTC Media Topic code of each top-level topic. */
export const IPTC_CODES: Record<TopicSlug, string> = {
  'arts-culture-entertainment-and-media': '01000000',
  'conflict-war-and-peace': '16000000',
  'crime-law-and-justice': '02000000',
  'disaster-accident-and-emergency-incident': '03000000',
  'economy-business-and-finance': '04000000',
  education: '05000000',
  environment: '06000000',
  health: '07000000',
  'human-interest': '08000000',
  labour: '09000000',
  'lifestyle-and-leisure': '10000000',
  politics: '11000000',
  religion: '12000000',
  'science-and-technology': '13000000',
  society: '14000000',
  sport: '15000000',
  weather: '17000000',
};

/** Readable label of a topic slug (the IPTC label), or the slug itself when unknown. */
export function topicLabel(slug: string): string {
  return (IPTC_TOPICS as Record<string, string>)[slug] ?? slug;
}
