import { and, eq, ne, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import { conversationMembers, conversations } from '../../db/schema';

/** The owning repo of `conversations` and `conversation_members` (ADR 0020). */

export type ConversationRow = typeof conversations.$inferSelect;
export type ConversationMemberRow = typeof conversationMembers.$inferSelect;

/** One conversation per pair: the two member ids in sorted order, joined by a colon. */
export const pairKeyOf = (a: string, b: string): string => [a, b].sort().join(':');

/** Reads a timestamp from raw SQL or JSON, whichever form the driver gave it in. */
export const toDate = (value: string | Date): Date => (value instanceof Date ? value : new Date(value));
export const toDateOrNull = (value: string | Date | null | undefined): Date | null => (value == null ? null : toDate(value));

/**
 * The pair's conversation, made if it does not exist yet, with both members' rows; one statement.
 * Safe when both members start it at the same moment: the unique pair key lets one insert through,
 * and the other waits for it to commit and then takes the winner's row (`do update` hands back the
 * committed row, which `do nothing` would not, as this statement's snapshot predates it).
 */
export async function findOrInsertConversation(db: Db, memberIds: readonly [string, string], now: Date): Promise<{ id: string }> {
  const pairKey = pairKeyOf(...memberIds);
  const at = now.toISOString();
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`with conversation as (
          insert into ${conversations} (pair_key, created_at, last_message_at) values (${pairKey}, ${at}::timestamptz, ${at}::timestamptz)
          on conflict (pair_key) do update set pair_key = excluded.pair_key
          returning id),
        members as (
          insert into ${conversationMembers} (conversation_id, user_id, last_message_at)
          select conversation.id, member.id, ${at}::timestamptz from conversation, unnest(array[${memberIds[0]}, ${memberIds[1]}]::text[]) as member(id)
          on conflict do nothing)
        select id from conversation`,
  );
  return row!;
}

/** A conversation with the two members' rows (one row only once the other member was deleted). */
export async function findConversationWithMembers(
  db: Db,
  id: string,
): Promise<{ conversation: ConversationRow; members: ConversationMemberRow[] } | undefined> {
  const rows = await db
    .select({ conversation: conversations, member: conversationMembers })
    .from(conversations)
    .leftJoin(conversationMembers, eq(conversationMembers.conversationId, conversations.id))
    .where(eq(conversations.id, id));
  if (rows.length === 0) return undefined;
  return { conversation: rows[0]!.conversation, members: rows.flatMap((row) => (row.member ? [row.member] : [])) };
}

/**
 * A new message's time on the conversation and on both members' rows (the Inbox order). Takes the
 * members' row locks until the transaction ends, so messages racing in one conversation decide
 * about email one after the other. Answers the members' rows as they are now.
 */
export async function touchConversation(db: Db, conversationId: string, at: Date): Promise<ConversationMemberRow[]> {
  const rows = await queryRows<{ conversation_id: string; user_id: string; last_read_at: string | Date | null; last_emailed_at: string | Date | null; last_message_at: string | Date }>(
    db,
    sql`with conversation as (update ${conversations} set last_message_at = ${at.toISOString()}::timestamptz where id = ${conversationId})
        update ${conversationMembers} set last_message_at = ${at.toISOString()}::timestamptz where conversation_id = ${conversationId}
        returning conversation_id, user_id, last_read_at, last_emailed_at, last_message_at`,
  );
  return rows.map((row) => ({
    conversationId: row.conversation_id,
    userId: row.user_id,
    lastReadAt: toDateOrNull(row.last_read_at),
    lastEmailedAt: toDateOrNull(row.last_emailed_at),
    lastMessageAt: toDate(row.last_message_at),
  }));
}

export async function setLastRead(db: Db, conversationId: string, userId: string, at: Date): Promise<void> {
  await db
    .update(conversationMembers)
    .set({ lastReadAt: at })
    .where(and(eq(conversationMembers.conversationId, conversationId), eq(conversationMembers.userId, userId)));
}

export async function setLastEmailed(db: Db, conversationId: string, userId: string, at: Date): Promise<void> {
  await db
    .update(conversationMembers)
    .set({ lastEmailedAt: at })
    .where(and(eq(conversationMembers.conversationId, conversationId), eq(conversationMembers.userId, userId)));
}

/** A row of the Inbox as the list query answers it (raw SQL: timestamps as the driver gives them). */
export interface ConversationListRow {
  conversation_id: string;
  last_message_at: string | Date;
  other_id: string | null;
  other_username: string | null;
  other_name: string | null;
  other_image: string | null;
  other_is_admin: boolean | null;
  other_suspended_at: string | Date | null;
  blocked_by_other: boolean;
  last_message: { id: string; body: string | null; sender_id: string | null; removed_at: string | null; created_at: string } | null;
  unread: number;
}

/**
 * The member's conversations, newest first, each with the other member, the newest message and the
 * unread count, as a statement to run or to nest. `cursor` is the last conversation id of the
 * previous page (compared on its stored time, microseconds kept). With `ids`, only those
 * conversations (one conversation's summary after a change). The newest message and the unread
 * count are worked out for the rows of the page only, each from an index of `messages`.
 */
function conversationsStatement(userId: string, { cursor, limit, ids }: { cursor?: string; limit: number; ids?: string[] }) {
  const after = cursor
    ? sql`and (me.last_message_at, me.conversation_id) < (
        select c.last_message_at, c.conversation_id from conversation_members c where c.conversation_id = ${cursor}::uuid and c.user_id = ${userId})`
    : sql``;
  const only = ids ? sql`and me.conversation_id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  return sql`select me.conversation_id, me.last_message_at,
               other.user_id as other_id, u.username as other_username, u.name as other_name, u.image as other_image,
               u.is_admin as other_is_admin, u.suspended_at as other_suspended_at,
               exists (select 1 from blocks b where b.blocker_id = other.user_id and b.blocked_id = ${userId}) as blocked_by_other,
               (select json_build_object('id', m.id, 'body', m.body, 'sender_id', m.sender_id, 'removed_at', m.removed_at, 'created_at', m.created_at)
                  from messages m where m.conversation_id = me.conversation_id
                  order by m.created_at desc, m.id desc limit 1) as last_message,
               (select count(*)::int from messages m
                  where m.conversation_id = me.conversation_id and m.sender_id is distinct from ${userId}
                    and m.removed_at is null and m.created_at > coalesce(me.last_read_at, '-infinity')) as unread
        from conversation_members me
        left join conversation_members other on other.conversation_id = me.conversation_id and other.user_id <> me.user_id
        left join users u on u.id = other.user_id
        where me.user_id = ${userId} ${after} ${only}
        order by me.last_message_at desc, me.conversation_id desc
        limit ${limit}`;
}

/** Some of the member's conversations (`ids`), as the Inbox lists them. */
export async function listConversationsOf(db: Db, userId: string, ids: string[]): Promise<ConversationListRow[]> {
  return queryRows<ConversationListRow>(db, conversationsStatement(userId, { ids, limit: ids.length }));
}

/**
 * A page of the Inbox and the unread messages over all the member's conversations (its badge), in
 * one statement: the total is counted once and the page joined to it, so an empty page still has it.
 */
export async function listConversationPage(
  db: Db,
  userId: string,
  page: { cursor?: string; limit: number },
): Promise<{ rows: ConversationListRow[]; unreadTotal: number }> {
  const rows = await queryRows<{ unread_total: number } & (ConversationListRow | { [K in keyof ConversationListRow]: null })>(
    db,
    sql`select total.unread_total, page.*
        from (select count(*)::int as unread_total
              from conversation_members me
              join messages m on m.conversation_id = me.conversation_id
              where me.user_id = ${userId} and m.sender_id is distinct from ${userId}
                and m.removed_at is null and m.created_at > coalesce(me.last_read_at, '-infinity')) total
        left join lateral (${conversationsStatement(userId, page)}) page on true
        order by page.last_message_at desc, page.conversation_id desc`,
  );
  return {
    rows: rows.filter((row): row is { unread_total: number } & ConversationListRow => row.conversation_id !== null),
    unreadTotal: rows[0]?.unread_total ?? 0,
  };
}

/**
 * What the rules of writing to `otherId` read (inbox.policy.ts), in one statement: whether they are
 * a listed mentor, whether the two have or had a request or mentorship (either way round), whether
 * the other blocked the sender, and the pair's conversation if any. It reads mentor_profiles,
 * mentoring_requests and mentorships inside a query about the inbox's own rows (ADR 0020).
 */
export async function writingFacts(
  db: Db,
  senderId: string,
  otherId: string,
): Promise<{ isListedMentor: boolean; hasHistory: boolean; blockedByOther: boolean; conversationId: string | null }> {
  const [row] = await queryRows<{ is_listed_mentor: boolean; has_history: boolean; blocked_by_other: boolean; conversation_id: string | null }>(
    db,
    sql`select exists (select 1 from mentor_profiles p where p.user_id = ${otherId} and p.is_listed) as is_listed_mentor,
               (exists (select 1 from mentoring_requests r
                         where (r.mentee_id = ${senderId} and r.mentor_id = ${otherId}) or (r.mentee_id = ${otherId} and r.mentor_id = ${senderId}))
                or exists (select 1 from mentorships s
                         where (s.mentee_id = ${senderId} and s.mentor_id = ${otherId}) or (s.mentee_id = ${otherId} and s.mentor_id = ${senderId})))
                 as has_history,
               exists (select 1 from blocks b where b.blocker_id = ${otherId} and b.blocked_id = ${senderId}) as blocked_by_other,
               (select c.id from conversations c where c.pair_key = ${pairKeyOf(senderId, otherId)}) as conversation_id`,
  );
  return {
    isListedMentor: row!.is_listed_mentor,
    hasHistory: row!.has_history,
    blockedByOther: row!.blocked_by_other,
    conversationId: row!.conversation_id,
  };
}

export async function memberIdsOf(db: Db, conversationId: string, except?: string): Promise<string[]> {
  const rows = await db
    .select({ userId: conversationMembers.userId })
    .from(conversationMembers)
    .where(and(eq(conversationMembers.conversationId, conversationId), except ? ne(conversationMembers.userId, except) : undefined));
  return rows.map((row) => row.userId);
}

/**
 * A member is leaving (ADR 0025): a conversation nobody else is left in goes, with its messages;
 * the others stay for the other member, their pair key no longer naming the leaving member (it
 * becomes `closed:<id>`, which no pair of members can ever produce).
 */
export async function releaseConversationsOf(tx: Db, memberId: string): Promise<void> {
  const mine = sql`select conversation_id from ${conversationMembers} where user_id = ${memberId}`;
  await tx.execute(sql`delete from ${conversations} c
    where c.id in (${mine})
      and not exists (select 1 from ${conversationMembers} o where o.conversation_id = c.id and o.user_id <> ${memberId})`);
  await tx.execute(sql`update ${conversations} set pair_key = 'closed:' || id::text where id in (${mine})`);
}

/** Every message in the member's conversations, with the other member's name where they still have an account (their data export). */
export async function listMessagesForExport(db: Db, memberId: string) {
  return queryRows<{
    conversation_id: string;
    partner_name: string | null;
    partner_username: string | null;
    id: string;
    from_me: boolean;
    body: string | null;
    removed_at: string | Date | null;
    created_at: string | Date;
  }>(
    db,
    sql`select m.conversation_id, p.name as partner_name, p.username as partner_username,
               m.id, m.sender_id is not distinct from ${memberId} as from_me, m.body, m.removed_at, m.created_at
        from conversation_members me
        join messages m on m.conversation_id = me.conversation_id
        left join conversation_members other on other.conversation_id = me.conversation_id and other.user_id <> me.user_id
        left join users p on p.id = other.user_id
        where me.user_id = ${memberId}
        order by m.conversation_id, m.created_at, m.id`,
  );
}
