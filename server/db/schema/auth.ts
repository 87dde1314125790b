import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('member_role', ['student', 'alumnus', 'staff']);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

/** A member's account. The first columns are better-auth's; the rest are ours. */
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    emailVerified: boolean('email_verified').notNull().default(false),
    image: text('image'),
    /** Lower-cased by better-auth's username plugin, so the unique index is case-insensitive. */
    username: text('username'),
    displayUsername: text('display_username'),
    role: roleEnum('role'),
    isAdmin: boolean('is_admin').notNull().default(false),
    firstName: text('first_name'),
    familyName: text('family_name'),
    dateOfBirth: date('date_of_birth'),
    studyProgramme: text('study_programme'),
    startYear: integer('start_year'),
    graduationYear: integer('graduation_year'),
    language: text('language').notNull().default('en'),
    showEmail: boolean('show_email').notNull().default(false),
    emailNotifications: boolean('email_notifications').notNull().default(true),
    suspendedAt: timestamp('suspended_at', { withTimezone: true }),
    // The personal profile.
    headline: text('headline'),
    bio: text('bio'),
    jobTitle: text('job_title'),
    employer: text('employer'),
    city: text('city'),
    /** ISO 3166-1 alpha-2 code (contract/places.ts); names are the web app's, in the reader's language. */
    country: text('country'),
    /** ISO 639-1 codes, in the member's order. */
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    /**
     * What a member had written as country or languages before those became codes, where it matched
     * no code (migration 0018, ADR 0026). Only the member sees it, on their profile forms, until they
     * choose from the lists; saving the field clears it. Never searched, never shown to others.
     */
    unmatchedCountry: text('unmatched_country'),
    unmatchedLanguages: text('unmatched_languages').array().notNull().default(sql`'{}'::text[]`),
    linkedinUrl: text('linkedin_url'),
    /** What the member would like help with (the mentee side): suggested mentors match it. */
    interests: text('interests').array().notNull().default(sql`'{}'::text[]`),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('users_email_unique').on(sql`lower(${table.email})`),
    uniqueIndex('users_username_unique').on(table.username),
    // Spellings of a city that differ only in case, accents or spaces (migration 0018): a new one snaps to the common one.
    index('users_city_fold_idx').on(sql`mn_fold(${table.city})`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    ...timestamps,
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    ...timestamps,
  },
  (table) => [
    index('accounts_user_idx').on(table.userId),
    uniqueIndex('accounts_provider_account_unique').on(table.providerId, table.accountId),
  ],
);

export const verifications = pgTable(
  'verifications',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (table) => [index('verifications_identifier_idx').on(table.identifier)],
);

/** better-auth's rate-limit counters, kept in the database so every instance shares them. */
export const rateLimits = pgTable('rate_limits', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  count: integer('count').notNull(),
  /** Epoch milliseconds, as better-auth writes them. */
  lastRequest: bigint('last_request', { mode: 'number' }).notNull(),
});

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * Profile photos, resized on upload. Kept in the database so that every instance serves them
 * and a database backup is the whole backup.
 */
export const memberPhotos = pgTable('member_photos', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  contentType: text('content_type').notNull(),
  bytes: bytea('bytes').notNull(),
  etag: text('etag').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
