import {
  MODERATION_LIMITS,
  type ModerationReport,
  type ReportQueue,
  type ReportQueueQuery,
  type ResolveReport,
  type ResolvedReports,
} from '../../../contract/moderation';
import type { ReportOutcome } from '../../../contract/notifications';
import type { Db } from '../../db/client';
import { errors } from '../../lib/errors';
import type { Actor } from '../../lib/policy';
import { findActiveAdminIds, findMemberNames } from '../accounts/accounts.service';
import { recordAdminAction } from '../audit/audit.service';
import { findMessageForModeration, removeMessage } from '../inbox/inbox.service';
import { findRequestById } from '../mentoring/requests.service';
import { notify } from '../notifications/notifications.service';
import { assertMayModerate, assertMayResolve, permissionsFor } from './moderation.policy';
import { toModerationReport } from './moderation.views';
import { type QueueRow, countQueue, findReport, listQueue, listReportsAboutSubjects, lockOpenReportsLike, updateReportsResolved } from './reports.repo';
import { suspendMemberIn } from './suspension.service';

export { reportMessage, reportRequest } from './reports.service';
export { suspendMember, unsuspendMember, type SuspensionDeps, type SuspensionResult } from './suspension.service';

/** The alumni office's moderation queue: what was reported, in context, and the decision on it (issue 15). */

export interface ModerationDeps {
  db: Db;
  now?: () => Date;
}

export const QUEUE_PAGE_SIZE = 20;

type Admin = Pick<Actor, 'id' | 'isAdmin'>;

const OUTCOME: Record<ResolveReport['action'], ReportOutcome> = { remove: 'removed', suspend: 'suspended', dismiss: 'dismissed' };

/** The queue's items for these rows: each message in its context, each request's motivation, the member's other reports, the flags. */
async function toItems(db: Db, actor: Admin, rows: QueueRow[]): Promise<ModerationReport[]> {
  const subjectIds = [...new Set(rows.flatMap((row) => (row.subject_id ? [row.subject_id] : [])))];
  const [subjectReports, activeAdminIds] = [
    await listReportsAboutSubjects(db, subjectIds, MODERATION_LIMITS.earlierReports + 1),
    await findActiveAdminIds(db),
  ];
  const items: ModerationReport[] = [];
  for (const row of rows) {
    const message = row.message_id ? await findMessageForModeration(db, row.message_id, { around: MODERATION_LIMITS.around }) : undefined;
    const request = row.request_id ? await findRequestById(db, row.request_id) : undefined;
    const mentorName = request ? ((await findMemberNames(db, [request.mentorId])).get(request.mentorId)?.name ?? null) : null;
    const subject = row.subject_id
      ? { id: row.subject_id, isAdmin: row.subject_is_admin === true, suspendedAt: row.subject_suspended_at === null ? null : new Date(row.subject_suspended_at) }
      : null;
    const can = permissionsFor(
      actor,
      { status: row.status, about: row.message_id ? 'message' : 'request', messageRemoved: message?.message.removed ?? false },
      subject,
      activeAdminIds,
    );
    items.push(toModerationReport(row, { message, request, mentorName, subjectReports: subjectReports.filter((other) => other.subject_id === row.subject_id), can }));
  }
  return items;
}

/** `/admin/reports`: open reports first, then the newest, each with what the office needs to decide. Admins only. */
export async function listReportQueue(deps: ModerationDeps, actor: Admin, query: ReportQueueQuery): Promise<ReportQueue> {
  assertMayModerate(actor);
  const rows = await listQueue(deps.db, { filter: query.status, limit: QUEUE_PAGE_SIZE, offset: (query.page - 1) * QUEUE_PAGE_SIZE });
  const counts = await countQueue(deps.db, query.status);
  return { items: await toItems(deps.db, actor, rows), ...counts, page: query.page, pageSize: QUEUE_PAGE_SIZE };
}

/** One report as the queue shows it now. */
async function queueItem(db: Db, actor: Admin, id: string): Promise<ModerationReport> {
  const rows = await listQueue(db, { filter: 'all', limit: 1, offset: 0, ids: [id] });
  const [item] = await toItems(db, actor, rows);
  if (!item) throw errors.not_found('The report');
  return item;
}

/**
 * The office decides on a report: `remove` takes the message's text away for good, `suspend`
 * suspends the member who wrote it (and with `removeMessage` removes the message too), `dismiss`
 * leaves things as they are. The other open reports of the same message or request are decided
 * with it; each reporter is told the outcome (not the note); every action is in the audit log.
 * Deciding twice is 409 `report_resolved`.
 */
export async function resolveReport(deps: ModerationDeps, actor: Admin, id: string, input: ResolveReport): Promise<ResolvedReports> {
  const now = deps.now?.() ?? new Date();
  const note = input.note?.trim() || null;
  const resolvedIds = await deps.db.transaction(async (tx) => {
    assertMayModerate(actor);
    const found = await findReport(tx, id);
    // The open reports of the same message or request, locked in one statement in one order (two
    // admins deciding on two of them at once take turns, no deadlock); this one is open if among them.
    const group = found ? await lockOpenReportsLike(tx, found) : [];
    const status = group.some((row) => row.id === id) ? 'open' : 'resolved';
    const reported = found?.messageId ? await findMessageForModeration(tx, found.messageId, { around: 0 }) : undefined;
    const about = found?.messageId ? ('message' as const) : ('request' as const);
    const report = found && { ...found, status, about, messageRemoved: reported?.message.removed ?? false };
    assertMayResolve(actor, report, input.action);
    const target = { about, messageId: report.messageId, requestId: report.requestId, subjectId: report.subjectId };

    const remove = input.action === 'remove' || (input.action === 'suspend' && input.removeMessage === true);
    if (remove && report.messageId && reported && !reported.message.removed) {
      await removeMessage(tx, report.messageId, actor.id, now);
      await recordAdminAction(tx, {
        actorId: actor.id,
        action: 'message_removed',
        targetType: 'message',
        targetId: report.messageId,
        details: { reportId: report.id, senderId: report.subjectId, note },
      });
    }
    if (input.action === 'suspend') {
      if (!report.subjectId) throw errors.not_found('The member');
      await suspendMemberIn(tx, actor, report.subjectId, now, { reason: note, details: { reportId: report.id } });
    }

    const outcome = OUTCOME[input.action];
    const resolved = await updateReportsResolved(
      tx,
      group.map((row) => row.id),
      { status: outcome, resolvedAt: now, resolvedBy: actor.id, resolutionNote: note },
    );
    for (const row of resolved) {
      await recordAdminAction(tx, {
        actorId: actor.id,
        action: `report_${outcome}`,
        targetType: 'report',
        targetId: row.id,
        details: { ...target, reason: row.reason, note, decidedWith: report.id },
      });
      if (row.reporterId) await notify(tx, { userId: row.reporterId, type: 'report_outcome', data: { reportId: row.id, outcome, about } });
    }
    return resolved.map((row) => row.id);
  });
  return { report: await queueItem(deps.db, actor, id), resolvedIds };
}
