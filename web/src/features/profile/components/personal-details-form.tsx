import { useTranslation } from 'react-i18next';
import type { PersonalProfile } from '../../../../../contract/profile';
import { PROFILE_LIMITS } from '../../../../../contract/profile';
import { Button } from '../../../components/ui/button';
import { CountrySelect } from '../../../components/ui/country-select';
import { ErrorSummary, TextAreaField, TextField } from '../../../components/ui/form';
import { LanguagePicker } from '../../../components/ui/language-picker';
import { Notice } from '../../../components/ui/notice';
import { RichText } from '../../../components/ui/rich-text';
import { useLanguagePickerTexts, useUnmatchedPlacesNote } from '../../../i18n/place-texts';
import { summaryErrors, useErrorMessage, useValidationMessage } from '../../../i18n/validation-message';
import { MAX_LANGUAGES } from '../../../../../contract/places';
import { useSite } from '../../../lib/site';
import { useForm } from '../../../lib/use-form';
import { fieldErrors, fieldErrorsFromApi } from '../../../lib/validation';
import { UpdateProfileSchema, useUpdateProfile } from '../api/update-profile';

const ID = 'profile';
const TEXT_FIELDS = ['headline', 'jobTitle', 'employer', 'city'] as const;
const ORDER = ['firstName', 'familyName', 'headline', 'bio', 'jobTitle', 'employer', 'city', 'country', 'languages', 'linkedinUrl'];

const initialValues = (profile: PersonalProfile) => ({
  firstName: profile.firstName ?? '',
  familyName: profile.familyName ?? '',
  headline: profile.headline ?? '',
  bio: profile.bio ?? '',
  jobTitle: profile.jobTitle ?? '',
  employer: profile.employer ?? '',
  city: profile.city ?? '',
  country: profile.country ?? '',
  // Codes, comma-separated: the form keeps strings.
  languages: profile.languages.join(','),
  linkedinUrl: profile.linkedinUrl ?? '',
});

type Values = ReturnType<typeof initialValues>;

const codesOf = (languages: string) => languages.split(',').filter(Boolean);

const toInput = ({ firstName, familyName, country, languages, ...rest }: Values) => ({
  ...rest,
  firstName: firstName.trim() || undefined,
  familyName: familyName.trim() || undefined,
  country: country || null,
  languages: codesOf(languages),
});

const validate = (values: Values) => {
  const result = UpdateProfileSchema.safeParse(toInput(values));
  const errors = result.success ? {} : fieldErrors(result.error.issues);
  // Names can be left out of an update, but not emptied.
  if (!values.firstName.trim()) errors.firstName = 'required';
  if (!values.familyName.trim()) errors.familyName = 'required';
  return errors;
};

/** Names, headline, about me, work, place, languages and LinkedIn page; the user name only to read. */
export function PersonalDetailsForm({ profile }: { profile: PersonalProfile }) {
  const { t } = useTranslation('accounts');
  const { t: tCommon } = useTranslation();
  const { supportEmail } = useSite().institution;
  const message = useValidationMessage();
  const failure = useErrorMessage();
  const form = useForm(initialValues(profile), validate);
  const update = useUpdateProfile();
  const languageTexts = useLanguagePickerTexts();
  const unmatched = useUnmatchedPlacesNote(profile.unmatchedPlaces);
  const { values, errors, set } = form;
  const labelOf = (name: string) =>
    name === 'firstName' || name === 'familyName' ? t(`fields.${name}`) : t(`profile.fields.${name as 'headline'}`);
  const field = (name: keyof Values) => ({
    id: `${ID}-${name}`,
    value: values[name],
    error: message(errors[name]),
    onChange: (event: { target: { value: string } }) => {
      update.reset();
      set(name, event.target.value);
    },
  });

  const onValid = (valid: Values) =>
    update.mutate(UpdateProfileSchema.parse(toInput(valid)), {
      onSuccess: (saved) => form.reset(initialValues(saved)),
      onError: (error) => form.showServerErrors(fieldErrorsFromApi(error) ?? {}),
    });

  return (
    <form className="form" noValidate onSubmit={form.submit(onValid)} aria-labelledby="profile-details-title">
      <h2 id="profile-details-title">{t('profile.detailsTitle')}</h2>
      <ErrorSummary title={t('form.errorSummary')} errors={summaryErrors(errors, ORDER, { idOf: (name) => `${ID}-${name}`, labelOf, message })} focusKey={form.attempts} />
      {update.isError && !fieldErrorsFromApi(update.error) ? <Notice tone="error">{failure(update.error)}</Notice> : null}
      <div className="field-pair">
        <TextField label={t('fields.firstName')} autoComplete="given-name" {...field('firstName')} />
        <TextField label={t('fields.familyName')} autoComplete="family-name" {...field('familyName')} />
      </div>
      <TextField
        id={`${ID}-username`}
        label={t('fields.username')}
        value={profile.displayUsername ?? profile.username ?? ''}
        readOnly
        hint={<RichText text={t('profile.usernameFixed', { email: supportEmail })} />}
      />
      <TextField label={t('profile.fields.headline')} hint={t('profile.fields.headlineHint')} maxLength={PROFILE_LIMITS.headline} {...field('headline')} />
      <TextAreaField label={t('profile.fields.bio')} hint={t('profile.fields.bioHint')} rows={5} maxLength={PROFILE_LIMITS.bio} {...field('bio')} />
      {unmatched ? (
        <Notice>
          <strong>{unmatched.title}</strong>
          {unmatched.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Notice>
      ) : null}
      <div className="field-pair">
        {TEXT_FIELDS.slice(1, 3).map((name) => (
          <TextField key={name} label={t(`profile.fields.${name}`)} maxLength={PROFILE_LIMITS[name]} {...field(name)} />
        ))}
      </div>
      <div className="field-pair">
        <TextField label={t('profile.fields.city')} autoComplete="address-level2" maxLength={PROFILE_LIMITS.city} {...field('city')} />
        <CountrySelect
          id={`${ID}-country`}
          label={t('profile.fields.country')}
          noneLabel={tCommon('places.noCountry')}
          value={values.country}
          error={message(errors.country)}
          onChange={(code) => {
            update.reset();
            set('country', code);
          }}
        />
      </div>
      <LanguagePicker
        id={`${ID}-languages`}
        label={t('profile.fields.languages')}
        hint={t('profile.fields.languagesHint')}
        error={message(errors.languages)}
        value={codesOf(values.languages)}
        max={MAX_LANGUAGES}
        texts={languageTexts}
        onChange={(codes) => {
          update.reset();
          set('languages', codes.join(','));
        }}
      />
      <TextField
        label={t('profile.fields.linkedinUrl')}
        hint={t('profile.fields.linkedinUrlHint')}
        type="url"
        inputMode="url"
        {...field('linkedinUrl')}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={update.isPending}>
          {t('profile.save')}
        </Button>
        <span aria-live="polite" className="success-text">
          {update.isSuccess ? t('profile.saved') : null}
        </span>
      </div>
    </form>
  );
}
