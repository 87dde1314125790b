import { sql } from 'drizzle-orm';
import { boolean, check, customType, index, integer, pgEnum, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The search document. Name and expertise weigh most (A), then headline, job title and industry
 * (B), then what mentees can approach the mentor about, employer and programme (C), then the bio
 * (D). Names use the `simple` configuration (no stemming of names); the search query is parsed
 * with both, see mentor-search.sql.ts. `mn_words` is an IMMUTABLE array_to_string (migration
 * 0003): a generated column accepts only immutable expressions.
 */
const searchDocument = sql`
  setweight(to_tsvector('simple'::regconfig, coalesce(name, '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, mn_words(expertise)), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce(headline, '') || ' ' || coalesce(job_title, '') || ' ' || coalesce(industry, '')), 'B') ||
  setweight(to_tsvector('english'::regconfig, coalesce(approach, '') || ' ' || coalesce(employer, '') || ' ' || coalesce(study_programme, '')), 'C') ||
  setweight(to_tsvector('english'::regconfig, coalesce(bio, '')), 'D')`;

/**
 * A mentor profile (docs/product.md, rules 9–11), one per alumnus who pressed "Activate Mentor Profile".
 *
 * It is also the search row: the member's own fields that search filters on or matches (name,
 * headline, programme, location, languages …) are copied here from `users` by triggers
 * (migration 0005), so a search reads one table through its indexes and never joins 100k users.
 * Application code writes those fields to `users` only; it never writes the copies.
 */
export const mentorProfiles = pgTable(
  'mentor_profiles',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    // The mentor's own fields.
    approach: text('approach'),
    expertise: text('expertise').array().notNull().default(sql`'{}'::text[]`),
    industry: text('industry'),
    maxMentees: integer('max_mentees').notNull().default(2),
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    /**
     * Active mentorships, kept by the mentorship code in the same transaction as the change (after
     * locking this row), so "full" is a column comparison in search rather than a count.
     */
    activeMentees: integer('active_mentees').notNull().default(0),
    /** Answered requests and their median answer time: the responsiveness signal. */
    answeredRequests: integer('answered_requests').notNull().default(0),
    medianAnswerHours: real('median_answer_hours'),
    activatedAt: timestamp('activated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
    // Copies of the member's fields, kept by triggers; never written by application code.
    name: text('name').notNull().default(''),
    headline: text('headline'),
    bio: text('bio'),
    jobTitle: text('job_title'),
    employer: text('employer'),
    studyProgramme: text('study_programme'),
    graduationYear: integer('graduation_year'),
    city: text('city'),
    country: text('country'),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    /** The owner is an alumnus who is not suspended (rule 9): kept by the triggers on users. */
    ownerListable: boolean('owner_listable').notNull().default(false),
    /**
     * Only listed profiles are found: the owner is listable and the profile says enough for a
     * mentee (headline or approach, an expertise area, a language). Set by a trigger on every write
     * (migration 0016), never by application code; mentors.policy.ts `isListable` is the same rule.
     */
    isListed: boolean('is_listed').notNull().default(false),
    isAvailable: boolean('is_available').generatedAlwaysAs(
      sql`is_listed and paused_at is null and active_mentees < max_mentees`,
    ),
    searchVector: tsvector('search_vector').generatedAlwaysAs(searchDocument),
    /**
     * The filter values a search asks for by equality, as terms of their own (migration 0013,
     * ADR 0013): indexed together with the search document, so a text query with filters finds
     * the mentors that have all of them in the index. Never ranked, never matched by words.
     */
    filterTerms: tsvector('filter_terms').generatedAlwaysAs(
      sql`mn_filter_terms(industry, study_programme, country, city, languages, expertise)`,
    ),
  },
  (table) => [
    check('mentor_profiles_max_mentees_range', sql`${table.maxMentees} between 1 and 5`),
    check('mentor_profiles_active_mentees_positive', sql`${table.activeMentees} >= 0`),
    index('mentor_profiles_search_filters_idx').using('gin', sql`(${table.searchVector} || ${table.filterTerms})`),
    index('mentor_profiles_name_trgm_idx').using('gin', table.name.op('gin_trgm_ops')),
    index('mentor_profiles_expertise_idx').using('gin', table.expertise),
    index('mentor_profiles_languages_idx').using('gin', table.languages),
    // Browsing without a text query: available first, newest mentors first, stable by id. Migration
    // 0010 adds the search document and the filter columns as INCLUDE columns (ADR 0008).
    index('mentor_profiles_browse_idx')
      .on(table.isAvailable.desc(), table.activatedAt.desc(), table.userId)
      .where(sql`${table.isListed}`),
    index('mentor_profiles_industry_idx').on(table.industry).where(sql`${table.isListed}`),
    index('mentor_profiles_programme_idx').on(table.studyProgramme).where(sql`${table.isListed}`),
    index('mentor_profiles_country_idx').on(table.country, table.city).where(sql`${table.isListed}`),
    // A city without its country (the city filter alone): combined with the text index (ADR 0010).
    index('mentor_profiles_city_idx').on(table.city).where(sql`${table.isListed}`),
    index('mentor_profiles_graduation_idx').on(table.graduationYear).where(sql`${table.isListed}`),
  ],
);

/**
 * How many listed and available mentors have both of two filter values, for every pair of values
 * (a value with itself and with ('total', '') included), kept by statement triggers on
 * mentor_profiles (migrations 0005, 0007). The Search tab's opening page and any page with one
 * filter then get their total and counts per filter value from a handful of rows here instead of
 * counting tens of thousands of profiles. Values of the facet 'graduation' are years.
 */
export const mentorFacetPairs = pgTable(
  'mentor_facet_pairs',
  {
    facetA: text('facet_a').notNull(),
    valueA: text('value_a').notNull(),
    facetB: text('facet_b').notNull(),
    valueB: text('value_b').notNull(),
    listed: integer('listed').notNull().default(0),
    available: integer('available').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.facetA, table.valueA, table.facetB, table.valueB] })],
);

/** The curated expertise list mentors pick tags from; admins extend it. */
export const expertiseTags = pgTable(
  'expertise_tags',
  {
    name: text('name').primaryKey(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('expertise_tags_name_unique').on(sql`lower(${table.name})`)],
);

export const requestStatusEnum = pgEnum('mentoring_request_status', ['pending', 'accepted', 'declined', 'withdrawn', 'expired']);
export const declineReasonEnum = pgEnum('mentoring_decline_reason', ['no_capacity', 'expertise_mismatch', 'not_available_now', 'other']);
export const endReasonEnum = pgEnum('mentorship_end_reason', ['goals_reached', 'no_time', 'not_a_good_fit', 'other']);

/**
 * A mentoring request (docs/product.md, rules 13–15 and 22): pending until the mentor answers,
 * the mentee retracts it or it expires. Each leaving state has its own moment, so statistics (time
 * to answer) read them directly.
 */
export const mentoringRequests = pgTable(
  'mentoring_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null once the member deleted their account: the row stays for the statistics (ADR 0025). */
    menteeId: text('mentee_id').references(() => users.id, { onDelete: 'set null' }),
    mentorId: text('mentor_id').references(() => users.id, { onDelete: 'set null' }),
    status: requestStatusEnum('status').notNull().default('pending'),
    /** Null once the mentee deleted their account (their words go with them, ADR 0025). */
    motivation: text('motivation'),
    goals: text('goals'),
    /** The mentor's answer text, with either accept or decline. */
    response: text('response'),
    declineReason: declineReasonEnum('decline_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Accepted or declined. */
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    expiredAt: timestamp('expired_at', { withTimezone: true }),
    /** When the mentor was reminded; set once, so several job runners remind once. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
  },
  (table) => [
    // One pending request per pair: two sends that race are caught here too.
    uniqueIndex('mentoring_requests_one_pending_per_pair')
      .on(table.menteeId, table.mentorId)
      .where(sql`${table.status} = 'pending'`),
    index('mentoring_requests_mentor_idx').on(table.mentorId, table.createdAt.desc()),
    index('mentoring_requests_mentee_idx').on(table.menteeId, table.createdAt.desc()),
    // The expiry job's scan.
    index('mentoring_requests_pending_created_idx').on(table.createdAt).where(sql`${table.status} = 'pending'`),
    check('mentoring_requests_motivation_length', sql`${table.motivation} is null or char_length(${table.motivation}) between 1 and 2000`),
    // Deleting a member first withdraws their pending requests: a pending one always has both sides.
    check('mentoring_requests_pending_has_both', sql`${table.status} <> 'pending' or (${table.menteeId} is not null and ${table.mentorId} is not null)`),
  ],
);

/**
 * A mentorship started by an accepted request (docs/product.md, rule 14); ended by either side
 * (docs/product.md, rule 16). Rows stay after the end: they are the Mentor History.
 */
export const mentorships = pgTable(
  'mentorships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id').references(() => mentoringRequests.id, { onDelete: 'set null' }),
    /** Null once the member deleted their account: the row stays for the statistics (ADR 0025). */
    mentorId: text('mentor_id').references(() => users.id, { onDelete: 'set null' }),
    menteeId: text('mentee_id').references(() => users.id, { onDelete: 'set null' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: text('ended_by').references(() => users.id, { onDelete: 'set null' }),
    endReason: endReasonEnum('end_reason'),
    /** Short feedback from whoever ended it, for the alumni office; not shown to the other side. */
    feedback: text('feedback'),
  },
  (table) => [
    // One active mentorship per pair, whatever races.
    uniqueIndex('mentorships_one_active_per_pair')
      .on(table.mentorId, table.menteeId)
      .where(sql`${table.endedAt} is null`),
    index('mentorships_mentor_idx').on(table.mentorId, table.startedAt.desc()),
    index('mentorships_mentee_idx').on(table.menteeId, table.startedAt.desc()),
    // Deleting a member first ends their mentorships: an active one always has both sides.
    check('mentorships_active_has_both', sql`${table.endedAt} is not null or (${table.mentorId} is not null and ${table.menteeId} is not null)`),
  ],
);
