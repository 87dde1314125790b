import { z } from 'zod';

/** One email as the platform sent it, or kept it instead of sending (no SMTP configured). */
export const DevMailSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    html: z.string(),
    transport: z.enum(['smtp', 'database']),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'DevMail' });

/** `GET /api/dev/mailbox`: the newest mails first (outside production only). */
export const DevMailboxSchema = z.object({ items: z.array(DevMailSchema) }).meta({ id: 'DevMailbox' });

export type DevMail = z.infer<typeof DevMailSchema>;
export type DevMailbox = z.infer<typeof DevMailboxSchema>;
