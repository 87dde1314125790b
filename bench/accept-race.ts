// The accept race under load: two server processes on one PostgreSQL database, a mentor with room
// for 3, 50 pending requests accepted at once over HTTP, repeated. Reports the latency of every
// accept (the winners and the `mentor_full` refusals alike) and checks the outcome each round.
import { fireAccepts, prepareRace, raceState, resetRace, startInstances } from '../test/accept-race';
import { createBenchPostgres } from './lib/databases';
import { formatTable, median, ms, percentile } from './lib/stats';

export interface AcceptRaceResult {
  rounds: number;
  requests: number;
  maxMentees: number;
  latenciesMs: number[];
  /** Rounds where anything but exactly `maxMentees` accepts and the rest `mentor_full` came back. */
  wrongRounds: number;
}

/** Runs the race `rounds` times on a database of its own (removed afterwards). */
export async function benchAcceptRace(options: { rounds?: number; requests?: number; maxMentees?: number; log?: (message: string) => void } = {}): Promise<AcceptRaceResult> {
  const rounds = options.rounds ?? 10;
  const requests = options.requests ?? 50;
  const maxMentees = options.maxMentees ?? 3;
  const log = options.log ?? (() => {});
  const bench = await createBenchPostgres();
  const url = bench.env.DATABASE_URL!;
  let stop: (() => Promise<void>) | undefined;
  try {
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
      if (accepted !== maxMentees || full !== requests - maxMentees || state.activeMentorships !== maxMentees) wrongRounds++;
    }
    log(`accept race: ${rounds} rounds of ${requests} accepts done`);
    return { rounds, requests, maxMentees, latenciesMs, wrongRounds };
  } finally {
    await stop?.();
    await bench.destroy();
  }
}

/** The report's section for the race. */
export function reportAcceptRace(result: AcceptRaceResult): string {
  const { latenciesMs: values } = result;
  return [
    `Accept race: ${result.rounds} rounds of ${result.requests} concurrent POST /api/requests/:id/accept over two server processes`,
    `on one PostgreSQL database, mentor with room for ${result.maxMentees}. Times in ms, every accept (winners and mentor_full).`,
    '',
    formatTable(
      ['accepts', 'median', 'p95', 'max', 'rounds with a wrong outcome'],
      [[String(values.length), ms(median(values)), ms(percentile(values, 95)), ms(Math.max(...values)), String(result.wrongRounds)]],
    ),
  ].join('\n');
}
