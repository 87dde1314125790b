import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { ErrorSummary, TextField } from '../../../components/ui/form';
import { Notice } from '../../../components/ui/notice';
import { summaryErrors, useErrorMessage, useValidationMessage } from '../../../i18n/validation-message';
import { paths } from '../../../lib/paths';
import { useForm } from '../../../lib/use-form';
import { fieldErrors, fieldErrorsFromApi } from '../../../lib/validation';
import type { InvitationForRegistration } from '../api/invitation';
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

const toInput = (values: Values, language: string, invitationToken?: string) => ({
  ...memberInput(values),
  email: values.email.trim() || undefined,
  password: values.password || undefined,
  language: language === 'nl' ? ('nl' as const) : ('en' as const),
  ...(invitationToken ? { invitationToken } : {}),
});

const validate = (values: Values) => {
  const result = RegisterSchema.safeParse(toInput(values, 'en'));
  return result.success ? {} : fieldErrors(result.error.issues);
};

/** An invitation from the alumni office: its link's token and what it fills in. */
export interface RegisterInvitation {
  token: string;
  details: InvitationForRegistration;
}

/**
 * Registration with email and password (and, where configured, "Register with LinkedIn" above it).
 * Through an invitation link: the name and address are filled in, the address is the invited one,
 * and the role is alumnus (the server decides it from the invitation, whatever the form says).
 */
export function RegisterForm({ invitation }: { invitation?: RegisterInvitation }) {
  const { t, i18n } = useTranslation('accounts');
  const message = useValidationMessage();
  const failure = useErrorMessage();
  const invited = invitation?.details;
  const form = useForm<Values>(
    invited
      ? { ...emptyMemberValues, role: 'alumnus', firstName: invited.firstName, familyName: invited.familyName, email: invited.email, password: '' }
      : { ...emptyMemberValues, email: '', password: '' },
    validate,
  );
  const registration = useRegister();
  const { values, errors, set } = form;
  const fields = { idPrefix: ID, values, errors, set };

  const onValid = (valid: Values) =>
    registration.mutate(RegisterSchema.parse(toInput(valid, i18n.language, invitation?.token)), {
      onError: (error) => {
        const serverErrors = fieldErrorsFromApi(error);
        if (serverErrors) form.showServerErrors(serverErrors);
      },
    });

  const isFieldProblem = registration.isError && fieldErrorsFromApi(registration.error) !== null;

  return (
    <div className="auth-card card">
      {invited ? null : <ProviderButtons mode="register" />}
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

        {invited ? (
          <Notice tone="info">
            <p>{t('register.invited', { email: invited.email })}</p>
          </Notice>
        ) : (
          <RoleChoice {...fields} />
        )}

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
            hint={invited ? t('register.invitedEmailHint') : t('fields.emailHint')}
            type="email"
            autoComplete="email"
            readOnly={invited !== undefined}
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
