import {
  ADMIN_PAGE_SIZE,
  type CreateGraduationRequest,
  type GraduationRequest,
  type GraduationRequestList,
  type GraduationRequestListQuery,
  type MyGraduationRequest,
  type OwnGraduationRequest,
} from '../../../contract/admin';
import type { Db } from '../../db/client';
import { uniqueViolation } from '../../lib/db-errors';
import { errors } from '../../lib/errors';
import { type UserRow, findMember, lockMember, updateMember } from '../accounts/accounts.service';
import { recordAdminAction } from '../audit/audit.service';
import { notify } from '../notifications/notifications.service';
import { assertMayDecideGraduation, assertMayRequestGraduation, assertMayUseConsole, mayRequestGraduation } from './admin.policy';
import type { AdminDeps } from './admin.service';
import { toGraduationRequest, toOwnGraduationRequest } from './admin.views';
import {
  decideGraduationRequest,
  findGraduationRequest,
  findGraduationRequestWithMember,
  hasPendingGraduationRequest,
  insertGraduationRequest,
  listGraduationRequests,
  listGraduationRequestsOf,
} from './graduation.repo';

const clock = (deps: AdminDeps) => deps.now?.() ?? new Date();

/** "I have graduated" (docs/product.md, rule 7): a student asks the alumni office to make them an alumnus. */
export async function requestGraduation(deps: AdminDeps, actor: UserRow, input: CreateGraduationRequest): Promise<OwnGraduationRequest> {
  assertMayRequestGraduation(actor, { hasPending: await hasPendingGraduationRequest(deps.db, actor.id) });
  try {
    return toOwnGraduationRequest(await insertGraduationRequest(deps.db, { userId: actor.id, graduationYear: input.graduationYear }));
  } catch (error) {
    // Two presses racing: the partial unique index lets one request wait.
    if (uniqueViolation(error) === 'graduation_requests_one_pending') throw errors.graduation_request_pending();
    throw error;
  }
}

/** The member's latest graduation request, and whether they may ask now (the profile's button). */
export async function getMyGraduationRequest(deps: AdminDeps, actor: UserRow): Promise<MyGraduationRequest> {
  const [latest] = await listGraduationRequestsOf(deps.db, actor.id, 1);
  return {
    request: latest ? toOwnGraduationRequest(latest) : null,
    canRequest: mayRequestGraduation(actor, { hasPending: latest?.status === 'pending' }),
  };
}

/** The console's list: waiting requests oldest first (or answered ones, newest first). */
export async function listGraduationRequestsFor(deps: AdminDeps, actor: UserRow, query: GraduationRequestListQuery): Promise<GraduationRequestList> {
  assertMayUseConsole(actor);
  const { rows, total } = await listGraduationRequests(deps.db, {
    status: query.status,
    limit: ADMIN_PAGE_SIZE,
    offset: (query.page - 1) * ADMIN_PAGE_SIZE,
  });
  return { items: rows.map((row) => toGraduationRequest(row.request, row.member)), total, page: query.page, pageSize: ADMIN_PAGE_SIZE };
}

/**
 * Approve: the member becomes an alumnus with the graduation year they gave, and may then activate
 * a mentor profile; they are told, and the audit log keeps the role before and after.
 */
export async function approveGraduation(deps: AdminDeps, actor: UserRow, id: string): Promise<GraduationRequest> {
  assertMayUseConsole(actor);
  const now = clock(deps);
  await deps.db.transaction(async (tx) => {
    const request = await findGraduationRequest(tx, id, { forUpdate: true });
    assertMayDecideGraduation(actor, request);
    await lockMember(tx, request.userId);
    const member = await findMember(tx, request.userId);
    if (!member) throw errors.not_found('The graduation request');
    await updateMember(tx, member.id, { role: 'alumnus', graduationYear: request.graduationYear });
    await decideGraduationRequest(tx, id, { status: 'approved', reason: null, decidedBy: actor.id, decidedAt: now });
    await recordAdminAction(tx, {
      actorId: actor.id,
      action: 'graduation_approved',
      targetType: 'member',
      targetId: member.id,
      details: {
        requestId: id,
        before: { role: member.role, graduationYear: member.graduationYear },
        after: { role: 'alumnus', graduationYear: request.graduationYear },
      },
    });
    await notify(tx, { userId: member.id, type: 'graduation_approved', data: { requestId: id, graduationYear: request.graduationYear } });
  });
  return answered(deps.db, id);
}

/** Reject, with the reason the member is told; their role stays as it was. */
export async function rejectGraduation(deps: AdminDeps, actor: UserRow, id: string, reason: string): Promise<GraduationRequest> {
  assertMayUseConsole(actor);
  const now = clock(deps);
  await deps.db.transaction(async (tx) => {
    const request = await findGraduationRequest(tx, id, { forUpdate: true });
    assertMayDecideGraduation(actor, request);
    await decideGraduationRequest(tx, id, { status: 'rejected', reason, decidedBy: actor.id, decidedAt: now });
    await recordAdminAction(tx, {
      actorId: actor.id,
      action: 'graduation_rejected',
      targetType: 'member',
      targetId: request.userId,
      details: { requestId: id, graduationYear: request.graduationYear, reason, before: { status: 'pending' }, after: { status: 'rejected' } },
    });
    await notify(tx, { userId: request.userId, type: 'graduation_rejected', data: { requestId: id, reason } });
  });
  return answered(deps.db, id);
}

async function answered(db: Db, id: string): Promise<GraduationRequest> {
  const row = await findGraduationRequestWithMember(db, id);
  if (!row) throw errors.not_found('The graduation request');
  return toGraduationRequest(row.request, row.member);
}

/** Every "I have graduated" request of the member with its answer, for their data export (ADR 0025). */
export async function exportGraduationRequests(db: Db, userId: string) {
  const rows = await listGraduationRequestsOf(db, userId, 1000);
  return rows.reverse().map((row) => ({
    id: row.id,
    graduationYear: row.graduationYear,
    status: row.status,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  }));
}
