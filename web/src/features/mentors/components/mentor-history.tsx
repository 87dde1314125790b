import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_MENTEES, type OwnMentorProfile } from '../../../../../contract/mentors';
import { Button } from '../../../components/ui/button';
import { errorMessage } from '../../../i18n/error-message';
import { useUpdateMentorProfile } from '../api/update-mentor-profile';

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

      <p className="capacity">{t('history.capacity', { count: profile.maxMentees, active: profile.activeMentees })}</p>
      {profile.activeMentees >= profile.maxMentees ? <p className="capacity-full">{t('history.fullNote')}</p> : null}

      <h3>{t('history.current')}</h3>
      <p className="empty-text">{profile.activeMentees > 0 ? t('history.currentCount', { count: profile.activeMentees }) : t('history.noCurrent')}</p>
      <h3>{t('history.past')}</h3>
      <p className="empty-text">{t('history.noPast')}</p>
    </section>
  );
}
