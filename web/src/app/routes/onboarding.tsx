import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { OnboardingForm } from '../../features/accounts/components/onboarding-form';
import { useMe } from '../../lib/auth';
import { usePageTitle } from '../../lib/page-title';
import { paths, signInPath } from '../../lib/paths';

/** Completing a registration made with LinkedIn; every member page sends the member here until it is done. */
export function OnboardingRoute() {
  const { t } = useTranslation('accounts');
  const me = useMe();
  usePageTitle(t('onboarding.title'));
  if (!me) return <Navigate to={signInPath()} replace />;
  if (!me.needsOnboarding) return <Navigate to={paths.dashboard} replace />;
  const missingNames = (['firstName', 'familyName'] as const).filter((name) => !me[name]);
  return (
    <div className="auth-page auth-page-wide">
      <PageHeader title={t('onboarding.title')} lead={t('onboarding.lead', { name: me.firstName ?? me.name })} />
      <OnboardingForm missingNames={missingNames} />
    </div>
  );
}
