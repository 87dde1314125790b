// The accept race under load: two server processes on one PostgreSQL database, a mentor with room
// for 3, 50 pending requests accepted at once over HTTP, repeated. Reports the latency of every
// accept (the winners and the `mentor_full` refusals alike) and checks the outcome each round.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import pg from 'pg';
import { fireAccepts, prepareRace, raceState, resetRace, startInstances } from '../test/accept-race';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import type { Database } from '../server/db/client';
import { createBenchPostgres } from './lib/databases';
import { formatTable, median, ms, percentile } from './lib/stats';

/** Racing accepts' p95 ÷ a lone accept's median (issue 18). */
export const ACCEPT_RACE_TARGET = 5;
/** Lone accepts measured, one at a time on the same two processes as the race. */
const LONE_ACCEPTS = 20;

export interface AcceptRaceResult {
  rounds: number;
  requests: number;
  maxMentees: number;
  latenciesMs: number[];
  /** Rounds where anything but exactly `maxMentees` accepts and the rest `mentor_full` came back, or other than `maxMentees` mentorships, notices, mails and motivations were left. */
  wrongRounds: number;
  /** Accepts with nothing else going on, each to a mentor with room: the reference. */
  loneMs: number[];
  /** The statements one HTTP accept sends to PostgreSQL (session check included), and one refusal. */
  statements: { accept: number; refusal: number; acceptList: string[] };
  load: { before: number; after: number };
}

/** Runs the race `rounds` times on a database of its own (removed afterwards), then lone accepts. */
export async function benchAcceptRace(options: { rounds?: number; requests?: number; maxMentees?: number; log?: (message: string) => void } = {}): Promise<AcceptRaceResult> {
  const rounds = options.rounds ?? 10;
  const requests = options.requests ?? 50;
  const maxMentees = options.maxMentees ?? 3;
  const log = options.log ?? (() => {});
  const bench = await createBenchPostgres();
  const url = bench.env.DATABASE_URL!;
  let stop: (() => Promise<void>) | undefined;
  const before = loadavg()[0]!;
  try {
    log(`accept race: counting the statements of one accept (in process, on ${bench.where})`);
    const statements = await countAcceptStatements(bench.database, bench.env);
    log(`accept race: starting two server processes on ${bench.where}`);
    const instances = await startInstances(url, 2);
    stop = instances.stop;
    const setup = await prepareRace(bench.database.db, instances.urls[0]!, { mentees: requests, maxMentees });
    // One unmeasured round: the first requests of a process pay for its lazy start-up.
    await fireAccepts(instances.urls, setup.cookie, await resetRace(bench.database.db, setup));
    const latenciesMs: number[] = [];
    let wrongRounds = 0;
    for (let round = 0; round < rounds; round++) {
      const outcomes = await fireAccepts(instances.urls, setup.cookie, await resetRace(bench.database.db, setup));
      latenciesMs.push(...outcomes.map((outcome) => outcome.ms));
      const accepted = outcomes.filter((outcome) => outcome.status === 200).length;
      const full = outcomes.filter((outcome) => outcome.code === 'mentor_full').length;
      const state = await raceState(bench.database.db, setup.mentorId);
      const effects = [state.activeMentorships, state.acceptedNotices, state.acceptedMails, state.motivationsInInbox];
      if (accepted !== maxMentees || full !== requests - maxMentees || effects.some((count) => count !== maxMentees)) wrongRounds++;
    }
    log(`accept race: ${rounds} rounds of ${requests} accepts done; ${LONE_ACCEPTS} lone accepts`);
    const loneMs: number[] = [];
    for (let i = 0; i < LONE_ACCEPTS; i++) {
      const [requestId] = await resetRace(bench.database.db, setup);
      const [outcome] = await fireAccepts([instances.urls[i % instances.urls.length]!], setup.cookie, [requestId!]);
      if (outcome!.status !== 200) throw new Error(`a lone accept answered ${outcome!.status} ${outcome!.code}`);
      loneMs.push(outcome!.ms);
    }
    return { rounds, requests, maxMentees, latenciesMs, wrongRounds, loneMs, statements, load: { before, after: loadavg()[0]! } };
  } finally {
    await stop?.();
    await bench.destroy();
  }
}

/**
 * Counts what one accept over HTTP sends to PostgreSQL, everything from the session check to the
 * answer, on an app in this process (every node-postgres client's query() is counted); and one
 * refusal (`mentor_full`).
 */
async function countAcceptStatements(database: Database, env: Record<string, string>) {
  const origin = 'http://127.0.0.1:3999';
  const config = loadConfig({
    ...env,
    NODE_ENV: 'production',
    PUBLIC_URL: origin,
    AUTH_SECRET: randomBytes(24).toString('hex'),
    LOG_LEVEL: 'warn',
    RUN_WORKER: 'false',
    RATE_LIMITS: 'false',
    DEMO_DATA: 'false',
  });
  const app = await buildApp({ config, database, webDist: false, logger: false });
  const query = pg.Client.prototype.query;
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const setup = await prepareRace(database.db, base, { mentees: 3, maxMentees: 1 });
    const [first] = await resetRace(database.db, setup);
    // Warm: the first accept of a process prepares statements and fills caches.
    await fireAccepts([base], setup.cookie, [first!]);
    const [again, refused] = await resetRace(database.db, setup);
    const counted = async (requestId: string) => {
      const texts: string[] = [];
      pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
        const config = args[0] as string | { text?: string };
        texts.push((typeof config === 'string' ? config : (config.text ?? '')).replace(/\s+/g, ' ').slice(0, 100));
        return (query as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof query;
      const [outcome] = await fireAccepts([base], setup.cookie, [requestId]);
      pg.Client.prototype.query = query;
      return { outcome: outcome!, texts };
    };
    const accept = await counted(again!);
    if (accept.outcome.status !== 200) throw new Error(`the counted accept answered ${accept.outcome.status}`);
    const refusal = await counted(refused!);
    if (refusal.outcome.code !== 'mentor_full') throw new Error(`the counted refusal answered ${refusal.outcome.status} ${refusal.outcome.code}`);
    return { accept: accept.texts.length, refusal: refusal.texts.length, acceptList: accept.texts };
  } finally {
    pg.Client.prototype.query = query;
    await app.close();
  }
}

/** The report's section for the race. */
export function reportAcceptRace(result: AcceptRaceResult): string {
  const { latenciesMs: values, loneMs: lone } = result;
  const ratio = percentile(values, 95) / median(lone);
  return [
    `Accept race: ${result.rounds} rounds of ${result.requests} concurrent POST /api/requests/:id/accept over two server processes`,
    `on one PostgreSQL database, mentor with room for ${result.maxMentees}. Times in ms, every accept (winners and mentor_full);`,
    `a lone accept is one at a time on the same processes. Load average ${result.load.before.toFixed(2)} before, ${result.load.after.toFixed(2)} after.`,
    '',
    formatTable(
      ['accepts', 'median', 'p95', 'max', 'rounds with a wrong outcome'],
      [
        [`${values.length} racing`, ms(median(values)), ms(percentile(values, 95)), ms(Math.max(...values)), String(result.wrongRounds)],
        [`${lone.length} lone`, ms(median(lone)), ms(percentile(lone, 95)), ms(Math.max(...lone)), '–'],
      ],
    ),
    '',
    `Racing p95 ÷ lone median: ${ratio.toFixed(2)}× (target ≤ ${ACCEPT_RACE_TARGET}×) ${ratio <= ACCEPT_RACE_TARGET ? 'met' : 'MISSED'}; ` +
      `statements per accept (session check to answer): ${result.statements.accept}, per mentor_full refusal: ${result.statements.refusal}.`,
  ].join('\n');
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const result = await benchAcceptRace({ log: (message) => process.stderr.write(`${message}\n`) });
  if (process.argv.includes('--statements')) console.log(result.statements.acceptList.join('\n'));
  console.log(reportAcceptRace(result));
}
