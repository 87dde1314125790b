import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../../lib/auth';
import { paths, signInPath } from '../../lib/paths';

/**
 * Member-only pages: a visitor is sent to sign in, and comes back here afterwards. A member who
 * registered with LinkedIn completes their registration (onboarding) before any of them.
 */
export function RequireMember() {
  const me = useMe();
  const location = useLocation();
  if (!me) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (me.needsOnboarding) return <Navigate to={paths.onboarding} replace />;
  return <Outlet />;
}
