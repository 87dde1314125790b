import { useTranslation } from 'react-i18next';
import type { PublicMentorProfile } from '../../../../../contract/mentors';

/**
 * SLOT for the mentoring-request button, under the mentor's photo (the FAQ puts it there).
 *
 * The requests feature fills this in: the orange "Mentoring request pending (retract)" while the
 * signed-in member has a pending request to this mentor, otherwise "Send mentoring request"
 * (rule 13: not to oneself, not during an active mentorship, not to a paused, full or unlisted
 * mentor). Until then it only says when the mentor takes no new requests.
 */
export function MentorRequestSlot({ mentor }: { mentor: PublicMentorProfile }) {
  const { t } = useTranslation('mentors');
  if (mentor.isSelf || mentor.availability === 'available') return <div className="mentor-request-slot" data-slot="mentor-request" />;
  return (
    <div className="mentor-request-slot" data-slot="mentor-request">
      <p className="unavailable-note">{t(`profile.unavailable.${mentor.availability}`)}</p>
    </div>
  );
}
