import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { ErrorSummary, TextField } from '../../../components/ui/form';
import { Notice } from '../../../components/ui/notice';
import { summaryErrors, useErrorMessage, useValidationMessage } from '../../../i18n/validation-message';
import { paths } from '../../../lib/paths';
import { useForm } from '../../../lib/use-form';
import { fieldErrors } from '../../../lib/validation';
import { SignInSchema, useSignIn } from '../api/sign-in';
import { PasswordField } from './password-field';
import { ProviderButtons } from './provider-buttons';

const ID = 'sign-in';
const ORDER = ['login', 'password'];

const validate = (values: { login: string; password: string }) => {
  const result = SignInSchema.safeParse(values);
  return result.success ? {} : fieldErrors(result.error.issues);
};

/** Email address or user name with a password, or "Sign in with LinkedIn", returning to `redirectTo`. */
/** Signed in, the page it sits on moves the member on (see the sign-in route). */
export function SignInForm({ redirectTo }: { redirectTo: string }) {
  const { t } = useTranslation('accounts');
  const message = useValidationMessage();
  const failure = useErrorMessage();
  const form = useForm({ login: '', password: '' }, validate);
  const signIn = useSignIn();
  const { values, errors, set } = form;

  return (
    <div className="auth-card card">
      <ProviderButtons mode="signIn" callbackURL={redirectTo} />
      <form className="form" noValidate onSubmit={form.submit((valid) => signIn.mutate(valid))}>
        <ErrorSummary
          title={t('form.errorSummary')}
          errors={summaryErrors(errors, ORDER, {
            idOf: (field) => `${ID}-${field}`,
            labelOf: (field) => t(field === 'login' ? 'signIn.login' : 'fields.password'),
            message,
          })}
          focusKey={form.attempts}
        />
        {signIn.isError ? <Notice tone="error">{failure(signIn.error)}</Notice> : null}
        <TextField
          id={`${ID}-login`}
          label={t('signIn.login')}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          value={values.login}
          error={message(errors.login)}
          onChange={(event) => set('login', event.target.value)}
        />
        <PasswordField
          id={`${ID}-password`}
          label={t('fields.password')}
          autoComplete="current-password"
          value={values.password}
          error={message(errors.password)}
          onChange={(value) => set('password', value)}
        />
        <p className="forgot-link">
          <Link to={paths.forgotPassword}>{t('signIn.forgot')}</Link>
        </p>
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={signIn.isPending}>
            {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
          </Button>
        </div>
      </form>
      <p className="auth-switch">
        {t('signIn.noAccount')} <Link to={paths.register}>{t('signIn.register')}</Link>
      </p>
    </div>
  );
}
