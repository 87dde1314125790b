import pg from 'pg';

/** How long to wait on PostgreSQL before giving up (config: DATABASE_*_TIMEOUT_MS). */
export interface PostgresTimeouts {
  /** To get a connection: a free one from the pool, or a new one opened and signed in. */
  connectTimeoutMs: number;
  /** For one statement to finish. */
  statementTimeoutMs: number;
}

export const DEFAULT_TIMEOUTS: PostgresTimeouts = { connectTimeoutMs: 5_000, statementTimeoutMs: 15_000 };

/** Connections each instance's pool may open (config: DATABASE_POOL_SIZE). */
export const DEFAULT_POOL_SIZE = 10;

/**
 * How long past the server's statement_timeout the client waits for an answer at all. The server
 * cancels a slow statement itself (57014) and the connection stays usable; only a server that
 * cannot answer (a dead network, a hung host) runs into this, and then the connection is ended.
 */
const READ_GRACE_MS = 1_000;
/** Idle connections are probed by TCP keepalive after this long, so a vanished peer is noticed. */
const KEEPALIVE_DELAY_MS = 10_000;

/**
 * A node-postgres client that ends its connection when a statement gets no answer in time
 * (`query_timeout`). On its own the driver only fails the statement and keeps waiting on the
 * connection, so a transaction's ROLLBACK (and the next user of that pooled connection) would
 * wait out the same timeout again. Ending it makes the pool drop it and open a fresh one.
 */
export class GuardedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // A connection lost while checked out of the pool (in a transaction, or LISTEN's own) emits
    // 'error' with nobody listening, which would crash the process. The statement in flight and
    // every later one fail on their own, and the pool drops the client when it comes back.
    this.on('error', () => {});
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- forwards pg's overloads untouched
  override query(...args: any[]): any {
    const query = super.query as (...forwarded: unknown[]) => unknown;
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (error: Error | undefined, result: unknown) => {
        this.endIfUnanswered(error);
        (last as (error: Error | undefined, result: unknown) => void)(error, result);
      };
      return query.apply(this, args);
    }
    const result = query.apply(this, args);
    if (!(result instanceof Promise)) return result;
    return result.catch((error: unknown) => {
      this.endIfUnanswered(error);
      throw error;
    });
  }

  private endIfUnanswered(error: unknown): void {
    // With a statement still unanswered, end() destroys the socket rather than waiting on it.
    if (error instanceof Error && error.message === 'Query read timeout') void this.end().catch(() => {});
  }
}

/**
 * Connection settings for the pool (and LISTEN's own connection), with every wait bounded:
 * opening a connection, each statement on the server and on the wire, and a transaction left
 * idle by a client that vanished (the server ends it and frees its locks).
 */
export function poolConfig(url: string, timeouts: PostgresTimeouts, max = DEFAULT_POOL_SIZE): pg.PoolConfig {
  return {
    connectionString: url,
    max,
    Client: GuardedClient,
    connectionTimeoutMillis: timeouts.connectTimeoutMs,
    statement_timeout: timeouts.statementTimeoutMs,
    query_timeout: timeouts.statementTimeoutMs + READ_GRACE_MS,
    idle_in_transaction_session_timeout: timeouts.statementTimeoutMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS,
  };
}

/**
 * Settings for a connection that may wait as long as it must (migrations: waiting for another
 * instance's lock, rewriting a large table): connecting is still bounded and probed, statements
 * are not.
 */
export function unboundedStatements(config: pg.PoolConfig): pg.ClientConfig {
  const { connectionString, connectionTimeoutMillis, keepAlive, keepAliveInitialDelayMillis } = config;
  return { connectionString, connectionTimeoutMillis, keepAlive, keepAliveInitialDelayMillis };
}
