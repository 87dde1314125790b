import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import { messages } from '../../db/schema';

/** The owning repo of `messages` (ADR 0020). */

export type MessageRow = typeof messages.$inferSelect;
export type NewMessage = typeof messages.$inferInsert;

export async function insertMessage(db: Db, values: NewMessage): Promise<MessageRow> {
  const [row] = await db.insert(messages).values(values).returning();
  return row!;
}

export async function findMessage(db: Db, id: string): Promise<MessageRow | undefined> {
  const [row] = await db.select().from(messages).where(eq(messages.id, id));
  return row;
}

/** A message of a thread as the thread query answers it, with what the viewer did with it. */
export interface ThreadMessageRow {
  id: string;
  conversation_id: string;
  sender_id: string | null;
  body: string | null;
  request_id: string | null;
  /** The request's mentee: a request's message from them is its motivation, from the mentor its response. */
  request_mentee_id: string | null;
  created_at: string | Date;
  removed_at: string | Date | null;
  /** The viewer reported it. */
  reported: boolean;
}

/**
 * A page of a conversation's messages: the newest `limit` before `before` (a message id of the
 * conversation, compared on its stored time), answered oldest first. Reads `reports` (whether the
 * viewer reported each) and `mentoring_requests` (whose motivation or response it is) inside this
 * query about the inbox's own rows (ADR 0020).
 */
export async function listThread(
  db: Db,
  conversationId: string,
  viewerId: string,
  { before, limit }: { before?: string; limit: number },
): Promise<ThreadMessageRow[]> {
  const older = before
    ? sql`and (m.created_at, m.id) < (select b.created_at, b.id from messages b where b.id = ${before}::uuid and b.conversation_id = ${conversationId}::uuid)`
    : sql``;
  const rows = await queryRows<ThreadMessageRow>(
    db,
    sql`select m.id, m.conversation_id, m.sender_id, m.body, m.request_id, r.mentee_id as request_mentee_id,
               m.created_at, m.removed_at,
               exists (select 1 from reports x where x.message_id = m.id and x.reporter_id = ${viewerId}) as reported
        from messages m
        left join mentoring_requests r on r.id = m.request_id
        where m.conversation_id = ${conversationId}::uuid ${older}
        order by m.created_at desc, m.id desc
        limit ${limit}`,
  );
  return rows.reverse();
}

/**
 * Takes a message's text away for good (moderation): body null, when and by whom. Answers the
 * message as it is now, or undefined when there is no such message.
 */
export async function updateMessageRemoved(db: Db, id: string, removedBy: string, now: Date): Promise<MessageRow | undefined> {
  const [row] = await db.update(messages).set({ body: null, removedAt: now, removedBy }).where(eq(messages.id, id)).returning();
  return row;
}

/** Whether the message is still there and not removed (the mail's quote is checked against it). */
export async function isMessageShown(db: Db, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.id, id), isNull(messages.removedAt)));
  return row !== undefined;
}

/** A message in its conversation with `around` messages before and after it, oldest first, with each sender's name. */
export async function listAround(
  db: Db,
  messageId: string,
  around: number,
): Promise<Array<ThreadMessageRow & { sender_name: string | null; sender_username: string | null }>> {
  return queryRows(
    db,
    sql`with target as (select id, conversation_id, created_at from messages where id = ${messageId}::uuid),
             picked as (
               (select m.* from messages m, target t
                 where m.conversation_id = t.conversation_id and (m.created_at, m.id) < (t.created_at, t.id)
                 order by m.created_at desc, m.id desc limit ${around})
               union all
               (select m.* from messages m, target t where m.id = t.id)
               union all
               (select m.* from messages m, target t
                 where m.conversation_id = t.conversation_id and (m.created_at, m.id) > (t.created_at, t.id)
                 order by m.created_at, m.id limit ${around}))
        select p.id, p.conversation_id, p.sender_id, p.body, p.request_id, r.mentee_id as request_mentee_id,
               p.created_at, p.removed_at, false as reported, u.name as sender_name, u.username as sender_username
        from picked p
        left join users u on u.id = p.sender_id
        left join mentoring_requests r on r.id = p.request_id
        order by p.created_at, p.id`,
  );
}
