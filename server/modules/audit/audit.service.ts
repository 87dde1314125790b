import type { AuditAction } from '../../../contract/admin';
import type { Db } from '../../db/client';
import { type AuditFilter, insertAuditEntry, listAuditEntries } from './audit.repo';

/** What an admin did, as the audit log (and the console's audit page) names it. */
export interface AuditEntry {
  /** The admin who acted. */
  actorId: string;
  /** A stable snake_case name, one of the names the console's audit page knows and filters by. */
  action: AuditAction;
  /** What it was done to: `member`, `message`, `report` … and its id. */
  targetType: string;
  targetId: string;
  /** Before and after, a reason, or whatever else makes the entry readable later. No secrets. */
  details?: Record<string, unknown>;
}

/**
 * Writes an admin action to the audit log. Call it with the transaction that made the change, so
 * the entry exists exactly when the change does.
 */
export async function recordAdminAction(tx: Db, entry: AuditEntry): Promise<void> {
  await insertAuditEntry(tx, { ...entry, details: entry.details ?? {} });
}

export type { AuditFilter, AuditRowWithPeople } from './audit.repo';

/** The audit log for the console: a page newest first, and how many entries match. */
export function readAuditLog(db: Db, filter: AuditFilter) {
  return listAuditEntries(db, filter);
}
