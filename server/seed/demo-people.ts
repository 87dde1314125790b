import type { Language } from '../../contract/i18n';

/**
 * The people of the demo community. Hand-written rather than generated, so the names in the
 * start-up message and in the docs stay the same; years, birthdays and preferences are derived
 * from a seeded generator. Later areas (mentor profiles, requests, conversations) refer to these
 * people by user name.
 */

/** Programmes of a Dutch research university, with the usual bachelor + master length in years. */
export const STUDY_PROGRAMMES = {
  Law: 4,
  Psychology: 4,
  'Computer Science': 5,
  History: 4,
  Medicine: 6,
  Biology: 5,
  'International Relations': 4,
  Economics: 4,
  'Business Administration': 4,
  'Political Science': 4,
  'Artificial Intelligence': 5,
  Linguistics: 4,
} as const satisfies Record<string, number>;

export type StudyProgramme = keyof typeof STUDY_PROGRAMMES;
export const STUDY_PROGRAMME_NAMES = Object.keys(STUDY_PROGRAMMES) as StudyProgramme[];

interface BasePerson {
  firstName: string;
  familyName: string;
  language: Language;
}
export type DemoPerson =
  | (BasePerson & { role: 'student' | 'alumnus'; programme: StudyProgramme; isAdmin?: false })
  | (BasePerson & { role: 'staff'; isAdmin?: boolean });

const student = (firstName: string, familyName: string, programme: StudyProgramme, language: Language): DemoPerson => ({
  role: 'student',
  firstName,
  familyName,
  programme,
  language,
});
const alumnus = (firstName: string, familyName: string, programme: StudyProgramme, language: Language): DemoPerson => ({
  role: 'alumnus',
  firstName,
  familyName,
  programme,
  language,
});
const staff = (firstName: string, familyName: string, language: Language, isAdmin = false): DemoPerson => ({
  role: 'staff',
  firstName,
  familyName,
  language,
  isAdmin,
});

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  // Students (12)
  student('Daan', 'Jansen', 'Computer Science', 'nl'),
  student('Lotte', 'van Dijk', 'Psychology', 'nl'),
  student('Yara', 'El Idrissi', 'Law', 'nl'),
  student('Finn', 'de Boer', 'History', 'nl'),
  student('Julia', 'Kowalska', 'International Relations', 'en'),
  student('Ahmed', 'Benali', 'Medicine', 'nl'),
  student('Mei', 'Zhang', 'Economics', 'en'),
  student('Sem', 'Mulder', 'Biology', 'nl'),
  student('Isabella', 'Rossi', 'Psychology', 'en'),
  student('Bram', 'Kok', 'Economics', 'nl'),
  student('Anouk', 'Hendriks', 'Law', 'en'),
  student('Arjun', 'Patel', 'Artificial Intelligence', 'en'),
  // Alumni (20): the mentors-to-be
  alumnus('Sanne', 'de Vries', 'Law', 'nl'),
  alumnus('Thomas', 'Bakker', 'Computer Science', 'nl'),
  alumnus('Emma', 'Visser', 'Psychology', 'en'),
  alumnus('Ruben', 'Smit', 'Economics', 'nl'),
  alumnus('Noor', 'Haddad', 'Medicine', 'nl'),
  alumnus('Lucas', 'Meijer', 'History', 'nl'),
  alumnus('Sophie', 'Dubois', 'International Relations', 'en'),
  alumnus('Jeroen', 'van den Berg', 'Business Administration', 'nl'),
  alumnus('Fatma', 'Yılmaz', 'Law', 'nl'),
  alumnus('Pieter', 'de Groot', 'Biology', 'nl'),
  alumnus('María', 'González', 'Medicine', 'en'),
  alumnus('Koen', 'Vermeulen', 'Economics', 'nl'),
  alumnus('Hanna', 'Schmidt', 'Psychology', 'en'),
  alumnus('Jasper', 'Bos', 'Computer Science', 'en'),
  alumnus('Eva', 'Willems', 'History', 'nl'),
  alumnus('Kwame', 'Mensah', 'International Relations', 'en'),
  alumnus('Laura', 'Peters', 'Biology', 'nl'),
  alumnus('Niels', 'van Leeuwen', 'Law', 'en'),
  alumnus('Chloé', 'Martin', 'Political Science', 'en'),
  alumnus('Rik', 'Dekker', 'Artificial Intelligence', 'nl'),
  // Staff (7): study and career advisers; the first runs the alumni office and is an admin
  staff('Marieke', 'Hoekstra', 'nl', true),
  staff('Annelies', 'Brouwer', 'nl'),
  staff('David', 'Cohen', 'en'),
  staff('Karin', 'de Jong', 'nl'),
  staff('Samir', 'Bouzid', 'nl'),
  staff('Ingrid', 'Postma', 'nl'),
  staff('Michael', "O'Brien", 'en'),
];

/** Name pools for bulk members (benchmarks): Dutch and international, as on a Dutch campus. */
export const FIRST_NAMES = [
  ...new Set(DEMO_PEOPLE.map((person) => person.firstName)),
  'Jesse', 'Femke', 'Tim', 'Iris', 'Stijn', 'Roos', 'Milan', 'Fenna', 'Luuk', 'Tess', 'Joris', 'Maud',
  'Wouter', 'Esther', 'Gijs', 'Floor', 'Mohamed', 'Amira', 'Omar', 'Leila', 'Hiroshi', 'Aiko', 'Olga',
  'Mateo', 'Lucía', 'Giulia', 'Marco', 'Ana', 'João', 'Priya', 'Rahul', 'Elif', 'Emre', 'Nadia', 'Jonas',
  'Ingrid', 'Sven', 'Zoë', 'Amber', 'Vincent', 'Charlotte', 'Oliver', 'Grace', 'Kofi', 'Ama', 'Wei', 'Lin',
] as const;

export const FAMILY_NAMES = [
  ...new Set(DEMO_PEOPLE.map((person) => person.familyName)),
  'de Wit', 'Dijkstra', 'Smits', 'van der Meer', 'Kuipers', 'Vos', 'Huisman', 'Peeters', 'van Beek',
  'Jacobs', 'Koster', 'Prins', 'van der Linden', 'Bosman', 'Timmermans', 'Groen', 'Scholten', 'Kramer',
  'Al-Sayed', 'Öztürk', 'Nguyen', 'Kim', 'Silva', 'Ferreira', 'Novak', 'Nowak', 'Andersen', 'Larsen',
  'Müller', 'Fischer', 'Bianchi', 'Romano', 'Fernández', 'Okafor', 'Osei', 'Singh', 'Gupta', 'Tanaka',
  'Sato', 'Ivanova', 'Popescu', 'Horváth', 'Lambert', 'Moreau', 'Wilson', 'Murphy', 'Kowalski', 'Chen',
] as const;
