import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MentorCard as MentorCardData } from '../../../../../contract/mentors';
import { Avatar } from '../../../components/ui/avatar';
import { memberPath } from '../../../lib/paths';
import { usePlaceNames } from '../../../lib/places';
import { AvailabilityBadge, Responsiveness } from './availability-badge';
import { personOf, placeLine, programmeLine, workLine } from './mentor-facts';

interface MentorCardProps {
  mentor: MentorCardData;
  /** The level of the name's heading in the list it appears in. */
  headingLevel?: 2 | 3;
  /** Extra lines under the card's facts, such as the reasons for a suggestion. */
  children?: ReactNode;
  /**
   * Fewer lines, for the search results: a smaller photo, the headline and facts cut to two lines
   * and the first expertise areas with "+N" (all of them are still read out, and on the profile).
   */
  compact?: boolean;
}

/** A compact card shows this many expertise areas; the rest are counted. */
const COMPACT_EXPERTISE = 3;

/** One mentor in a list: photo, name (a link to the profile), headline, programme and year, availability. */
/** The mentor's name, linking to their profile, with their availability beside it. */
export function MentorNameLine({ mentor, headingLevel }: { mentor: MentorCardData; headingLevel: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="mentor-card-top">
      <Heading className="mentor-card-name">
        <Link to={memberPath(mentor.username)}>{mentor.name}</Link>
      </Heading>
      <AvailabilityBadge availability={mentor.availability} />
    </div>
  );
}

export function MentorCard({ mentor, headingLevel = 3, children, compact = false }: MentorCardProps) {
  const { t } = useTranslation('mentors');
  const places = usePlaceNames();
  const hiddenExpertise = compact ? Math.max(0, mentor.expertise.length - COMPACT_EXPERTISE) : 0;
  const programme = programmeLine(t, mentor);
  const work = workLine(t, mentor);
  const place = placeLine(mentor, places.countryName);

  return (
    <article className={compact ? 'mentor-card is-compact' : 'mentor-card'}>
      <Avatar person={personOf(mentor)} />
      <div className="mentor-card-body">
        <MentorNameLine mentor={mentor} headingLevel={headingLevel} />
        {mentor.headline ? <p className="mentor-card-headline">{mentor.headline}</p> : null}
        <ul className="mentor-card-facts">
          {programme ? <li>{programme}</li> : null}
          {work ? <li>{work}</li> : null}
          {place ? <li>{place}</li> : null}
        </ul>
        {mentor.expertise.length ? (
          <ul className="chips" aria-label={t('card.expertise')}>
            {mentor.expertise.map((tag, index) => (
              <li key={tag} className={compact && index >= COMPACT_EXPERTISE ? 'chip visually-hidden' : 'chip'}>
                {tag}
              </li>
            ))}
            {hiddenExpertise ? (
              <li className="chip chip-more" aria-hidden="true">
                {t('card.moreExpertise', { count: hiddenExpertise })}
              </li>
            ) : null}
          </ul>
        ) : null}
        <Responsiveness value={mentor.responsiveness} />
        {children}
      </div>
    </article>
  );
}
