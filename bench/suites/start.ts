// Cold start on existing embedded data against bare Fastify (bench/start.ts).
import { benchStart, reportStart, START_TARGET, startMedianMs } from '../start';
import { type BenchSuite, ratioRow } from '../lib/suite';

const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;

export const startSuite: BenchSuite = {
  name: 'start',
  description: 'cold start of the server on existing embedded data to /healthz and /readyz, against bare Fastify (node, and npm in front)',
  byDefault: true,
  async run({ log }) {
    const result = await benchStart({ log });
    const bare = startMedianMs(result, 'bare', 'healthzMs');
    const rows = (['healthzMs', 'readyzMs'] as const).map((key) => {
      const server = startMedianMs(result, 'server', key);
      return ratioRow(
        `cold start on existing embedded data ÷ bare Fastify, to ${key === 'healthzMs' ? '/healthz' : '/readyz'}`,
        START_TARGET,
        server / bare,
        `${seconds(server)} ÷ ${seconds(bare)} (node scripts/start.mjs ÷ node, medians of ${result.runs})`,
        { serverMs: server, bareMs: bare },
      );
    });
    return { rows, sections: [reportStart(result)] };
  },
};
