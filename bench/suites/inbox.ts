// The Inbox with 20 and 200 conversations on each database (bench/inbox.ts): detail only, no goal row.
import { benchInbox, type InboxRow, reportInbox } from '../inbox';
import { type BenchDatabase, createBenchPglite, createBenchPostgres } from '../lib/databases';
import type { BenchSuite } from '../lib/suite';

const NAMES = { postgres: 'PostgreSQL', pglite: 'PGlite' } as const;

export const inboxSuite: BenchSuite = {
  name: 'inbox',
  description: 'the Inbox with 20 and 200 conversations: list and thread, median, p95, queries per call',
  byDefault: true,
  async run({ settings, log, onInterrupt }) {
    const results: Array<{ name: string; rows: InboxRow[] }> = [];
    for (const kind of settings.databases) {
      log(`\n${kind}: inbox — creating and migrating a database of its own`);
      const bench: BenchDatabase = kind === 'postgres' ? await createBenchPostgres() : await createBenchPglite();
      const forget = onInterrupt(() => bench.destroy());
      try {
        results.push({ name: NAMES[kind], rows: await benchInbox(bench, { calls: settings.inboxCalls, log }) });
      } finally {
        forget();
        await bench.destroy();
      }
    }
    return { rows: [], sections: [reportInbox(results, settings.inboxCalls)] };
  },
};
