import type { Notification } from '../../../../../contract/notifications';
import { conversationPath, paths, requestPath } from '../../../lib/paths';

/**
 * Where a notification takes the member: the conversation or request it is about, or the dashboard
 * for a mentorship (which lists the running ones); null when it has no subject to open.
 */
export function notificationTarget({ data }: Pick<Notification, 'data'>): string | null {
  if (typeof data.conversationId === 'string' && data.conversationId) return conversationPath(data.conversationId);
  if (typeof data.requestId === 'string' && data.requestId) return requestPath(data.requestId);
  if (typeof data.mentorshipId === 'string' && data.mentorshipId) return paths.dashboard;
  return null;
}
