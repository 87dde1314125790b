import { useTranslation } from 'react-i18next';
import type { MentorCapacity } from '../../../../../contract/mentoring';
import { capacityNote } from './mentorship-facts';

/** "2 of 3 places taken.", and why no requests can come in when the mentor is full or paused. */
export function CapacityLine({ capacity }: { capacity: Pick<MentorCapacity, 'maxMentees' | 'activeMentees' | 'isPaused' | 'isFull'> }) {
  const { t } = useTranslation('mentoring');
  const note = capacityNote(capacity);
  return (
    <div className="capacity">
      <p className="capacity-count">{t('capacity.taken', { count: capacity.maxMentees, active: capacity.activeMentees })}</p>
      {note ? <p className="capacity-note">{t(`capacity.${note}`)}</p> : null}
    </div>
  );
}
