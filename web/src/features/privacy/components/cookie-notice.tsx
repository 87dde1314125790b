import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { paths } from '../../../lib/paths';
import { readStored, storageKeys, writeStored } from '../../../lib/storage';

/** Tells visitors once that only functional cookies are used; no consent is needed, so it only asks to be dismissed. */
export function CookieNotice() {
  const { t } = useTranslation();
  const [isDismissed, setDismissed] = useState(() => readStored(storageKeys.cookieNoticeDismissed) === 'true');
  if (isDismissed) return null;

  const dismiss = () => {
    writeStored(storageKeys.cookieNoticeDismissed, 'true');
    setDismissed(true);
  };

  return (
    <section className="cookie-notice" aria-label={t('cookies.label')}>
      <p>
        {t('cookies.text')} <Link to={paths.privacy}>{t('cookies.link')}</Link>
      </p>
      <Button variant="primary" onClick={dismiss}>
        {t('cookies.dismiss')}
      </Button>
    </section>
  );
}
