import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '../../components/ui/button';
import { errorMessage } from '../../i18n/error-message';
import { isApiError } from '../../lib/api-client';
import { paths } from '../../lib/paths';
import { NotFoundRoute } from './not-found';

/** A page of the shell failed: the header and menu stay, the page says what went wrong. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return <ErrorMessage error={error} />;
}

/**
 * The shell itself failed (for instance the site settings could not be loaded), so there is no
 * header: a page of its own, still translated and with a way to try again.
 */
export function RootErrorPage() {
  const error = useRouteError();
  return (
    <main id="main-content" className="standalone-error">
      <ErrorMessage error={error} />
    </main>
  );
}

function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const title = t('errorPage.title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <section className="status-page" aria-labelledby="error-heading">
      <h1 id="error-heading">{title}</h1>
      <p className="lead">
        {t('errorPage.text')} {errorMessage(t, error)}
      </p>
      {isApiError(error) && error.requestId ? (
        <p className="status-reference">{t('errorPage.reference', { id: error.requestId })}</p>
      ) : null}
      <div className="status-actions">
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t('errorPage.retry')}
        </Button>
        <a className="button button-secondary" href={paths.home}>
          {t('errorPage.home')}
        </a>
      </div>
    </section>
  );
}
