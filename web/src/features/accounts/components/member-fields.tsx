import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../../contract/me';
import { TextField } from '../../../components/ui/form';
import { useValidationMessage } from '../../../i18n/validation-message';
import { type FieldErrors, parseYear } from '../../../lib/validation';

/** What registration and onboarding both ask, as the strings the inputs hold. */
export interface MemberValues {
  role: string;
  firstName: string;
  familyName: string;
  dateOfBirth: string;
  username: string;
  studyProgramme: string;
  startYear: string;
  graduationYear: string;
  [field: string]: string;
}

export const emptyMemberValues: MemberValues = {
  role: '',
  firstName: '',
  familyName: '',
  dateOfBirth: '',
  username: '',
  studyProgramme: '',
  startYear: '',
  graduationYear: '',
};

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
const hasStudies = (role: string) => role === 'student' || role === 'alumnus';
const text = (value: string) => value.trim() || undefined;

/**
 * The values as the contract's schemas take them: an empty field is left out (so it reads as
 * missing, not as invalid), and only the study fields of the chosen role are sent.
 */
export function memberInput(values: MemberValues) {
  return {
    role: isRole(values.role) ? values.role : undefined,
    firstName: text(values.firstName),
    familyName: text(values.familyName),
    dateOfBirth: values.dateOfBirth || undefined,
    username: text(values.username),
    ...(hasStudies(values.role) ? { studyProgramme: text(values.studyProgramme), startYear: parseYear(values.startYear) } : {}),
    ...(values.role === 'alumnus' ? { graduationYear: parseYear(values.graduationYear) } : {}),
  };
}

/** The fields in the order they appear, for the error summary. */
export const MEMBER_FIELD_ORDER = ['role', 'firstName', 'familyName', 'dateOfBirth', 'username', 'studyProgramme', 'startYear', 'graduationYear'];

interface FieldsProps {
  idPrefix: string;
  values: MemberValues;
  errors: FieldErrors;
  set(field: string, value: string): void;
}

/** The id of a field's control; the role's is its first option. */
export const memberFieldId = (idPrefix: string, field: string) => (field === 'role' ? `${idPrefix}-role-${ROLES[0]}` : `${idPrefix}-${field}`);

/** Student, alumnus or staff, each explained, with the advice for staff who are also alumni. */
export function RoleChoice({ idPrefix, values, errors, set }: FieldsProps) {
  const { t } = useTranslation('accounts');
  const message = useValidationMessage();
  const error = message(errors.role);
  const errorId = `${idPrefix}-role-error`;
  return (
    <fieldset className={error ? 'field role-choice has-error' : 'field role-choice'} aria-describedby={error ? errorId : undefined}>
      <legend className="field-label">{t('fields.role')}</legend>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="role-options">
        {ROLES.map((role) => (
          <div key={role} className={values.role === role ? 'role-option is-chosen' : 'role-option'}>
            <input
              id={`${idPrefix}-role-${role}`}
              type="radio"
              name={`${idPrefix}-role`}
              value={role}
              checked={values.role === role}
              onChange={() => set('role', role)}
              aria-describedby={`${idPrefix}-role-${role}-text`}
            />
            <label htmlFor={`${idPrefix}-role-${role}`}>
              <span className="role-name">{t(`roles.${role}.label`)}</span>
              <span id={`${idPrefix}-role-${role}-text`} className="role-text">
                {t(`roles.${role}.text`)}
              </span>
            </label>
          </div>
        ))}
      </div>
      <p className="role-tip">{t('roles.staffAlumnusTip')}</p>
    </fieldset>
  );
}

export function NameFields({ idPrefix, values, errors, set, only }: FieldsProps & { only?: ('firstName' | 'familyName')[] }) {
  const { t } = useTranslation('accounts');
  const message = useValidationMessage();
  const fields = only ?? (['firstName', 'familyName'] as const);
  return (
    <div className="field-pair">
      {fields.map((field) => (
        <TextField
          key={field}
          id={`${idPrefix}-${field}`}
          label={t(`fields.${field}`)}
          autoComplete={field === 'firstName' ? 'given-name' : 'family-name'}
          value={values[field]}
          error={message(errors[field])}
          onChange={(event) => set(field, event.target.value)}
        />
      ))}
    </div>
  );
}

export function BirthDateField({ idPrefix, values, errors, set }: FieldsProps) {
  const { t } = useTranslation('accounts');
  const message = useValidationMessage();
  return (
    <TextField
      id={`${idPrefix}-dateOfBirth`}
      className="field-narrow"
      label={t('fields.dateOfBirth')}
      hint={t('fields.dateOfBirthHint')}
      type="date"
      autoComplete="bday"
      value={values.dateOfBirth}
      error={message(errors.dateOfBirth)}
      onChange={(event) => set('dateOfBirth', event.target.value)}
    />
  );
}

export function UsernameField({ idPrefix, values, errors, set }: FieldsProps) {
  const { t } = useTranslation('accounts');
  const message = useValidationMessage();
  return (
    <TextField
      id={`${idPrefix}-username`}
      label={t('fields.username')}
      hint={t('fields.usernameHint')}
      autoComplete="username"
      autoCapitalize="off"
      spellCheck={false}
      value={values.username}
      error={message(errors.username)}
      onChange={(event) => set('username', event.target.value)}
    />
  );
}

/** Study programme and start year for students and alumni; alumni also give their graduation year. */
export function StudyFields({ idPrefix, values, errors, set }: FieldsProps) {
  const { t } = useTranslation('accounts');
  const message = useValidationMessage();
  if (!hasStudies(values.role)) return null;
  const years = values.role === 'alumnus' ? (['startYear', 'graduationYear'] as const) : (['startYear'] as const);
  return (
    <fieldset className="form-section">
      <legend>{t('register.studiesTitle')}</legend>
      <TextField
        id={`${idPrefix}-studyProgramme`}
        label={t('fields.studyProgramme')}
        hint={t('fields.studyProgrammeHint')}
        value={values.studyProgramme}
        error={message(errors.studyProgramme)}
        onChange={(event) => set('studyProgramme', event.target.value)}
      />
      <div className="field-pair">
        {years.map((field) => (
          <TextField
            key={field}
            id={`${idPrefix}-${field}`}
            label={t(`fields.${field}`)}
            hint={t('fields.yearHint')}
            inputMode="numeric"
            maxLength={4}
            value={values[field]}
            error={message(errors[field])}
            onChange={(event) => set(field, event.target.value)}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** A field's label for the error summary. */
export const memberFieldLabel =
  (t: TFunction<'accounts'>) =>
  (field: string): string =>
    field === 'role' ? t('fields.role') : t(`fields.${field as 'firstName'}`);
