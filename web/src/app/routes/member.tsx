import { useParams } from 'react-router';
import type { PublicMentorProfile } from '../../../../contract/mentors';
import type { Member } from '../../../../contract/profile';
import { BlockButton, SendMessageButton } from '../../features/inbox';
import { MentorRequestButton } from '../../features/mentoring/components/mentor-request-button';
import { MemberProfilePage } from '../../features/mentors/components/member-profile-page';
import { useMe } from '../../lib/auth';

/** /members/:username — a member's page (their mentor profile, when they have one). */
export function MemberRoute() {
  const { username = '' } = useParams();
  // A new page for every member, so nothing of the previous one lingers.
  return (
    <MemberProfilePage
      key={username}
      username={username}
      requestButton={(mentor) => <MentorRequestButton mentor={mentor} />}
      memberActions={(member, mentor) => <MemberActions member={member} mentor={mentor} />}
    />
  );
}

/**
 * Under the photo, for anyone but oneself: "Send message" to a mentor (anyone may write to a
 * listed mentor; others from a request or mentorship), and Block or Unblock.
 */
function MemberActions({ member, mentor }: { member: Member; mentor: PublicMentorProfile | null }) {
  const me = useMe();
  const isSelf = mentor?.isSelf ?? me?.username?.toLowerCase() === member.username.toLowerCase();
  if (isSelf) return null;
  return (
    <div className="member-actions">
      {mentor ? <SendMessageButton username={member.username} name={member.name} className="member-action" /> : null}
      <BlockButton username={member.username} name={member.name} className="member-action" />
    </div>
  );
}
