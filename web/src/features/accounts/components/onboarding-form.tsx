import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/form';
import { Notice } from '../../../components/ui/notice';
import { summaryErrors, useErrorMessage, useValidationMessage } from '../../../i18n/validation-message';
import { useForm } from '../../../lib/use-form';
import { fieldErrors, fieldErrorsFromApi } from '../../../lib/validation';
import { OnboardingSchema, useCompleteOnboarding } from '../api/complete-onboarding';
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

const ID = 'onboarding';

type Name = 'firstName' | 'familyName';

interface OnboardingFormProps {
  /** The names the identity provider did not give: only those are asked. */
  missingNames: Name[];
}

/** What registration asks and the provider did not tell us: role, user name, date of birth, studies. */
export function OnboardingForm({ missingNames }: OnboardingFormProps) {
  const { t, i18n } = useTranslation('accounts');
  const message = useValidationMessage();
  const failure = useErrorMessage();
  const toInput = (values: MemberValues) => {
    const { firstName, familyName, ...rest } = memberInput(values);
    return {
      ...rest,
      ...(missingNames.includes('firstName') ? { firstName } : {}),
      ...(missingNames.includes('familyName') ? { familyName } : {}),
    };
  };
  const validate = (values: MemberValues) => {
    const result = OnboardingSchema.safeParse(toInput(values));
    const errors = result.success ? {} : fieldErrors(result.error.issues);
    // The schema lets names be left out (the provider may have given them); asked here, they are needed.
    for (const name of missingNames) if (!values[name].trim()) errors[name] = 'required';
    return errors;
  };
  const form = useForm<MemberValues>(emptyMemberValues, validate);
  const onboarding = useCompleteOnboarding();
  const fields = { idPrefix: ID, values: form.values, errors: form.errors, set: form.set };

  const onValid = (values: MemberValues) =>
    onboarding.mutate(
      { ...OnboardingSchema.parse(toInput(values)), language: i18n.language === 'nl' ? 'nl' : 'en' },
      {
        onError: (error) => {
          const serverErrors = fieldErrorsFromApi(error);
          if (serverErrors) form.showServerErrors(serverErrors);
        },
      },
    );
  const isFieldProblem = onboarding.isError && fieldErrorsFromApi(onboarding.error) !== null;

  return (
    <form className="auth-card card form" noValidate onSubmit={form.submit(onValid)}>
      <ErrorSummary
        title={t('form.errorSummary')}
        errors={summaryErrors(form.errors, MEMBER_FIELD_ORDER, { idOf: (field) => memberFieldId(ID, field), labelOf: memberFieldLabel(t), message })}
        focusKey={form.attempts}
      />
      {onboarding.isError && !isFieldProblem ? <Notice tone="error">{failure(onboarding.error)}</Notice> : null}
      <RoleChoice {...fields} />
      <fieldset className="form-section">
        <legend>{t('register.aboutTitle')}</legend>
        {missingNames.length ? <NameFields {...fields} only={missingNames} /> : null}
        <BirthDateField {...fields} />
        <UsernameField {...fields} />
      </fieldset>
      <StudyFields {...fields} />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={onboarding.isPending}>
          {t('onboarding.submit')}
        </Button>
      </div>
    </form>
  );
}
