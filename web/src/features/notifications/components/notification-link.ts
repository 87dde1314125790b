import type { Notification } from '../../../../../contract/notifications';
import { conversationPath, paths, requestPath } from '../../../lib/paths';

/** Changes the alumni office made to the account: the member's own profile shows them. */
const PROFILE_TYPES: readonly string[] = ['username_changed', 'role_changed', 'graduation_rejected'];

/**
 * Where a notification takes the member: the conversation or request it is about, the dashboard
 * for a mentorship (which lists the running ones), their profile for a change the alumni office
 * made (the Mentor tab once they graduated); null when it has no subject to open.
 */
export function notificationTarget({ type, data }: Pick<Notification, 'data'> & { type?: string }): string | null {
  if (type === 'graduation_approved') return paths.profileMentor;
  if (type && PROFILE_TYPES.includes(type)) return paths.profile;
  if (typeof data.conversationId === 'string' && data.conversationId) return conversationPath(data.conversationId);
  if (typeof data.requestId === 'string' && data.requestId) return requestPath(data.requestId);
  if (typeof data.mentorshipId === 'string' && data.mentorshipId) return paths.dashboard;
  return null;
}
