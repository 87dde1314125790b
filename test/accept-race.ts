// The capacity race of docs/product.md, rule 14, as the race test and `npm run bench` run it: real server
// processes on one PostgreSQL database, one mentor, many pending requests accepted at once.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../server/db/client';
import { mentoringRequests, mentorProfiles, mentorships, users } from '../server/db/schema';
import { projectRoot } from '../server/lib/paths';

const ORIGIN = 'http://127.0.0.1:3999';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Instances {
  urls: string[];
  stop(): Promise<void>;
}

/**
 * Starts `count` server processes (`node --import tsx server/server.ts`) on `databaseUrl`, without
 * the worker or demo data, and waits until each answers /readyz.
 */
export async function startInstances(databaseUrl: string, count = 2, timeoutMs = 90_000): Promise<Instances> {
  const children: ChildProcess[] = [];
  const urls: string[] = [];
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
          }),
      ),
    );
  };
  try {
    for (let i = 0; i < count; i++) {
      const port = await freePort();
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/server.ts'], {
        cwd: projectRoot,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          PORT: String(port),
          HOST: '127.0.0.1',
          PUBLIC_URL: ORIGIN,
          DATABASE_URL: databaseUrl,
          AUTH_SECRET: 'race-test-secret-that-is-long-enough-for-better-auth',
          RUN_WORKER: 'false',
          DEMO_DATA: 'false',
          RATE_LIMITS: 'false',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
      children.push(child);
      urls.push(`http://127.0.0.1:${port}`);
      child.once('exit', (code) => {
        if (code) process.stderr.write(`server instance on port ${port} exited with ${code}: ${stderr}\n`);
      });
    }
    const deadline = Date.now() + timeoutMs;
    for (const [i, url] of urls.entries()) {
      for (;;) {
        if (children[i]!.exitCode !== null) throw new Error(`server instance ${url} exited before it was ready`);
        const ready = await fetch(`${url}/readyz`).then((res) => res.ok, () => false);
        if (ready) break;
        if (Date.now() > deadline) throw new Error(`server instance ${url} not ready after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    return { urls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface RaceSetup {
  mentorId: string;
  cookie: string;
  menteeIds: string[];
}

/**
 * A mentor signed up and activated over HTTP (for a real session cookie), with `maxMentees`, and
 * `mentees` students inserted directly: one request per mentee, since a mentee has at most one
 * pending request per mentor.
 */
export async function prepareRace(db: Db, baseUrl: string, options: { mentees: number; maxMentees: number }): Promise<RaceSetup> {
  const id = randomBytes(4).toString('hex');
  const signUp = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({
      role: 'alumnus',
      firstName: 'Race',
      familyName: 'Mentor',
      dateOfBirth: '1980-01-01',
      username: `race.mentor.${id}`,
      email: `race.mentor.${id}@test.example`,
      password: 'race-password-that-is-long',
      studyProgramme: 'Physics',
      startYear: 1998,
      graduationYear: 2003,
    }),
  });
  if (signUp.status !== 201) throw new Error(`mentor sign-up failed: ${signUp.status} ${await signUp.text()}`);
  const mentorId = ((await signUp.json()) as { id: string }).id;
  const cookie = signUp.headers.getSetCookie().map((value) => value.split(';')[0]).join('; ');
  const activate = await fetch(`${baseUrl}/api/me/mentor-profile/activate`, { method: 'POST', headers: { cookie } });
  if (activate.status !== 201) throw new Error(`activation failed: ${activate.status} ${await activate.text()}`);
  await db.update(mentorProfiles).set({ maxMentees: options.maxMentees }).where(eq(mentorProfiles.userId, mentorId));

  const menteeIds = Array.from({ length: options.mentees }, () => randomUUID());
  await db.insert(users).values(
    menteeIds.map((menteeId, i) => ({
      id: menteeId,
      name: `Race Mentee ${i}`,
      firstName: 'Race',
      familyName: `Mentee ${i}`,
      email: `race.mentee.${id}.${i}@test.example`,
      username: `race.mentee.${id}.${i}`,
      role: 'student' as const,
      studyProgramme: 'Physics',
      startYear: 2022,
    })),
  );
  return { mentorId, cookie, menteeIds };
}

/** Back to no mentorships and one fresh pending request per mentee; returns the request ids. */
export async function resetRace(db: Db, setup: RaceSetup): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.delete(mentorships).where(eq(mentorships.mentorId, setup.mentorId));
    await tx.delete(mentoringRequests).where(eq(mentoringRequests.mentorId, setup.mentorId));
    await tx.update(mentorProfiles).set({ activeMentees: 0 }).where(eq(mentorProfiles.userId, setup.mentorId));
    const rows = await tx
      .insert(mentoringRequests)
      .values(setup.menteeIds.map((menteeId) => ({ menteeId, mentorId: setup.mentorId, motivation: 'Racing to be accepted by this mentor, please.' })))
      .returning({ id: mentoringRequests.id });
    return rows.map((row) => row.id);
  });
}

export interface AcceptOutcome {
  status: number;
  code: string | null;
  ms: number;
}

/** Fires every accept at once, spread round-robin over the instances; resolves when all answered. */
export async function fireAccepts(urls: string[], cookie: string, requestIds: string[]): Promise<AcceptOutcome[]> {
  return Promise.all(
    requestIds.map(async (requestId, i) => {
      const started = performance.now();
      const res = await fetch(`${urls[i % urls.length]}/api/requests/${requestId}/accept`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: '{}',
      });
      const body = (await res.json()) as { error?: { code: string } };
      return { status: res.status, code: body.error?.code ?? null, ms: performance.now() - started };
    }),
  );
}

/**
 * What the database says after a round: the mentorships and the mentor's places, and each accept's
 * side effects (the mentee's notification, its mail, the motivation in the Inbox), which only the
 * accepts that won may leave.
 */
export async function raceState(db: Db, mentorId: string) {
  const [active] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(mentorships)
    .where(and(eq(mentorships.mentorId, mentorId), isNull(mentorships.endedAt)));
  const [accepted] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(mentoringRequests)
    .where(and(eq(mentoringRequests.mentorId, mentorId), eq(mentoringRequests.status, 'accepted')));
  const [profile] = await db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, mentorId));
  const [effects] = await queryRows<{ notices: number; mails: number; motivations: number }>(
    db,
    sql`with requests as (select id::text as id from mentoring_requests where mentor_id = ${mentorId})
        select (select count(*)::int from notifications where type = 'request_accepted' and data->>'requestId' in (select id from requests)) as notices,
               (select count(*)::int from outbox where payload->>'type' = 'request_accepted' and payload->'data'->>'requestId' in (select id from requests)) as mails,
               (select count(*)::int from messages where request_id::text in (select id from requests)) as motivations`,
  );
  return {
    activeMentorships: active!.count,
    acceptedRequests: accepted!.count,
    activeMentees: profile!.activeMentees,
    isAvailable: profile!.isAvailable,
    acceptedNotices: effects!.notices,
    acceptedMails: effects!.mails,
    motivationsInInbox: effects!.motivations,
  };
}
