import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { blocks, reports, users } from '../../db/schema';

/** The owning repo of `blocks` (ADR 0020). */

/** Blocking twice changes nothing (the first block's time stays). */
export async function insertBlock(db: Db, blockerId: string, blockedId: string, now: Date): Promise<void> {
  await db.insert(blocks).values({ blockerId, blockedId, createdAt: now }).onConflictDoNothing();
}

export async function deleteBlock(db: Db, blockerId: string, blockedId: string): Promise<void> {
  await db.delete(blocks).where(and(eq(blocks.blockerId, blockerId), eq(blocks.blockedId, blockedId)));
}

export async function hasBlocked(db: Db, blockerId: string, blockedId: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(blocks)
    .where(and(eq(blocks.blockerId, blockerId), eq(blocks.blockedId, blockedId)));
  return row !== undefined;
}

/** The members `blockerId` blocked, newest first, with what Settings shows of them. */
export async function listBlocksOf(db: Db, blockerId: string) {
  return db
    .select({ username: users.username, name: users.name, image: users.image, blockedAt: blocks.createdAt })
    .from(blocks)
    .innerJoin(users, eq(users.id, blocks.blockedId))
    .where(eq(blocks.blockerId, blockerId))
    .orderBy(desc(blocks.createdAt));
}

/** The reports the member made, without who was reported beyond what they saw (their data export). */
export async function listReportsByReporter(db: Db, reporterId: string) {
  return db
    .select({
      id: reports.id,
      messageId: reports.messageId,
      requestId: reports.requestId,
      reason: reports.reason,
      details: reports.details,
      status: reports.status,
      createdAt: reports.createdAt,
      resolvedAt: reports.resolvedAt,
    })
    .from(reports)
    .where(eq(reports.reporterId, reporterId))
    .orderBy(reports.createdAt);
}
