import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { Notice } from '../../components/ui/notice';
import { PageHeader } from '../../components/ui/page-header';
import { Spinner } from '../../components/ui/spinner';
import { ChangePasswordForm } from '../../features/accounts/components/change-password-form';
import { useProfile } from '../../features/profile/api/get-profile';
import { useErrorMessage } from '../../i18n/validation-message';
import { usePageTitle } from '../../lib/page-title';
import { paths } from '../../lib/paths';
import { useSite } from '../../lib/site';

/** My account: "Back to the … Mentor Network" at the top left, its own menu on the left. */
export function AccountLayout() {
  const { t } = useTranslation('accounts');
  const { name } = useSite().institution;
  return (
    <div className="account-area">
      <Link to={paths.dashboard} className="back-link">
        <span aria-hidden="true">←</span> {t('account.back', { name })}
      </Link>
      <div className="account-layout">
        <nav className="account-menu" aria-labelledby="account-menu-title">
          <p id="account-menu-title" className="account-menu-title">
            {t('account.title')}
          </p>
          <ul>
            <li>
              <NavLink to={paths.accountSecurity}>{t('account.security')}</NavLink>
            </li>
          </ul>
        </nav>
        <div className="account-content">
          <Outlet />
        </div>
      </div>
    </div>
  );
}

/** My account → Security: change the password (or learn how to set one, for LinkedIn-only members). */
export function SecurityRoute() {
  const { t } = useTranslation('accounts');
  const failure = useErrorMessage();
  const profile = useProfile();
  usePageTitle(t('security.title'));
  return (
    <>
      <PageHeader title={t('security.title')} lead={t('security.lead')} />
      <section className="card">
        {profile.isPending ? <Spinner label={t('profile.loading')} /> : null}
        {profile.isError ? <Notice tone="error">{failure(profile.error)}</Notice> : null}
        {profile.data ? <ChangePasswordForm hasPassword={profile.data.hasPassword} /> : null}
      </section>
    </>
  );
}
