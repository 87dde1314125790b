import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RichText } from '../../../components/ui/rich-text';
import { useMe } from '../../../lib/auth';
import { paths } from '../../../lib/paths';
import { useSite } from '../../../lib/site';
import { BlockedMembers } from '../../inbox';
import { EmailSettings } from './email-settings';
import { LanguageSetting } from './language-setting';

/** The Settings tab: language, email, the way to My account → Security, the members I blocked, and how to get a copy of your data or leave. */
export function SettingsOverview() {
  const { t } = useTranslation('accounts');
  const me = useMe();
  const { supportEmail } = useSite().institution;
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
        <RichText className="prose" text={t('settings.data.text', { email: supportEmail })} />
      </section>
    </div>
  );
}
