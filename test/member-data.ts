import { eq, sql } from 'drizzle-orm';
import type { Db } from '../server/db/client';
import { queryRows } from '../server/db/client';
import { mentorships, reports, users } from '../server/db/schema';
import type { TestApp } from './app';
import { linkIdentity, uploadPhoto } from './authz-world';
import { ORIGIN, TEST_PASSWORD, createMember, createMentor } from './factories';
import { caller, sendRequest } from './mentoring';

/**
 * What deletion and export tests need to find a member's rows without a hand-kept list of tables:
 * the database says which columns refer to members (foreign keys to users) and which columns can
 * hold an id as text at all.
 */

export interface Column {
  table: string;
  column: string;
}

/** Every column with a foreign key to users, as the database has them now. */
export async function memberReferences(db: Db): Promise<Column[]> {
  return queryRows<Column>(
    db,
    sql`select c.conrelid::regclass::text as "table", a.attname::text as "column"
        from pg_constraint c
        cross join lateral unnest(c.conkey) as k(attnum)
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
        where c.contype = 'f' and c.confrelid = 'public.users'::regclass
        order by 1, 2`,
  );
}

/** Every column of every table that can hold a member's id as text (text, jsonb, arrays …). */
export async function textColumns(db: Db): Promise<Column[]> {
  return queryRows<Column>(
    db,
    sql`select table_name::text as "table", column_name::text as "column"
        from information_schema.columns c
        where table_schema = 'public'
          and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')
          and exists (select 1 from information_schema.tables t where t.table_schema = 'public' and t.table_name = c.table_name and t.table_type = 'BASE TABLE')
        order by 1, 2`,
  );
}

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

/** How many rows of `column` hold `id`: equal to it (a reference) or, with `contains`, anywhere in the text. */
export async function countRows(db: Db, { table, column }: Column, id: string, contains = false): Promise<number> {
  const where = contains ? sql`${ident(column)}::text like ${`%${id}%`}` : sql`${ident(column)} = ${id}`;
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${ident(table)} where ${where}`);
  return row?.n ?? 0;
}

/** Every place the id is still found: `table.column` → rows, references and text alike. */
export async function placesHolding(db: Db, id: string): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const column of await memberReferences(db)) {
    const n = await countRows(db, column, id);
    if (n) found[`${column.table}.${column.column}`] = n;
  }
  for (const column of await textColumns(db)) {
    const n = await countRows(db, column, id, true);
    if (n) found[`${column.table}.${column.column}`] = n;
  }
  return found;
}

export const isoNow = () => new Date().toISOString();

/**
 * A member with data in every table that can hold some: an alumnus mentor (photo, LinkedIn
 * identity, mentor profile, a pending email change) who asked two mentors (one pending, one
 * accepted: a conversation with messages both ways), was asked by two students (one pending, one
 * accepted), ended a third mentorship with feedback, blocked someone and was blocked, reported a
 * message, and added an expertise tag as an admin. Returns the member and the people around them.
 */
export async function buildBusyMember(t: TestApp) {
  const call = caller(t);
  const db = t.database.db;
  const member = await createMentor(t, { maxMentees: 5 });
  const cookie = member.cookie;
  const asked = await createMentor(t);
  const mentor = await createMentor(t);
  const student = await createMember(t, { role: 'student' });
  const mentee = await createMember(t, { role: 'student' });
  const former = await createMember(t, { role: 'student' });
  const blocked = await createMember(t, { role: 'student' });
  const blocker = await createMember(t, { role: 'student' });
  const otherAdmin = await createMember(t, { role: 'staff' });
  await db.update(users).set({ isAdmin: true }).where(eq(users.id, otherAdmin.user.id));

  const pendingOut = await sendRequest(t, cookie, asked.user.username!);
  const acceptedOut = await sendRequest(t, cookie, mentor.user.username!);
  await expectOk(call('POST', `/api/requests/${acceptedOut}/accept`, mentor.cookie, { response: 'Gladly.' }));
  const pendingIn = await sendRequest(t, student.cookie, member.user.username!);
  const acceptedIn = await sendRequest(t, mentee.cookie, member.user.username!);
  await expectOk(call('POST', `/api/requests/${acceptedIn}/accept`, cookie, { response: 'Welcome.' }));
  const endedIn = await sendRequest(t, former.cookie, member.user.username!);
  const ended = (await expectOk(call('POST', `/api/requests/${endedIn}/accept`, cookie, {}))).json().mentorship.id as string;
  await expectOk(call('POST', `/api/mentorships/${ended}/end`, cookie, { reason: 'goals_reached', feedback: 'We reached the goals.' }));

  const conversations = (await expectOk(call('GET', '/api/conversations', mentor.cookie))).json().items as Array<{ id: string; other: { userId: string } }>;
  const conversation = conversations.find((item) => item.other.userId === member.user.id)!.id;
  const mine = (await expectOk(call('POST', `/api/conversations/${conversation}/messages`, cookie, { body: 'Thank you for accepting!' }))).json().id as string;
  const theirs = (await expectOk(call('POST', `/api/conversations/${conversation}/messages`, mentor.cookie, { body: 'See you on Monday.' }))).json().id as string;
  await db.insert(reports).values({ reporterId: member.user.id, subjectId: mentor.user.id, messageId: theirs, reason: 'other', details: 'Just checking' });

  await expectOk(call('POST', `/api/members/${blocked.user.username}/block`, cookie), 204);
  await expectOk(call('POST', `/api/members/${member.user.username}/block`, blocker.cookie), 204);
  const photo = await uploadPhoto(t, cookie);
  if (photo.statusCode !== 200) throw new Error(`photo: ${photo.statusCode} ${photo.body}`);
  await linkIdentity(t, member.user.id);
  await expectOk(call('POST', '/api/me/email-change', cookie, { newEmail: `moved.${member.user.id.slice(0, 8)}@test.example`, currentPassword: TEST_PASSWORD }), 202);
  await db.update(users).set({ isAdmin: true }).where(eq(users.id, member.user.id));
  await expectOk(call('POST', '/api/admin/expertise-tags', cookie, { name: `Tag ${member.user.id.slice(0, 8)}` }), 201);
  await db.update(users).set({ isAdmin: false }).where(eq(users.id, member.user.id));
  // The member graduated (before this story): their answered "I have graduated" request.
  await db.execute(sql`insert into graduation_requests (user_id, graduation_year, status, decided_by, decided_at) values (${member.user.id}, 2015, 'approved', ${otherAdmin.user.id}, now())`);
  // A rate-limit counter kept for the account, as a checked password leaves it.
  await db.execute(sql`insert into rate_limits (id, key, count, last_request) values (${crypto.randomUUID()}, ${`password_check:account:${member.user.id}`}, 1, ${Date.now()})`);

  return {
    member,
    asked,
    mentor,
    student,
    mentee,
    former,
    blocked,
    blocker,
    otherAdmin,
    requests: { pendingOut, acceptedOut, pendingIn, acceptedIn, endedIn },
    conversation,
    messages: { mine, theirs },
  };
}

async function expectOk<T extends { statusCode: number; body: string }>(pending: Promise<T>, status = 0): Promise<T> {
  const res = await pending;
  if (status ? res.statusCode !== status : res.statusCode >= 300) throw new Error(`${res.statusCode} ${res.body}`);
  return res;
}

/** The request counts by status and the mentorships, active and ended: what the statistics read. */
export async function aggregates(db: Db) {
  const requests = await queryRows<{ status: string; n: number }>(db, sql`select status::text, count(*)::int as n from mentoring_requests group by 1 order by 1`);
  const [ships] = await queryRows<{ active: number; ended: number }>(
    db,
    sql`select count(*) filter (where ended_at is null)::int as active, count(*) filter (where ended_at is not null)::int as ended from ${mentorships}`,
  );
  return { requests: Object.fromEntries(requests.map((row) => [row.status, row.n])), mentorships: ships! };
}

export { ORIGIN };
