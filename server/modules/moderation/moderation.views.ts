import { MODERATION_LIMITS, type ModerationMember, type ModerationMessage, type ModerationReport } from '../../../contract/moderation';
import type { ModerationMessage as InboxMessage } from '../inbox/inbox.service';
import type { RequestRow } from '../mentoring/requests.service';
import type { QueueRow, SubjectReportRow } from './reports.repo';

/** The moderation queue's answers, built from the repo's rows and what the inbox and mentoring tell. */

const iso = (value: string | Date): string => (value instanceof Date ? value : new Date(value)).toISOString();
const isoOrNull = (value: string | Date | null): string | null => (value === null ? null : iso(value));

/** A member the report names; null once they deleted their account. */
export function toMember(
  id: string | null,
  name: string | null,
  username: string | null,
  suspendedAt: string | Date | null,
  isAdmin: boolean | null,
): ModerationMember | null {
  if (id === null || name === null) return null;
  return { id, name, username, suspended: suspendedAt !== null, isAdmin: isAdmin === true };
}

export const reporterOf = (row: QueueRow) =>
  toMember(row.reporter_id, row.reporter_name, row.reporter_username, row.reporter_suspended_at, row.reporter_is_admin);
export const subjectOf = (row: QueueRow) =>
  toMember(row.subject_id, row.subject_name, row.subject_username, row.subject_suspended_at, row.subject_is_admin);

/** A message of the conversation as the queue shows it: a removed one has no text. */
export function toModerationMessage(message: InboxMessage, subjectId: string | null): ModerationMessage {
  return {
    id: message.id,
    kind: message.kind,
    senderName: message.senderName,
    senderUsername: message.senderUsername,
    fromSubject: subjectId !== null && message.senderId === subjectId,
    body: message.removed ? null : message.body,
    removed: message.removed,
    createdAt: message.createdAt.toISOString(),
  };
}

/** What the queue shows about a report besides its own row. */
export interface ReportContext {
  message: { message: InboxMessage; before: InboxMessage[]; after: InboxMessage[] } | undefined;
  request: RequestRow | undefined;
  mentorName: string | null;
  /** The newest reports about the same member (this one may be among them). */
  subjectReports: SubjectReportRow[];
  can: ModerationReport['can'];
}

export function toModerationReport(row: QueueRow, context: ReportContext): ModerationReport {
  // Every report about the member counts this one too.
  const others = context.subjectReports.filter((other) => other.id !== row.id).slice(0, MODERATION_LIMITS.earlierReports);
  const total = Math.max((context.subjectReports[0]?.total ?? 1) - 1, 0);
  const { message, request } = context;
  return {
    id: row.id,
    about: row.message_id !== null ? 'message' : 'request',
    reason: row.reason,
    details: row.details,
    status: row.status,
    createdAt: iso(row.created_at),
    resolvedAt: isoOrNull(row.resolved_at),
    resolvedBy: row.resolved_at !== null && row.resolver_name !== null ? { name: row.resolver_name } : null,
    note: row.resolution_note,
    reporter: reporterOf(row),
    subject: subjectOf(row),
    message: message
      ? {
          conversationId: message.message.conversationId,
          before: message.before.map((item) => toModerationMessage(item, row.subject_id)),
          reported: toModerationMessage(message.message, row.subject_id),
          after: message.after.map((item) => toModerationMessage(item, row.subject_id)),
        }
      : null,
    request: request
      ? {
          id: request.id,
          motivation: request.motivation,
          goals: request.goals,
          status: request.status,
          createdAt: request.createdAt.toISOString(),
          mentorName: context.mentorName,
        }
      : null,
    otherReports: {
      total,
      items: others.map((other) => ({
        id: other.id,
        about: other.message_id !== null ? 'message' : 'request',
        reason: other.reason,
        status: other.status,
        createdAt: iso(other.created_at),
      })),
    },
    can: context.can,
  };
}
