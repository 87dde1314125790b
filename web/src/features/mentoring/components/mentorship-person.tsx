import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberSummary } from '../../../../../contract/mentoring';
import { Avatar } from '../../../components/ui/avatar';
import { memberPath } from '../../../lib/paths';
import { personOf, programmeLine } from './mentorship-facts';

interface MentorshipPersonProps {
  person: MemberSummary;
  /** The level of the name's heading in the section it appears in. */
  headingLevel?: 3 | 4;
  /** Lines under the name, such as "Since 3 March 2026". */
  children?: ReactNode;
  /** Beside the person on wide screens, under them on phones: "End mentorship", say. */
  action?: ReactNode;
}

/** One person in a mentoring list: photo, name (a link to their profile), programme and year, and more lines. */
export function MentorshipPerson({ person, headingLevel = 3, children, action }: MentorshipPersonProps) {
  const { t } = useTranslation('mentoring');
  const Heading = `h${headingLevel}` as const;
  const programme = programmeLine(t, person);
  return (
    <div className="mentorship-person">
      <Avatar person={personOf(person)} />
      <div className="mentorship-person-body">
        <Heading className="mentorship-person-name">
          <Link to={memberPath(person.username)}>{person.name}</Link>
        </Heading>
        {programme ? <p className="mentorship-person-line">{programme}</p> : null}
        {children}
      </div>
      {action ? <div className="mentorship-person-action">{action}</div> : null}
    </div>
  );
}
