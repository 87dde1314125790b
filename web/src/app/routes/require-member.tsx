import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../../lib/auth';
import { signInPath } from '../../lib/paths';

/** Member-only pages: a visitor is sent to sign in, and comes back here afterwards. */
export function RequireMember() {
  const me = useMe();
  const location = useLocation();
  if (!me) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return <Outlet />;
}
