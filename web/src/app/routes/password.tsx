import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { ForgotPasswordForm } from '../../features/accounts/components/forgot-password-form';
import { ResetPasswordForm } from '../../features/accounts/components/reset-password-form';
import { ConfirmEmail } from '../../features/profile/components/confirm-email';
import { useMe } from '../../lib/auth';
import { usePageTitle } from '../../lib/page-title';

/** Open to members too: one who signs in only with LinkedIn sets a first password this way. */
export function ForgotPasswordRoute() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('forgot.title'));
  return (
    <div className="auth-page">
      <PageHeader title={t('forgot.title')} lead={t('forgot.lead')} />
      <ForgotPasswordForm />
    </div>
  );
}

/** Where the emailed reset link leads. */
export function ResetPasswordRoute() {
  const { t } = useTranslation('accounts');
  const [search] = useSearchParams();
  usePageTitle(t('reset.title'));
  return (
    <div className="auth-page">
      <PageHeader title={t('reset.title')} lead={t('reset.lead')} />
      <ResetPasswordForm token={search.get('token') ?? ''} />
    </div>
  );
}

/** Where the link sent to a new email address leads; it works signed in or not. */
export function ConfirmEmailRoute() {
  const { t } = useTranslation('accounts');
  const [search] = useSearchParams();
  const me = useMe();
  usePageTitle(t('confirmEmail.title'));
  return (
    <div className="auth-page">
      <PageHeader title={t('confirmEmail.title')} />
      <ConfirmEmail token={search.get('token') ?? ''} isSignedIn={Boolean(me)} />
    </div>
  );
}
