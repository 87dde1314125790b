import { useTranslation } from 'react-i18next';
import type { Mentorship } from '../../../../../contract/mentoring';
import { ButtonLink } from '../../../components/ui/button';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { DashboardSection } from './dashboard-section';
import { useDoneMessage } from './done-message';
import { EndMentorshipAction } from './end-mentorship';
import { MentorshipPerson } from './mentorship-person';
import { otherSide } from './mentorship-facts';

interface ActiveMentorshipsProps {
  items: Mentorship[];
  /** A mentor waits for requests; anyone else is pointed at Search when there is nothing here. */
  isMentor: boolean;
}

/** The running mentorships, as mentor and as mentee: the other person, since when, and "End mentorship". */
export function ActiveMentorships({ items, isMentor }: ActiveMentorshipsProps) {
  const { t, i18n } = useTranslation('mentoring');
  const done = useDoneMessage();
  return (
    <DashboardSection id="dashboard-mentorships" title={t('dashboard.mentorships.heading')}>
      {done.element}
      {items.length === 0 ? (
        isMentor ? (
          <p className="empty-text">{t('dashboard.mentorships.emptyMentor')}</p>
        ) : (
          <div className="empty-state">
            <p>{t('dashboard.mentorships.emptyMentee')}</p>
            <ButtonLink to={paths.search} variant="primary">
              {t('dashboard.mentorships.search')}
            </ButtonLink>
          </div>
        )
      ) : (
        <ul className="mentorship-list">
          {items.map((mentorship) => (
            <li key={mentorship.id}>
              <p className="mentorship-role">{t(mentorship.role === 'mentor' ? 'dashboard.mentorships.asMentor' : 'dashboard.mentorships.asMentee')}</p>
              <MentorshipPerson
                person={otherSide(mentorship)}
                action={mentorship.can.end ? <EndMentorshipAction mentorship={mentorship} onDone={done.show} /> : null}
              >
                <p className="mentorship-person-line">{t('person.since', { date: formatDate(mentorship.startedAt, i18n.language) })}</p>
              </MentorshipPerson>
            </li>
          ))}
        </ul>
      )}
    </DashboardSection>
  );
}
