import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';

export interface OutboxStats {
  pending: number;
  retrying: number;
  failed: number;
  oldestPendingAgeSeconds: number;
}

/**
 * The outbox's backlog in one statement. Pending rows are read through the partial index on
 * pending rows; failed rows are few, and delivered ones are pruned by the retention job, so the
 * count of failed rows stays cheap.
 */
export async function readOutboxStats(db: Db): Promise<OutboxStats> {
  const [row] = await queryRows<{ pending: string; retrying: string; failed: string; oldest_age: string | null }>(
    db,
    sql`
      select
        count(*) filter (where status = 'pending') as pending,
        count(*) filter (where status = 'pending' and attempts > 0) as retrying,
        count(*) filter (where status = 'failed') as failed,
        extract(epoch from now() - min(created_at) filter (where status = 'pending'))::float8 as oldest_age
      from outbox
      where status in ('pending', 'failed')`,
  );
  return {
    pending: Number(row?.pending ?? 0),
    retrying: Number(row?.retrying ?? 0),
    failed: Number(row?.failed ?? 0),
    oldestPendingAgeSeconds: Math.max(0, Number(row?.oldest_age ?? 0)),
  };
}
