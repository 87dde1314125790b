import type { InferInsertModel } from 'drizzle-orm';
import type { Industry } from '../../contract/mentors';
import type { mentorProfiles } from '../db/schema';
import type { StudyProgramme } from './demo-people';
import type { Random } from './random';

/**
 * Generated mentors for benchmarks (`npm run db:seed -- --mentors N`): believable, varied text,
 * so that a search for a common word matches a realistic share of profiles, not all or none.
 */

export type MentorProfileInsert = InferInsertModel<typeof mentorProfiles>;

/** The personal-profile fields a mentor fills in; they live on users. */
export interface MentorPersonalFields {
  headline: string;
  bio: string;
  jobTitle: string;
  employer: string;
  city: string;
  country: string;
  languages: string[];
}

/** What alumni of each programme tend to work in, and the expertise they offer. */
const CAREERS: Record<StudyProgramme, { industries: Industry[]; expertise: string[]; jobs: string[] }> = {
  Law: { industries: ['legal', 'government', 'finance'], expertise: ['Corporate law', 'Litigation', 'Negotiation', 'Government and policy'], jobs: ['Lawyer', 'Legal counsel', 'Judge', 'Compliance officer'] },
  Psychology: { industries: ['healthcare', 'education', 'consulting'], expertise: ['Clinical practice', 'Human resources', 'Research', 'UX design'], jobs: ['Psychologist', 'HR adviser', 'Researcher', 'UX researcher'] },
  'Computer Science': { industries: ['technology', 'finance', 'research_academia'], expertise: ['Software engineering', 'Data science', 'Product management', 'Start-ups'], jobs: ['Software engineer', 'Data scientist', 'Engineering manager', 'Technical lead'] },
  History: { industries: ['culture_arts', 'education', 'media_communications'], expertise: ['Museums and heritage', 'Writing', 'Teaching', 'Publishing'], jobs: ['Curator', 'Teacher', 'Editor', 'Archivist'] },
  Medicine: { industries: ['healthcare', 'pharma_biotech', 'research_academia'], expertise: ['Clinical practice', 'Healthcare management', 'Research', 'Biotech'], jobs: ['Physician', 'Surgeon', 'Medical adviser', 'Clinical researcher'] },
  Biology: { industries: ['pharma_biotech', 'research_academia', 'energy_sustainability'], expertise: ['Biotech', 'Research', 'Sustainability', 'PhD applications'], jobs: ['Researcher', 'Lab manager', 'Ecologist', 'Policy adviser'] },
  'International Relations': { industries: ['international_organisations', 'government', 'non_profit'], expertise: ['Diplomacy', 'International development', 'Working abroad', 'Government and policy'], jobs: ['Diplomat', 'Policy officer', 'Programme manager', 'Analyst'] },
  Economics: { industries: ['finance', 'consulting', 'government'], expertise: ['Finance', 'Investment banking', 'Strategy', 'Data science'], jobs: ['Economist', 'Analyst', 'Portfolio manager', 'Consultant'] },
  'Business Administration': { industries: ['consulting', 'retail_consumer', 'technology'], expertise: ['Marketing', 'Strategy', 'Sales', 'Entrepreneurship'], jobs: ['Marketing manager', 'Consultant', 'Founder', 'Account director'] },
  'Political Science': { industries: ['government', 'non_profit', 'media_communications'], expertise: ['Government and policy', 'Communications', 'Public speaking', 'Journalism'], jobs: ['Policy adviser', 'Campaign manager', 'Journalist', 'Civil servant'] },
  'Artificial Intelligence': { industries: ['technology', 'research_academia', 'consulting'], expertise: ['Artificial intelligence', 'Data science', 'Software engineering', 'Start-ups'], jobs: ['Machine learning engineer', 'AI researcher', 'Data scientist', 'Product manager'] },
  Linguistics: { industries: ['education', 'media_communications', 'technology'], expertise: ['Writing', 'Teaching', 'Publishing', 'Communications'], jobs: ['Translator', 'Teacher', 'Content designer', 'Speech technologist'] },
};

/** Skills anyone can mentor on, whatever they studied. */
const GENERAL_EXPERTISE = ['Career switching', 'Leadership', 'Working abroad', 'Public speaking', 'Negotiation', 'PhD applications', 'Entrepreneurship', 'Operations'];
const SENIORITY = ['', '', 'Senior ', 'Lead ', 'Junior ', 'Principal '];
const EMPLOYER_PARTS = [
  ['Noord', 'Delta', 'Hofstad', 'Lindeboom', 'Polder', 'Meridian', 'Kade', 'Atlas', 'Rijn', 'Duin', 'Oranje', 'Vondel'],
  ['Partners', 'Group', 'Labs', 'Consulting', 'Institute', 'Foundation', 'Advocaten', 'Health', 'Capital', 'Studio', 'Ministry', 'Systems'],
];
const PLACES: Array<[string, string, number]> = [
  ['Amsterdam', 'NL', 16], ['Leiden', 'NL', 10], ['The Hague', 'NL', 12], ['Rotterdam', 'NL', 10],
  ['Utrecht', 'NL', 8], ['Haarlem', 'NL', 4], ['Delft', 'NL', 3], ['Eindhoven', 'NL', 3],
  ['Brussels', 'BE', 6], ['Antwerp', 'BE', 2], ['London', 'GB', 7], ['Berlin', 'DE', 4],
  ['Paris', 'FR', 3], ['Geneva', 'CH', 3], ['New York', 'US', 3], ['SG', 'SG', 2],
  ['Madrid', 'ES', 1], ['Copenhagen', 'DK', 1], ['Nairobi', 'KE', 1], ['Toronto', 'CA', 1],
];
const PLACE_WEIGHT = PLACES.reduce((sum, [, , weight]) => sum + weight, 0);
const OTHER_LANGUAGES = ['de', 'fr', 'es', 'ar', 'tr', 'zh', 'it', 'pt', 'pl', 'hi'];
const HEADLINES = [
  (job: string, topic: string) => `${job} helping graduates into ${topic.toLowerCase()}`,
  (job: string) => `${job}, happy to share what I learned the hard way`,
  (job: string, topic: string) => `${topic} and everything around it`,
  (job: string) => `From Leiden to ${job.toLowerCase()}`,
  (job: string, topic: string) => `${job} with a soft spot for ${topic.toLowerCase()}`,
];
const APPROACHES = [
  (topic: string) => `Ask me about ${topic.toLowerCase()}, CVs and first interviews.`,
  (topic: string) => `Choosing a first job, ${topic.toLowerCase()}, and combining work with a family.`,
  (topic: string) => `How I moved into ${topic.toLowerCase()}, and how you could too.`,
  (topic: string) => `Networking, salary negotiations and getting started in ${topic.toLowerCase()}.`,
];
// Bios are put together from many parts, so that a word in one is as rare as it would be in real
// bios (a small pool of whole sentences would put "hockey" in every sixth profile).
const HOBBIES = [
  'sailing', 'chess', 'birdwatching', 'pottery', 'salsa dancing', 'climbing', 'cycling', 'baking bread', 'gardening',
  'photography', 'jazz piano', 'the cello', 'field hockey', 'korfball', 'rowing', 'choir singing', 'woodworking',
  'board games', 'marathon running', 'yoga', 'open-water swimming', 'skating', 'poetry', 'film festivals', 'knitting',
  'football', 'tennis', 'padel', 'fishing', 'astronomy', 'cooking Indonesian food', 'wine tasting', 'beekeeping',
  'amateur theatre', 'calligraphy', 'learning Japanese', 'restoring old bikes', 'podcasts', 'crossword puzzles',
  'hiking in the Alps', 'surfing', 'volleyball', 'drawing', 'comics', 'history books', 'science fiction', 'camping',
  'street photography', 'bouldering', 'judo', 'kite surfing', 'ballroom dancing', 'urban gardening', 'sketching',
];
const CAUSES = [
  'a refugee support organisation', 'a food bank', 'a local debating club', 'a youth football club', 'a hospice',
  'a language café', 'a homework club', 'an animal shelter', 'a climate initiative', 'a neighbourhood repair café',
  'a mentoring programme for first-generation students', 'a museum', 'a city orchestra', 'a women in tech network',
];
const PATHS = [
  (place: string) => `After graduating I spent a few years in ${place} before coming back.`,
  (place: string) => `I started my career in ${place}, which taught me more than I expected.`,
  () => 'My path was anything but straight: I changed careers twice.',
  () => 'I have hired many graduates and know what makes an application stand out.',
  () => 'I was a student board member, which taught me more than some courses did.',
  () => 'I combine part-time work with raising two children.',
  () => 'I still remember how lost I felt in my final year, which is why I mentor.',
  () => 'I did a PhD first and moved into practice afterwards.',
  () => 'I was the first in my family to go to university.',
];
const ABROAD = ['Berlin', 'Jakarta', 'Nairobi', 'Toronto', 'Lisbon', 'Shanghai', 'Cape Town', 'Boston', 'Stockholm', 'Mexico City', 'Dublin', 'Sydney'];

function bio(random: Random): string {
  const sentences = [random.pick(PATHS)(random.pick(ABROAD))];
  if (random.chance(0.7)) {
    const [first, second] = some(random, HOBBIES, 2);
    sentences.push(second ? `Outside work I enjoy ${first} and ${second}.` : `Outside work I enjoy ${first}.`);
  }
  if (random.chance(0.3)) sentences.push(`I volunteer for ${random.pick(CAUSES)}.`);
  return sentences.join(' ');
}

/** "Senior " + "Lawyer" → "Senior lawyer"; acronyms such as "UX researcher" keep their capitals. */
function withSeniority(seniority: string, job: string): string {
  if (!seniority || /^[A-Z]{2}/.test(job)) return `${seniority}${job}`;
  return `${seniority}${job[0]!.toLowerCase()}${job.slice(1)}`;
}

function place(random: Random): [string, string] {
  let roll = random.int(1, PLACE_WEIGHT);
  for (const [city, country, weight] of PLACES) {
    roll -= weight;
    if (roll <= 0) return [city, country];
  }
  return ['Leiden', 'NL'];
}

/** A few distinct picks (order kept), drawing a fixed number of times so runs stay repeatable. */
function some<T>(random: Random, items: readonly T[], count: number): T[] {
  return [...new Set(Array.from({ length: count }, () => random.pick(items)))];
}

/** The personal fields and mentor profile of one generated mentor. */
export function generatedMentor(
  random: Random,
  programme: StudyProgramme,
  language: 'nl' | 'en',
): { personal: MentorPersonalFields; profile: Omit<MentorProfileInsert, 'userId' | 'activatedAt' | 'updatedAt'> } {
  const career = CAREERS[programme];
  const expertise = some(random, [...career.expertise, ...career.expertise, ...GENERAL_EXPERTISE], random.int(2, 4));
  const topic = expertise[0] as string;
  const job = withSeniority(random.pick(SENIORITY), random.pick(career.jobs));
  const [city, country] = place(random);
  const languages = language === 'nl' || country === 'NL' ? ['nl', 'en'] : ['en'];
  if (random.chance(0.3)) languages.push(random.pick(OTHER_LANGUAGES));
  return {
    personal: {
      headline: random.pick(HEADLINES)(job, topic),
      bio: bio(random),
      jobTitle: job,
      employer: `${random.pick(EMPLOYER_PARTS[0]!)} ${random.pick(EMPLOYER_PARTS[1]!)}`,
      city,
      country,
      languages: [...new Set(languages)],
    },
    profile: {
      approach: random.pick(APPROACHES)(topic),
      expertise,
      industry: random.chance(0.85) ? random.pick(career.industries) : 'other',
      maxMentees: random.pick([1, 2, 2, 2, 3, 3, 4, 5]),
      pausedAt: null,
    },
  };
}
