import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button';
import { usePageTitle } from '../../lib/page-title';
import { paths } from '../../lib/paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <section className="status-page" aria-labelledby="not-found-heading">
      <p className="status-code" aria-hidden="true">
        404
      </p>
      <h1 id="not-found-heading">{t('notFound.title')}</h1>
      <p className="lead">{t('notFound.text')}</p>
      <div className="status-actions">
        <ButtonLink to={paths.home} variant="primary">
          {t('notFound.home')}
        </ButtonLink>
        <ButtonLink to={paths.help}>{t('notFound.help')}</ButtonLink>
      </div>
    </section>
  );
}
