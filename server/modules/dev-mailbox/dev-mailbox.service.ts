import type { DevMailbox } from '../../../contract/dev-mailbox';
import type { Db } from '../../db/client';
import { listRecentMails } from '../outbox/outbox.service';

/** The newest 100 mails the platform sent or kept, newest first (development only: no actor). */
export async function readDevMailbox(deps: { db: Db }): Promise<DevMailbox> {
  const rows = await listRecentMails(deps.db, 100);
  return {
    items: rows.map((row) => ({
      id: row.id,
      to: row.toAddress,
      subject: row.subject,
      text: row.text,
      html: row.html,
      transport: row.transport,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
