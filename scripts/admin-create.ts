// Grants admin to an existing member: how an installation gets its first admin.
import { parseArgs } from 'node:util';
import { grantAdmin } from '../server/cli/grant-admin';
import { EXIT_FAILURE, EXIT_OK, exitWithUsage, runWithDatabase } from './lib/cli';

const usage = `Usage: npm run admin:create -- --email <email address or user name>

Makes an existing member an admin (the alumni office). The member registers first; the email
address is matched in any case. Uses DATABASE_URL, or the embedded database in DATA_DIR (stop the
server first: the embedded database allows one process at a time).

Exit codes: 0 granted or already an admin, 1 no such member or an error, 2 wrong arguments.`;

let email: string | undefined;
try {
  const { values } = parseArgs({
    options: { email: { type: 'string', short: 'e' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(EXIT_OK);
  }
  email = values.email?.trim();
} catch (error) {
  exitWithUsage(usage, (error as Error).message);
}
if (!email) exitWithUsage(usage, 'Missing --email.');

await runWithDatabase(async ({ database }) => {
  const result = await grantAdmin(database.db, email);
  if (result.outcome === 'not_found') {
    console.error(`No member with email or user name '${email}'. They need to register first.`);
    return EXIT_FAILURE;
  }
  const who = `${result.member.name} <${result.member.email}>`;
  console.log(result.outcome === 'granted' ? `${who} is now an admin.` : `${who} is already an admin; nothing changed.`);
  return EXIT_OK;
});
