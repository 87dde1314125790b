import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { ErrorSummary, TextField } from '../../../components/ui/form';
import { Notice } from '../../../components/ui/notice';
import { summaryErrors, useErrorMessage, useValidationMessage } from '../../../i18n/validation-message';
import { paths } from '../../../lib/paths';
import { useForm } from '../../../lib/use-form';
import { fieldErrors, fieldErrorsFromApi } from '../../../lib/validation';
import { RegisterSchema, useRegister } from '../api/register';
import {
  BirthDateField,
  MEMBER_FIELD_ORDER,
  type MemberValues,
  NameFields,
  RoleChoice,
  StudyFields,
  UsernameField,
  emptyMemberValues,
  memberFieldId,
  memberFieldLabel,
  memberInput,
} from './member-fields';
import { PasswordField } from './password-field';
import { ProviderButtons } from './provider-buttons';

const ID = 'register';
const ORDER = [...MEMBER_FIELD_ORDER.slice(0, 5), 'email', 'password', ...MEMBER_FIELD_ORDER.slice(5)];

type Values = MemberValues & { email: string; password: string };

const toInput = (values: Values, language: string) => ({
  ...memberInput(values),
  email: values.email.trim() || undefined,
  password: values.password || undefined,
  language: language === 'nl' ? ('nl' as const) : ('en' as const),
});

const validate = (values: Values) => {
  const result = RegisterSchema.safeParse(toInput(values, 'en'));
  return result.success ? {} : fieldErrors(result.error.issues);
};

/** Registration with email and password (and, where configured, "Register with LinkedIn" above it). */
export function RegisterForm() {
  const { t, i18n } = useTranslation('accounts');
  const message = useValidationMessage();
  const failure = useErrorMessage();
  const form = useForm<Values>({ ...emptyMemberValues, email: '', password: '' }, validate);
  const registration = useRegister();
  const { values, errors, set } = form;
  const fields = { idPrefix: ID, values, errors, set };

  const onValid = (valid: Values) =>
    registration.mutate(RegisterSchema.parse(toInput(valid, i18n.language)), {
      onError: (error) => {
        const serverErrors = fieldErrorsFromApi(error);
        if (serverErrors) form.showServerErrors(serverErrors);
      },
    });

  const isFieldProblem = registration.isError && fieldErrorsFromApi(registration.error) !== null;

  return (
    <div className="auth-card card">
      <ProviderButtons mode="register" />
      <form className="form" noValidate onSubmit={form.submit(onValid)} aria-labelledby="register-form-title">
        <h2 id="register-form-title" className="form-title">
          {t('register.withEmail')}
        </h2>
        <ErrorSummary
          title={t('form.errorSummary')}
          errors={summaryErrors(errors, ORDER, { idOf: (field) => memberFieldId(ID, field), labelOf: memberFieldLabel(t), message })}
          focusKey={form.attempts}
        />
        {registration.isError && !isFieldProblem ? <Notice tone="error">{failure(registration.error)}</Notice> : null}

        <RoleChoice {...fields} />

        <fieldset className="form-section">
          <legend>{t('register.aboutTitle')}</legend>
          <NameFields {...fields} />
          <BirthDateField {...fields} />
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('register.accountTitle')}</legend>
          <UsernameField {...fields} />
          <TextField
            id={`${ID}-email`}
            label={t('fields.email')}
            hint={t('fields.emailHint')}
            type="email"
            autoComplete="email"
            value={values.email}
            error={message(errors.email)}
            onChange={(event) => set('email', event.target.value)}
          />
          <PasswordField
            id={`${ID}-password`}
            label={t('fields.password')}
            autoComplete="new-password"
            value={values.password}
            error={message(errors.password)}
            onChange={(value) => set('password', value)}
          />
        </fieldset>

        <StudyFields {...fields} />

        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={registration.isPending}>
            {registration.isPending ? t('register.submitting') : t('register.submit')}
          </Button>
        </div>
      </form>
      <p className="auth-switch">
        {t('register.haveAccount')} <Link to={paths.signIn}>{t('register.signIn')}</Link>
      </p>
    </div>
  );
}
