import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { Notice } from '../../components/ui/notice';
import { PageHeader } from '../../components/ui/page-header';
import { Spinner } from '../../components/ui/spinner';
import { useInvitationLookup } from '../../features/accounts/api/invitation';
import { useErrorMessage } from '../../i18n/validation-message';
import { readStored, storageKeys } from '../../lib/storage';
import { ProviderErrorNotice } from '../../features/accounts/components/provider-error-notice';
import { RegisterForm } from '../../features/accounts/components/register-form';
import { SignInForm } from '../../features/accounts/components/sign-in-form';
import { useMe } from '../../lib/auth';
import { usePageTitle } from '../../lib/page-title';
import { paths, safeRedirect } from '../../lib/paths';
import { useSite } from '../../lib/site';

/**
 * Sign-in and registration are for visitors. A member who is (or has just become) signed in goes
 * on: to where they were heading, or to onboarding while their registration is unfinished.
 */
function useSignedInTarget(redirectTo: string): string | null {
  const me = useMe();
  if (!me) return null;
  return me.needsOnboarding ? paths.onboarding : redirectTo;
}

export function SignInRoute() {
  const { t } = useTranslation('accounts');
  const [search] = useSearchParams();
  const { name } = useSite().institution;
  const redirectTo = safeRedirect(search.get('redirectTo'));
  const target = useSignedInTarget(redirectTo);
  usePageTitle(t('signIn.title'));
  if (target) return <Navigate to={target} replace />;
  return (
    <div className="auth-page">
      <PageHeader title={t('signIn.title')} lead={t('signIn.lead', { name })} />
      <ProviderErrorNotice code={search.get('error')} />
      <SignInForm redirectTo={redirectTo} />
    </div>
  );
}

export function RegisterRoute() {
  const { t, i18n } = useTranslation('accounts');
  const failure = useErrorMessage();
  const [search] = useSearchParams();
  const { name } = useSite().institution;
  const target = useSignedInTarget(paths.dashboard);
  // An invitation link from the alumni office: /register?token=…
  const token = search.get('token');
  const invitation = useInvitationLookup(token);
  const invitedLanguage = invitation.data?.language;
  useEffect(() => {
    // The page in the language the office chose for the invitee, unless this browser has chosen one.
    if (invitedLanguage && !readStored(storageKeys.language) && i18n.language !== invitedLanguage) void i18n.changeLanguage(invitedLanguage);
  }, [invitedLanguage, i18n]);
  usePageTitle(t('register.title'));
  if (target) return <Navigate to={target} replace />;
  return (
    <div className="auth-page auth-page-wide">
      <PageHeader title={t('register.title')} lead={invitation.data ? t('register.invitedLead', { name }) : t('register.lead', { name })} />
      <ProviderErrorNotice code={search.get('error')} />
      {token && invitation.isPending ? (
        <Spinner label={t('register.invitationLoading')} />
      ) : (
        <>
          {invitation.isError ? <Notice tone="error">{failure(invitation.error)}</Notice> : null}
          <RegisterForm key={invitation.data ? 'invited' : 'plain'} invitation={invitation.data && token ? { token, details: invitation.data } : undefined} />
        </>
      )}
    </div>
  );
}
