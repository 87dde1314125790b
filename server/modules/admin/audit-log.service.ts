import { ADMIN_PAGE_SIZE, type AuditEntry, type AuditLog, type AuditLogQuery } from '../../../contract/admin';
import type { UserRow } from '../accounts/accounts.service';
import { type AuditFilter, type AuditRowWithPeople, readAuditLog } from '../audit/audit.service';
import { assertMayUseConsole } from './admin.policy';
import type { AdminDeps } from './admin.service';

/** At most this many entries go into one CSV download. */
export const AUDIT_CSV_MAX_ROWS = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The query's filters as the audit module reads them: `to` is inclusive, a whole day (UTC). */
function filterOf(query: Omit<AuditLogQuery, 'page'>): Omit<AuditFilter, 'limit' | 'offset'> {
  return {
    action: query.action || undefined,
    actorUsername: query.actor || undefined,
    from: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
    before: query.to ? new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS) : undefined,
  };
}

function toEntry({ entry, actor, target }: AuditRowWithPeople): AuditEntry {
  return {
    id: entry.id,
    action: entry.action,
    actor,
    targetType: entry.targetType,
    targetId: entry.targetId,
    target,
    details: entry.details,
    createdAt: entry.createdAt.toISOString(),
  };
}

/** The console's audit log page: every admin action, newest first, filtered. */
export async function getAuditLog(deps: AdminDeps, actor: UserRow, query: AuditLogQuery): Promise<AuditLog> {
  assertMayUseConsole(actor);
  const { rows, total } = await readAuditLog(deps.db, { ...filterOf(query), limit: ADMIN_PAGE_SIZE, offset: (query.page - 1) * ADMIN_PAGE_SIZE });
  return { items: rows.map(toEntry), total, page: query.page, pageSize: ADMIN_PAGE_SIZE };
}

const CSV_COLUMNS = ['time', 'action', 'actor_username', 'actor_name', 'target_type', 'target_id', 'target_username', 'target_name', 'details'] as const;

/**
 * One CSV field: quoted when it needs to be, and a value a spreadsheet would run as a formula
 * (starting with = + - @ or a tab) is written as text.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The audit log as CSV (UTF-8, CRLF lines, a header row), with the page's filters; at most AUDIT_CSV_MAX_ROWS entries. */
export async function exportAuditLogCsv(deps: AdminDeps, actor: UserRow, query: Omit<AuditLogQuery, 'page'>): Promise<string> {
  assertMayUseConsole(actor);
  const { rows } = await readAuditLog(deps.db, { ...filterOf(query), limit: AUDIT_CSV_MAX_ROWS, offset: 0 });
  const lines = rows.map(toEntry).map((entry) =>
    [
      entry.createdAt,
      entry.action,
      entry.actor?.username ?? '',
      entry.actor?.name ?? '',
      entry.targetType,
      entry.targetId,
      entry.target?.username ?? '',
      entry.target?.name ?? '',
      JSON.stringify(entry.details),
    ]
      .map(csvField)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
