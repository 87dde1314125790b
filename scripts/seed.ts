// Seeds the configured database: many members for benchmarks, or the demo community.
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD, DEMO_SIGN_IN, seedDemoCommunity } from '../server/seed/demo-community';
import { DEFAULT_BATCH_SIZE, seedMembers } from '../server/seed/members';
import { EXIT_OK, exitWithUsage, runWithDatabase } from './lib/cli';
import { createProgressBar, formatCount } from './lib/progress-bar';

const usage = `Usage: npm run db:seed -- --mentors <N> [--batch-size <rows>]
       npm run db:seed -- --demo

  --mentors N     add N alumni with filled-in mentor profiles (for benchmarks), ${formatCount(DEFAULT_BATCH_SIZE)}
                  per statement by default; every run adds new members with their own user names
  --demo          fill an empty database with the demo community (the server does this on start
                  when DEMO_DATA is on)

All seeded members sign in with the password '${DEMO_PASSWORD}'. Uses DATABASE_URL, or the embedded
database in DATA_DIR; migrations run first.`;

const positiveInteger = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const number = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(number) || number < 1) exitWithUsage(usage, `${name} must be a whole number above 0, not '${value}'.`);
  return number;
};

let options: { mentors?: number; batchSize?: number; demo: boolean } = { demo: false };
try {
  const { values } = parseArgs({
    options: {
      mentors: { type: 'string' },
      'batch-size': { type: 'string' },
      demo: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(EXIT_OK);
  }
  options = {
    mentors: positiveInteger('--mentors', values.mentors),
    batchSize: positiveInteger('--batch-size', values['batch-size']),
    demo: values.demo,
  };
} catch (error) {
  exitWithUsage(usage, (error as Error).message);
}
if (options.mentors === undefined && !options.demo) exitWithUsage(usage, 'Say what to seed: --mentors N or --demo.');

await runWithDatabase(async ({ database }) => {
  if (options.demo) {
    const result = await seedDemoCommunity(database.db);
    console.log(
      result.created
        ? `Demo community created (${result.members} members): sign in as '${DEMO_SIGN_IN.alumnus}' (alumnus), ` +
            `'${DEMO_SIGN_IN.student}' (student) or '${DEMO_SIGN_IN.admin}' (admin) with password '${DEMO_PASSWORD}'.`
        : 'The database already has members; the demo community is only added to an empty one.',
    );
  }
  if (options.mentors !== undefined) {
    const total = options.mentors;
    const bar = createProgressBar(total);
    const result = await seedMembers(database.db, {
      count: total,
      batchSize: options.batchSize,
      onProgress: ({ done }) => bar.update(done),
    });
    bar.finish();
    const seconds = result.elapsedMs / 1000;
    console.log(
      `Seeded ${formatCount(result.inserted)} mentors in ${seconds.toFixed(1)} s ` +
        `(${formatCount(result.inserted / seconds)} rows/s) into ${database.kind}, run id '${result.runId}'.`,
    );
    if (result.sampleUsername) console.log(`Sign in as e.g. '${result.sampleUsername}' with password '${DEMO_PASSWORD}'.`);
  }
  return EXIT_OK;
});
