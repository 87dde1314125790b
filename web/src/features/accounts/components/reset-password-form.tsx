import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, ButtonLink } from '../../../components/ui/button';
import { ErrorSummary, ResultHeading } from '../../../components/ui/form';
import { Notice } from '../../../components/ui/notice';
import { summaryErrors, useErrorMessage, useValidationMessage } from '../../../i18n/validation-message';
import { isApiError } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';
import { useForm } from '../../../lib/use-form';
import { fieldErrors, fieldErrorsFromApi } from '../../../lib/validation';
import { ResetPasswordSchema, useResetPassword } from '../api/reset-password';
import { PasswordField } from './password-field';

const validate = (values: { newPassword: string }) => {
  const result = ResetPasswordSchema.shape.newPassword.safeParse(values.newPassword || undefined);
  return result.success ? {} : fieldErrors(result.error.issues.map((issue) => ({ ...issue, path: ['newPassword'] })));
};

/** A new password with the token from the emailed link. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation('accounts');
  const message = useValidationMessage();
  const failure = useErrorMessage();
  const form = useForm({ newPassword: '' }, validate);
  const reset = useResetPassword();

  if (!token || isApiError(reset.error, 'invalid_token')) {
    return (
      <Notice tone="error">
        <p>{token ? t('reset.invalidToken') : t('reset.missingToken')}</p>
        <p>
          <Link to={paths.forgotPassword}>{t('reset.requestNew')}</Link>
        </p>
      </Notice>
    );
  }

  if (reset.isSuccess) {
    return (
      <div className="auth-card card">
        <ResultHeading>{t('reset.doneTitle')}</ResultHeading>
        <p>{t('reset.done')}</p>
        <ButtonLink to={paths.signIn} variant="primary">
          {t('reset.signIn')}
        </ButtonLink>
      </div>
    );
  }

  const onValid = ({ newPassword }: { newPassword: string }) =>
    reset.mutate(
      { token, newPassword },
      { onError: (error) => form.showServerErrors(fieldErrorsFromApi(error, 'newPassword') ?? {}) },
    );
  const isFieldProblem = fieldErrorsFromApi(reset.error, 'newPassword') !== null;

  return (
    <div className="auth-card card">
      <form className="form" noValidate onSubmit={form.submit(onValid)}>
        <ErrorSummary
          title={t('form.errorSummary')}
          errors={summaryErrors(form.errors, ['newPassword'], { idOf: () => 'reset-newPassword', labelOf: () => t('reset.newPassword'), message })}
          focusKey={form.attempts}
        />
        {reset.isError && !isFieldProblem ? <Notice tone="error">{failure(reset.error)}</Notice> : null}
        <PasswordField
          id="reset-newPassword"
          label={t('reset.newPassword')}
          autoComplete="new-password"
          value={form.values.newPassword}
          error={message(form.errors.newPassword)}
          onChange={(value) => form.set('newPassword', value)}
        />
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={reset.isPending}>
            {t('reset.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
