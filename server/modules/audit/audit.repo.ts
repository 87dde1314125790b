import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';

export type AuditEntryInput = typeof auditLog.$inferInsert;

export async function insertAuditEntry(tx: Db, entry: AuditEntryInput): Promise<void> {
  await tx.insert(auditLog).values(entry);
}
