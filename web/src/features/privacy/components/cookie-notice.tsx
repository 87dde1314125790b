import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { paths } from '../../../lib/paths';
import { readStored, storageKeys, writeStored } from '../../../lib/storage';

/**
 * Tells visitors once that only functional cookies are used; no consent is needed, so it only asks
 * to be dismissed. It sits in the flow of the page, above the header, so it never covers anything;
 * once dismissed, focus moves on to the page's content.
 */
export function CookieNotice() {
  const { t } = useTranslation();
  const [isDismissed, setDismissed] = useState(() => readStored(storageKeys.cookieNoticeDismissed) === 'true');
  if (isDismissed) return null;

  const dismiss = () => {
    writeStored(storageKeys.cookieNoticeDismissed, 'true');
    setDismissed(true);
    document.getElementById('main-content')?.focus();
  };

  return (
    <section className="cookie-notice" aria-label={t('cookies.label')}>
      <div className="container cookie-notice-inner">
        <p>
          {t('cookies.text')} <Link to={paths.privacy}>{t('cookies.link')}</Link>
        </p>
        <Button variant="primary" onClick={dismiss}>
          {t('cookies.dismiss')}
        </Button>
      </div>
    </section>
  );
}
