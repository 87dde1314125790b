import { z } from 'zod';
import { lineText, multiLineText } from './text';

/** Deleting an account (by its member or by the alumni office) and a member's data export. */

export const DELETION_LIMITS = { reason: 1000 } as const;

/**
 * `DELETE /api/me`: the member confirms with their password, or, for an account without one
 * (LinkedIn only), by typing their user name.
 */
export const DeleteAccountSchema = z
  .object({
    currentPassword: z.string().max(200).optional(),
    username: lineText().max(100).optional(),
  })
  .meta({ id: 'DeleteAccount' });

/** `DELETE /api/admin/users/:id`: the alumni office says why (kept in the audit log and told to the member). */
export const AdminDeleteMemberSchema = z
  .object({ reason: multiLineText().min(1).max(DELETION_LIMITS.reason) })
  .meta({ id: 'AdminDeleteMember' });

const record = z.record(z.string(), z.unknown());
const person = z.object({ name: z.string(), username: z.string().nullable() }).nullable();

/**
 * `GET /api/me/export`: everything the platform holds about the member, as a JSON file. Secrets
 * (password hash, provider tokens, session tokens) are never in it. A person is null where the
 * other member has deleted their account.
 */
export const DataExportSchema = z
  .object({
    exportedAt: z.iso.datetime(),
    profile: record,
    settings: z.object({ language: z.string(), showEmail: z.boolean(), emailNotifications: z.boolean() }),
    photo: z.object({ contentType: z.string(), updatedAt: z.string(), base64: z.string() }).nullable(),
    identities: z.array(record),
    sessions: z.array(record),
    mentorProfile: record.nullable(),
    expertiseTagsAdded: z.array(record),
    requests: z.array(record.and(z.object({ mentee: person, mentor: person }))),
    mentorships: z.array(record.and(z.object({ mentee: person, mentor: person }))),
    conversations: z.array(z.object({ id: z.string(), partner: person, messages: z.array(record) })),
    notifications: z.array(record),
    blocks: z.array(record),
    reports: z.array(record),
    graduationRequests: z.array(record),
  })
  .meta({ id: 'DataExport' });

export type DeleteAccount = z.infer<typeof DeleteAccountSchema>;
export type AdminDeleteMember = z.infer<typeof AdminDeleteMemberSchema>;
export type DataExport = z.infer<typeof DataExportSchema>;
