import type { ReportReceiptSchema, ReportSchema } from '../../../contract/inbox';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { uniqueViolation } from '../../lib/db-errors';
import { errors } from '../../lib/errors';
import type { Actor } from '../../lib/policy';
import { findMessageForMember } from '../inbox/inbox.service';
import { findRequestById } from '../mentoring/requests.service';
import { assertMayReportMessage, assertMayReportRequest } from './moderation.policy';
import { type ReportRow, hasReported, insertReport } from './reports.repo';

/** Members reporting to the alumni office: the yellow Report button (issue 15). */

export interface ReportingDeps {
  db: Db;
  now?: () => Date;
}

type Report = z.infer<typeof ReportSchema>;
type ReportReceipt = z.infer<typeof ReportReceiptSchema>;

const toReceipt = (row: ReportRow): ReportReceipt => ({ id: row.id, status: row.status, createdAt: row.createdAt.toISOString() });

/** Two reports racing past the check meet the unique index: the same answer as the check. */
function mapReportedTwice(error: unknown): never {
  const constraint = uniqueViolation(error);
  if (constraint === 'reports_message_once' || constraint === 'reports_request_once') throw errors.already_reported();
  throw error;
}

/**
 * "Report" under a received message: the alumni office finds it in its queue. Only the message's
 * receiver may, once (404 to anyone outside the conversation, 409 for one's own message).
 */
export async function reportMessage(deps: ReportingDeps, actor: Pick<Actor, 'id'>, messageId: string, input: Report): Promise<ReportReceipt> {
  const found = await findMessageForMember(deps.db, actor.id, messageId);
  const message = found && { ...found, reported: await hasReported(deps.db, actor.id, { messageId }) };
  assertMayReportMessage(actor, message);
  const row = await insertReport(deps.db, {
    reporterId: actor.id,
    subjectId: message.senderId,
    messageId: message.id,
    reason: input.reason,
    details: input.details?.trim() || null,
    createdAt: deps.now?.() ?? new Date(),
  }).catch(mapReportedTwice);
  return toReceipt(row);
}

/**
 * Reporting a mentoring request's motivation, by its mentor, once (404 to anyone else, 409 for the
 * mentee's own request).
 */
export async function reportRequest(deps: ReportingDeps, actor: Pick<Actor, 'id'>, requestId: string, input: Report): Promise<ReportReceipt> {
  const found = await findRequestById(deps.db, requestId);
  const request = found && { ...found, reported: await hasReported(deps.db, actor.id, { requestId }) };
  assertMayReportRequest(actor, request);
  const row = await insertReport(deps.db, {
    reporterId: actor.id,
    subjectId: request.menteeId,
    requestId: request.id,
    reason: input.reason,
    details: input.details?.trim() || null,
    createdAt: deps.now?.() ?? new Date(),
  }).catch(mapReportedTwice);
  return toReceipt(row);
}
