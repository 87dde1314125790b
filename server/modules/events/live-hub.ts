import { PassThrough } from 'node:stream';
import { type LiveEvent, LiveEventSchema } from '../../../contract/inbox';
import { STREAM_END_EVENT, type StreamEndReason } from '../../../contract/endpoints/events';
import type { Database } from '../../db/client';
import { listenTo } from '../../db/listen';
import type { Log } from '../../lib/log';
import { LIVE_EVENTS_CHANNEL } from './live-events.service';

/** A comment line this often keeps proxies (and their idle timeouts, often 30–60 s) from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;
/** How long a browser waits before reopening a stream that ended without `end` (the `retry:` field). */
const RECONNECT_MS = 3_000;
/** How long to wait before listening again after the connection dropped or LISTEN failed. */
const RETRY_MS = 5_000;
/** Open streams per member (tabs and devices); a further one ends the member's oldest. */
const MAX_STREAMS_PER_MEMBER = 5;
/** Bytes a stream may have waiting for a browser that does not read them before it is ended (the browser reconnects). */
const MAX_UNSENT_BYTES = 256 * 1024;
/** How long closing waits for the streams' responses to be sent to the end. */
const CLOSE_WAIT_MS = 1_000;

/** Who a stream is for: the member, and the session it was opened with (to end it with that session). */
export interface StreamOwner {
  memberId: string;
  sessionToken: string;
}

/** An open stream, as its route holds it. */
export interface LiveStream {
  /** The response body. */
  body: PassThrough;
  /**
   * Names the stream's session once it is known, and when it expires. Until then every announced
   * change to a session is checked against this stream too, so a sign-out between the route's
   * check and this call is not missed.
   */
  identify(session: { sessionId: string; expiresAt: Date }): void;
  end(reason?: StreamEndReason): void;
}

/**
 * Where a change to members' standing is announced (accounts' `member_standing` channel, migration
 * 0012: `session:<id>` or `member:<id>`) and how to ask whether a session may still be served.
 * The accounts module owns both; app.ts hands them in (events sits below accounts).
 */
export interface StandingSource {
  channel: string;
  /** The session with this token (null when it is gone): whether its member may be served, and until when. */
  read(sessionToken: string): Promise<{ inGoodStanding: boolean; expiresAt: Date } | null>;
}

export interface LiveHubOptions {
  standing: StandingSource;
  /** Told the number of open streams whenever it changes (the metrics gauge). */
  onCount?: (open: number) => void;
  maxStreamsPerMember?: number;
  heartbeatMs?: number;
  retryMs?: number;
}

/**
 * The live events of this process (ADR 0020: the events module). It listens once on the
 * `live_events` channel, whatever process published, and writes each event to the open streams of
 * the members it is for (`GET /api/events`). It also listens to the members' standing and ends a
 * stream at once when its session ends or its member is suspended or deleted. Events are only
 * heard while listening: when a connection drops, every stream ends (the browsers read their lists
 * again and reopen, or read them every 30 s meanwhile) and no stream opens until it listens again.
 */
export interface LiveHub {
  /** Whether streams can open (the hub hears every event); otherwise the route answers 503. */
  isListening(): boolean;
  /** A new stream for the member. It ends when the browser goes, or as described above. */
  open(owner: StreamOwner): LiveStream;
  /** Open streams now, all members. */
  openStreams(): number;
  /** Ends every stream and stops listening; resolves once the streams' responses have ended (or after a second). */
  close(): Promise<void>;
}

interface Stream {
  owner: StreamOwner;
  sessionId: string | null;
  /** When the session expires (it may be extended meanwhile: announced, and read again). */
  expiresAt: Date | null;
  body: PassThrough;
}

export async function startLiveHub(database: Database, log: Log, options: LiveHubOptions): Promise<LiveHub> {
  const maxPerMember = options.maxStreamsPerMember ?? MAX_STREAMS_PER_MEMBER;
  const retryMs = options.retryMs ?? RETRY_MS;
  /** Each member's open streams, oldest first. */
  const byMember = new Map<string, Stream[]>();
  let count = 0;
  let unlisten: Array<() => Promise<void>> | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  const counted = (delta: number) => {
    count += delta;
    options.onCount?.(count);
  };
  const remove = (stream: Stream) => {
    const streams = byMember.get(stream.owner.memberId);
    const at = streams?.indexOf(stream) ?? -1;
    if (at < 0) return;
    streams!.splice(at, 1);
    if (streams!.length === 0) byMember.delete(stream.owner.memberId);
    counted(-1);
  };
  const write = (stream: Stream, frame: string) => {
    if (stream.body.writableEnded) return;
    // A connection that stopped reading would otherwise keep every event in memory.
    if (stream.body.writableLength > MAX_UNSENT_BYTES) end(stream);
    else stream.body.write(frame);
  };
  /** Ends a stream; with a reason, the browser is told not to reopen it. */
  const end = (stream: Stream, reason?: StreamEndReason) => {
    remove(stream);
    if (stream.body.writableEnded) return;
    if (reason) stream.body.write(`event: ${STREAM_END_EVENT}\ndata: ${reason}\n\n`);
    stream.body.end();
  };
  const all = () => [...byMember.values()].flat();

  const deliver = (payload: string) => {
    let message: { to: string[]; event: LiveEvent };
    try {
      const parsed = JSON.parse(payload) as { to?: unknown; event?: unknown };
      if (!Array.isArray(parsed.to)) throw new Error('no recipients');
      message = { to: parsed.to.map(String), event: LiveEventSchema.parse(parsed.event) };
    } catch (error) {
      log.warn({ err: error, channel: LIVE_EVENTS_CHANNEL }, 'live event not understood; dropped');
      return;
    }
    const frame = `data: ${JSON.stringify(message.event)}\n\n`;
    for (const memberId of new Set(message.to)) for (const stream of byMember.get(memberId) ?? []) write(stream, frame);
  };

  /** A change to a session or member was announced: its streams end unless it may still be served (a session extended, say). */
  const recheck = (payload: string) => {
    const colon = payload.indexOf(':');
    const [kind, id] = [payload.slice(0, colon), payload.slice(colon + 1)];
    const affected =
      kind === 'session'
        ? all().filter((stream) => stream.sessionId === id || stream.sessionId === null)
        : kind === 'member'
          ? [...(byMember.get(id) ?? [])]
          : all();
    for (const stream of affected) {
      options.standing.read(stream.owner.sessionToken).then(
        (standing) => {
          if (!standing?.inGoodStanding) end(stream, 'signed_out');
          else if (stream.expiresAt) stream.expiresAt = standing.expiresAt;
        },
        // Cannot tell: end it, and the browser reopens it if the member may (the route checks again).
        (error: unknown) => {
          log.warn({ err: error }, 'live events: a stream’s standing could not be checked; it ends');
          end(stream);
        },
      );
    }
  };

  /** Not listening (any more): every stream ends, to be reopened or read every 30 s meanwhile. */
  const stopListening = () => {
    const stops = unlisten ?? [];
    unlisten = undefined;
    for (const stream of all()) end(stream);
    return Promise.all(stops.map((stop) => stop()));
  };
  const scheduleRetry = () => {
    if (!closed && !retry) retry = setTimeout(() => void listen(), retryMs).unref();
  };
  const onLost = () => {
    void stopListening();
    scheduleRetry();
  };
  const listen = async () => {
    retry = undefined;
    if (closed) return;
    const stops: Array<() => Promise<void>> = [];
    try {
      // Standing first: no stream may open that a sign-out could not end.
      stops.push(await listenTo(database, options.standing.channel, recheck, { log, onLost }));
      stops.push(await listenTo(database, LIVE_EVENTS_CHANNEL, deliver, { log, onLost }));
      unlisten = stops;
      if (closed) await stopListening();
    } catch (error) {
      await Promise.all(stops.map((stop) => stop()));
      log.warn({ err: error }, 'live events cannot LISTEN; members’ pages poll until they can');
      scheduleRetry();
    }
  };
  await listen();

  const heartbeat = setInterval(() => {
    const now = new Date();
    for (const stream of all()) {
      // A session that ran out is announced by nobody: it ends here, at the latest a heartbeat later.
      if (stream.expiresAt && stream.expiresAt <= now) end(stream, 'signed_out');
      else write(stream, ': keep-alive\n\n');
    }
  }, options.heartbeatMs ?? HEARTBEAT_MS).unref();

  return {
    isListening: () => unlisten !== undefined && !closed,
    open(owner) {
      const body = new PassThrough();
      const stream: Stream = { owner, sessionId: null, expiresAt: null, body };
      const streams = byMember.get(owner.memberId) ?? [];
      byMember.set(owner.memberId, streams);
      streams.push(stream);
      counted(1);
      while (streams.length > maxPerMember) end(streams[0]!, 'replaced');
      // The browser went (Fastify destroys the body when the response closes), or the stream ended.
      body.once('close', () => remove(stream));
      // The first bytes send the headers at once, so the browser's EventSource opens now.
      body.write(`retry: ${RECONNECT_MS}\n: connected\n\n`);
      return {
        body,
        identify: ({ sessionId, expiresAt }) => {
          stream.sessionId = sessionId;
          stream.expiresAt = expiresAt;
        },
        end: (reason) => end(stream, reason),
      };
    },
    openStreams: () => count,
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const bodies = all().map((stream) => stream.body);
      await stopListening();
      await Promise.all(bodies.map((body) => finished(body)));
    },
  };
}

/** Resolves when the body has been read to its end (sent) or destroyed, or after CLOSE_WAIT_MS. */
function finished(body: PassThrough): Promise<void> {
  if (body.destroyed || body.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, CLOSE_WAIT_MS).unref();
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    body.once('close', done);
    body.once('end', done);
  });
}
