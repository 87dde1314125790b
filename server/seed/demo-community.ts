import { sql } from 'drizzle-orm';
import { hashPassword } from 'better-auth/crypto';
import type { Config } from '../config';
import { type Db, queryRows } from '../db/client';
import { accounts, users } from '../db/schema';
import { seedDemoMentors } from './demo-mentors';
import { seedDemoRequests } from './demo-requests';
import { DEMO_PEOPLE } from './demo-people';
import { memberRow, usernameFor, type UserRow } from './member-rows';
import type { DemoContext } from './demo-context';
import { createRandom } from './random';

/** Every demo account signs in with this password (documented in the README and the start-up log). */
export const DEMO_PASSWORD = 'mentor-demo-2026';
const DEMO_SEED = 20_260_901;

/** The accounts the start-up message suggests, one per role. */
export const DEMO_SIGN_IN = {
  alumnus: 'sanne.devries',
  student: 'daan.jansen',
  staff: 'annelies.brouwer',
  admin: 'marieke.hoekstra',
} as const;

export interface DemoSeedOptions {
  /** The moment the community is built around (years, ages); tests pin it. */
  now?: Date;
}

export type DemoSeedResult = { created: false } | { created: true; members: number };

/** Fills an empty database with the demo community in one transaction; does nothing if anyone exists. */
export async function seedDemoCommunity(db: Db, options: DemoSeedOptions = {}): Promise<DemoSeedResult> {
  if (await hasMembers(db)) return { created: false };
  // Hash outside the transaction (~100 ms): one hash serves every demo account.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    // Two instances starting together on one PostgreSQL: the second waits, then sees the members.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('mentor-network:demo-seed'))`);
    if (await hasMembers(tx)) return { created: false };
    const context: DemoContext = { tx, random: createRandom(DEMO_SEED), now: options.now ?? new Date(), passwordHash };
    const members = await seedDemoMembers(context);
    await seedDemoMentors(context, members);
    await seedDemoRequests(context, members);
    // Later areas add their step here, each taking the context and the members by user name:
    // conversations.
    return { created: true, members: members.size };
  });
}

/** The people of the demo community with their password logins; returns them by user name. */
export async function seedDemoMembers(context: DemoContext): Promise<Map<string, UserRow>> {
  const { tx, random, now, passwordHash } = context;
  const rows = DEMO_PEOPLE.map((person) =>
    memberRow(random, person, { id: random.uuid(), username: usernameFor(person.firstName, person.familyName), now }),
  );
  await tx.insert(users).values(rows);
  await tx.insert(accounts).values(
    rows.map((row) => ({
      id: random.uuid(),
      accountId: row.id as string,
      providerId: 'credential',
      userId: row.id as string,
      password: passwordHash,
      createdAt: row.createdAt,
      updatedAt: row.createdAt,
    })),
  );
  return new Map(rows.map((row) => [row.username as string, row]));
}

export async function hasMembers(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ present: boolean }>(db, sql`select exists (select 1 from ${users}) as present`);
  return row?.present ?? false;
}

interface StartupLog {
  info(message: string): void;
}

/**
 * At start-up: with DEMO_DATA on, an empty database gets the demo community and the log says how
 * to sign in; with it off, an empty database gets a hint on creating the first admin.
 */
export async function seedDemoDataOnStartup(db: Db, config: Pick<Config, 'demoData'>, log: StartupLog): Promise<void> {
  if (!config.demoData) {
    if (!(await hasMembers(db))) {
      log.info('No members yet. Register an account, then make it an admin: npm run admin:create -- --email <address>');
    }
    return;
  }
  const result = await seedDemoCommunity(db);
  if (!result.created) return;
  const { alumnus, student, staff, admin } = DEMO_SIGN_IN;
  log.info(
    `Demo community created (${result.members} members): sign in as alumnus '${alumnus}', student '${student}', ` +
      `staff '${staff}' or admin '${admin}' with password '${DEMO_PASSWORD}'`,
  );
}
