import { errors } from '../../lib/errors';
import { type Actor, type Refusal, adminRefusal, allows, enforce } from '../../lib/policy';
import { reportRefusal } from '../inbox/inbox.policy';
import { type ReportableRequest, requestReportRefusal } from '../mentoring/mentoring.policy';

/**
 * Who may report what, and what the alumni office may do with a report or a member (ADR 0019).
 * Members report what was written to them: a message they received, a request's motivation as its
 * mentor. To anyone else the thing does not exist (404). Deciding on reports and suspending are
 * for admins only (403 `forbidden`).
 */

type Viewer = Pick<Actor, 'id'>;

/** A message as reporting reads it; undefined when the actor is not in its conversation (or there is none). */
export interface ReportableMessage {
  senderId: string | null;
  removed: boolean;
  /** The actor reported it already. */
  reported: boolean;
}

/**
 * A message is reported by the member who received it, once, while its text is there: 404 to anyone
 * outside the conversation, then the Inbox's own rule (the `can.report` flag on each message).
 */
export function messageReportRefusal(actor: Viewer, message: ReportableMessage | undefined): Refusal {
  if (!message) return errors.not_found('The message');
  return reportRefusal(actor, message);
}

export function assertMayReportMessage<T extends ReportableMessage>(actor: Viewer, message: T | undefined): asserts message is T {
  enforce(messageReportRefusal(actor, message));
}

/**
 * A request's motivation is reported by its mentor, once: its mentee gets 409 `cannot_report_own`,
 * anyone else 404 (admins included, as for every request). The rule is mentoring's, which shows it
 * as the request's `can.report`; reporting enforces it.
 */
export { type ReportableRequest, requestReportRefusal };

export function assertMayReportRequest<T extends ReportableRequest>(actor: Viewer, request: T | undefined): asserts request is T {
  enforce(requestReportRefusal(actor, request));
}

/** The moderation queue is the alumni office's: admins only. */
export const moderationRefusal = (actor: Pick<Actor, 'isAdmin'>): Refusal => adminRefusal(actor);

export function assertMayModerate(actor: Pick<Actor, 'isAdmin'>): void {
  enforce(moderationRefusal(actor));
}

export type ResolveAction = 'remove' | 'suspend' | 'dismiss';

/** A report as deciding on it reads it. */
export interface ResolvableReport {
  status: string;
  about: 'message' | 'request';
  /** The reported message's text is gone already (removed earlier). */
  messageRemoved: boolean;
}

/**
 * An admin decides on an open report once (409 `report_resolved` after). Removing is for a message
 * (a request's motivation stays with the request; 400 for one).
 */
export function resolveRefusal(actor: Pick<Actor, 'isAdmin'>, report: ResolvableReport | undefined, action: ResolveAction): Refusal {
  const notAdmin = moderationRefusal(actor);
  if (notAdmin) return notAdmin;
  if (!report) return errors.not_found('The report');
  if (report.status !== 'open') return errors.report_resolved();
  if (action === 'remove' && report.about !== 'message') return errors.validation_failed('Only a reported message can be removed.');
  return null;
}

export function assertMayResolve<T extends ResolvableReport>(
  actor: Pick<Actor, 'isAdmin'>,
  report: T | undefined,
  action: ResolveAction,
): asserts report is T {
  enforce(resolveRefusal(actor, report, action));
}

/** The member to suspend, as the rule reads them. */
export interface SuspensionTarget {
  id: string;
  isAdmin: boolean;
  suspendedAt: Date | null;
}

/**
 * An admin suspends a member, never themselves (409 `cannot_suspend_self`), and never the last
 * admin not suspended (409 `last_admin`: the alumni office would have nobody left).
 * `activeAdminIds` are the admins not suspended, read under their row locks.
 */
export function suspendRefusal(actor: Pick<Actor, 'id' | 'isAdmin'>, target: SuspensionTarget | undefined, activeAdminIds: readonly string[]): Refusal {
  const notAdmin = adminRefusal(actor);
  if (notAdmin) return notAdmin;
  if (!target) return errors.not_found('The member');
  if (target.id === actor.id) return errors.cannot_suspend_self();
  if (target.isAdmin && target.suspendedAt === null && !activeAdminIds.some((id) => id !== target.id)) return errors.last_admin();
  return null;
}

export function assertMaySuspend<T extends SuspensionTarget>(
  actor: Pick<Actor, 'id' | 'isAdmin'>,
  target: T | undefined,
  activeAdminIds: readonly string[],
): asserts target is T {
  enforce(suspendRefusal(actor, target, activeAdminIds));
}

/** Lifting a suspension: admins only. */
export function unsuspendRefusal(actor: Pick<Actor, 'isAdmin'>, target: SuspensionTarget | undefined): Refusal {
  return adminRefusal(actor) ?? (target ? null : errors.not_found('The member'));
}

export function assertMayUnsuspend<T extends SuspensionTarget>(actor: Pick<Actor, 'isAdmin'>, target: T | undefined): asserts target is T {
  enforce(unsuspendRefusal(actor, target));
}

/**
 * The `can.*` flags of a report in the queue. `suspend` asks the suspension rule without the admins'
 * locks (the flag hides the button; the service asks again under the locks).
 */
export function permissionsFor(
  actor: Pick<Actor, 'id' | 'isAdmin'>,
  report: ResolvableReport,
  subject: SuspensionTarget | null,
  activeAdminIds: readonly string[],
): { resolve: boolean; remove: boolean; suspend: boolean } {
  const resolve = allows(resolveRefusal(actor, report, 'dismiss'));
  return {
    resolve,
    remove: resolve && !report.messageRemoved && allows(resolveRefusal(actor, report, 'remove')),
    suspend: resolve && subject !== null && subject.suspendedAt === null && allows(suspendRefusal(actor, subject, activeAdminIds)),
  };
}
