// Racing accepts against a lone accept, on PostgreSQL (bench/accept-race.ts).
import { ACCEPT_RACE_TARGET, benchAcceptRace, reportAcceptRace } from '../accept-race';
import { median, percentile } from '../lib/stats';
import { type BenchSuite, ratioRow } from '../lib/suite';

export const acceptSuite: BenchSuite = {
  name: 'accept',
  description: '50 racing accepts over two server processes, p95 against a lone accept on the same processes (PostgreSQL)',
  byDefault: true,
  async run({ log }) {
    const race = await benchAcceptRace({ log });
    const racing = percentile(race.latenciesMs, 95);
    const alone = median(race.loneMs);
    const row = ratioRow(
      'racing accepts: p95 ÷ a lone accept',
      ACCEPT_RACE_TARGET,
      racing / alone,
      `${racing.toFixed(1)} ms ÷ ${alone.toFixed(1)} ms (lone median), ${race.wrongRounds} wrong rounds, ${race.statements.accept} statements per accept, ${race.statements.refusal} per refusal`,
      { statementsPerAccept: race.statements.accept, statementsPerRefusal: race.statements.refusal },
    );
    return { rows: [{ ...row, met: row.met && race.wrongRounds === 0 }], sections: [reportAcceptRace(race)] };
  },
};
