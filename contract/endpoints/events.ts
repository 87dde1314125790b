import { endpoint } from '../endpoint';

/**
 * The member's live events: a Server-Sent Events stream (`text/event-stream`) that tells the web
 * app when to read something again. Each event's `data` is a LiveEvent (contract/inbox.ts) as
 * JSON, sent without an event name (the `message` event of an EventSource).
 */
export const streamEvents = endpoint({
  method: 'GET',
  path: '/api/events',
  tags: ['events'],
  summary: 'My live events: a Server-Sent Events stream of what changed for me (new messages, read messages, notifications)',
  description:
    'Each `data:` line is a JSON LiveEvent: `{"type":"message","conversationId":…}`, `{"type":"read","conversationId":…}` or `{"type":"notification"}`; ' +
    'it says what to read again, never the content. A comment line is sent about every 25 s to keep proxies from closing the stream. ' +
    `A stream that must not be reopened ends with the event \`end\` whose data is its reason: \`signed_out\` (the session ended or the member was suspended) ` +
    'or `replaced` (the member opened more streams than allowed; the oldest ends). A stream that ends without it (a restart) may be reopened after the `retry:` time. ' +
    '`service_unavailable` while this instance cannot hear the database’s announcements: read the lists again every 30 s instead.',
  responses: { 200: { binary: 'text/event-stream', description: 'The event stream (it stays open)' } },
  errors: [],
});

/** The name of the event that ends a stream that must not be reopened, and its reasons (its `data`). */
export const STREAM_END_EVENT = 'end';
export const STREAM_END_REASONS = ['signed_out', 'replaced'] as const;
export type StreamEndReason = (typeof STREAM_END_REASONS)[number];
