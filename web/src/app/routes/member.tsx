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
 * Under the photo, for anyone but oneself: "Send message" when the server says writing to them
 * would be accepted (`can.message`: a listed mentor, someone one has or had a request, mentorship
 * or conversation with, anyone for the alumni office), and Block or Unblock.
 */
function MemberActions({ member, mentor }: { member: Member; mentor: PublicMentorProfile | null }) {
  const me = useMe();
  const isSelf = mentor?.isSelf ?? me?.username?.toLowerCase() === member.username.toLowerCase();
  if (isSelf) return null;
  return (
    <div className="member-actions">
      {member.can.message ? <SendMessageButton username={member.username} name={member.name} className="member-action" /> : null}
      <BlockButton username={member.username} name={member.name} className="member-action" />
    </div>
  );
}
