import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { ErrorSummary, ResultHeading, TextField } from '../../../components/ui/form';
import { Notice } from '../../../components/ui/notice';
import { summaryErrors, useErrorMessage, useValidationMessage } from '../../../i18n/validation-message';
import { paths } from '../../../lib/paths';
import { useForm } from '../../../lib/use-form';
import { fieldErrors } from '../../../lib/validation';
import { RequestPasswordResetSchema, useRequestPasswordReset } from '../api/request-password-reset';

const validate = (values: { email: string }) => {
  const result = RequestPasswordResetSchema.safeParse({ email: values.email.trim() || undefined });
  return result.success ? {} : fieldErrors(result.error.issues);
};

/** Asks for a reset link. The answer never says whether the address has an account. */
export function ForgotPasswordForm() {
  const { t } = useTranslation('accounts');
  const message = useValidationMessage();
  const failure = useErrorMessage();
  const form = useForm({ email: '' }, validate);
  const request = useRequestPasswordReset();

  if (request.isSuccess) {
    return (
      <div className="auth-card card">
        <ResultHeading>{t('forgot.sentTitle')}</ResultHeading>
        <p>{t('forgot.sent', { email: request.variables.email })}</p>
        <p>
          <Link to={paths.signIn}>{t('forgot.back')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="auth-card card">
      <form className="form" noValidate onSubmit={form.submit((valid) => request.mutate({ email: valid.email.trim() }))}>
        <ErrorSummary title={t('form.errorSummary')} errors={summaryErrors(form.errors, ['email'], { idOf: () => 'forgot-email', labelOf: () => t('fields.email'), message })} focusKey={form.attempts} />
        {request.isError ? <Notice tone="error">{failure(request.error)}</Notice> : null}
        <TextField
          id="forgot-email"
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          value={form.values.email}
          error={message(form.errors.email)}
          onChange={(event) => form.set('email', event.target.value)}
        />
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={request.isPending}>
            {t('forgot.submit')}
          </Button>
          <Link to={paths.signIn}>{t('forgot.back')}</Link>
        </div>
      </form>
    </div>
  );
}
