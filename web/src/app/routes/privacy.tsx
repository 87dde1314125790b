import { useTranslation } from 'react-i18next';
import { PrivacyStatement } from '../../features/privacy/components/privacy-statement';
import { usePageTitle } from '../../lib/page-title';

export function PrivacyRoute() {
  const { t } = useTranslation('privacy');
  usePageTitle(t('title'));
  return <PrivacyStatement />;
}
