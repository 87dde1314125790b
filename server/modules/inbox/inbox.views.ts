import type { Conversation, ConversationPartner, Message } from '../../../contract/inbox';
import type { Actor } from '../../lib/policy';
import { type ConversationListRow, toDate, toDateOrNull } from './conversations.repo';
import { permissionsFor, reportRefusal } from './inbox.policy';
import type { ThreadMessageRow } from './messages.repo';
import { allows } from '../../lib/policy';

/** The first line of a message, for the Inbox list. */
export const firstLine = (body: string): string => body.split(/\r?\n/).find((line) => line.trim() !== '')?.trim() ?? '';

/** A conversation as the viewer sees it in the Inbox: the other member, the newest message, unread, what they may do. */
export function toConversation(row: ConversationListRow, viewer: Pick<Actor, 'id' | 'isAdmin'>): Conversation {
  const other: ConversationPartner = {
    userId: row.other_id,
    username: row.other_id ? row.other_username : null,
    name: row.other_id ? row.other_name : null,
    image: row.other_id ? row.other_image : null,
    isAlumniOffice: row.other_is_admin === true,
  };
  const last = row.last_message;
  const removed = last ? last.removed_at !== null || last.body === null : false;
  return {
    id: row.conversation_id,
    other,
    lastMessage: last
      ? {
          preview: removed || last.body === null ? null : firstLine(last.body),
          fromMe: last.sender_id === viewer.id,
          removed,
          createdAt: toDate(last.created_at).toISOString(),
        }
      : null,
    unreadCount: row.unread,
    lastMessageAt: toDate(row.last_message_at).toISOString(),
    can: permissionsFor(viewer, {
      other: row.other_id ? { id: row.other_id, suspendedAt: toDateOrNull(row.other_suspended_at) } : null,
      blockedByOther: row.blocked_by_other,
    }),
  };
}

/**
 * A message as the viewer sees it. A removed message has no text in any answer. `read` tells the
 * sender whether the other member has read it (their last read time is at or after it).
 */
export function toMessage(row: ThreadMessageRow, viewerId: string, otherLastReadAt: Date | null): Message {
  const createdAt = toDate(row.created_at);
  const fromMe = row.sender_id === viewerId;
  const removed = row.removed_at !== null || row.body === null;
  const kind = row.request_id === null ? 'message' : row.sender_id !== null && row.sender_id === row.request_mentee_id ? 'motivation' : 'response';
  return {
    id: row.id,
    conversationId: row.conversation_id,
    kind,
    fromMe,
    body: removed ? null : row.body,
    removed,
    requestId: row.request_id,
    createdAt: createdAt.toISOString(),
    read: fromMe && otherLastReadAt !== null && otherLastReadAt.getTime() >= createdAt.getTime(),
    can: { report: allows(reportRefusal({ id: viewerId }, { senderId: row.sender_id, removed, reported: row.reported })) },
    reported: row.reported,
  };
}
