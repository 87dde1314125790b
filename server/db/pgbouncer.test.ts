import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testConfig } from '../../test/app';
import { createMember } from '../../test/factories';
import { PGBOUNCER_BIN, type PgBouncer, startPgBouncer } from '../../test/pgbouncer';
import { onServer, withDatabase } from '../../test/postgres';
import { buildApp } from '../app';
import { type Database, openDatabase } from './client';
import { isMigrated, migrateDatabase } from './migrate';

const postgresTemplate = inject('postgresTemplate');
const hasPgBouncer = existsSync(PGBOUNCER_BIN);
if (postgresTemplate && !hasPgBouncer && process.env.CI) {
  throw new Error(`CI runs the PostgreSQL tests behind PgBouncer too: install the pgbouncer package (${PGBOUNCER_BIN} is missing).`);
}

// A transaction pooler hands each transaction to whichever server connection is free, so what
// needs one session (a session-level lock, a named prepared statement, LISTEN) breaks behind it.
describe.runIf(postgresTemplate && hasPgBouncer)('behind PgBouncer in transaction mode', () => {
  let bouncer: PgBouncer;
  let directUrl: string;
  let bouncedUrl: string;
  let name: string;

  beforeAll(async () => {
    // An empty database of its own: the migrations run through the bouncer here.
    name = `${new URL(postgresTemplate!).pathname.slice(1)}_pgb${randomBytes(4).toString('hex')}`;
    await onServer(postgresTemplate!, (client) => client.query(`CREATE DATABASE "${name}"`));
    directUrl = withDatabase(postgresTemplate!, name);
    bouncer = await startPgBouncer({ poolSize: 3 });
    bouncedUrl = bouncer.through(directUrl);
  }, 60_000);

  afterAll(async () => {
    await bouncer?.close();
    if (name) await onServer(postgresTemplate!, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });

  it('migrates from three instances at once through it, once, and leaves no lock behind', { timeout: 60_000 }, async () => {
    const instances = await Promise.all([1, 2, 3].map(() => openDatabase({ kind: 'postgres', url: bouncedUrl })));
    try {
      await Promise.all(instances.map((instance) => migrateDatabase(instance)));
      expect(await isMigrated(instances[0]!.db)).toBe(true);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
    // A session-level lock taken through the bouncer stays with whichever server connection ran
    // it, still open in the bouncer's pool: the next migration would wait on it forever.
    const held = await onServer(directUrl, async (client) => {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = $1`,
        [name],
      );
      return rows[0]!.n;
    });
    expect(held).toBe(0);
  });

  describe('the app, with DATABASE_PREPARED_STATEMENTS=false and LISTEN on DATABASE_DIRECT_URL', () => {
    let database: Database;
    let t: Awaited<ReturnType<typeof start>>;

    async function start() {
      const config = testConfig({
        DATABASE_URL: bouncedUrl,
        DATABASE_DIRECT_URL: directUrl,
        DATABASE_PREPARED_STATEMENTS: 'false',
        DATABASE_POOL_SIZE: '4',
      });
      database = await openDatabase(config.database);
      await migrateDatabase(database);
      const app = await buildApp({ config, database, webDist: false });
      await app.ready();
      return { app, config, database, close: async () => (await app.close(), await database.close()) };
    }

    beforeAll(async () => {
      t = await start();
    }, 60_000);

    afterAll(async () => {
      await t?.close();
    });

    it('checks sessions on whatever server connection a request gets', { timeout: 60_000 }, async () => {
      const member = await createMember(t);
      // More requests, in parallel, than the bouncer has server connections: each statement
      // lands on one that never saw it prepared.
      for (let round = 0; round < 5; round++) {
        const answers = await Promise.all(
          Array.from({ length: 8 }, () => t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: member.cookie } })),
        );
        expect(answers.map((answer) => answer.statusCode)).toEqual(Array(8).fill(200));
      }
    });

    it('hears NOTIFY on its direct connection: a suspended member is refused at once', { timeout: 30_000 }, async () => {
      const member = await createMember(t);
      const me = () => t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: member.cookie } });
      expect((await me()).statusCode).toBe(200);
      // Through the bouncer, like every write the app makes; the trigger's NOTIFY goes out on commit.
      await t.database.db.execute(sql`update users set suspended_at = now() where id = ${member.user.id}`);
      const deadline = Date.now() + 5_000;
      let status = 200;
      while (status === 200 && Date.now() < deadline) {
        status = (await me()).statusCode;
        if (status === 200) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(status).toBe(403);
    });
  });
});
