import { useParams } from 'react-router';
import { MentorRequestButton } from '../../features/mentoring/components/mentor-request-button';
import { MemberProfilePage } from '../../features/mentors/components/member-profile-page';

/** /members/:username — a member's page (their mentor profile, when they have one). */
export function MemberRoute() {
  const { username = '' } = useParams();
  // A new page for every member, so nothing of the previous one lingers.
  return <MemberProfilePage key={username} username={username} requestButton={(mentor) => <MentorRequestButton mentor={mentor} />} />;
}
