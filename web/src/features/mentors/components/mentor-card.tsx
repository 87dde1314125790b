import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MentorCard as MentorCardData } from '../../../../../contract/mentors';
import { Avatar } from '../../../components/ui/avatar';
import { memberPath } from '../../../lib/paths';
import { AvailabilityBadge, Responsiveness } from './availability-badge';
import { placeLine, programmeLine, workLine } from './mentor-facts';

interface MentorCardProps {
  mentor: MentorCardData;
  /** The level of the name's heading in the list it appears in. */
  headingLevel?: 2 | 3;
  /** Extra lines under the card's facts, such as the reasons for a suggestion. */
  children?: ReactNode;
}

/** A card has the full name only; its first and last word give the initials when there is no photo. */
const personOf = ({ name, image }: MentorCardData) => {
  const words = name.trim().split(/\s+/);
  return { name, image, firstName: words[0] ?? null, familyName: words.length > 1 ? (words.at(-1) ?? null) : null };
};

/** One mentor in a list: photo, name (a link to the profile), headline, programme and year, availability. */
export function MentorCard({ mentor, headingLevel = 3, children }: MentorCardProps) {
  const { t } = useTranslation('mentors');
  const Heading = `h${headingLevel}` as const;
  const programme = programmeLine(t, mentor);
  const work = workLine(t, mentor);
  const place = placeLine(mentor);

  return (
    <article className="mentor-card">
      <Avatar person={personOf(mentor)} />
      <div className="mentor-card-body">
        <div className="mentor-card-top">
          <Heading className="mentor-card-name">
            <Link to={memberPath(mentor.username)}>{mentor.name}</Link>
          </Heading>
          <AvailabilityBadge availability={mentor.availability} />
        </div>
        {mentor.headline ? <p className="mentor-card-headline">{mentor.headline}</p> : null}
        <ul className="mentor-card-facts">
          {programme ? <li>{programme}</li> : null}
          {work ? <li>{work}</li> : null}
          {place ? <li>{place}</li> : null}
        </ul>
        {mentor.expertise.length ? (
          <ul className="chips" aria-label={t('card.expertise')}>
            {mentor.expertise.map((tag) => (
              <li key={tag} className="chip">
                {tag}
              </li>
            ))}
          </ul>
        ) : null}
        <Responsiveness value={mentor.responsiveness} />
        {children}
      </div>
    </article>
  );
}
