import { ReportsPage } from '../../features/moderation';
import { useMe } from '../../lib/auth';
import { NotFoundRoute } from './not-found';

/** /admin/reports — the moderation queue, for admins (the API refuses anyone else; the page is not there for them). */
export function AdminReportsRoute() {
  const me = useMe();
  return me?.isAdmin ? <ReportsPage /> : <NotFoundRoute />;
}
