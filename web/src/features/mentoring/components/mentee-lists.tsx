import { useTranslation } from 'react-i18next';
import type { Mentorship } from '../../../../../contract/mentoring';
import { formatDate } from '../../../lib/format';
import { useDoneMessage } from './done-message';
import { EndMentorshipAction } from './end-mentorship';
import { MentorshipPerson } from './mentorship-person';
import { endedByMe } from './mentorship-facts';

/** The Mentor History's current mentees: each with the date it started and "End mentorship". */
export function CurrentMentees({ items }: { items: Mentorship[] }) {
  const { t, i18n } = useTranslation('mentoring');
  const done = useDoneMessage();
  return (
    <>
      <h3>{t('history.current')}</h3>
      {done.element}
      {items.length === 0 ? (
        <p className="empty-text">{t('history.noCurrent')}</p>
      ) : (
        <ul className="mentorship-list">
          {items.map((mentorship) => (
            <li key={mentorship.id}>
              <MentorshipPerson
                person={mentorship.mentee}
                headingLevel={4}
                action={mentorship.can.end ? <EndMentorshipAction mentorship={mentorship} onDone={done.show} /> : null}
              >
                <p className="mentorship-person-line">{t('person.since', { date: formatDate(mentorship.startedAt, i18n.language) })}</p>
              </MentorshipPerson>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The Mentor History's past mentees: from – to, who ended it and why (when a reason was given). */
export function PastMentees({ items }: { items: Mentorship[] }) {
  const { t, i18n } = useTranslation('mentoring');
  return (
    <>
      <h3>{t('history.past')}</h3>
      {items.length === 0 ? (
        <p className="empty-text">{t('history.noPast')}</p>
      ) : (
        <ul className="mentorship-list">
          {items.map((mentorship) => {
            const byMe = endedByMe(mentorship);
            return (
              <li key={mentorship.id}>
                <MentorshipPerson person={mentorship.mentee} headingLevel={4}>
                  <p className="mentorship-person-line">
                    {t('person.period', {
                      from: formatDate(mentorship.startedAt, i18n.language),
                      to: mentorship.endedAt ? formatDate(mentorship.endedAt, i18n.language) : '…',
                    })}
                  </p>
                  {byMe === null ? null : (
                    <p className="mentorship-person-line">
                      {byMe ? t('history.endedByYou') : t('history.endedByOther', { name: mentorship.mentee.name })}
                      {mentorship.endReason ? ` · ${t('history.reason', { reason: t(`endReasons.${mentorship.endReason}`) })}` : null}
                    </p>
                  )}
                </MentorshipPerson>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
