import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { useProfile } from '../../features/profile/api/get-profile';
import { SettingsOverview } from '../../features/settings/components/settings-overview';
import { usePageTitle } from '../../lib/page-title';

export function SettingsRoute() {
  const { t } = useTranslation('accounts');
  const profile = useProfile();
  usePageTitle(t('settings.title'));
  return (
    <>
      <PageHeader title={t('settings.title')} lead={t('settings.lead')} />
      <SettingsOverview hasPassword={profile.data?.hasPassword} />
    </>
  );
}
