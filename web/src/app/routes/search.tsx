import { useTranslation } from 'react-i18next';
import { SearchPage } from '../../features/mentors/components/search-page';
import { usePageTitle } from '../../lib/page-title';

export function SearchRoute() {
  const { t } = useTranslation('mentors');
  usePageTitle(t('search.title'));
  return <SearchPage />;
}
