import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonalProfile as Profile } from '../../../../../contract/profile';
import { Notice } from '../../../components/ui/notice';
import { renderMarkup } from '../../../components/ui/rich-text';
import { Spinner } from '../../../components/ui/spinner';
import { useErrorMessage } from '../../../i18n/validation-message';
import { useSite } from '../../../lib/site';
import { useProfile } from '../api/get-profile';
import { EmailAddress } from './email-address';
import { GraduationRequest } from './graduation-request';
import { LinkedIdentities } from './linked-identities';
import { PersonalDetailsForm } from './personal-details-form';
import { PhotoEditor } from './photo-editor';

interface PersonalProfileProps {
  /** The email settings, shown under Email/Web below the address (they belong to Settings too). */
  emailSettings: ReactNode;
}

/**
 * The Personal tab of Profile: photo and personal details on the left; role and studies, linked
 * sign-in accounts and, at the bottom right, Email/Web.
 */
export function PersonalProfile({ emailSettings }: PersonalProfileProps) {
  const { t } = useTranslation('accounts');
  const failure = useErrorMessage();
  const profile = useProfile();
  if (profile.isPending) return <Spinner label={t('profile.loading')} />;
  if (profile.isError) return <Notice tone="error">{failure(profile.error)}</Notice>;
  return <ProfileSections profile={profile.data} emailSettings={emailSettings} />;
}

function ProfileSections({ profile, emailSettings }: { profile: Profile; emailSettings: ReactNode }) {
  const { t } = useTranslation('accounts');
  const { identityProviders } = useSite();
  // A link to a section (Settings links to #email-web) finds it once the profile is drawn.
  useEffect(() => {
    const section = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    section?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <div className="profile-layout">
      <div className="profile-main">
        <section className="card" aria-labelledby="profile-photo-title">
          <h2 id="profile-photo-title">{t('profile.photo.title')}</h2>
          <PhotoEditor profile={profile} />
        </section>
        <section className="card">
          <PersonalDetailsForm profile={profile} />
        </section>
      </div>
      <div className="profile-side">
        <section className="card" aria-labelledby="profile-studies-title">
          <h2 id="profile-studies-title">{t('profile.studies.title')}</h2>
          <StudiesSummary profile={profile} />
        </section>
        {identityProviders.length ? (
          <section className="card" aria-labelledby="profile-identities-title">
            <h2 id="profile-identities-title">{t('profile.identities.title')}</h2>
            <LinkedIdentities />
          </section>
        ) : null}
        <section className="card" aria-labelledby="profile-email-title" id="email-web">
          <h2 id="profile-email-title">{t('profile.email.title')}</h2>
          <EmailAddress profile={profile} />
          {emailSettings}
        </section>
      </div>
    </div>
  );
}

/** Role and studies as registered; only the alumni office changes them. */
function StudiesSummary({ profile }: { profile: Profile }) {
  const { t } = useTranslation('accounts');
  const { supportEmail } = useSite().institution;
  const rows: [string, string | number | null][] = [
    [t('profile.studies.role'), profile.role ? t(`roles.${profile.role}.label`) : null],
    [t('fields.studyProgramme'), profile.studyProgramme],
    [t('fields.startYear'), profile.startYear],
    [t('fields.graduationYear'), profile.graduationYear],
  ];
  return (
    <>
      <dl className="facts">
        {rows
          .filter(([, value]) => value !== null && value !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <p className="field-hint">{renderMarkup(t('profile.studies.note', { email: supportEmail }))}</p>
      {profile.role === 'student' ? <GraduationRequest /> : null}
    </>
  );
}
