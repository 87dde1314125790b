import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/button';
import { ResultHeading } from '../../../components/ui/form';
import { Notice } from '../../../components/ui/notice';
import { Spinner } from '../../../components/ui/spinner';
import { useErrorMessage } from '../../../i18n/validation-message';
import { isApiError } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';
import { useConfirmEmailChange } from '../api/confirm-email-change';

/**
 * Follows the link from the confirmation email: the token is sent once, when the page opens
 * (mail scanners that fetch links do not run the page, so they cannot confirm by accident).
 */
export function ConfirmEmail({ token, isSignedIn }: { token: string; isSignedIn: boolean }) {
  const { t } = useTranslation('accounts');
  const failure = useErrorMessage();
  const confirm = useConfirmEmailChange();
  const { mutate } = confirm;
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    mutate({ token });
  }, [token, mutate]);

  const next = isSignedIn ? (
    <ButtonLink to={paths.profile} variant="primary">
      {t('confirmEmail.toProfile')}
    </ButtonLink>
  ) : (
    <ButtonLink to={paths.signIn} variant="primary">
      {t('confirmEmail.toSignIn')}
    </ButtonLink>
  );

  if (!token || isApiError(confirm.error, 'invalid_token') || isApiError(confirm.error, 'validation_failed')) {
    return (
      <Notice tone="error">
        <p>{token ? t('confirmEmail.invalid') : t('confirmEmail.missingToken')}</p>
      </Notice>
    );
  }
  if (confirm.isError) return <Notice tone="error">{failure(confirm.error)}</Notice>;
  if (!confirm.isSuccess) return <Spinner label={t('confirmEmail.working')} />;
  return (
    <div className="auth-card card">
      <ResultHeading>{t('confirmEmail.doneTitle')}</ResultHeading>
      <p>{t('confirmEmail.done')}</p>
      {next}
    </div>
  );
}
