import { Navigate, Outlet, useParams } from 'react-router';
import { AuditLogPage } from '../../features/admin/components/audit-log-page';
import { DeleteMember } from '../../features/admin/components/delete-member';
import { GraduationPage } from '../../features/admin/components/graduation-page';
import { InvitationsPage } from '../../features/admin/components/invitations-page';
import { MemberPage } from '../../features/admin/components/member-page';
import { MembersPage } from '../../features/admin/components/members-page';
import { StatsPage } from '../../features/admin/components/stats-page';
import { useMe } from '../../lib/auth';
import { paths } from '../../lib/paths';

/**
 * The alumni office's console: only an admin sees it (the server refuses everyone else anyway,
 * 403 on every admin route); another member who follows a link lands on their dashboard.
 */
export function RequireAdmin() {
  const me = useMe();
  if (!me?.isAdmin) return <Navigate to={paths.dashboard} replace />;
  return <Outlet />;
}

export const AdminMembersRoute = () => <MembersPage />;

/** /admin/members/:id — a new page for every member, so nothing of the previous one lingers. */
export function AdminMemberRoute() {
  const { id = '' } = useParams();
  return <MemberPage key={id} id={id} actions={(detail) => <DeleteMember detail={detail} />} />;
}

export const AdminGraduationRoute = () => <GraduationPage />;
export const AdminAuditRoute = () => <AuditLogPage />;
export const AdminStatsRoute = () => <StatsPage />;
export const AdminInvitationsRoute = () => <InvitationsPage />;
