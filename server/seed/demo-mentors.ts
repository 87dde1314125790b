import { eq } from 'drizzle-orm';
import type { Industry } from '../../contract/mentors';
import { mentorProfiles, users } from '../db/schema';
import type { DemoContext } from './demo-context';
import type { UserRow } from './member-rows';

/**
 * The demo community's mentors: every demo alumnus has filled in a mentor profile, written by
 * hand so the Search tab and the suggestions look like a real network. Two have paused.
 */

interface DemoMentor {
  headline: string;
  jobTitle: string;
  employer: string;
  city: string;
  country: string;
  languages: string[];
  bio: string;
  approach: string;
  expertise: string[];
  industry: Industry;
  maxMentees: number;
  paused?: true;
}

const nl = ['nl', 'en'];

const DEMO_MENTORS: Record<string, DemoMentor> = {
  'sanne.devries': {
    headline: 'Employment lawyer who enjoys helping students find their way',
    jobTitle: 'Senior associate', employer: 'Hofstad Advocaten', city: 'The Hague', country: 'NL', languages: nl,
    bio: 'I specialise in employment law and was a student assistant in Leiden for two years.',
    approach: 'Choosing between a law firm, in-house and the judiciary; applying for traineeships.',
    expertise: ['Litigation', 'Corporate law', 'Negotiation'], industry: 'legal', maxMentees: 3,
  },
  'thomas.bakker': {
    headline: 'Software engineer turned engineering manager',
    jobTitle: 'Engineering manager', employer: 'Polder Systems', city: 'Amsterdam', country: 'NL', languages: nl,
    bio: 'I lead two teams building payment software. Before that I wrote code for a start-up that did not survive.',
    approach: 'Your first developer job, technical interviews, and whether to go into management.',
    expertise: ['Software engineering', 'Start-ups', 'Leadership'], industry: 'technology', maxMentees: 2,
  },
  'emma.visser': {
    headline: 'Clinical psychologist and part-time researcher',
    jobTitle: 'Clinical psychologist', employer: 'Lindeboom Health', city: 'Leiden', country: 'NL', languages: ['en', 'nl', 'de'],
    bio: 'I combine work with patients with research on anxiety in young adults.',
    approach: 'The road to becoming a clinical psychologist, and combining practice with a PhD.',
    expertise: ['Clinical practice', 'Research', 'PhD applications'], industry: 'healthcare', maxMentees: 2,
  },
  'ruben.smit': {
    headline: 'Economist at the central bank',
    jobTitle: 'Senior economist', employer: 'Meridian Central Bank', city: 'Amsterdam', country: 'NL', languages: nl,
    bio: 'I work on monetary policy models. I enjoy explaining economics to people who do not study it.',
    approach: 'Careers in public finance, policy work and how to prepare for an assessment day.',
    expertise: ['Finance', 'Government and policy', 'Data science'], industry: 'finance', maxMentees: 2,
  },
  'noor.haddad': {
    headline: 'Physician in training to become a paediatrician',
    jobTitle: 'Resident in paediatrics', employer: 'Rijn Hospital', city: 'Utrecht', country: 'NL', languages: ['nl', 'en', 'ar'],
    bio: 'I grew up in Rotterdam and did my internships in Leiden and Curaçao.',
    approach: 'Choosing a specialty, residency applications and keeping a life next to medicine.',
    expertise: ['Clinical practice', 'Healthcare management'], industry: 'healthcare', maxMentees: 1,
  },
  'lucas.meijer': {
    headline: 'Historian at a national museum',
    jobTitle: 'Curator', employer: 'Vondel Museum', city: 'Amsterdam', country: 'NL', languages: nl,
    bio: 'I curate exhibitions on the Dutch seventeenth century and write for a general audience.',
    approach: 'Working in museums and heritage, and writing for people outside academia.',
    expertise: ['Museums and heritage', 'Writing', 'Publishing'], industry: 'culture_arts', maxMentees: 2,
  },
  'sophie.dubois': {
    headline: 'Diplomat with postings in Nairobi and New York',
    jobTitle: 'Policy officer', employer: 'Ministry of Foreign Affairs', city: 'The Hague', country: 'NL', languages: ['en', 'fr', 'nl'],
    bio: 'I work on development cooperation and have lived on three continents.',
    approach: 'Getting into diplomacy, traineeships at ministries, and working abroad with a partner.',
    expertise: ['Diplomacy', 'International development', 'Working abroad'], industry: 'government', maxMentees: 3,
  },
  'jeroen.vandenberg': {
    headline: 'Founder of a sustainable packaging company',
    jobTitle: 'Founder and CEO', employer: 'Kade Packaging', city: 'Rotterdam', country: 'NL', languages: nl,
    bio: 'I started my company during my master and we now employ forty people.',
    approach: 'Starting a business, finding investors and the first hires.',
    expertise: ['Entrepreneurship', 'Start-ups', 'Sustainability'], industry: 'energy_sustainability', maxMentees: 2,
  },
  'fatma.yilmaz': {
    headline: 'Public prosecutor, first in my family to go to university',
    jobTitle: 'Public prosecutor', employer: 'Public Prosecution Service', city: 'Rotterdam', country: 'NL', languages: ['nl', 'en', 'tr'],
    bio: 'I know what it is like to find your way without a network, which is why I mentor.',
    approach: 'Careers in criminal law, the prosecution service traineeship and first-generation students.',
    expertise: ['Litigation', 'Government and policy', 'Public speaking'], industry: 'legal', maxMentees: 2,
  },
  'pieter.degroot': {
    headline: 'Ecologist working on nature restoration',
    jobTitle: 'Senior ecologist', employer: 'Duin Foundation', city: 'Haarlem', country: 'NL', languages: nl,
    bio: 'I spend half my time in the dunes and half behind a spreadsheet.',
    approach: 'Jobs in nature conservation, fieldwork, and moving from research into practice.',
    expertise: ['Sustainability', 'Research'], industry: 'non_profit', maxMentees: 2, paused: true,
  },
  'maria.gonzalez': {
    headline: 'Medical adviser in the pharmaceutical industry',
    jobTitle: 'Medical adviser', employer: 'Delta Pharma', city: 'Leiden', country: 'NL', languages: ['en', 'es'],
    bio: 'I moved from clinical work to industry after my PhD and have not regretted it.',
    approach: 'Careers in pharma and biotech after medicine, and doing a PhD as an international student.',
    expertise: ['Biotech', 'Clinical practice', 'PhD applications'], industry: 'pharma_biotech', maxMentees: 3,
  },
  'koen.vermeulen': {
    headline: 'Strategy consultant',
    jobTitle: 'Manager', employer: 'Atlas Consulting', city: 'Amsterdam', country: 'NL', languages: nl,
    bio: 'I help companies in retail and energy with their strategy.',
    approach: 'Case interviews, consulting as a first job, and when to leave it.',
    expertise: ['Strategy', 'Consulting', 'Negotiation'], industry: 'consulting', maxMentees: 4,
  },
  'hanna.schmidt': {
    headline: 'UX researcher at a travel platform',
    jobTitle: 'Lead UX researcher', employer: 'Oranje Travel', city: 'Amsterdam', country: 'NL', languages: ['en', 'de'],
    bio: 'Psychology turned out to be the perfect preparation for user research.',
    approach: 'Moving from psychology into tech, portfolios and research methods in industry.',
    expertise: ['UX design', 'Research', 'Career switching'], industry: 'technology', maxMentees: 2,
  },
  'jasper.bos': {
    headline: 'Data scientist in healthcare',
    jobTitle: 'Data scientist', employer: 'Noord Health', city: 'London', country: 'GB', languages: ['en', 'nl'],
    bio: 'I build prediction models for hospitals and moved to London three years ago.',
    approach: 'Data science jobs, working in the UK, and learning what they do not teach you.',
    expertise: ['Data science', 'Artificial intelligence', 'Working abroad'], industry: 'healthcare', maxMentees: 2,
  },
  'eva.willems': {
    headline: 'History teacher and textbook author',
    jobTitle: 'Teacher', employer: 'Stedelijk Gymnasium', city: 'Leiden', country: 'NL', languages: nl,
    bio: 'I teach at a secondary school and write history textbooks.',
    approach: 'Becoming a teacher, the teacher training programme and writing educational material.',
    expertise: ['Teaching', 'Writing'], industry: 'education', maxMentees: 3,
  },
  'kwame.mensah': {
    headline: 'Programme manager at an international NGO',
    jobTitle: 'Programme manager', employer: 'Meridian Development', city: 'Geneva', country: 'CH', languages: ['en', 'fr'],
    bio: 'I run education programmes in West Africa from Geneva.',
    approach: 'NGO careers, international organisations and applying for UN traineeships.',
    expertise: ['International development', 'Non-profit', 'Working abroad'], industry: 'international_organisations', maxMentees: 2,
  },
  'laura.peters': {
    headline: 'Biotech researcher',
    jobTitle: 'Senior scientist', employer: 'Delta Biotech', city: 'Leiden', country: 'NL', languages: nl,
    bio: 'I work on cell therapies at a company in the Leiden Bio Science Park.',
    approach: 'Lab work in industry versus academia, and PhD applications.',
    expertise: ['Biotech', 'Research', 'PhD applications'], industry: 'pharma_biotech', maxMentees: 2, paused: true,
  },
  'niels.vanleeuwen': {
    headline: 'Corporate lawyer in London',
    jobTitle: 'Associate', employer: 'Kade & Partners', city: 'London', country: 'GB', languages: ['en', 'nl'],
    bio: 'I qualified in England after my Dutch law degree.',
    approach: 'Qualifying abroad, corporate law and long hours.',
    expertise: ['Corporate law', 'Working abroad'], industry: 'legal', maxMentees: 1,
  },
  'chloe.martin': {
    headline: 'Political adviser and former journalist',
    jobTitle: 'Political adviser', employer: 'European Parliament', city: 'Brussels', country: 'BE', languages: ['en', 'fr'],
    bio: 'I covered European politics for a newspaper before joining a parliamentary group.',
    approach: 'Journalism, communications and working in Brussels.',
    expertise: ['Journalism', 'Communications', 'Government and policy'], industry: 'government', maxMentees: 2,
  },
  'rik.dekker': {
    headline: 'Machine learning engineer at a scale-up',
    jobTitle: 'Machine learning engineer', employer: 'Rijn AI', city: 'Utrecht', country: 'NL', languages: nl,
    bio: 'I put language models into production and teach a course now and then.',
    approach: 'AI careers, open-source contributions and a PhD or not.',
    expertise: ['Artificial intelligence', 'Software engineering', 'Data science'], industry: 'technology', maxMentees: 3,
  },
};

/** What some demo students would like help with, so their suggested mentors show reasons. */
const DEMO_INTERESTS: Record<string, { interests: string[]; languages: string[] }> = {
  'daan.jansen': { interests: ['Software engineering', 'Start-ups'], languages: nl },
  'lotte.vandijk': { interests: ['Clinical practice', 'Research'], languages: nl },
  'yara.elidrissi': { interests: ['Litigation', 'Public speaking'], languages: ['nl', 'en', 'ar'] },
  'julia.kowalska': { interests: ['Diplomacy', 'Working abroad'], languages: ['en', 'pl'] },
  'arjun.patel': { interests: ['Artificial intelligence', 'Data science'], languages: ['en', 'hi'] },
};

/** Fills in the demo alumni's personal fields and mentor profiles, and some students' interests. */
export async function seedDemoMentors(context: DemoContext, members: Map<string, UserRow>): Promise<number> {
  const { tx, now } = context;
  const profiles: (typeof mentorProfiles.$inferInsert)[] = [];
  for (const [username, mentor] of Object.entries(DEMO_MENTORS)) {
    const member = members.get(username);
    if (!member) throw new Error(`demo mentor ${username} is not a demo member`);
    const { headline, jobTitle, employer, city, country, languages, bio } = mentor;
    await tx.update(users).set({ headline, jobTitle, employer, city, country, languages, bio }).where(eq(users.id, member.id as string));
    // Activated some weeks after joining, paused a while ago.
    const joined = (member.createdAt as Date).getTime();
    const activatedAt = new Date(Math.min(now.getTime(), joined + 21 * 24 * 60 * 60 * 1000));
    profiles.push({
      userId: member.id as string,
      approach: mentor.approach,
      expertise: mentor.expertise,
      industry: mentor.industry,
      maxMentees: mentor.maxMentees,
      pausedAt: mentor.paused ? new Date(now.getTime() - 10 * 24 * 60 * 60 * 1000) : null,
      activatedAt,
      updatedAt: activatedAt,
    });
  }
  await tx.insert(mentorProfiles).values(profiles);
  for (const [username, { interests, languages }] of Object.entries(DEMO_INTERESTS)) {
    const member = members.get(username);
    if (!member) throw new Error(`demo student ${username} is not a demo member`);
    await tx.update(users).set({ interests, languages }).where(eq(users.id, member.id as string));
  }
  return profiles.length;
}
