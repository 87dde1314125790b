import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ListingNeed, OwnMentorProfile } from '../../../../../contract/mentors';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { renderMarkup } from '../../../components/ui/rich-text';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { useMe } from '../../../lib/auth';
import { memberPath, paths } from '../../../lib/paths';
import { useSite } from '../../../lib/site';
import { useActivateMentorProfile } from '../api/activate-mentor-profile';
import { useMentorTab } from '../api/get-mentor-tab';
import { usePauseMentoring } from '../api/pause-mentoring';
import { useResumeMentoring } from '../api/resume-mentoring';
import { AvailabilityBadge } from './availability-badge';
import { MentorProfileForm } from './mentor-profile-form';

/**
 * Profile → Mentor tab. Students and staff read why they cannot mentor; an alumnus without a
 * mentor profile sees the green "Activate Mentor Profile"; a mentor edits the profile, pauses or
 * resumes (top right) and sets the maximum number of mentees under Mentor History (`history`:
 * the mentoring feature's, handed in by the route, as mentoring builds on mentors and not back).
 */
export function MentorTab({ history }: { history: (profile: OwnMentorProfile) => ReactNode }) {
  const { t } = useTranslation('mentors');
  const { t: tCommon } = useTranslation();
  const tab = useMentorTab();

  if (tab.isPending) return <Spinner label={t('tab.loading')} />;
  if (tab.error) {
    return (
      <Notice tone="error">
        <p>{errorMessage(tCommon, tab.error)}</p>
      </Notice>
    );
  }
  const { canMentor, profile } = tab.data;
  if (!canMentor) return <CannotMentor />;
  if (!profile) return <Activate />;
  return (
    <div className="mentor-tab">
      <MentorStatus profile={profile} />
      <MentorProfileForm key={profile.activatedAt} profile={profile} />
      {history(profile)}
    </div>
  );
}

/** Why a student or member of staff has no mentor profile, and how the alumni office can change the role. */
function CannotMentor() {
  const { t } = useTranslation('mentors');
  const me = useMe();
  const { supportEmail: email } = useSite().institution;
  return (
    <section className="mentor-tab" aria-labelledby="mentor-tab-heading">
      <h2 id="mentor-tab-heading">{t('tab.cannotHeading')}</h2>
      <Notice>
        <p>{renderMarkup(me?.role === 'staff' ? t('tab.notForStaff', { email }) : t('tab.notForStudents'))}</p>
        <p>
          <Link to={paths.search}>{t('tab.findAMentor')}</Link>
        </p>
      </Notice>
    </section>
  );
}

function Activate() {
  const { t } = useTranslation('mentors');
  const { t: tCommon } = useTranslation();
  const activate = useActivateMentorProfile();
  return (
    <section className="mentor-tab mentor-activate card" aria-labelledby="mentor-tab-heading">
      <h2 id="mentor-tab-heading">{t('tab.activateHeading')}</h2>
      <p>{t('tab.activateText')}</p>
      <ul className="activate-points">
        <li>{t('tab.activatePoints.choose')}</li>
        <li>{t('tab.activatePoints.limit')}</li>
        <li>{t('tab.activatePoints.pause')}</li>
      </ul>
      <Button variant="positive" onClick={() => activate.mutate()} disabled={activate.isPending}>
        {t('tab.activate')}
      </Button>
      {activate.error ? <p className="field-error">{errorMessage(tCommon, activate.error)}</p> : null}
    </section>
  );
}

/** The heading with where the mentor stands, and Pause mentoring / Activate mentoring now at the top right. */
function MentorStatus({ profile }: { profile: OwnMentorProfile }) {
  const { t } = useTranslation('mentors');
  const { t: tCommon } = useTranslation();
  const me = useMe();
  const pause = usePauseMentoring();
  const resume = useResumeMentoring();
  const isPaused = profile.pausedAt !== null;
  const toggle = isPaused ? resume : pause;
  const failed = pause.error ?? resume.error;

  return (
    <div className="mentor-status card">
      <div className="mentor-status-text">
        <h2 id="mentor-tab-heading">{t('tab.heading')}</h2>
        {profile.missing.length ? (
          <MissingForListing missing={profile.missing} />
        ) : (
          <p aria-live="polite">
            <AvailabilityBadge availability={profile.availability} /> {t(`tab.status.${profile.availability}`)}
          </p>
        )}
        {me?.username ? <Link to={memberPath(me.username)}>{t('tab.viewAsMentee')}</Link> : null}
      </div>
      <div className="mentor-status-action">
        <Button
          variant={isPaused ? 'positive' : 'secondary'}
          onClick={() => (isPaused ? resume : pause).mutate()}
          disabled={toggle.isPending || profile.availability === 'unlisted'}
        >
          {isPaused ? t('tab.resume') : t('tab.pause')}
        </Button>
        {failed ? <p className="field-error">{errorMessage(tCommon, failed)}</p> : null}
      </div>
    </div>
  );
}

/** Where each thing a mentee needs is filled in on the form below. */
const FIELD_OF: Record<ListingNeed, string> = {
  headline_or_approach: 'mentor-headline',
  expertise: 'mentor-expertise-input',
  languages: 'mentor-languages',
};

/**
 * Until the profile says enough for a mentee to choose (the server's `missing`), it is not listed:
 * say so, and lead to each field still empty.
 */
function MissingForListing({ missing }: { missing: ListingNeed[] }) {
  const { t } = useTranslation('mentors');
  const focus = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus();
  };
  return (
    <div className="mentor-missing" aria-live="polite">
      <p>
        <span className="availability availability-unlisted">{t('tab.notListedYet')}</span> {t('tab.missingLead')}
      </p>
      <ul className="mentor-missing-list">
        {missing.map((need) => (
          <li key={need}>
            <a href={`#${FIELD_OF[need]}`} onClick={(event) => focus(event, FIELD_OF[need])}>
              {t(`tab.missing.${need}`)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
