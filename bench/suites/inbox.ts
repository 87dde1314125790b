// The Inbox with 20 and 200 conversations on each database (bench/inbox.ts). Summary rows: at 200
// conversations, the list and a thread against the session check measured on the same server in
// the same run (≤ 10×, the dashboard's goal in issue 18), and the statements per call, which must
// not grow from 20 conversations to 200.
import { benchInbox, INBOX_SIZES, type InboxResult, reportInbox } from '../inbox';
import { type BenchDatabase, createBenchPglite, createBenchPostgres } from '../lib/databases';
import { ms } from '../lib/stats';
import { type BenchRow, type BenchSuite, loadNow, ratioRow } from '../lib/suite';
import { SESSION_CHECK } from '../overhead';

const NAMES = { postgres: 'PostgreSQL', pglite: 'PGlite' } as const;

/** The rows of one database, taken when its run ended (the load then). */
function inboxRows(name: string, { rows, sessionCheck }: InboxResult): BenchRow[] {
  const [small, large] = [INBOX_SIZES[0], INBOX_SIZES.at(-1)!];
  const summary: BenchRow[] = [];
  for (const call of [...new Set(rows.map((row) => row.call))]) {
    const at = (size: number) => rows.find((row) => row.call === call && row.conversations === size)!;
    summary.push(
      ratioRow(`inbox ${call} p95 ÷ session check p95, ${large} conversations, ${name}`, 10, at(large).p95 / sessionCheck.p95, `${ms(at(large).p95)} ms ÷ ${ms(sessionCheck.p95)} ms (GET ${SESSION_CHECK})`),
      {
        metric: `inbox ${call} statements per call, ${large} ÷ ${small} conversations, ${name}`,
        goal: 'no more',
        measured: `${at(large).queries} ÷ ${at(small).queries}`,
        reference: 'no statement per conversation',
        met: at(large).queries <= at(small).queries,
        load: loadNow(),
        values: { small: at(small).queries, large: at(large).queries },
      },
    );
  }
  return summary;
}

export const inboxSuite: BenchSuite = {
  name: 'inbox',
  description: 'the Inbox with 20 and 200 conversations: list and thread p95 against the session check, statements per call',
  byDefault: true,
  async run({ settings, log, onInterrupt }) {
    const results: Array<{ name: string } & InboxResult> = [];
    const rows: BenchRow[] = [];
    for (const kind of settings.databases) {
      log(`\n${kind}: inbox — creating and migrating a database of its own`);
      const bench: BenchDatabase = kind === 'postgres' ? await createBenchPostgres() : await createBenchPglite();
      const forget = onInterrupt(() => bench.destroy());
      try {
        const result = await benchInbox(bench, { calls: settings.inboxCalls, log });
        results.push({ name: NAMES[kind], ...result });
        rows.push(...inboxRows(NAMES[kind], result));
      } finally {
        forget();
        await bench.destroy();
      }
    }
    return { rows, sections: [reportInbox(results, settings.inboxCalls)] };
  },
};
