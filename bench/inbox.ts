// The Inbox in `npm run bench`: one member with 20, then 200 conversations (20 messages each from the
// other side, so every conversation has unread messages). Lists the conversations and opens a thread
// over HTTP; reports the median and p95 and the database queries each call made, which must not grow
// with the number of conversations (no query per conversation).
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app';
import { queryRows } from '../server/db/client';
import { seedMembers } from '../server/seed/members';
import type { BenchDatabase } from './lib/databases';
import { createHttpClient, type HttpClient, signUpStudent } from './lib/http';
import { formatTable, median, ms, percentile } from './lib/stats';
import { benchAppConfig } from './lib/app-config';
import { measureFloor, SESSION_CHECK } from './overhead';

export const INBOX_SIZES = [20, 200] as const;
const MESSAGES_PER_CONVERSATION = 20;

export interface InboxRow {
  conversations: number;
  call: string;
  median: number;
  p95: number;
  queries: number;
}

/** What one database measured: the calls, and the session check (GET /api/me/interests) in the same run. */
export interface InboxResult {
  rows: InboxRow[];
  sessionCheck: { median: number; p95: number };
}

/** Counts the statements the app sends to the database (node-postgres pool or PGlite: both have `query`). */
function countQueries(bench: BenchDatabase): { count(): number; reset(): void } {
  const client = (bench.database.db as unknown as { $client: { query: (...args: unknown[]) => unknown } }).$client;
  const original = client.query.bind(client);
  let queries = 0;
  client.query = (...args: unknown[]) => {
    queries++;
    return original(...args);
  };
  return { count: () => queries, reset: () => (queries = 0) };
}

export async function benchInbox(bench: BenchDatabase, options: { calls: number; log: (message: string) => void }): Promise<InboxResult> {
  const { db } = bench.database;
  const largest = INBOX_SIZES.at(-1)!;
  options.log(`${bench.kind}: inbox — seeding ${largest} mentors to write to`);
  await seedMembers(db, { count: largest });
  const mentors = await queryRows<{ username: string }>(
    db,
    sql`select u.username from users u join mentor_profiles p on p.user_id = u.id where p.is_listed order by u.username limit ${largest}`,
  );
  if (mentors.length < largest) throw new Error(`only ${mentors.length} listed mentors seeded`);

  const origin = 'http://127.0.0.1:3999';
  const config = benchAppConfig(origin, bench.env);
  let app: FastifyInstance | undefined;
  let http: HttpClient | undefined;
  try {
    app = await buildApp({ config, database: bench.database, webDist: false, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    http = createHttpClient(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
    const cookie = await signUpStudent(http, origin, 'inbox');
    const me = (await http.get('/api/me', { cookie })).json as { id: string };
    const queries = countQueries(bench);
    const rows: InboxRow[] = [];
    let started = 0;
    for (const size of INBOX_SIZES) {
      options.log(`${bench.kind}: inbox — ${size} conversations`);
      for (; started < size; started++) {
        const res = await http.postJson('/api/conversations', { username: mentors[started]!.username, body: `Hello ${started}` }, { cookie, origin });
        if (res.status !== 201) throw new Error(`start failed: ${res.status} ${JSON.stringify(res.json)}`);
      }
      // The other side answers: unread messages in every conversation, a thread to page through.
      await db.execute(sql`
        insert into messages (conversation_id, sender_id, body, created_at)
        select me.conversation_id, other.user_id, 'Reply ' || g, now() + g * interval '1 millisecond'
        from conversation_members me
        join conversation_members other on other.conversation_id = me.conversation_id and other.user_id <> me.user_id
        cross join generate_series(1, ${MESSAGES_PER_CONVERSATION}) g
        where me.user_id = ${me.id}
          and not exists (select 1 from messages m where m.conversation_id = me.conversation_id and m.sender_id = other.user_id)`);
      await db.execute(sql`vacuum analyze`);
      const list = (await http.get('/api/conversations', { cookie })).json as { items: { id: string }[] };
      const thread = `/api/conversations/${list.items[0]!.id}/messages`;
      for (const [call, path] of [
        ['GET /api/conversations', '/api/conversations'],
        ['GET /api/conversations/:id/messages', thread],
      ] as const) {
        for (let i = 0; i < 20; i++) await http.get(path, { cookie });
        const times: number[] = [];
        const counts: number[] = [];
        for (let i = 0; i < options.calls; i++) {
          queries.reset();
          const res = await http.get(path, { cookie });
          if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
          times.push(res.elapsedMs);
          counts.push(queries.count());
        }
        rows.push({ conversations: size, call, median: median(times), p95: percentile(times, 95), queries: Math.max(...counts) });
      }
    }
    // Beside the inbox calls, on the same server and connection, as the dashboard is held to it (bench/suites/search.ts).
    const session = (await measureFloor(http, cookie, options.calls))[SESSION_CHECK]!;
    return { rows, sessionCheck: { median: median(session), p95: percentile(session, 95) } };
  } finally {
    http?.close();
    await app?.close().catch(() => {});
  }
}

export function reportInbox(results: Array<{ name: string } & InboxResult>, calls: number): string {
  return [
    `The Inbox: one member with ${INBOX_SIZES.join(' and then ')} conversations (${MESSAGES_PER_CONVERSATION} unread messages each), ${calls} calls per row over HTTP.`,
    'Queries: the most database statements one call made (the session check included); it must not grow with the conversations. Times in ms.',
    '',
    formatTable(
      ['database', 'conversations', 'call', 'median', 'p95', 'queries'],
      results.flatMap(({ name, rows, sessionCheck }) => [
        ...rows.map((row) => [name, String(row.conversations), row.call, ms(row.median), ms(row.p95), String(row.queries)]),
        [name, '–', `GET ${SESSION_CHECK} (session check)`, ms(sessionCheck.median), ms(sessionCheck.p95), '–'],
      ]),
    ),
  ].join('\n');
}
