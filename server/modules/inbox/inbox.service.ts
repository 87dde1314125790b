import type {
  MESSAGE_KINDS,
  BlockList,
  Conversation,
  ConversationList,
  ConversationListQuery,
  Message,
  MessageList,
  MessageListQuery,
  SendMessage,
  StartConversation,
  StartedConversation,
} from '../../../contract/inbox';
import type { Db } from '../../db/client';
import { errors } from '../../lib/errors';
import { type UserRow, findMember, findMemberByUsername } from '../accounts/accounts.service';
import { publishLiveEvent } from '../events/live-events.service';
import { hasUnreadNotificationAbout, notify, settleConversationNotifications } from '../notifications/notifications.service';
import { deleteBlock, hasBlocked, insertBlock, listBlocksOf } from './blocks.repo';
import {
  type ConversationMemberRow,
  findConversationWithMembers,
  findOrInsertConversation,
  listConversationPage,
  listConversationsOf,
  setLastEmailed,
  setLastRead,
  toDate,
  touchConversation,
  writingFacts,
} from './conversations.repo';
import { type WritingFacts, assertMayBlock, assertMaySeeConversation, assertMayWrite, memberPermissionsFor } from './inbox.policy';
import { toConversation, toMessage } from './inbox.views';
import { type MessageRow, type ThreadMessageRow, findMessage, insertMessage, listAround, listThread, updateMessageRemoved } from './messages.repo';

export { pairKeyOf } from './conversations.repo';

/** The Inbox: conversations between two members, their messages, and blocking (issue 15). */

export interface InboxDeps {
  db: Db;
  now?: () => Date;
}

const clock = (deps: InboxDeps) => deps.now?.() ?? new Date();

/** At most one email per conversation and receiver in this long. */
export const QUIET_PERIOD_MS = 15 * 60 * 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor is an id the previous page gave; anything else is refused before it reaches SQL. */
function assertCursor(value: string | undefined, name: string): void {
  if (value !== undefined && !UUID.test(value)) {
    throw errors.validation_failed(`The ${name} is not valid: pass the nextCursor of the previous page.`, [], 'querystring');
  }
}

type Viewer = Pick<UserRow, 'id' | 'isAdmin'>;

/** One conversation's summary as the viewer's Inbox shows it. */
async function conversationFor(db: Db, viewer: Viewer, conversationId: string): Promise<Conversation> {
  const [row] = await listConversationsOf(db, viewer.id, [conversationId]);
  if (!row) throw errors.not_found('The conversation');
  return toConversation(row, viewer);
}

/** "Inbox": my conversations, newest first, with the unread counts and their total. One statement whatever the number. */
export async function listConversationsFor(deps: InboxDeps, actor: Viewer, query: ConversationListQuery): Promise<ConversationList> {
  assertCursor(query.cursor, 'cursor');
  const { rows, unreadTotal } = await listConversationPage(deps.db, actor.id, { cursor: query.cursor, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((row) => toConversation(row, actor)),
    unreadTotal,
    nextCursor: rows.length > query.limit ? (page.at(-1)?.conversation_id ?? null) : null,
  };
}

/** Who wrote and to whom, as storing a message needs it. */
interface Delivery {
  conversationId: string;
  sender: Pick<UserRow, 'id' | 'name' | 'username'>;
  body: string;
  requestId?: string | null;
  createdAt: Date;
  /** Tell the receiver in the bell and by email (not for a request's motivation and response, which have their own notification). */
  notifyReceiver: boolean;
  /** Whose open pages hear of the message at once: the receiver (the default), both members, or none (a message that another follows at once). */
  liveEventTo?: 'receiver' | 'members' | 'none';
}

/**
 * Stores a message in the caller's transaction: the conversation's and both members' time of the
 * newest message, the receiver's live event and (once per quiet period) their notification.
 */
async function deliver(tx: Db, delivery: Delivery): Promise<{ message: MessageRow; members: ConversationMemberRow[] }> {
  const message = await insertMessage(tx, {
    conversationId: delivery.conversationId,
    senderId: delivery.sender.id,
    body: delivery.body,
    requestId: delivery.requestId ?? null,
    createdAt: delivery.createdAt,
  });
  // Locks both members' rows till the commit: messages racing here decide about mail one by one.
  const members = await touchConversation(tx, delivery.conversationId, delivery.createdAt);
  const receivers = members.filter((member) => member.userId !== delivery.sender.id);
  const told = { receiver: receivers, members, none: [] }[delivery.liveEventTo ?? 'receiver'];
  await publishLiveEvent(
    tx,
    told.map((member) => member.userId),
    { type: 'message', conversationId: delivery.conversationId },
  );
  if (delivery.notifyReceiver) {
    for (const receiver of receivers) await notifyOfMessage(tx, receiver, delivery);
  }
  return { message, members };
}

/**
 * The bell and the email about new messages: nothing while the receiver has an unread
 * notification about this conversation; the email at most once per quiet period (the bell row
 * alone otherwise). The email goes through the normal path: the receiver's language, their opt-out.
 */
async function notifyOfMessage(tx: Db, receiver: ConversationMemberRow, delivery: Delivery): Promise<void> {
  const about = { key: 'conversationId', value: delivery.conversationId };
  if (await hasUnreadNotificationAbout(tx, receiver.userId, 'message_received', about)) return;
  const now = delivery.createdAt;
  const email = receiver.lastEmailedAt === null || now.getTime() - receiver.lastEmailedAt.getTime() >= QUIET_PERIOD_MS;
  await notify(
    tx,
    {
      userId: receiver.userId,
      type: 'message_received',
      data: { conversationId: delivery.conversationId, senderName: delivery.sender.name, senderUsername: delivery.sender.username ?? '' },
    },
    { email },
  );
  if (email) await setLastEmailed(tx, delivery.conversationId, receiver.userId, now);
}

const asThreadRow = (message: MessageRow): ThreadMessageRow => ({
  id: message.id,
  conversation_id: message.conversationId,
  sender_id: message.senderId,
  body: message.body,
  request_id: message.requestId,
  request_mentee_id: null,
  created_at: message.createdAt,
  removed_at: message.removedAt,
  reported: false,
});

/** What the rules of writing read about `actor` writing to `other` (inbox.policy.ts), in one statement. */
async function gatherWritingFacts(db: Db, actor: Viewer, other: Pick<UserRow, 'id' | 'suspendedAt'>): Promise<WritingFacts> {
  const facts = await writingFacts(db, actor.id, other.id);
  return {
    other: { id: other.id, suspendedAt: other.suspendedAt },
    isListedMentor: facts.isListedMentor,
    hasHistory: facts.hasHistory,
    blockedByOther: facts.blockedByOther,
    hasConversation: facts.conversationId !== null,
  };
}

/**
 * What a member's profile offers the actor in the Inbox: `can.message` ("Send message"), true
 * exactly when `startConversation` would take their message now. One statement.
 */
export async function memberAbilitiesFor(db: Db, actor: Viewer, other: Pick<UserRow, 'id' | 'suspendedAt'>): Promise<{ message: boolean }> {
  return memberPermissionsFor(actor, await gatherWritingFacts(db, actor, other));
}

/**
 * "Send message" on a member's profile: the first message of the pair's conversation, or the next
 * one when they have one (inbox.policy.ts says who may). One conversation per pair, also when both
 * start it at the same moment (the pair key's unique index).
 */
export async function startConversation(deps: InboxDeps, actor: UserRow, input: StartConversation): Promise<StartedConversation> {
  const other = await findMemberByUsername(deps.db, input.username);
  if (!other) throw errors.not_found('The member');
  const now = clock(deps);
  const message = await deps.db.transaction(async (tx) => {
    assertMayWrite(actor, await gatherWritingFacts(tx, actor, other));
    const conversation = await findOrInsertConversation(tx, [actor.id, other.id], now);
    return (await deliver(tx, { conversationId: conversation.id, sender: actor, body: input.body, createdAt: now, notifyReceiver: true })).message;
  });
  return {
    conversation: await conversationFor(deps.db, actor, message.conversationId),
    message: toMessage(asThreadRow(message), actor.id, null),
  };
}

/** The conversation and its members, to its members only (404 to anyone else, admins included). */
async function findOwnConversation(db: Db, actor: Viewer, id: string) {
  const found = await findConversationWithMembers(db, id);
  assertMaySeeConversation(
    actor,
    found?.members.map((member) => member.userId),
  );
  const me = found!.members.find((member) => member.userId === actor.id)!;
  const other = found!.members.find((member) => member.userId !== actor.id);
  return { conversation: found!.conversation, me, other };
}

/** A conversation's messages, oldest first: the newest page before `before`. Three statements whatever the length. */
export async function listMessagesFor(deps: InboxDeps, actor: Viewer, id: string, query: MessageListQuery): Promise<MessageList> {
  assertCursor(query.before, 'before');
  const { other } = await findOwnConversation(deps.db, actor, id);
  const rows = await listThread(deps.db, id, actor.id, { before: query.before, limit: query.limit + 1 });
  // Oldest first: one row more than asked, at the start, says there are older ones.
  const page = rows.length > query.limit ? rows.slice(1) : rows;
  return {
    conversation: await conversationFor(deps.db, actor, id),
    items: page.map((row) => toMessage(row, actor.id, other?.lastReadAt ?? null)),
    nextCursor: rows.length > query.limit ? (page[0]?.id ?? null) : null,
  };
}

/** A message in a conversation of mine: anyone may answer, unless the other member is gone, suspended or blocked me. */
export async function sendMessage(deps: InboxDeps, actor: UserRow, id: string, input: SendMessage): Promise<Message> {
  const now = clock(deps);
  const { other } = await findOwnConversation(deps.db, actor, id);
  const otherUser = other ? await findMember(deps.db, other.userId) : undefined;
  const message = await deps.db.transaction(async (tx) => {
    const blockedByOther = otherUser ? await hasBlocked(tx, otherUser.id, actor.id) : false;
    assertMayWrite(actor, {
      other: otherUser ? { id: otherUser.id, suspendedAt: otherUser.suspendedAt } : null,
      isListedMentor: false,
      hasHistory: false,
      blockedByOther,
      hasConversation: true,
    });
    return (await deliver(tx, { conversationId: id, sender: actor, body: input.body, createdAt: now, notifyReceiver: true })).message;
  });
  return toMessage(asThreadRow(message), actor.id, other?.lastReadAt ?? null);
}

/** I read the conversation up to now: my unread count goes, the other member sees their messages read. */
export async function markConversationRead(deps: InboxDeps, actor: Viewer, id: string): Promise<Conversation> {
  const now = clock(deps);
  const { other } = await findOwnConversation(deps.db, actor, id);
  await deps.db.transaction(async (tx) => {
    await setLastRead(tx, id, actor.id, now);
    await settleConversationNotifications(tx, { userId: actor.id, conversationId: id, now });
    if (other) await publishLiveEvent(tx, [other.userId], { type: 'read', conversationId: id });
  });
  return conversationFor(deps.db, actor, id);
}

/**
 * Accepting a request opens the pair's conversation (or continues the one they have) with the
 * motivation, from the mentee, and the mentor's response, if any. Call it with the accept's `tx`.
 */
export async function openConversationForAcceptedRequest(
  tx: Db,
  input: {
    request: { id: string; menteeId: string; mentorId: string; motivation: string };
    mentee: Pick<UserRow, 'id' | 'name' | 'username'>;
    mentor: Pick<UserRow, 'id' | 'name' | 'username'>;
    response: string | null;
    now: Date;
  },
): Promise<{ conversationId: string }> {
  const { request, now } = input;
  const conversation = await findOrInsertConversation(tx, [request.menteeId, request.mentorId], now);
  // The motivation is the mentee's own message, so the mentee's Inbox gains the conversation too,
  // without a reload: one live event to both members, after the last message.
  await deliver(tx, {
    conversationId: conversation.id,
    sender: input.mentee,
    body: request.motivation,
    requestId: request.id,
    createdAt: now,
    notifyReceiver: false,
    liveEventTo: input.response ? 'none' : 'members',
  });
  if (input.response) {
    // A millisecond later, so the response always follows the motivation.
    await deliver(tx, {
      conversationId: conversation.id,
      sender: input.mentor,
      body: input.response,
      requestId: request.id,
      createdAt: new Date(now.getTime() + 1),
      notifyReceiver: false,
      liveEventTo: 'members',
    });
  }
  return { conversationId: conversation.id };
}

// Blocking.

/** Block a member: they can no longer write to me or send me a request; they are not told. Twice is harmless. */
export async function blockMember(deps: InboxDeps, actor: Viewer, username: string): Promise<void> {
  const other = await findMemberByUsername(deps.db, username);
  if (!other) throw errors.not_found('The member');
  assertMayBlock(actor, other.id);
  await insertBlock(deps.db, actor.id, other.id, clock(deps));
}

export async function unblockMember(deps: InboxDeps, actor: Viewer, username: string): Promise<void> {
  const other = await findMemberByUsername(deps.db, username);
  if (!other) throw errors.not_found('The member');
  await deleteBlock(deps.db, actor.id, other.id);
}

export async function listBlocksFor(deps: InboxDeps, actor: Viewer): Promise<BlockList> {
  const rows = await listBlocksOf(deps.db, actor.id);
  return {
    items: rows.map((row) => ({ username: row.username ?? '', name: row.name, image: row.image, blockedAt: row.blockedAt.toISOString() })),
  };
}

/** Whether `blockerId` blocked `blockedId` (mentoring refuses a blocked mentee's request, neutrally). */
export const isBlockedBy = (db: Db, blockerId: string, blockedId: string): Promise<boolean> => hasBlocked(db, blockerId, blockedId);

// What moderation needs (its own module, after the inbox in the layers).

export interface ModerationMessage {
  id: string;
  conversationId: string;
  senderId: string | null;
  senderName: string | null;
  senderUsername: string | null;
  /** Null once removed. */
  body: string | null;
  removed: boolean;
  kind: (typeof MESSAGE_KINDS)[number];
  requestId: string | null;
  createdAt: Date;
}

type AroundRow = Awaited<ReturnType<typeof listAround>>[number];

const toModerationMessage = (row: AroundRow): ModerationMessage => ({
  id: row.id,
  conversationId: row.conversation_id,
  senderId: row.sender_id,
  senderName: row.sender_name,
  senderUsername: row.sender_username,
  body: row.removed_at !== null ? null : row.body,
  removed: row.removed_at !== null || row.body === null,
  kind: row.request_id === null ? 'message' : row.sender_id !== null && row.sender_id === row.request_mentee_id ? 'motivation' : 'response',
  requestId: row.request_id,
  createdAt: toDate(row.created_at),
});

/**
 * A reported message for the alumni office: the message with its sender, and up to `around`
 * messages before and after it in its conversation (oldest first). Undefined when there is no such message.
 */
export async function findMessageForModeration(
  db: Db,
  messageId: string,
  options: { around: number } = { around: 3 },
): Promise<{ message: ModerationMessage; before: ModerationMessage[]; after: ModerationMessage[] } | undefined> {
  const rows = (await listAround(db, messageId, options.around)).map(toModerationMessage);
  const index = rows.findIndex((row) => row.id === messageId);
  if (index < 0) return undefined;
  return { message: rows[index]!, before: rows.slice(0, index), after: rows.slice(index + 1) };
}

/**
 * The alumni office removes a message: its text is gone for good (body null, when, by whom).
 * Answers the message's conversation and its members (to tell them live), or undefined when there
 * is no such message. Call it with the moderation's `tx` (it records the action itself).
 */
export async function removeMessage(
  tx: Db,
  messageId: string,
  adminId: string,
  now = new Date(),
): Promise<{ messageId: string; conversationId: string; senderId: string | null; memberIds: string[] } | undefined> {
  const removed = await updateMessageRemoved(tx, messageId, adminId, now);
  if (!removed) return undefined;
  const found = await findConversationWithMembers(tx, removed.conversationId);
  const memberIds = found?.members.map((member) => member.userId) ?? [];
  await publishLiveEvent(tx, memberIds, { type: 'message', conversationId: removed.conversationId });
  return { messageId: removed.id, conversationId: removed.conversationId, senderId: removed.senderId, memberIds };
}

/**
 * A message as the report route needs it: only when `memberId` is in its conversation (undefined
 * otherwise, so the route answers 404 alike for a missing message and someone else's).
 */
export async function findMessageForMember(
  db: Db,
  memberId: string,
  messageId: string,
): Promise<{ id: string; conversationId: string; senderId: string | null; removed: boolean; createdAt: Date } | undefined> {
  const message = await findMessage(db, messageId);
  if (!message) return undefined;
  const found = await findConversationWithMembers(db, message.conversationId);
  if (!found?.members.some((member) => member.userId === memberId)) return undefined;
  return {
    id: message.id,
    conversationId: message.conversationId,
    senderId: message.senderId,
    removed: message.removedAt !== null,
    createdAt: message.createdAt,
  };
}
