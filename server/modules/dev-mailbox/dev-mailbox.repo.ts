import { desc } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { mailLog } from '../../db/schema';

export async function listRecentMails(db: Db, limit: number) {
  return db.select().from(mailLog).orderBy(desc(mailLog.createdAt), desc(mailLog.id)).limit(limit);
}
