// Racing accepts against a lone accept, on PostgreSQL (bench/accept-race.ts).
import { benchAcceptRace, reportAcceptRace } from '../accept-race';
import { percentile } from '../lib/stats';
import { type BenchSuite, ratioRow } from '../lib/suite';

export const acceptSuite: BenchSuite = {
  name: 'accept',
  description: '50 racing accepts over two server processes, p95 against a lone accept (PostgreSQL)',
  byDefault: true,
  async run({ log }) {
    const race = await benchAcceptRace({ log });
    // The reference: one request, one place, the same two processes and path, nothing to wait for.
    const lone = await benchAcceptRace({ log, requests: 1, maxMentees: 1, rounds: 30 });
    const racing = percentile(race.latenciesMs, 95);
    const alone = percentile(lone.latenciesMs, 95);
    const row = ratioRow('racing accepts: p95 ÷ a lone accept', 5, racing / alone, `${racing.toFixed(1)} ms ÷ ${alone.toFixed(1)} ms, ${race.wrongRounds} wrong rounds`);
    return { rows: [{ ...row, met: row.met && race.wrongRounds === 0 }], sections: [reportAcceptRace(race)] };
  },
};
