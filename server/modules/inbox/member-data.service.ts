import type { Db } from '../../db/client';
import { listBlocksOf, listReportsByReporter } from './blocks.repo';
import { listMessagesForExport, releaseConversationsOf } from './conversations.repo';

// The Inbox's part in deleting and exporting a member's data (docs/decisions/0025).

/**
 * Before the member's row goes: their conversations stay readable for the other member (their
 * messages' sender becomes null, "Deleted member"), and a conversation nobody else is left in goes.
 * Their blocks, both ways, and their place in each conversation go with their row (ON DELETE CASCADE).
 */
export async function releaseInboxOf(tx: Db, memberId: string): Promise<void> {
  await releaseConversationsOf(tx, memberId);
}

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

/** The member's conversations with every message sent and received, the members they blocked and the reports they made. */
export async function exportInboxData(db: Db, memberId: string) {
  const rows = await listMessagesForExport(db, memberId);
  const conversations = new Map<string, { id: string; partner: { name: string; username: string | null } | null; messages: Record<string, unknown>[] }>();
  for (const row of rows) {
    let conversation = conversations.get(row.conversation_id);
    if (!conversation) {
      const partner = row.partner_name === null ? null : { name: row.partner_name, username: row.partner_username };
      conversation = { id: row.conversation_id, partner, messages: [] };
      conversations.set(row.conversation_id, conversation);
    }
    conversation.messages.push({ id: row.id, fromMe: row.from_me, body: row.body, removed: row.removed_at !== null, createdAt: iso(row.created_at) });
  }
  const blocks = (await listBlocksOf(db, memberId)).map((block) => ({ username: block.username, name: block.name, blockedAt: block.blockedAt.toISOString() }));
  const reports = (await listReportsByReporter(db, memberId)).map((report) => ({
    ...report,
    createdAt: report.createdAt.toISOString(),
    resolvedAt: report.resolvedAt?.toISOString() ?? null,
  }));
  return { conversations: [...conversations.values()], blocks, reports };
}
