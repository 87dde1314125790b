import { desc, eq } from 'drizzle-orm';
import { notifications, outbox } from '../server/db/schema';
import type { DirectMailPayload } from '../server/modules/outbox/outbox.service';
import type { TestApp } from './app';

/** Direct mails queued so far, newest first (what the worker would send). */
export async function queuedMails(t: TestApp, to?: string): Promise<DirectMailPayload[]> {
  const rows = await t.database.db.select().from(outbox).where(eq(outbox.kind, 'mail')).orderBy(desc(outbox.id));
  const mails = rows.map((row) => row.payload as DirectMailPayload);
  return to ? mails.filter((mail) => mail.to.toLowerCase() === to.toLowerCase()) : mails;
}

/** The link in the newest queued mail to `to`. */
export async function linkFromLatestMail(t: TestApp, to: string): Promise<URL> {
  const [mail] = await queuedMails(t, to);
  if (!mail) throw new Error(`no mail queued for ${to}`);
  return new URL(String(mail.data.url));
}

export async function notificationTypes(t: TestApp, userId: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ type: notifications.type })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt));
  return rows.map((row) => row.type);
}
