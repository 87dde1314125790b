import { and, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notifications } from '../../db/schema';

export type NotificationRow = typeof notifications.$inferSelect;

export async function insertNotification(
  db: Db,
  row: { userId: string; type: string; data: Record<string, unknown> },
): Promise<NotificationRow> {
  const [inserted] = await db.insert(notifications).values(row).returning();
  return inserted!;
}

/**
 * One page of a member's notifications, newest first. The cursor is the id of the last row of
 * the previous page; comparing against that row's own timestamp in SQL keeps PostgreSQL's
 * microseconds, which a timestamp sent through JavaScript would round away.
 */
export async function listNotifications(
  db: Db,
  userId: string,
  { cursor, limit }: { cursor?: string; limit: number },
): Promise<NotificationRow[]> {
  const conditions: SQL[] = [eq(notifications.userId, userId)];
  if (cursor) {
    conditions.push(
      sql`(${notifications.createdAt}, ${notifications.id}) < (
        select c.created_at, c.id from ${notifications} c where c.id = ${cursor} and c.user_id = ${userId}
      )`,
    );
  }
  return db
    .select()
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function countUnreadNotifications(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.value ?? 0;
}

/** Marks the given (or, without ids, all) unread notifications of this member read; others' ids are ignored. */
export async function updateNotificationsRead(
  db: Db,
  userId: string,
  { ids, now }: { ids?: string[]; now: Date },
): Promise<void> {
  if (ids && ids.length === 0) return;
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    );
}

/** Marks this member's unread notifications of these types about one request read. */
export async function updateRequestNotificationsRead(
  db: Db,
  userId: string,
  { requestId, types, now }: { requestId: string; types: readonly string[]; now: Date },
): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        inArray(notifications.type, [...types]),
        sql`${notifications.data}->>'requestId' = ${requestId}`,
      ),
    );
}

/** Whether this member has an unread notification of `type` whose data has `key` = `value`. */
export async function existsUnreadNotificationAbout(
  db: Db,
  userId: string,
  type: string,
  { key, value }: { key: string; value: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        eq(notifications.type, type),
        sql`${notifications.data}->>${key} = ${value}`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Marks this member's unread notifications of `type` whose data has `key` = `value` read. */
export async function updateNotificationsReadAbout(
  db: Db,
  userId: string,
  { type, key, value, now }: { type: string; key: string; value: string; now: Date },
): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        eq(notifications.type, type),
        sql`${notifications.data}->>${key} = ${value}`,
      ),
    );
}

/** Takes the request texts (motivation, goals, response) out of the notifications about these requests. */
export async function updateRequestNotificationsWithoutTexts(db: Db, requestIds: string[]): Promise<void> {
  if (requestIds.length === 0) return;
  await db
    .update(notifications)
    .set({ data: sql`${notifications.data} - 'motivation' - 'goals' - 'response'` })
    .where(inArray(sql`${notifications.data}->>'requestId'`, requestIds));
}

/** A member's own notifications, oldest first (their data export). */
export async function listAllNotifications(db: Db, userId: string): Promise<NotificationRow[]> {
  return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.createdAt, notifications.id);
}
