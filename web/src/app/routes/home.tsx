import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { LandingPage } from '../../features/landing/components/landing-page';
import { useMe } from '../../lib/auth';
import { usePageTitle } from '../../lib/page-title';
import { paths } from '../../lib/paths';

export function HomeRoute() {
  const me = useMe();
  if (me) return <Navigate to={paths.dashboard} replace />;
  return <VisitorHome />;
}

function VisitorHome() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  return <LandingPage />;
}
