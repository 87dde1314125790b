import type { Database } from '../../db/client';
import { listenTo } from '../../db/listen';
import type { Log } from '../../lib/log';
import { isDueForRefresh } from './session-cookie';

/** The channel migration 0012's triggers announce changes on: `session:<id>` or `member:<id>`. */
export const MEMBER_STANDING_CHANNEL = 'member_standing';
/** An entry is checked with the database again after this long, announced change or not. */
const MAX_AGE_MS = 10 * 60_000;
const MAX_ENTRIES = 10_000;
/** How long to wait before listening again after the connection dropped or LISTEN failed. */
const RETRY_MS = 5_000;

interface Entry {
  sessionId: string;
  userId: string;
  expiresAt: Date;
  storedAt: number;
}

/**
 * Members in good standing, by their signed session cookie, kept in memory for search, which a
 * member runs at every keystroke: a search then need not ask the database whether its member is
 * still signed in and not suspended (ADR 0012). Every change that could end that standing is
 * announced by a trigger (migration 0012) and drops the member's entries in every process as soon
 * as it commits: a session ended or extended, a member suspended, deleted, or given another role
 * or user name. Only a good standing is kept, so a stale entry could only let a member in for the
 * moment a NOTIFY takes, never keep one out. The cache serves only while it is listening: when the
 * connection drops it empties and every search asks the database until it listens again.
 */
export interface StandingCache {
  /** Whether this signed session cookie is known to be live, in good standing, and not due for its refresh at `now`. */
  isKnownGood(signedCookie: string, now: Date): boolean;
  /** A counter that moves with every announced change: read it before asking the database. */
  version(): number;
  /** Keeps a good standing read from the database, unless a change was announced since `version`. */
  remember(signedCookie: string, standing: { sessionId: string; userId: string; expiresAt: Date }, version: number): void;
  close(): Promise<void>;
}

export async function startStandingCache(database: Database, log: Log): Promise<StandingCache> {
  const entries = new Map<string, Entry>();
  let changes = 0;
  let unlisten: (() => Promise<void>) | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  const forget = (matches: (entry: Entry) => boolean) => {
    changes += 1;
    for (const [key, entry] of entries) if (matches(entry)) entries.delete(key);
  };
  const onMessage = (payload: string) => {
    const [kind, id] = [payload.slice(0, payload.indexOf(':')), payload.slice(payload.indexOf(':') + 1)];
    if (kind === 'session') forget((entry) => entry.sessionId === id);
    else if (kind === 'member') forget((entry) => entry.userId === id);
    else forget(() => true);
  };
  /** Forgets everything and serves nothing until listening again; returns the unsubscribe, if any. */
  const stopServing = () => {
    const stop = unlisten;
    unlisten = undefined;
    forget(() => true);
    return stop;
  };
  const listen = async () => {
    retry = undefined;
    if (closed) return;
    try {
      unlisten = await listenTo(database, MEMBER_STANDING_CHANNEL, onMessage, {
        log,
        onLost: () => {
          stopServing();
          scheduleRetry();
        },
      });
      if (closed) await stopServing()?.();
    } catch (error) {
      log.warn({ err: error }, 'member standing cache cannot LISTEN; every search checks the database');
      scheduleRetry();
    }
  };
  const scheduleRetry = () => {
    if (!closed && !retry) retry = setTimeout(() => void listen(), RETRY_MS).unref();
  };
  await listen();

  return {
    isKnownGood(signedCookie, now) {
      const entry = unlisten && entries.get(signedCookie);
      if (!entry) return false;
      if (entry.expiresAt <= now || isDueForRefresh(entry, now) || now.getTime() - entry.storedAt > MAX_AGE_MS) {
        entries.delete(signedCookie);
        return false;
      }
      return true;
    },
    version: () => changes,
    remember(signedCookie, { sessionId, userId, expiresAt }, version) {
      if (!unlisten || version !== changes) return;
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(signedCookie, { sessionId, userId, expiresAt, storedAt: Date.now() });
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      await stopServing()?.();
    },
  };
}
