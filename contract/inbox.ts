import { z } from 'zod';
import { lineText, multiLineText } from './text';

/**
 * The Inbox: conversations between two members, their messages, reports to the alumni office and
 * blocking. The shapes the server and the web app share.
 */

export const MESSAGE_LIMITS = { body: 5000, reportDetails: 2000 } as const;

/** The other member in a conversation; `username` and `userId` are null once they deleted their account. */
export const ConversationPartnerSchema = z
  .object({
    userId: z.string().nullable(),
    username: z.string().nullable(),
    /** Their name, or null for a deleted member (the web shows "Deleted member"). */
    name: z.string().nullable(),
    image: z.string().nullable(),
    /** The alumni office writing as itself (an admin), so the web can say so. */
    isAlumniOffice: z.boolean(),
  })
  .meta({ id: 'ConversationPartner' });

/** Where a message comes from: a member's own words, or a request's motivation or response that opened the conversation. */
export const MESSAGE_KINDS = ['message', 'motivation', 'response'] as const;

export const MessageSchema = z
  .object({
    id: z.string(),
    conversationId: z.string(),
    kind: z.enum(MESSAGE_KINDS),
    /** Sent by the signed-in member. */
    fromMe: z.boolean(),
    /** The text; null once the alumni office removed it (`removed` is then true). */
    body: z.string().nullable(),
    removed: z.boolean(),
    /** The request a motivation or response belongs to. */
    requestId: z.string().nullable(),
    createdAt: z.iso.datetime(),
    /** For my own messages: the other member has read it. */
    read: z.boolean(),
    /** What the signed-in member may do: report a message they received (once). */
    can: z.object({ report: z.boolean() }),
    /** The signed-in member reported it already. */
    reported: z.boolean(),
  })
  .meta({ id: 'Message' });

export const ConversationSchema = z
  .object({
    id: z.string(),
    other: ConversationPartnerSchema,
    /** The newest message, its first line only; null before any message. */
    lastMessage: z
      .object({ preview: z.string().nullable(), fromMe: z.boolean(), removed: z.boolean(), createdAt: z.iso.datetime() })
      .nullable(),
    unreadCount: z.number().int(),
    lastMessageAt: z.iso.datetime(),
    /** Whether the signed-in member may write here now (false when that member was deleted or suspended). */
    can: z.object({ send: z.boolean() }),
  })
  .meta({ id: 'Conversation' });

/** `GET /api/conversations?cursor=&limit=`. */
export const ConversationListQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const ConversationListSchema = z
  .object({
    items: z.array(ConversationSchema),
    /** Unread messages over all my conversations: the badge on the Inbox menu item. */
    unreadTotal: z.number().int(),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'ConversationList' });

const messageBody = () =>
  multiLineText()
    .min(1)
    .max(MESSAGE_LIMITS.body)
    .meta({ description: `Plain text, 1–${MESSAGE_LIMITS.body.toLocaleString('en')} characters` });

/** `POST /api/conversations`: "Send message" on a member's profile; answers the pair's conversation, new or existing. */
export const StartConversationSchema = z
  .object({ username: lineText().min(1).max(30), body: messageBody() })
  .meta({ id: 'StartConversation' });

export const StartedConversationSchema = z
  .object({ conversation: ConversationSchema, message: MessageSchema })
  .meta({ id: 'StartedConversation' });

/** `POST /api/conversations/:id/messages`. */
export const SendMessageSchema = z.object({ body: messageBody() }).meta({ id: 'SendMessage' });

/** `GET /api/conversations/:id/messages?before=&limit=`: oldest first, a page of the newest before `before`. */
export const MessageListQuerySchema = z.object({
  before: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const MessageListSchema = z
  .object({
    conversation: ConversationSchema,
    /** Oldest first. */
    items: z.array(MessageSchema),
    /** Pass as `before` for older messages; null when there are none. */
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'MessageList' });

/** Why a member reports a message or a request's motivation; translated under `inbox.reportReasons.<key>`. */
export const REPORT_REASONS = ['spam', 'harassment', 'inappropriate', 'other'] as const;
export const ReportReasonSchema = z.enum(REPORT_REASONS);
export type ReportReason = z.infer<typeof ReportReasonSchema>;

/** What the alumni office did with a report; `open` until it decided. */
export const REPORT_STATUSES = ['open', 'removed', 'suspended', 'dismissed'] as const;
export const ReportStatusSchema = z.enum(REPORT_STATUSES);

/** `POST /api/messages/:id/report`, `POST /api/requests/:id/report`: the yellow Report button. */
export const ReportSchema = z
  .object({
    reason: ReportReasonSchema,
    details: multiLineText().max(MESSAGE_LIMITS.reportDetails).optional(),
  })
  .meta({ id: 'Report' });

export const ReportReceiptSchema = z
  .object({ id: z.string(), status: ReportStatusSchema, createdAt: z.iso.datetime() })
  .meta({ id: 'ReportReceipt' });

/** `GET /api/me/blocks`: the members I blocked, for Settings (Unblock). */
export const BlockedMemberSchema = z
  .object({ username: z.string(), name: z.string(), image: z.string().nullable(), blockedAt: z.iso.datetime() })
  .meta({ id: 'BlockedMember' });

export const BlockListSchema = z.object({ items: z.array(BlockedMemberSchema) }).meta({ id: 'BlockList' });

/**
 * `GET /api/events` (Server-Sent Events): what changed for the signed-in member, so the web
 * refreshes it without reloading. Each event's `data` is one of these as JSON; its `event` is the
 * `type`.
 */
export const LiveEventSchema = z.discriminatedUnion('type', [
  /** A new message in one of my conversations (or one of mine read by the other member). */
  z.object({ type: z.literal('message'), conversationId: z.string() }),
  z.object({ type: z.literal('read'), conversationId: z.string() }),
  /** A new in-app notification (the bell). */
  z.object({ type: z.literal('notification') }),
]);
export type LiveEvent = z.infer<typeof LiveEventSchema>;

export type ConversationPartner = z.infer<typeof ConversationPartnerSchema>;
export type Message = z.infer<typeof MessageSchema>;
export type Conversation = z.infer<typeof ConversationSchema>;
export type ConversationListQuery = z.infer<typeof ConversationListQuerySchema>;
export type ConversationList = z.infer<typeof ConversationListSchema>;
export type StartConversation = z.infer<typeof StartConversationSchema>;
export type StartedConversation = z.infer<typeof StartedConversationSchema>;
export type SendMessage = z.infer<typeof SendMessageSchema>;
export type MessageListQuery = z.infer<typeof MessageListQuerySchema>;
export type MessageList = z.infer<typeof MessageListSchema>;
export type BlockList = z.infer<typeof BlockListSchema>;
