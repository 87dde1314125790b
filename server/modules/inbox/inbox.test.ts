import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember, createMentor } from '../../../test/factories';
import { MOTIVATION, sendRequest } from '../../../test/mentoring';
import { deliverOutbox, recordingTransport } from '../../../test/outbox-worker';
import { conversationMembers, mentorships, notifications, outbox, reports, users } from '../../db/schema';
import { findMessageForMember, findMessageForModeration, removeMessage } from './inbox.service';

type Method = 'GET' | 'POST' | 'DELETE';

describe('the inbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const call = (method: Method, url: string, cookie?: string, payload?: object): Promise<LightMyRequestResponse> =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
  const code = (res: LightMyRequestResponse) => res.json().error.code as string;
  const start = (cookie: string, username: string, body = 'Hello! Could we talk about your work?') =>
    call('POST', '/api/conversations', cookie, { username, body });
  const makeAdmin = (id: string) => t.database.db.update(users).set({ isAdmin: true }).where(eq(users.id, id));

  it('asks anonymous visitors to sign in on every inbox route', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url, payload] of [
      ['GET', '/api/conversations'],
      ['POST', '/api/conversations', { username: 'someone', body: 'Hi' }],
      ['GET', `/api/conversations/${id}/messages`],
      ['POST', `/api/conversations/${id}/messages`, { body: 'Hi' }],
      ['POST', `/api/conversations/${id}/read`],
      ['POST', '/api/members/someone/block'],
      ['DELETE', '/api/members/someone/block'],
      ['GET', '/api/me/blocks'],
    ] as const) {
      const res = await call(method, url, undefined, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(code(res)).toBe('unauthenticated');
    }
  });

  it('lets a member write to a listed mentor, and the mentor answer; a non-mentor stranger is refused', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const alumnus = await createMember(t, { role: 'alumnus' });

    const started = await start(student.cookie, mentor.user.username!);
    expect(started.statusCode).toBe(201);
    const { conversation, message } = started.json();
    expect(message).toMatchObject({ kind: 'message', fromMe: true, body: 'Hello! Could we talk about your work?', removed: false, read: false, can: { report: false } });
    expect(conversation).toMatchObject({
      other: { username: mentor.user.username, name: mentor.user.name, isAlumniOffice: false },
      lastMessage: { preview: 'Hello! Could we talk about your work?', fromMe: true, removed: false },
      unreadCount: 0,
      can: { send: true },
    });

    // The mentor answers within the conversation (and could from the profile too: one conversation per pair).
    const answer = await call('POST', `/api/conversations/${conversation.id}/messages`, mentor.cookie, { body: 'Of course!' });
    expect(answer.statusCode).toBe(201);
    const again = await start(mentor.cookie, student.user.username!, 'Another line');
    expect(again.statusCode).toBe(201);
    expect(again.json().conversation.id).toBe(conversation.id);

    // Neither a student nor an alumnus without a listed mentor profile may be written to by a stranger.
    for (const target of [student, alumnus]) {
      const refused = await start(alumnus === target ? student.cookie : alumnus.cookie, target.user.username!);
      expect(refused.statusCode).toBe(403);
      expect(code(refused)).toBe('cannot_message_member');
    }
    const self = await start(student.cookie, student.user.username!);
    expect([self.statusCode, code(self)]).toEqual([403, 'cannot_message_member']);
    const nobody = await start(student.cookie, 'nobody.here');
    expect([nobody.statusCode, code(nobody)]).toEqual([404, 'not_found']);
  });

  it('lets members who have or had a request write to each other, either way round', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const requestId = await sendRequest(t, student.cookie, mentor.user.username!);
    await call('POST', `/api/requests/${requestId}/retract`, student.cookie);
    // The mentor writes to the student (not a mentor) because of the request they had.
    const res = await start(mentor.cookie, student.user.username!, 'Sorry I missed your request — still interested?');
    expect(res.statusCode).toBe(201);
  });

  it('lets an admin (the alumni office) write to any member; the member sees it is the alumni office and may answer', async () => {
    const admin = await createMember(t, { role: 'staff' });
    await makeAdmin(admin.user.id);
    const student = await createMember(t, { role: 'student' });
    const res = await start(admin.cookie, student.user.username!, 'A word from the alumni office.');
    expect(res.statusCode).toBe(201);
    const list = (await call('GET', '/api/conversations', student.cookie)).json();
    expect(list.items[0]).toMatchObject({ other: { isAlumniOffice: true }, unreadCount: 1, can: { send: true } });
    const reply = await call('POST', `/api/conversations/${list.items[0].id}/messages`, student.cookie, { body: 'Thank you' });
    expect(reply.statusCode).toBe(201);
  });

  it('hides a conversation from a third member (404 on reading, writing and marking read), admins included', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const third = await createMember(t, { role: 'student' });
    const admin = await createMember(t, { role: 'staff' });
    await makeAdmin(admin.user.id);
    const { conversation } = (await start(student.cookie, mentor.user.username!)).json();
    for (const outsider of [third, admin]) {
      for (const [method, url, payload] of [
        ['GET', `/api/conversations/${conversation.id}/messages`],
        ['POST', `/api/conversations/${conversation.id}/messages`, { body: 'Let me in' }],
        ['POST', `/api/conversations/${conversation.id}/read`],
      ] as const) {
        const res = await call(method, url, outsider.cookie, payload);
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        expect(code(res)).toBe('not_found');
      }
      expect((await call('GET', '/api/conversations', outsider.cookie)).json().items).toEqual([]);
    }
    // A conversation that does not exist answers the same.
    const missing = await call('GET', '/api/conversations/00000000-0000-4000-8000-000000000000/messages', student.cookie);
    expect([missing.statusCode, code(missing)]).toEqual([404, 'not_found']);
  });

  it('refuses 5,001 characters with a clear message, and takes 5,000', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const tooLong = await start(student.cookie, mentor.user.username!, 'x'.repeat(5001));
    expect(tooLong.statusCode).toBe(400);
    expect(code(tooLong)).toBe('validation_failed');
    expect(JSON.stringify(tooLong.json().error)).toMatch(/5,?000/);
    expect((await start(student.cookie, mentor.user.username!, 'x'.repeat(5000))).statusCode).toBe(201);
  });

  it('counts unread messages per conversation and in total, shows my messages read once the other read them', async () => {
    const mentorA = await createMentor(t);
    const mentorB = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const a = (await start(student.cookie, mentorA.user.username!, 'First to A')).json().conversation.id;
    const b = (await start(student.cookie, mentorB.user.username!, 'First to B')).json().conversation.id;
    await call('POST', `/api/conversations/${a}/messages`, mentorA.cookie, { body: 'Answer one\nsecond line' });
    await call('POST', `/api/conversations/${a}/messages`, mentorA.cookie, { body: 'Answer two' });
    await call('POST', `/api/conversations/${b}/messages`, mentorB.cookie, { body: 'Answer from B' });

    let list = (await call('GET', '/api/conversations', student.cookie)).json();
    expect(list.unreadTotal).toBe(3);
    expect(list.items.map((item: { id: string; unreadCount: number }) => [item.id, item.unreadCount])).toEqual([
      [b, 1],
      [a, 2],
    ]);
    expect(list.items[1].lastMessage).toMatchObject({ preview: 'Answer two', fromMe: false });

    // Pages: one at a time, newest first.
    const first = (await call('GET', '/api/conversations?limit=1', student.cookie)).json();
    expect(first.items.map((item: { id: string }) => item.id)).toEqual([b]);
    const second = (await call('GET', `/api/conversations?limit=1&cursor=${first.nextCursor}`, student.cookie)).json();
    expect(second.items.map((item: { id: string }) => item.id)).toEqual([a]);
    expect(second.nextCursor).toBeNull();
    // Every page has the total, a page past the last conversation too.
    expect(second.unreadTotal).toBe(3);
    const past = (await call('GET', `/api/conversations?limit=1&cursor=${a}`, student.cookie)).json();
    expect(past).toMatchObject({ items: [], unreadTotal: 3, nextCursor: null });

    // The thread: oldest first, my first message not yet read by mentor A until they open it.
    let thread = (await call('GET', `/api/conversations/${a}/messages`, mentorA.cookie)).json();
    expect(thread.items.map((m: { body: string; fromMe: boolean }) => [m.body, m.fromMe])).toEqual([
      ['First to A', false],
      ['Answer one\nsecond line', true],
      ['Answer two', true],
    ]);
    expect(thread.items[0].can.report).toBe(true);
    expect(thread.items[1]).toMatchObject({ read: false, can: { report: false } });

    const read = await call('POST', `/api/conversations/${a}/read`, student.cookie);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: a, unreadCount: 0 });
    list = (await call('GET', '/api/conversations', student.cookie)).json();
    expect(list.unreadTotal).toBe(1);
    thread = (await call('GET', `/api/conversations/${a}/messages`, mentorA.cookie)).json();
    expect(thread.items.slice(1).map((m: { read: boolean }) => m.read)).toEqual([true, true]);

    // Older messages by `before`.
    const page = (await call('GET', `/api/conversations/${a}/messages?limit=2`, mentorA.cookie)).json();
    expect(page.items.map((m: { body: string }) => m.body)).toEqual(['Answer one\nsecond line', 'Answer two']);
    const older = (await call('GET', `/api/conversations/${a}/messages?limit=2&before=${page.nextCursor}`, mentorA.cookie)).json();
    expect(older.items.map((m: { body: string }) => m.body)).toEqual(['First to A']);
    expect(older.nextCursor).toBeNull();
    const bad = await call('GET', `/api/conversations/${a}/messages?before=not-a-cursor`, mentorA.cookie);
    expect([bad.statusCode, code(bad)]).toEqual([400, 'validation_failed']);
  });

  it('blocking: the blocked member can no longer write or send a request (neutral answers); unblocking restores both', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const { conversation } = (await start(student.cookie, mentor.user.username!)).json();

    const blocked = await call('POST', `/api/members/${student.user.username}/block`, mentor.cookie);
    expect(blocked.statusCode).toBe(204);
    expect((await call('POST', `/api/members/${student.user.username}/block`, mentor.cookie)).statusCode).toBe(204);
    const self = await call('POST', `/api/members/${mentor.user.username}/block`, mentor.cookie);
    expect([self.statusCode, code(self)]).toEqual([409, 'cannot_block_self']);
    const blocks = (await call('GET', '/api/me/blocks', mentor.cookie)).json();
    expect(blocks.items).toEqual([expect.objectContaining({ username: student.user.username, name: student.user.name })]);

    const message = await call('POST', `/api/conversations/${conversation.id}/messages`, student.cookie, { body: 'Are you there?' });
    expect([message.statusCode, code(message)]).toEqual([403, 'cannot_message_member']);
    const fromProfile = await start(student.cookie, mentor.user.username!);
    expect([fromProfile.statusCode, code(fromProfile)]).toEqual([403, 'cannot_message_member']);
    const request = await call('POST', '/api/requests', student.cookie, { mentorUsername: mentor.user.username, motivation: MOTIVATION });
    expect([request.statusCode, code(request)]).toEqual([403, 'cannot_request_mentor']);
    expect(JSON.stringify(message.json()) + JSON.stringify(request.json())).not.toMatch(/block/i);
    const relation = (await call('GET', `/api/members/${mentor.user.username}/mentoring`, student.cookie)).json();
    expect(relation).toMatchObject({ canRequest: false, reason: 'cannot_request_mentor' });
    // The blocker may still write.
    expect((await call('POST', `/api/conversations/${conversation.id}/messages`, mentor.cookie, { body: 'Please stop.' })).statusCode).toBe(201);

    expect((await call('DELETE', `/api/members/${student.user.username}/block`, mentor.cookie)).statusCode).toBe(204);
    expect((await call('GET', '/api/me/blocks', mentor.cookie)).json().items).toEqual([]);
    expect((await call('POST', `/api/conversations/${conversation.id}/messages`, student.cookie, { body: 'Sorry.' })).statusCode).toBe(201);
    expect((await call('POST', '/api/requests', student.cookie, { mentorUsername: mentor.user.username, motivation: MOTIVATION })).statusCode).toBe(201);
  });

  it('blocking does not end an active mentorship', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const requestId = await sendRequest(t, student.cookie, mentor.user.username!);
    expect((await call('POST', `/api/requests/${requestId}/accept`, mentor.cookie, {})).statusCode).toBe(200);
    expect((await call('POST', `/api/members/${mentor.user.username}/block`, student.cookie)).statusCode).toBe(204);
    const [row] = await t.database.db.select().from(mentorships).where(eq(mentorships.requestId, requestId));
    expect(row!.endedAt).toBeNull();
  });

  it('accepting a request opens the conversation with the motivation and the response on top', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const requestId = await sendRequest(t, student.cookie, mentor.user.username!);
    const accepted = await call('POST', `/api/requests/${requestId}/accept`, mentor.cookie, { response: 'Happy to help. Let us meet next week.' });
    expect(accepted.statusCode).toBe(200);
    const list = (await call('GET', '/api/conversations', student.cookie)).json();
    expect(list.items).toHaveLength(1);
    const thread = (await call('GET', `/api/conversations/${list.items[0].id}/messages`, student.cookie)).json();
    expect(thread.items.map((m: { kind: string; fromMe: boolean; body: string; requestId: string }) => [m.kind, m.fromMe, m.body, m.requestId])).toEqual([
      ['motivation', true, MOTIVATION, requestId],
      ['response', false, 'Happy to help. Let us meet next week.', requestId],
    ]);
    // No "new message" notification on top of the acceptance.
    const types = await t.database.db.select({ type: notifications.type }).from(notifications).where(eq(notifications.userId, student.user.id));
    expect(types.map((row) => row.type)).not.toContain('message_received');

    // A pair that already talks: the opening is appended to their conversation.
    const mentor2 = await createMentor(t);
    const student2 = await createMember(t, { role: 'student' });
    const existing = (await start(student2.cookie, mentor2.user.username!, 'Hi first')).json().conversation.id;
    const request2 = await sendRequest(t, student2.cookie, mentor2.user.username!);
    await call('POST', `/api/requests/${request2}/accept`, mentor2.cookie, {});
    const thread2 = (await call('GET', `/api/conversations/${existing}/messages`, mentor2.cookie)).json();
    expect(thread2.items.map((m: { kind: string }) => m.kind)).toEqual(['message', 'motivation']);
  });

  it('a removed message shows no text anywhere, and cannot be reported', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const admin = await createMember(t, { role: 'staff' });
    await makeAdmin(admin.user.id);
    const { conversation, message } = (await start(student.cookie, mentor.user.username!, 'Something rude')).json();
    const removed = await t.database.db.transaction((tx) => removeMessage(tx, message.id, admin.user.id));
    expect(removed).toMatchObject({ conversationId: conversation.id, senderId: student.user.id });
    expect(removed!.memberIds.sort()).toEqual([student.user.id, mentor.user.id].sort());
    const thread = (await call('GET', `/api/conversations/${conversation.id}/messages`, mentor.cookie));
    expect(thread.json().items[0]).toMatchObject({ body: null, removed: true, can: { report: false } });
    expect(thread.body).not.toContain('Something rude');
    const list = await call('GET', '/api/conversations', mentor.cookie);
    expect(list.json().items[0].lastMessage).toMatchObject({ preview: null, removed: true });
    expect(list.body).not.toContain('Something rude');
  });

  it('tells the receiver in the bell and by email at most once per conversation and quiet period', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const bell = async () =>
      t.database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, mentor.user.id), eq(notifications.type, 'message_received')));
    const emails = async () =>
      (await t.database.db.select().from(outbox).where(eq(outbox.kind, 'notification_email'))).filter(
        (row) => (row.payload as { userId: string; type: string }).userId === mentor.user.id && (row.payload as { type: string }).type === 'message_received',
      );
    const { conversation } = (await start(student.cookie, mentor.user.username!, 'One')).json();
    for (const body of ['Two', 'Three']) await call('POST', `/api/conversations/${conversation.id}/messages`, student.cookie, { body });
    expect(await bell()).toHaveLength(1);
    expect(await emails()).toHaveLength(1);
    expect((await bell())[0]!.data).toEqual({ conversationId: conversation.id, senderName: student.user.name, senderUsername: student.user.username });
    expect(JSON.stringify((await emails())[0]!.payload)).not.toMatch(/One|Two|Three/);

    // Reading the conversation settles the bell; the next message rings it again, but no second mail within 15 minutes.
    await call('POST', `/api/conversations/${conversation.id}/read`, mentor.cookie);
    expect((await bell()).every((row) => row.readAt !== null)).toBe(true);
    await call('POST', `/api/conversations/${conversation.id}/messages`, student.cookie, { body: 'Four' });
    expect(await bell()).toHaveLength(2);
    expect(await emails()).toHaveLength(1);

    // After the quiet period, with the bell read, the next message mails again.
    await call('POST', `/api/conversations/${conversation.id}/read`, mentor.cookie);
    await t.database.db
      .update(conversationMembers)
      .set({ lastEmailedAt: new Date(Date.now() - 16 * 60_000) })
      .where(and(eq(conversationMembers.conversationId, conversation.id), eq(conversationMembers.userId, mentor.user.id)));
    await call('POST', `/api/conversations/${conversation.id}/messages`, student.cookie, { body: 'Five' });
    expect(await bell()).toHaveLength(3);
    expect(await emails()).toHaveLength(2);
  });

  it('refuses writing to a suspended member; can.send says so', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const { conversation } = (await start(student.cookie, mentor.user.username!)).json();
    await t.database.db.update(users).set({ suspendedAt: new Date() }).where(eq(users.id, mentor.user.id));
    const res = await call('POST', `/api/conversations/${conversation.id}/messages`, student.cookie, { body: 'Hello?' });
    expect([res.statusCode, code(res)]).toEqual([403, 'cannot_message_member']);
    expect((await call('GET', '/api/conversations', student.cookie)).json().items[0].can.send).toBe(false);
  });

  it('shows a message I reported as reported, no longer reportable', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const { conversation, message } = (await start(student.cookie, mentor.user.username!, 'Buy my course')).json();
    await t.database.db.insert(reports).values({ reporterId: mentor.user.id, subjectId: student.user.id, messageId: message.id, reason: 'spam' });
    const thread = (await call('GET', `/api/conversations/${conversation.id}/messages`, mentor.cookie)).json();
    expect(thread.items[0]).toMatchObject({ reported: true, can: { report: false } });
  });

  it('shows a deleted member as a nameless partner, their messages kept', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const { conversation } = (await start(student.cookie, mentor.user.username!, 'Hello from a soon deleted member')).json();
    await t.database.db.delete(users).where(eq(users.id, student.user.id));
    const list = (await call('GET', '/api/conversations', mentor.cookie)).json();
    expect(list.items[0]).toMatchObject({ id: conversation.id, other: { userId: null, username: null, name: null, image: null }, can: { send: false } });
    const thread = (await call('GET', `/api/conversations/${conversation.id}/messages`, mentor.cookie)).json();
    expect(thread.items[0]).toMatchObject({ body: 'Hello from a soon deleted member', fromMe: false, can: { report: true } });
    const res = await call('POST', `/api/conversations/${conversation.id}/messages`, mentor.cookie, { body: 'Hello?' });
    expect([res.statusCode, code(res)]).toEqual([403, 'cannot_message_member']);
  });

  it('gives moderation a message with its sender and the messages around it, and a participant their message', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const third = await createMember(t, { role: 'student' });
    const { conversation } = (await start(student.cookie, mentor.user.username!, 'm0')).json();
    const ids: string[] = [];
    for (let i = 1; i <= 8; i++) {
      const sender = i % 2 ? mentor : student;
      const res = await call('POST', `/api/conversations/${conversation.id}/messages`, sender.cookie, { body: `m${i}` });
      ids.push(res.json().id);
    }
    const found = await findMessageForModeration(t.database.db, ids[4]!, { around: 3 });
    expect(found!.message).toMatchObject({ body: 'm5', senderId: mentor.user.id, senderName: mentor.user.name, conversationId: conversation.id, kind: 'message' });
    expect(found!.before.map((m) => m.body)).toEqual(['m2', 'm3', 'm4']);
    expect(found!.after.map((m) => m.body)).toEqual(['m6', 'm7', 'm8']);
    expect(await findMessageForModeration(t.database.db, '00000000-0000-4000-8000-000000000000', { around: 3 })).toBeUndefined();

    expect(await findMessageForMember(t.database.db, student.user.id, ids[0]!)).toMatchObject({ id: ids[0], senderId: mentor.user.id, removed: false });
    expect(await findMessageForMember(t.database.db, third.user.id, ids[0]!)).toBeUndefined();
  });

  it('announces a new message to the receiver and a read to the sender, when the change commits', async () => {
    const client = (t.database.db as unknown as { $client: { listen?: (channel: string, fn: (payload: string) => void) => Promise<() => Promise<void>> } }).$client;
    if (!client.listen) return; // node-postgres: the live-events module's own tests listen there
    const events: Array<{ to: string[]; event: { type: string; conversationId: string } }> = [];
    const unlisten = await client.listen('live_events', (payload) => events.push(JSON.parse(payload)));
    try {
      const mentor = await createMentor(t);
      const student = await createMember(t, { role: 'student' });
      const { conversation } = (await start(student.cookie, mentor.user.username!)).json();
      await call('POST', `/api/conversations/${conversation.id}/read`, mentor.cookie);
      await new Promise((resolve) => setTimeout(resolve, 50));
      // The bell's own `notification` events (set-up and the new-message notification) are the notifications module's.
      expect(events.filter(({ event }) => event.type !== 'notification')).toEqual([
        { to: [mentor.user.id], event: { type: 'message', conversationId: conversation.id } },
        { to: [student.user.id], event: { type: 'read', conversationId: conversation.id } },
      ]);
    } finally {
      await unlisten();
    }
  });

  it('announces the conversation an accept opens to both: the mentor gets the motivation, the mentee the new conversation', async () => {
    const client = (t.database.db as unknown as { $client: { listen?: (channel: string, fn: (payload: string) => void) => Promise<() => Promise<void>> } }).$client;
    if (!client.listen) return; // node-postgres: the live-events module's own tests listen there
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const requestId = await sendRequest(t, student.cookie, mentor.user.username!);
    const events: Array<{ to: string[]; event: { type: string; conversationId: string } }> = [];
    const unlisten = await client.listen('live_events', (payload) => events.push(JSON.parse(payload)));
    try {
      // Accepted without a response: the only message in the new conversation is the mentee's own.
      expect((await call('POST', `/api/requests/${requestId}/accept`, mentor.cookie, {})).statusCode).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const conversationId = (await call('GET', '/api/conversations', student.cookie)).json().items[0].id;
      const told = events.filter(({ event }) => event.type === 'message' && event.conversationId === conversationId).flatMap(({ to }) => to);
      expect(new Set(told)).toEqual(new Set([mentor.user.id, student.user.id]));
    } finally {
      await unlisten();
    }
  });

  it('mails the receiver in their language, without the message text, and not at all with email notifications off', async () => {
    const dutchMentor = await createMentor(t);
    const quietMentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    await t.database.db.update(users).set({ language: 'nl' }).where(eq(users.id, dutchMentor.user.id));
    await t.database.db.update(users).set({ emailNotifications: false }).where(eq(users.id, quietMentor.user.id));
    await start(student.cookie, dutchMentor.user.username!, 'Een geheime tekst');
    await start(student.cookie, quietMentor.user.username!, 'Another secret text');
    const transport = recordingTransport();
    await deliverOutbox(t, transport);
    // (Registering mailed them a welcome already.)
    const toDutch = transport.sent.filter((mail) => mail.to === dutchMentor.input.email && mail.subject.includes(student.user.name));
    expect(toDutch).toHaveLength(1);
    expect(toDutch[0]).toMatchObject({ language: 'nl', subject: `${student.user.name} heeft je een bericht gestuurd` });
    expect(JSON.stringify(toDutch[0])).not.toContain('Een geheime tekst');
    expect(transport.sent.filter((mail) => mail.to === quietMentor.input.email && mail.subject.includes(student.user.name))).toEqual([]);
    // The bell rings all the same.
    const bell = await t.database.db.select().from(notifications).where(eq(notifications.userId, quietMentor.user.id));
    expect(bell.map((row) => row.type)).toContain('message_received');
  });
});
