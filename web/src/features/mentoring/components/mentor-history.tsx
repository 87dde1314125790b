import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_MENTEES, type OwnMentorProfile } from '../../../../../contract/mentors';
import { Button } from '../../../components/ui/button';
import { Notice } from '../../../components/ui/notice';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { useUpdateMentorProfile } from '../../mentors';
import { useMentorships } from '../api/get-mentorships';
import { CapacityLine } from './capacity-line';
import { CurrentMentees, PastMentees } from './mentee-lists';

const CHOICES = Array.from({ length: MAX_MENTEES.max - MAX_MENTEES.min + 1 }, (_, index) => MAX_MENTEES.min + index);

/**
 * The Mentor History section: the maximum number of mentees at once (1–5, saved on its own) and
 * the mentees, current and past.
 */
export function MentorHistory({ profile }: { profile: OwnMentorProfile }) {
  const { t } = useTranslation('mentors');
  const { t: tCommon } = useTranslation();
  const [maxMentees, setMaxMentees] = useState(profile.maxMentees);
  const update = useUpdateMentorProfile();
  const isChanged = maxMentees !== profile.maxMentees;

  return (
    <section className="mentor-history card" aria-labelledby="mentor-history-heading">
      <h2 id="mentor-history-heading">{t('history.heading')}</h2>
      <form
        className="max-mentees"
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({ maxMentees });
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor="mentor-max-mentees">{t('history.maxMentees')}</label>
          <p className="field-hint" id="mentor-max-mentees-hint">
            {t('history.maxMenteesHint')}
          </p>
          <div className="inline-fields">
            <select
              id="mentor-max-mentees"
              className="input"
              aria-describedby="mentor-max-mentees-hint"
              value={maxMentees}
              onChange={(event) => {
                setMaxMentees(Number(event.target.value));
                update.reset();
              }}
            >
              {CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {choice}
                </option>
              ))}
            </select>
            <Button type="submit" variant="primary" disabled={!isChanged || update.isPending}>
              {t('history.save')}
            </Button>
            <p className="success-text" aria-live="polite">
              {update.isSuccess && !isChanged ? t('history.saved') : ''}
            </p>
          </div>
        </div>
        {update.error ? <p className="field-error">{errorMessage(tCommon, update.error)}</p> : null}
      </form>

      <MenteeLists profile={profile} />
    </section>
  );
}

/**
 * The places taken and the mentees. The places count the active mentorships in the list, which
 * is fetched again whenever one ends; the maximum is the one just saved above.
 */
function MenteeLists({ profile }: { profile: OwnMentorProfile }) {
  const { t } = useTranslation('mentoring');
  const { t: tCommon } = useTranslation();
  const mentorships = useMentorships({ role: 'mentor' });

  if (mentorships.isPending) return <Spinner label={t('history.loading')} />;
  if (mentorships.error) {
    return (
      <Notice tone="error">
        <p>{errorMessage(tCommon, mentorships.error)}</p>
      </Notice>
    );
  }
  const items = mentorships.data.items;
  const current = items.filter((mentorship) => mentorship.isActive);
  const past = items.filter((mentorship) => !mentorship.isActive);
  return (
    <>
      <CapacityLine
        capacity={{ maxMentees: profile.maxMentees, activeMentees: current.length, isPaused: profile.pausedAt !== null, isFull: profile.availability === 'full' }}
      />
      <CurrentMentees items={current} />
      <PastMentees items={past} />
    </>
  );
}
