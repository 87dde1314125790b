// The write load of the crash-safety test (issue 13) and what it checks afterwards: members
// register, send mentoring requests, mentors accept them (racing for their few places) and
// mentees end some mentorships, over HTTP against real server processes. The ledger keeps every
// write the server acknowledged (2xx), so the database can be held to each of them after a crash.
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../server/db/client';
import { mentoringRequests, mentorProfiles, mentorships, outbox, users } from '../server/db/schema';
import { LISTABLE_PROFILE } from './factories';
import type { CapturedMail } from './smtp';

/** The PUBLIC_URL the server processes run with: their trusted origin, and the host of their Message-IDs. */
export const ORIGIN = 'http://127.0.0.1:3999';

export interface Member {
  id: string;
  username: string;
  cookie: string;
}

export interface Ledger {
  signUps: string[];
  requests: Array<{ id: string; menteeId: string; mentorId: string }>;
  accepts: Array<{ requestId: string; mentorshipId: string }>;
  ends: string[];
  /** Answered with a 4xx (mentor_full and the like), by status and code: refused, not written. */
  refused: Record<string, number>;
  /** No answer (the instance was down or died mid-request), or a 5xx: the write may or may not have happened. */
  unanswered: number;
}

export const newLedger = (): Ledger => ({ signUps: [], requests: [], accepts: [], ends: [], refused: {}, unanswered: 0 });

export const acknowledged = (ledger: Ledger) => ledger.signUps.length + ledger.requests.length + ledger.accepts.length + ledger.ends.length;

interface Answer {
  status: number;
  body: Record<string, unknown>;
  cookie: string;
}

/** A POST (or PUT) with a JSON body; null when no answer came (connection refused or cut). */
async function post(url: string, body: unknown, cookie?: string, method: 'POST' | 'PUT' = 'POST'): Promise<Answer | null> {
  try {
    const res = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json', origin: ORIGIN, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    return { status: res.status, body: json, cookie: res.headers.getSetCookie().map((value) => value.split(';')[0]).join('; ') };
  } catch {
    return null;
  }
}

/** Signs a member up over HTTP; null unless the server answered 201. */
async function signUp(baseUrl: string, role: 'student' | 'alumnus', ledger: Ledger): Promise<Member | null> {
  const tag = randomBytes(5).toString('hex');
  const username = `crash.${role}.${tag}`;
  const answer = await post(`${baseUrl}/api/auth/sign-up/email`, {
    role,
    firstName: 'Crash',
    familyName: role === 'student' ? 'Student' : 'Mentor',
    dateOfBirth: role === 'student' ? '2003-01-01' : '1980-01-01',
    username,
    email: `${username}@test.example`,
    password: 'crash-password-that-is-long',
    studyProgramme: 'Physics',
    startYear: role === 'student' ? 2022 : 1998,
    ...(role === 'alumnus' ? { graduationYear: 2003 } : {}),
  });
  if (!record(answer, 201, ledger)) return null;
  const id = String(answer!.body.id);
  ledger.signUps.push(id);
  return { id, username, cookie: answer!.cookie };
}

/** Counts the answer in the ledger; true when it is the expected success. */
function record(answer: Answer | null, success: number, ledger: Ledger): boolean {
  if (answer?.status === success) return true;
  if (answer && answer.status < 500) {
    const key = `${answer.status} ${(answer.body.error as { code?: string } | undefined)?.code ?? ''}`;
    ledger.refused[key] = (ledger.refused[key] ?? 0) + 1;
  } else {
    ledger.unanswered++;
  }
  return false;
}

/** `count` alumni signed up and activated as listed mentors, each with `maxMentees` places. */
export async function prepareMentors(db: Db, baseUrl: string, ledger: Ledger, count: number, maxMentees: number): Promise<Member[]> {
  const mentors: Member[] = [];
  for (let i = 0; i < count; i++) {
    const mentor = await signUp(baseUrl, 'alumnus', ledger);
    if (!mentor) throw new Error('mentor sign-up failed');
    const activated = await post(`${baseUrl}/api/me/mentor-profile/activate`, {}, mentor.cookie);
    if (activated?.status !== 201) throw new Error(`activation failed: ${activated?.status} ${JSON.stringify(activated?.body)}`);
    // Listed (and so open to requests) only once the profile says enough for a mentee to choose.
    const filled = await post(`${baseUrl}/api/me/mentor-profile`, LISTABLE_PROFILE, mentor.cookie, 'PUT');
    if (filled?.status !== 200) throw new Error(`mentor profile failed: ${filled?.status} ${JSON.stringify(filled?.body)}`);
    mentors.push(mentor);
  }
  await db.update(mentorProfiles).set({ maxMentees }).where(inArray(mentorProfiles.userId, mentors.map((mentor) => mentor.id)));
  return mentors;
}

/**
 * `clients` loops, each: a student registers, asks a random mentor, the mentor accepts at once
 * (so accepts for one mentor race), and now and then the mentee ends the mentorship again (so
 * places keep freeing up). Every call goes to the next instance in turn, up or not.
 */
export async function runLoad(options: { urls: string[]; mentors: Member[]; ledger: Ledger; clients: number; until: () => boolean }) {
  const { urls, mentors, ledger } = options;
  let turn = 0;
  const next = () => urls[turn++ % urls.length]!;
  const client = async () => {
    while (!options.until()) {
      const student = await signUp(next(), 'student', ledger);
      if (!student) continue;
      const mentor = mentors[Math.floor(Math.random() * mentors.length)]!;
      const sent = await post(`${next()}/api/requests`, { mentorUsername: mentor.username, motivation: 'I would like to learn how you chose your career, please.' }, student.cookie);
      if (!record(sent, 201, ledger)) continue;
      const requestId = String(sent!.body.id);
      ledger.requests.push({ id: requestId, menteeId: student.id, mentorId: mentor.id });
      const accepted = await post(`${next()}/api/requests/${requestId}/accept`, {}, mentor.cookie);
      if (!record(accepted, 200, ledger)) continue;
      const mentorshipId = String((accepted!.body.mentorship as { id: string }).id);
      ledger.accepts.push({ requestId, mentorshipId });
      if (Math.random() < 0.4) {
        const ended = await post(`${next()}/api/mentorships/${mentorshipId}/end`, {}, student.cookie);
        if (record(ended, 200, ledger)) ledger.ends.push(mentorshipId);
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
}

const count = async (db: Db, query: Promise<Array<{ n: number }>>) => (await query)[0]?.n ?? 0;
const n = sql<number>`count(*)::int`;

/** Which acknowledged writes the database holds, and whether the mentoring rules still hold. */
export async function checkWrites(db: Db, ledger: Ledger) {
  // An id no row has, so an empty list still makes a valid query.
  const ids = (list: string[]) => (list.length ? list : ['00000000-0000-0000-0000-000000000000']);
  const requestIds = ids(ledger.requests.map((request) => request.id));
  const stored = {
    signUps: await count(db, db.select({ n }).from(users).where(inArray(users.id, ids(ledger.signUps)))),
    requests: (await db.select().from(mentoringRequests).where(inArray(mentoringRequests.id, requestIds))).filter((row) =>
      ledger.requests.some((request) => request.id === row.id && request.menteeId === row.menteeId && request.mentorId === row.mentorId),
    ).length,
    accepts: (
      await db
        .select({ requestId: mentorships.requestId, mentorshipId: mentorships.id })
        .from(mentorships)
        .innerJoin(mentoringRequests, eq(mentoringRequests.id, mentorships.requestId))
        .where(and(inArray(mentorships.id, ids(ledger.accepts.map((accept) => accept.mentorshipId))), eq(mentoringRequests.status, 'accepted')))
    ).filter((row) => ledger.accepts.some((accept) => accept.mentorshipId === row.mentorshipId && accept.requestId === row.requestId)).length,
    ends: await count(
      db,
      db.select({ n }).from(mentorships).where(and(inArray(mentorships.id, ids(ledger.ends)), sql`${mentorships.endedAt} is not null`)),
    ),
  };
  const capacity = await db
    .select({ maxMentees: mentorProfiles.maxMentees, activeMentees: mentorProfiles.activeMentees, active: sql<number>`count(${mentorships.id})::int` })
    .from(mentorProfiles)
    .leftJoin(mentorships, and(eq(mentorships.mentorId, mentorProfiles.userId), isNull(mentorships.endedAt)))
    .groupBy(mentorProfiles.userId);
  return {
    acknowledged: { signUps: ledger.signUps.length, requests: ledger.requests.length, accepts: ledger.accepts.length, ends: ledger.ends.length },
    stored,
    mentorsOverCapacity: capacity.filter((row) => row.active > row.maxMentees).length,
    mentorsWithWrongCount: capacity.filter((row) => row.active !== row.activeMentees).length,
    mentorshipsWithoutAcceptedRequest: await count(
      db,
      db
        .select({ n })
        .from(mentorships)
        .leftJoin(mentoringRequests, eq(mentoringRequests.id, mentorships.requestId))
        .where(
          sql`${mentoringRequests.id} is null or ${mentoringRequests.status} <> 'accepted'
            or ${mentoringRequests.menteeId} <> ${mentorships.menteeId} or ${mentoringRequests.mentorId} <> ${mentorships.mentorId}`,
        ),
    ),
    acceptedRequestsWithoutMentorship: await count(
      db,
      db
        .select({ n })
        .from(mentoringRequests)
        .leftJoin(mentorships, eq(mentorships.requestId, mentoringRequests.id))
        .where(and(eq(mentoringRequests.status, 'accepted'), isNull(mentorships.id))),
    ),
  };
}

/** Outbox rows against what the mail server received: every sent row's Message-ID exactly once. */
export async function checkMail(db: Db, received: CapturedMail[]) {
  const rows = await db.select().from(outbox);
  const host = new URL(ORIGIN).hostname;
  const expected = new Set(rows.filter((row) => row.status === 'done' && row.lastError === null).map((row) => `<${row.messageId}@${host}>`));
  const ids = received.map((mail) => mail.messageId);
  const distinct = new Set(ids);
  return {
    outboxRows: rows.length,
    notDone: rows.filter((row) => row.status !== 'done').length,
    skipped: rows.filter((row) => row.status === 'done' && row.lastError !== null).length,
    mailsExpected: expected.size,
    mailsReceived: ids.length,
    duplicates: ids.length - distinct.size,
    missing: [...expected].filter((id) => !distinct.has(id)).length,
    unexpected: [...distinct].filter((id) => !expected.has(id)).length,
  };
}

/** Outbox rows not yet delivered (or given up). */
export const pendingMail = (db: Db) => count(db, db.select({ n }).from(outbox).where(eq(outbox.status, 'pending')));
