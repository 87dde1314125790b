import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MentorCapacity } from '../../../../../contract/mentoring';
import { ApiError } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';

/** The places as the capacity says, or as a 409 mentor_full's details say (maxMentees, activeMentees). */
function placesOf(capacity: MentorCapacity | null, error: unknown): { max: number; active: number } | null {
  const details = error instanceof ApiError ? (error.details as { maxMentees?: unknown; activeMentees?: unknown } | undefined) : undefined;
  if (typeof details?.maxMentees === 'number' && typeof details.activeMentees === 'number') {
    return { max: details.maxMentees, active: details.activeMentees };
  }
  return capacity ? { max: capacity.maxMentees, active: capacity.activeMentees } : null;
}

/**
 * Why Accept cannot be used — every place is taken — and the two ways to make room, both on the
 * Mentor tab: raise the maximum (Mentor History) or end a mentorship. Declining still works.
 */
export function CapacityOffer({ capacity, error }: { capacity: MentorCapacity | null; error?: unknown }) {
  const { t } = useTranslation('requests');
  const places = placesOf(capacity, error);
  return (
    <div id="capacity-offer" className="capacity-offer" role={error ? 'alert' : undefined}>
      <p className="capacity-offer-title">
        {places ? t('capacity.fullTaken', { count: places.max, active: places.active }) : t('capacity.full')}
      </p>
      <p>{t('capacity.fullText')}</p>
      <ul className="capacity-offer-links">
        <li>
          <Link to={paths.profileMentor}>{t('capacity.raise')}</Link>
        </li>
        <li>
          <Link to={paths.profileMentor}>{t('capacity.end')}</Link>
        </li>
      </ul>
    </div>
  );
}
