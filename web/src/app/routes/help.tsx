import { useTranslation } from 'react-i18next';
import { HelpPage } from '../../features/help/components/help-page';
import { usePageTitle } from '../../lib/page-title';

export function HelpRoute() {
  const { t } = useTranslation('help');
  usePageTitle(t('title'));
  return <HelpPage />;
}
