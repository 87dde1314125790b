import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INDUSTRIES, MENTOR_LIMITS, type Industry, type OwnMentorProfile } from '../../../../../contract/mentors';
import { type CountryCode, type LanguageCode, MAX_LANGUAGES } from '../../../../../contract/places';
import { PROFILE_LIMITS } from '../../../../../contract/profile';
import { Button } from '../../../components/ui/button';
import { CountrySelect } from '../../../components/ui/country-select';
import { Field, TextAreaField, TextField } from '../../../components/ui/form';
import { LanguagePicker } from '../../../components/ui/language-picker';
import { Notice } from '../../../components/ui/notice';
import { TagInput } from '../../../components/ui/tag-input';
import { errorMessage } from '../../../i18n/error-message';
import { useLanguagePickerTexts, useUnmatchedPlacesNote } from '../../../i18n/place-texts';
import { useValidationMessage } from '../../../i18n/validation-message';
import { fieldErrorsFromApi } from '../../../lib/validation';
import { useExpertiseTags } from '../api/get-expertise-tags';
import { type UpdateMentorProfileInput, useUpdateMentorProfile } from '../api/update-mentor-profile';

type Draft = {
  headline: string;
  approach: string;
  expertise: string[];
  industry: Industry | '';
  jobTitle: string;
  employer: string;
  city: string;
  country: string;
  languages: string[];
};

const draftOf = (profile: OwnMentorProfile): Draft => ({
  headline: profile.headline ?? '',
  approach: profile.approach ?? '',
  expertise: profile.expertise,
  industry: profile.industry ?? '',
  jobTitle: profile.jobTitle ?? '',
  employer: profile.employer ?? '',
  city: profile.city ?? '',
  country: profile.country ?? '',
  languages: profile.languages,
});

const inputOf = (draft: Draft): UpdateMentorProfileInput => ({
  ...draft,
  industry: draft.industry || null,
  // The pickers offer codes from the lists only.
  country: (draft.country || null) as CountryCode | null,
  languages: draft.languages as LanguageCode[],
});

/** The mentor profile's fields. Headline, work, location and languages are shared with the personal profile. */
export function MentorProfileForm({ profile }: { profile: OwnMentorProfile }) {
  const { t } = useTranslation('mentors');
  const { t: tCommon } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(profile));
  const expertiseTags = useExpertiseTags();
  const update = useUpdateMentorProfile();
  const message = useValidationMessage();
  const languageTexts = useLanguagePickerTexts();
  const unmatched = useUnmatchedPlacesNote(profile.unmatchedPlaces);
  const fieldErrors = fieldErrorsFromApi(update.error) ?? {};
  const isChanged = JSON.stringify(draft) !== JSON.stringify(draftOf(profile));

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    update.reset();
  };
  const text = (key: 'headline' | 'jobTitle' | 'employer' | 'city', maxLength: number) => ({
    value: draft[key],
    maxLength,
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(inputOf(draft), { onSuccess: (saved) => setDraft(draftOf(saved)) });
  };
  const tagTexts = (count: number) => ({
    add: t('tags.add'),
    remove: (tag: string) => t('tags.remove', { tag }),
    full: t('tags.full', { count }),
  });

  return (
    <form className="mentor-form form card" onSubmit={submit} aria-labelledby="mentor-form-heading">
      <h2 id="mentor-form-heading">{t('form.heading')}</h2>
      <p className="section-lead">{t('form.lead')}</p>

      <TextField
        id="mentor-headline"
        label={t('form.headline')}
        hint={t('form.headlineHint')}
        type="text"
        {...text('headline', PROFILE_LIMITS.headline)}
      />
      <TextAreaField
        id="mentor-approach"
        label={t('form.approach')}
        hint={t('form.approachHint')}
        rows={5}
        maxLength={MENTOR_LIMITS.approach}
        value={draft.approach}
        onChange={(event) => set('approach', event.target.value)}
      />
      <TagInput
        id="mentor-expertise"
        label={t('form.expertise')}
        hint={t('form.expertiseHint')}
        tags={draft.expertise}
        onChange={(tags) => set('expertise', tags)}
        suggestions={expertiseTags.data}
        max={MENTOR_LIMITS.expertiseTags}
        maxLength={MENTOR_LIMITS.tag}
        texts={tagTexts(MENTOR_LIMITS.expertiseTags)}
      />
      <Field id="mentor-industry" label={t('form.industry')}>
        {(control) => (
          <select className="input" {...control} value={draft.industry} onChange={(event) => set('industry', event.target.value as Industry | '')}>
            <option value="">{t('form.industryNone')}</option>
            {INDUSTRIES.map((industry) => (
              <option key={industry} value={industry}>
                {t(`industries.${industry}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-pair">
        <TextField id="mentor-job-title" label={t('form.jobTitle')} autoComplete="organization-title" {...text('jobTitle', PROFILE_LIMITS.jobTitle)} />
        <TextField id="mentor-employer" label={t('form.employer')} autoComplete="organization" {...text('employer', PROFILE_LIMITS.employer)} />
      </div>
      {unmatched ? (
        <Notice>
          <strong>{unmatched.title}</strong>
          {unmatched.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Notice>
      ) : null}
      <div className="field-pair">
        <TextField id="mentor-city" label={t('form.city')} autoComplete="address-level2" {...text('city', PROFILE_LIMITS.city)} />
        <CountrySelect
          id="mentor-country"
          label={t('form.country')}
          noneLabel={tCommon('places.noCountry')}
          value={draft.country}
          error={message(fieldErrors.country)}
          onChange={(country) => set('country', country)}
        />
      </div>
      <LanguagePicker
        id="mentor-languages"
        label={t('form.languages')}
        hint={t('form.languagesHint')}
        error={message(fieldErrors.languages)}
        value={draft.languages}
        onChange={(languages) => set('languages', languages)}
        max={MAX_LANGUAGES}
        texts={languageTexts}
      />
      <div className="read-only-facts">
        <h3>{t('form.studiesHeading')}</h3>
        <dl>
          <div>
            <dt>{t('form.programme')}</dt>
            <dd>{profile.studyProgramme ?? t('form.notGiven')}</dd>
          </div>
          <div>
            <dt>{t('form.graduationYear')}</dt>
            <dd>{profile.graduationYear ?? t('form.notGiven')}</dd>
          </div>
        </dl>
        <p className="field-hint">{t('form.studiesHint')}</p>
      </div>

      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={!isChanged || update.isPending}>
          {t('form.save')}
        </Button>
        <p className="success-text" aria-live="polite">
          {update.isSuccess && !isChanged ? t('form.saved') : ''}
        </p>
      </div>
      {update.error && !fieldErrorsFromApi(update.error) ? <p className="field-error">{errorMessage(tCommon, update.error)}</p> : null}
    </form>
  );
}
