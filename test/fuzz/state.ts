import { sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client';

/**
 * Tables whose rows a refused request may still touch: a session's expiry slides forward whenever
 * it is used, whatever the answer. Their row count is still compared.
 */
const CONTENT_MAY_CHANGE = new Set(['sessions']);

const rowsOf = (result: unknown) => ((result as { rows?: unknown[] }).rows ?? (result as unknown[])) as Array<Record<string, unknown>>;

/**
 * A snapshot of the database: the row count of every table, and a digest of the contents of
 * every table but those above, read in one statement.
 */
export async function databaseSnapshotter(db: Db): Promise<() => Promise<Record<string, string>>> {
  const tables = rowsOf(await db.execute(sql`select tablename from pg_tables where schemaname = current_schema() order by tablename`)).map(
    (row) => String(row.tablename),
  );
  const parts = tables.flatMap((table) => {
    const name = `"${table.replaceAll('"', '""')}"`;
    const count = `'${table}', (select count(*)::text from ${name})`;
    if (CONTENT_MAY_CHANGE.has(table)) return [count];
    // A sum of row hashes: independent of row order, so nothing has to be sorted.
    return [count, `'${table} contents', (select coalesce(sum(hashtextextended(t::text, 0)), 0)::text from ${name} t)`];
  });
  // json_build_object takes at most 100 arguments: one object per 20 tables.
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += 40) chunks.push(`json_build_object(${parts.slice(i, i + 40).join(', ')})`);
  const statement = sql.raw(`select ${chunks.map((chunk, i) => `${chunk} as c${i}`).join(', ')}`);
  return async () => {
    const [row] = rowsOf(await db.execute(statement));
    return Object.assign({}, ...Object.values(row ?? {}).map((value) => (typeof value === 'string' ? JSON.parse(value) : value)));
  };
}

/** The tables whose count or contents differ between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(before).filter((key) => before[key] !== after[key]);
}
