import { sql } from 'drizzle-orm';
import { bigserial, check, index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { mentoringRequests } from './mentoring';

/**
 * A conversation between two members (the Inbox). `pairKey` is the two member ids in sorted order
 * joined by a colon: one conversation per pair, whoever starts it and whatever races. A member's
 * place in it, read state included, is a `conversation_members` row.
 */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pairKey: text('pair_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The newest message's time: the Inbox lists conversations newest first by it. */
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('conversations_pair_key_unique').on(table.pairKey)],
);

/** A member in a conversation, with what they have read and when they were last emailed about it. */
export const conversationMembers = pgTable(
  'conversation_members',
  {
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Messages from the other member up to this moment are read. */
    lastReadAt: timestamp('last_read_at', { withTimezone: true }),
    /** The last email about new messages here: at most one per quiet period. */
    lastEmailedAt: timestamp('last_emailed_at', { withTimezone: true }),
    /** Copied from the conversation so one index serves "my conversations, newest first". */
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.conversationId, table.userId] }),
    index('conversation_members_user_idx').on(table.userId, table.lastMessageAt.desc()),
  ],
);

/**
 * A message. Plain text; `body` is null once the alumni office removed it (`removedAt`), so the
 * text is gone from every answer and export. `requestId` marks the motivation and the response
 * that open a conversation when a request is accepted. `senderId` is null for a deleted member.
 */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    senderId: text('sender_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body'),
    requestId: uuid('request_id').references(() => mentoringRequests.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedBy: text('removed_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    // A thread's page and a conversation's newest message, read in order from the index (ties on id).
    // Nulls first, as a plain `desc` in the queries orders (with nulls last the planner sorts instead).
    index('messages_conversation_idx').on(table.conversationId, table.createdAt.desc().nullsFirst(), table.id.desc().nullsFirst()),
    // Unread counts from the index alone (no heap visit per message): shown messages only, with their sender.
    index('messages_unread_idx').on(table.conversationId, table.createdAt, table.senderId).where(sql`${table.removedAt} is null`),
    index('messages_sender_idx').on(table.senderId),
    check('messages_body_length', sql`${table.body} is null or char_length(${table.body}) between 1 and 5000`),
    check('messages_removed_has_no_body', sql`${table.removedAt} is null or ${table.body} is null`),
  ],
);

export const reportReasonEnum = pgEnum('report_reason', ['spam', 'harassment', 'inappropriate', 'other']);
export const reportStatusEnum = pgEnum('report_status', ['open', 'removed', 'suspended', 'dismissed']);

/**
 * A member's report of a message or of a request's motivation to the alumni office. `subjectId`
 * is who wrote it (their earlier reports are shown beside a new one). One report per reporter and
 * message or request. `status` is the outcome the reporter is told.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reporterId: text('reporter_id').references(() => users.id, { onDelete: 'set null' }),
    subjectId: text('subject_id').references(() => users.id, { onDelete: 'set null' }),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id').references(() => mentoringRequests.id, { onDelete: 'cascade' }),
    reason: reportReasonEnum('reason').notNull(),
    details: text('details'),
    status: reportStatusEnum('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: text('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    /** The alumni office's note on its decision (for the office; the reporter is told only the outcome). */
    resolutionNote: text('resolution_note'),
  },
  (table) => [
    uniqueIndex('reports_message_once').on(table.reporterId, table.messageId).where(sql`${table.messageId} is not null`),
    uniqueIndex('reports_request_once').on(table.reporterId, table.requestId).where(sql`${table.requestId} is not null`),
    index('reports_queue_idx').on(table.createdAt.desc()).where(sql`${table.status} = 'open'`),
    index('reports_subject_idx').on(table.subjectId, table.createdAt.desc()),
    check('reports_one_target', sql`num_nonnulls(${table.messageId}, ${table.requestId}) <= 1`),
    check('reports_details_length', sql`${table.details} is null or char_length(${table.details}) <= 2000`),
    check('reports_resolution_note_length', sql`${table.resolutionNote} is null or char_length(${table.resolutionNote}) <= 2000`),
  ],
);

/** A member who blocked another: the blocked one can no longer write to them or send them a request. */
export const blocks = pgTable(
  'blocks',
  {
    blockerId: text('blocker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    blockedId: text('blocked_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.blockerId, table.blockedId] }), index('blocks_blocked_idx').on(table.blockedId)],
);

/**
 * Every action of the alumni office (moderation, the console): who, what, on what, and the details
 * (before and after). Rows are only ever added; the actor is null once that admin was deleted.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('audit_log_created_idx').on(table.createdAt.desc()),
    index('audit_log_target_idx').on(table.targetType, table.targetId),
  ],
);
