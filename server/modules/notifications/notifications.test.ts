import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember } from '../../../test/factories';
import { notifications } from '../../db/schema';
import { notify } from './notifications.service';

describe('notifications', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const tell = (userId: string, newEmail = 'x@test.example') =>
    t.database.db.transaction((tx) => notify(tx, { userId, type: 'email_changed', data: { newEmail } }));

  const list = (cookie: string, query = '') =>
    t.app.inject({ method: 'GET', url: `/api/notifications${query}`, headers: { cookie } });

  const markRead = (cookie: string, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/notifications/read', headers: { cookie }, payload });

  it('shows a member only their own notifications, newest first, with the unread count', async () => {
    const anna = await createMember(t);
    const bram = await createMember(t);
    const before = (await list(anna.cookie)).json().items.length;
    await tell(anna.user.id, 'first@test.example');
    await tell(bram.user.id, 'bram@test.example');
    await tell(anna.user.id, 'second@test.example');

    const res = await list(anna.cookie);

    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(before + 2);
    expect(body.items.slice(0, 2).map((item: { data: { newEmail: string } }) => item.data.newEmail)).toEqual([
      'second@test.example',
      'first@test.example',
    ]);
    expect(body.items[0]).toMatchObject({ type: 'email_changed', readAt: null });
    expect(body.unreadCount).toBe(before + 2);
    expect(JSON.stringify(body)).not.toContain('bram@test.example');
  });

  it('pages with a cursor until nextCursor is null', async () => {
    const member = await createMember(t);
    await t.database.db.delete(notifications).where(eq(notifications.userId, member.user.id));
    for (let i = 0; i < 5; i++) await tell(member.user.id, `n${i}@test.example`);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await list(member.cookie, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.unreadCount).toBe(5);
      seen.push(...body.items.map((item: { data: { newEmail: string } }) => item.data.newEmail));
      cursor = body.nextCursor;
    } while (cursor);

    expect(seen).toEqual(['n4', 'n3', 'n2', 'n1', 'n0'].map((n) => `${n}@test.example`));
  });

  it('marks the given notifications read, and ignores ids of someone else’s', async () => {
    const anna = await createMember(t);
    const bram = await createMember(t);
    await t.database.db.delete(notifications).where(eq(notifications.userId, anna.user.id));
    const { notificationId: first } = await tell(anna.user.id);
    await tell(anna.user.id);
    const { notificationId: bramsOwn } = await tell(bram.user.id);

    const res = await markRead(anna.cookie, { ids: [first, bramsOwn] });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ unreadCount: 1 });
    const items = (await list(anna.cookie)).json().items as Array<{ id: string; readAt: string | null }>;
    expect(items.find((item) => item.id === first)?.readAt).toEqual(expect.any(String));
    const [untouched] = await t.database.db.select().from(notifications).where(eq(notifications.id, bramsOwn));
    expect(untouched?.readAt).toBeNull();
  });

  it('marks all of them read when no ids are given', async () => {
    const member = await createMember(t);
    await tell(member.user.id);
    await tell(member.user.id);

    const res = await markRead(member.cookie, {});

    expect(res.json()).toEqual({ unreadCount: 0 });
    expect((await list(member.cookie)).json().unreadCount).toBe(0);
  });

  it('answers 401 unauthenticated without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).json().error.code).toBe('unauthenticated');
    const res = await t.app.inject({ method: 'POST', url: '/api/notifications/read', payload: {} });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('answers 400 validation_failed to a bad cursor, limit or id', async () => {
    const member = await createMember(t);
    expect((await list(member.cookie, '?cursor=not-a-uuid')).json().error.code).toBe('validation_failed');
    expect((await list(member.cookie, '?limit=1000')).statusCode).toBe(400);
    const res = await markRead(member.cookie, { ids: ['nope'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });
});
