import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../../lib/auth';
import { paths } from '../../../lib/paths';
import { BlockedMembers } from '../../inbox';
import { EmailSettings } from './email-settings';
import { LanguageSetting } from './language-setting';
import { YourData } from './your-data';

/**
 * The Settings tab: language, email, the way to My account → Security, the members I blocked, a
 * copy of your data and deleting the account. `hasPassword` (unknown while the profile loads)
 * decides how deleting is confirmed.
 */
export function SettingsOverview({ hasPassword }: { hasPassword: boolean | undefined }) {
  const { t } = useTranslation('accounts');
  const me = useMe();
  return (
    <div className="settings-grid">
      <section className="card" aria-labelledby="settings-language-title">
        <h2 id="settings-language-title">{t('settings.language.title')}</h2>
        <LanguageSetting />
      </section>
      <section className="card" aria-labelledby="settings-email-title">
        <h2 id="settings-email-title">{t('settings.email.title')}</h2>
        <p>
          {t('settings.email.address', { email: me?.email ?? '' })}{' '}
          <Link to={`${paths.profile}#email-web`}>{t('settings.email.change')}</Link>
        </p>
        <EmailSettings idPrefix="settings" />
      </section>
      <section className="card" aria-labelledby="settings-account-title">
        <h2 id="settings-account-title">{t('settings.account.title')}</h2>
        <p>{t('settings.account.text')}</p>
        <p>
          <Link to={paths.accountSecurity}>{t('settings.account.link')}</Link>
        </p>
      </section>
      <BlockedMembers />
      <section className="card" aria-labelledby="settings-data-title">
        <h2 id="settings-data-title">{t('settings.data.title')}</h2>
        <YourData hasPassword={hasPassword} />
      </section>
    </div>
  );
}
