import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

/**
 * The alumni office's invitations (ADR 0028): one row per address invited from an uploaded list.
 * The link's token is kept only as its SHA-256 hash, and works while the row is `pending` and not
 * past `expires_at`. One pending invitation per address (case-insensitive); an address invited
 * again has its older one `replaced`.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The upload it came from. */
    batchId: uuid('batch_id').notNull(),
    email: text('email').notNull(),
    firstName: text('first_name').notNull(),
    familyName: text('family_name').notNull(),
    language: text('language', { enum: ['en', 'nl'] }).notNull(),
    status: text('status', { enum: ['pending', 'accepted', 'revoked', 'replaced'] })
      .notNull()
      .default('pending'),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** When the current link was mailed (a resend sets it again). */
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    resentCount: integer('resent_count').notNull().default(0),
    /** The admin who sent it; null once that admin's account is gone. */
    invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
    /** The member who registered with it: the row (their name and address) goes with their account. */
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('invitations_token_hash_unique').on(table.tokenHash),
    uniqueIndex('invitations_one_pending').on(sql`lower(${table.email})`).where(sql`${table.status} = 'pending'`),
    index('invitations_created_idx').on(table.createdAt.desc(), table.id),
    index('invitations_user_idx').on(table.userId),
    check('invitations_names_length', sql`char_length(${table.firstName}) <= 100 and char_length(${table.familyName}) <= 100`),
    check('invitations_email_length', sql`char_length(${table.email}) <= 254`),
  ],
);
