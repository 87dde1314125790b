import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSite } from './site';

/** Sets the browser tab's title to "<page> · <institution>" (and keeps it in the current language). */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const site = useSite().institution.name;
  const title = t('app.pageTitle', { page, site });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
