import { endpoint } from '../endpoint';
import {
  BlockListSchema,
  ConversationListQuerySchema,
  ConversationListSchema,
  ConversationSchema,
  MessageListQuerySchema,
  MessageListSchema,
  MessageSchema,
  ReportReceiptSchema,
  ReportSchema,
  SendMessageSchema,
  StartConversationSchema,
  StartedConversationSchema,
} from '../inbox';
import { IdParams, UsernameParams } from './params';

/**
 * The Inbox: conversations between two members, reporting to the alumni office, blocking. Only
 * the two members of a conversation read it (`not_found` to anyone else, admins included).
 */

export const listConversations = endpoint({
  method: 'GET',
  path: '/api/conversations',
  tags: ['messages'],
  summary: 'My conversations, newest first, with unread counts and the unread total',
  description: 'Pass the previous page’s `nextCursor` as `cursor` for the next page.',
  query: ConversationListQuerySchema,
  responses: { 200: ConversationListSchema },
  errors: [],
});

export const startConversation = endpoint({
  method: 'POST',
  path: '/api/conversations',
  tags: ['messages'],
  summary: '"Send message" to a member: the first message of our conversation, or the next one if we have one',
  description:
    'Allowed to a mentor (from their profile), to a member I have or had a request or mentorship with, and for an admin to anyone. ' +
    '`cannot_message_member` otherwise; `not_found` when no member has that user name.',
  body: StartConversationSchema,
  responses: { 201: StartedConversationSchema },
  errors: ['not_found', 'cannot_message_member'],
});

export const listMessages = endpoint({
  method: 'GET',
  path: '/api/conversations/:id/messages',
  tags: ['messages'],
  summary: 'A conversation’s messages, oldest first (a page of the newest before `before`)',
  params: IdParams,
  query: MessageListQuerySchema,
  responses: { 200: MessageListSchema },
  errors: ['not_found'],
});

export const sendMessage = endpoint({
  method: 'POST',
  path: '/api/conversations/:id/messages',
  tags: ['messages'],
  summary: 'Send a message in a conversation',
  params: IdParams,
  body: SendMessageSchema,
  responses: { 201: MessageSchema },
  errors: ['not_found', 'cannot_message_member'],
});

export const markConversationRead = endpoint({
  method: 'POST',
  path: '/api/conversations/:id/read',
  tags: ['messages'],
  summary: 'Mark the conversation read up to now (the other member sees their messages as read)',
  params: IdParams,
  responses: { 200: ConversationSchema },
  errors: ['not_found'],
});

export const reportMessage = endpoint({
  method: 'POST',
  path: '/api/messages/:id/report',
  tags: ['moderation'],
  summary: 'The yellow Report button under a received message: tells the alumni office',
  description: '`cannot_report_own` for my own message; `already_reported` the second time.',
  params: IdParams,
  body: ReportSchema,
  responses: { 201: ReportReceiptSchema },
  errors: ['not_found', 'cannot_report_own', 'already_reported'],
});

export const reportRequest = endpoint({
  method: 'POST',
  path: '/api/requests/:id/report',
  tags: ['moderation'],
  summary: 'Report a mentoring request’s motivation (its mentor) to the alumni office',
  description: '`cannot_report_own` for my own request; `already_reported` the second time.',
  params: IdParams,
  body: ReportSchema,
  responses: { 201: ReportReceiptSchema },
  errors: ['not_found', 'cannot_report_own', 'already_reported'],
});

export const blockMember = endpoint({
  method: 'POST',
  path: '/api/members/:username/block',
  tags: ['blocking'],
  summary: 'Block a member: they can no longer write to me or send me a request (they are not told)',
  description: 'Blocking twice is harmless. An active mentorship goes on until one side ends it.',
  params: UsernameParams,
  responses: { 204: null },
  errors: ['not_found', 'cannot_block_self'],
});

export const unblockMember = endpoint({
  method: 'DELETE',
  path: '/api/members/:username/block',
  tags: ['blocking'],
  summary: 'Unblock a member',
  params: UsernameParams,
  responses: { 204: null },
  errors: ['not_found'],
});

export const listBlocks = endpoint({
  method: 'GET',
  path: '/api/me/blocks',
  tags: ['blocking'],
  summary: 'The members I blocked (Settings)',
  responses: { 200: BlockListSchema },
  errors: [],
});
