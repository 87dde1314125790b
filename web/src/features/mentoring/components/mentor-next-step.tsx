import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../../../contract/mentoring';
import { ButtonLink } from '../../../components/ui/button';
import { paths } from '../../../lib/paths';
import { DashboardSection } from './dashboard-section';

/** For an alumnus without a mentor profile (the server's `can.mentor`): the invitation to become a mentor. */
export function BecomeMentor() {
  const { t } = useTranslation('mentoring');
  return (
    <DashboardSection id="dashboard-become-mentor" title={t('dashboard.becomeMentor.heading')}>
      <p>{t('dashboard.becomeMentor.text')}</p>
      <ButtonLink to={paths.profileMentor} variant="positive">
        {t('dashboard.becomeMentor.action')}
      </ButtonLink>
    </DashboardSection>
  );
}

/** Under a mentor's requests: mentees cannot find them until the profile says enough, and what it still needs. */
export function MentorProfileIncomplete({ profile }: { profile: NonNullable<Dashboard['mentorProfile']> }) {
  const { t } = useTranslation('mentoring');
  const { t: tMentors } = useTranslation('mentors');
  return (
    <div className="dashboard-notice">
      <p>{t('dashboard.profileIncomplete.text')}</p>
      <ul>
        {profile.missing.map((need) => (
          <li key={need}>{tMentors(`tab.missing.${need}`)}</li>
        ))}
      </ul>
      <p>
        <Link to={paths.profileMentor}>{t('dashboard.profileIncomplete.action')}</Link>
      </p>
    </div>
  );
}

/** For members who can never mentor (students, staff): where the help pages explain the rest. */
export function HelpNextStep() {
  const { t } = useTranslation('mentoring');
  return (
    <DashboardSection id="dashboard-help" title={t('dashboard.help.heading')}>
      <p>{t('dashboard.help.text')}</p>
      <p>
        <Link to={paths.help}>{t('dashboard.help.action')}</Link>
      </p>
    </DashboardSection>
  );
}
