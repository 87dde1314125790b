import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/form';
import { Notice } from '../../../components/ui/notice';
import { summaryErrors, useErrorMessage, useValidationMessage } from '../../../i18n/validation-message';
import { paths } from '../../../lib/paths';
import { useForm } from '../../../lib/use-form';
import { fieldErrors, fieldErrorsFromApi } from '../../../lib/validation';
import { ChangePasswordSchema, useChangePassword } from '../api/change-password';
import { PasswordField } from './password-field';

const ID = 'security';
const ORDER = ['newPassword', 'currentPassword'];
const empty = { newPassword: '', currentPassword: '' };

const validate = (values: typeof empty) => {
  const result = ChangePasswordSchema.safeParse({
    newPassword: values.newPassword || undefined,
    currentPassword: values.currentPassword || undefined,
  });
  return result.success ? {} : fieldErrors(result.error.issues);
};

/**
 * "Reset your password" under My account → Security: the new password, confirmed with the old one.
 * Other sessions are signed out, which the member is told before and after.
 */
export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const { t } = useTranslation('accounts');
  const message = useValidationMessage();
  const failure = useErrorMessage();
  const form = useForm(empty, validate);
  const change = useChangePassword();

  if (!hasPassword) {
    return (
      <Notice>
        <p>{t('security.noPassword')}</p>
        <p>
          <Link to={paths.forgotPassword}>{t('security.setPassword')}</Link>
        </p>
      </Notice>
    );
  }

  const onValid = (values: typeof empty) =>
    change.mutate(values, {
      onSuccess: () => form.reset(),
      onError: (error) => {
        const serverErrors = fieldErrorsFromApi(error);
        if (serverErrors) form.showServerErrors(serverErrors);
      },
    });
  const isFieldProblem = change.isError && fieldErrorsFromApi(change.error) !== null;

  return (
    <form className="form" noValidate onSubmit={form.submit(onValid)} aria-labelledby="security-reset-title">
      <h2 id="security-reset-title">{t('security.resetTitle')}</h2>
      <p className="form-intro">{t('security.note')}</p>
      <div aria-live="polite">
        {change.isSuccess ? (
          <Notice tone="success">
            <p>{t('security.done')}</p>
          </Notice>
        ) : null}
      </div>
      <ErrorSummary
        title={t('form.errorSummary')}
        errors={summaryErrors(form.errors, ORDER, {
          idOf: (field) => `${ID}-${field}`,
          labelOf: (field) => t(field === 'newPassword' ? 'security.newPassword' : 'security.currentPassword'),
          message,
        })}
        focusKey={form.attempts}
      />
      {change.isError && !isFieldProblem ? <Notice tone="error">{failure(change.error)}</Notice> : null}
      <PasswordField
        id={`${ID}-newPassword`}
        label={t('security.newPassword')}
        autoComplete="new-password"
        value={form.values.newPassword}
        error={message(form.errors.newPassword)}
        onChange={(value) => form.set('newPassword', value)}
      />
      <PasswordField
        id={`${ID}-currentPassword`}
        label={t('security.currentPassword')}
        autoComplete="current-password"
        value={form.values.currentPassword}
        error={message(form.errors.currentPassword)}
        onChange={(value) => form.set('currentPassword', value)}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={change.isPending}>
          {t('security.submit')}
        </Button>
      </div>
    </form>
  );
}
