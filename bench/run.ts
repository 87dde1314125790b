// `npm run bench`: runs the suites (each seeds its own databases and removes them), prints one
// summary table (every figure beside its goal, its same-run reference and the load average), the
// suites' detail, and writes both to bench/results/ as JSON and Markdown.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { type RunRecord, summaryTable, writeResults } from './lib/results';
import { type BenchSettings, type BenchSuite, loadNow } from './lib/suite';
import { acceptSuite } from './suites/accept';
import { inboxSuite } from './suites/inbox';
import { searchSuite } from './suites/search';
import { startSuite } from './suites/start';
import { webSuite } from './suites/web';

/**
 * The suites, in the order they run. A suite is a file exporting a `BenchSuite` (bench/lib/suite.ts):
 * a name, a line of help, and `run(context)` returning summary rows (metric, goal, measured,
 * reference, met) and detail sections. Add one by importing it and listing it here.
 */
const SUITES: BenchSuite[] = [searchSuite, acceptSuite, inboxSuite, startSuite, webSuite];

const KINDS = ['postgres', 'pglite'] as const;
/** The size a scale run is compared with (see bench/suites/search.ts). */
const SCALE_FROM = 100_000;

const usage = `Usage: npm run bench -- [--mentors N] [--members N] [--queries N] [--warmup N] [--databases postgres,pglite] [--suites a,b] [--inbox-calls N]

  --mentors N     mentors to seed in each database (default 100,000); with --members, the mentors at the large size
  --members N     members in all at the large size (mentors included). A scale run (e.g. --mentors 200000 --members 1000000)
                  measures PostgreSQL at ${SCALE_FROM.toLocaleString('en')} mentors first, grows the same database and measures again
  --scale-from N  the size a scale run starts from (default ${SCALE_FROM.toLocaleString('en')} mentors)
  --queries N     search queries to measure, each over HTTP and bare (default 200)
  --warmup N      other queries run each way first, unmeasured (default 1,000)
  --databases     which to run, comma-separated (default postgres,pglite)
  --suites        what to measure, comma-separated (default: ${SUITES.filter((suite) => suite.byDefault).map((suite) => suite.name).join(',')})
  --inbox-calls   calls per inbox row (default 100)

Suites:
${SUITES.map((suite) => `  ${suite.name.padEnd(14)}${suite.description}`).join('\n')}

PostgreSQL: a database of its own is created and dropped on BENCH_POSTGRES_URL's server
(default postgres://postgres@127.0.0.1:5432/postgres). PGlite: a temporary folder, removed after.
Results: bench/results/<start time>.json and .md.`;

function options(): { settings: BenchSettings; suites: BenchSuite[] } {
  const { values } = parseArgs({
    options: {
      mentors: { type: 'string', default: '100000' },
      members: { type: 'string' },
      'scale-from': { type: 'string', default: String(SCALE_FROM) },
      queries: { type: 'string', default: '200' },
      warmup: { type: 'string', default: '1000' },
      databases: { type: 'string', default: KINDS.join(',') },
      suites: { type: 'string', default: SUITES.filter((suite) => suite.byDefault).map((suite) => suite.name).join(',') },
      'inbox-calls': { type: 'string', default: '100' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const fail = (message: string): never => {
    console.error(`${message}\n\n${usage}`);
    process.exit(2);
  };
  const count = (name: string, value: string) => {
    const number = Number(value.replaceAll('_', ''));
    if (!Number.isInteger(number) || number < 1) fail(`${name} must be a whole number above 0, not '${value}'.`);
    return number;
  };
  const databases = values.databases.split(',').map((name) => name.trim()) as BenchSettings['databases'];
  if (databases.some((name) => !KINDS.includes(name))) fail(`--databases takes postgres and/or pglite, not '${values.databases}'.`);
  const names = values.suites.split(',').map((name) => name.trim());
  const suites = SUITES.filter((suite) => names.includes(suite.name));
  if (suites.length !== names.length) fail(`--suites takes ${SUITES.map((suite) => suite.name).join(', ')}, not '${values.suites}'.`);
  const mentors = count('--mentors', values.mentors);
  const members = values.members === undefined ? mentors : count('--members', values.members);
  if (members < mentors) fail('--members counts every member, mentors included: it cannot be below --mentors.');
  const from = count('--scale-from', values['scale-from']);
  // A scale run starts at --scale-from mentors and grows to --mentors and --members.
  const isScale = members > mentors || mentors > from;
  return {
    settings: {
      mentors: isScale ? Math.min(from, mentors) : mentors,
      scaleMentors: mentors,
      members,
      queries: count('--queries', values.queries),
      warmup: count('--warmup', values.warmup),
      databases,
      inboxCalls: count('--inbox-calls', values['inbox-calls']),
    },
    suites,
  };
}

const log = (message: string) => process.stderr.write(`${message}\n`);
const { settings, suites } = options();
const interrupted = new Set<() => Promise<void>>();
process.once('SIGINT', () => {
  log('\nInterrupted: removing the benchmark databases');
  void Promise.allSettled([...interrupted].map((undo) => undo())).then(() => process.exit(130));
});
const onInterrupt = (undo: () => Promise<void>) => {
  interrupted.add(undo);
  return () => void interrupted.delete(undo);
};

function commit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

const started = Date.now();
const record: RunRecord = {
  startedAt: new Date().toISOString(),
  seconds: 0,
  commit: commit(),
  settings,
  cpus: cpus().length,
  load: { start: loadavg(), end: [] },
  suites: suites.map((suite) => suite.name),
  rows: [],
  sections: [],
};
try {
  for (const suite of suites) {
    log(`\n— ${suite.name} (load ${loadNow().toFixed(2)})`);
    const result = await suite.run({ settings, log, onInterrupt });
    const load = loadNow();
    record.rows.push(...result.rows.map((row) => ({ ...row, load: row.load ?? load, suite: suite.name })));
    record.sections.push(...result.sections);
  }
} catch (error) {
  console.error(error);
  process.exit(1);
}
record.seconds = (Date.now() - started) / 1000;
record.load.end = loadavg();
const files = writeResults(record);
const loads = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
console.log(
  [
    '',
    ...record.sections.flatMap((section) => [section, '']),
    `Summary (${record.cpus} CPUs; load average ${loads(record.load.start)} at the start, ${loads(record.load.end)} at the end; the load column is the 1-minute average when its suite finished):`,
    '',
    summaryTable(record.rows),
    '',
    `Total run time ${record.seconds.toFixed(0)} s. Written to ${files.join(' and ')}.`,
  ].join('\n'),
);
