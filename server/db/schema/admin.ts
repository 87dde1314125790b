import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

/**
 * "I have graduated": a student asks to become an alumnus (docs/product.md, rule 7); an admin
 * approves (the member becomes an alumnus) or rejects it with a reason. One pending request per
 * member at a time (a partial unique index); answered ones stay as the member's history.
 */
export const graduationRequests = pgTable(
  'graduation_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    graduationYear: integer('graduation_year').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] })
      .notNull()
      .default('pending'),
    /** The admin's reason when rejecting (told to the member). */
    reason: text('reason'),
    /** The admin who answered; null once that admin's account is gone. */
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('graduation_requests_one_pending').on(table.userId).where(sql`${table.status} = 'pending'`),
    index('graduation_requests_pending_idx').on(table.createdAt).where(sql`${table.status} = 'pending'`),
    index('graduation_requests_user_idx').on(table.userId, table.createdAt.desc()),
    check('graduation_requests_reason_length', sql`${table.reason} is null or char_length(${table.reason}) <= 1000`),
  ],
);
