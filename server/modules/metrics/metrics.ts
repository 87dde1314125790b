import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../../db/client';
import type { Log } from '../../lib/log';
import { type BatchResult, readOutboxStats } from '../outbox/outbox.service';

/** What the retention job reports after a run (server/jobs/retention.ts). */
export type RetentionCounts = Record<string, number>;

/**
 * The process's Prometheus metrics, one registry per app (tests build many apps in one process,
 * so nothing is registered globally). Counters are fed by the request hook, the outbox worker and
 * the retention job of this process; the database gauges are read at each scrape, so they hold
 * for every instance and worker process sharing the database.
 */
export interface Metrics {
  registry: Registry;
  /** Counts one answered request under its route pattern (never the raw URL: ids would explode the series). */
  observeRequest(labels: { method: string; route: string; statusCode: number }, seconds: number): void;
  /** The outcome of one outbox worker batch in this process. */
  recordOutboxBatch(result: BatchResult): void;
  /** A retention run's deleted (or redacted) rows per table. */
  recordRetention(counts: RetentionCounts, at: Date): void;
  recordRetentionFailure(): void;
  /** Server-sent event streams open now (`GET /api/events`, set by the events hub). */
  sseStreams: Gauge;
  /** Reads the database gauges, then renders every metric in the text exposition format. */
  render(): Promise<string>;
  contentType: string;
}

const PREFIX = 'mentor_network_';

export function createMetrics(database: Database, log: Pick<Log, 'warn'>): Metrics {
  const registry = new Registry();
  // Process CPU, memory, event-loop lag, GC: the usual Node.js gauges, under their usual names.
  collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to sending its answer, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const databaseUp = gauge(registry, 'database_up', 'Whether the last scrape could read the database (1) or not (0)');
  const poolMax = gauge(registry, 'db_pool_max_connections', 'Connections the pool may open (PGlite: its one in-process connection)');
  const poolConnections = gauge(registry, 'db_pool_connections', 'PostgreSQL pool connections, by state (idle or in_use)', ['state']);
  const poolWaiting = gauge(registry, 'db_pool_waiting_requests', 'Queries waiting for a free PostgreSQL pool connection');

  const outboxRows = gauge(registry, 'outbox_rows', 'Outbox rows by status: pending (to deliver, retries included), retrying (pending and claimed before: in flight, or waiting after a failed attempt), failed (given up for good)', ['status']);
  const outboxOldest = gauge(registry, 'outbox_oldest_pending_age_seconds', 'Age of the oldest pending outbox row (0 when none is pending)');
  const deliveries = new Counter({
    name: `${PREFIX}outbox_deliveries_total`,
    help: "Outbox rows handled by this process's worker, by outcome (sent, skipped, retried, failed, lost)",
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const sseStreams = gauge(registry, 'sse_streams_active', 'Server-sent event streams open now');

  const retentionLastRun = gauge(registry, 'retention_last_run_timestamp_seconds', 'When the retention job of this process last finished (Unix time)');
  const retentionLastDeleted = gauge(registry, 'retention_last_run_rows', 'Rows the last retention run deleted or redacted, by table', ['table']);
  const retentionDeleted = new Counter({
    name: `${PREFIX}retention_rows_total`,
    help: 'Rows the retention job of this process deleted or redacted, by table',
    labelNames: ['table'] as const,
    registers: [registry],
  });
  const retentionFailures = new Counter({ name: `${PREFIX}retention_failures_total`, help: 'Retention runs that failed', registers: [registry] });
  sseStreams.set(0);

  async function readDatabaseGauges(): Promise<void> {
    const pool = database.poolStats?.();
    if (pool) {
      poolMax.set(pool.max);
      poolConnections.set({ state: 'idle' }, pool.idle);
      poolConnections.set({ state: 'in_use' }, pool.total - pool.idle);
      poolWaiting.set(pool.waiting);
    } else {
      poolMax.set(1);
    }
    try {
      const stats = await readOutboxStats(database.db);
      outboxRows.set({ status: 'pending' }, stats.pending);
      outboxRows.set({ status: 'retrying' }, stats.retrying);
      outboxRows.set({ status: 'failed' }, stats.failed);
      outboxOldest.set(stats.oldestPendingAgeSeconds);
      databaseUp.set(1);
    } catch (error) {
      // A scrape still answers while the database is down: that is when it matters most.
      log.warn({ err: error }, 'metrics: the database could not be read');
      databaseUp.set(0);
    }
  }

  return {
    registry,
    observeRequest({ method, route, statusCode }, seconds) {
      const labels = { method, route, status_code: String(statusCode) };
      requests.inc(labels);
      durations.observe(labels, seconds);
    },
    recordOutboxBatch(result) {
      for (const outcome of ['sent', 'skipped', 'retried', 'failed', 'lost'] as const) {
        if (result[outcome]) deliveries.inc({ outcome }, result[outcome]);
      }
    },
    recordRetention(counts, at) {
      retentionLastRun.set(at.getTime() / 1000);
      for (const [table, count] of Object.entries(counts)) {
        retentionLastDeleted.set({ table }, count);
        if (count) retentionDeleted.inc({ table }, count);
      }
    },
    recordRetentionFailure: () => retentionFailures.inc(),
    sseStreams,
    async render() {
      await readDatabaseGauges();
      return registry.metrics();
    },
    contentType: registry.contentType,
  };
}

function gauge(registry: Registry, name: string, help: string, labelNames: string[] = []): Gauge {
  return new Gauge({ name: `${PREFIX}${name}`, help, labelNames, registers: [registry] });
}
