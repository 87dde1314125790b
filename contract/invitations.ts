import { z } from 'zod';
import { LANGUAGES } from './i18n';
import { lineText } from './text';

/**
 * Inviting alumni in bulk: the alumni office uploads its own list (CSV) of names and email
 * addresses; each address gets an invitation in its language with a link that registers an
 * alumnus. A list with any bad line is refused whole, each line's problems named.
 */

/** How long an invitation link works. The invitation mail says "14 days": change them together. */
export const INVITATION_EXPIRES_IN_DAYS = 14;
/** Lines of one list (not counting its header), and the list's size as text. */
export const INVITATION_MAX_ROWS = 2000;
export const INVITATION_CSV_MAX_CHARS = 500_000;
export const INVITATION_PAGE_SIZE = 20;

/** What can be wrong with one line of the list. */
export const INVITATION_LINE_PROBLEMS = [
  'name_missing',
  'name_too_long',
  'email_missing',
  'email_invalid',
  'language_invalid',
  'duplicate_in_file',
  'already_member',
  'already_invited',
] as const;
export type InvitationLineProblem = (typeof INVITATION_LINE_PROBLEMS)[number];

/** What can be wrong with the list as a whole. */
export const INVITATION_FILE_PROBLEMS = ['empty', 'too_many_rows', 'no_email_column', 'unclosed_quote'] as const;
export type InvitationFileProblem = (typeof INVITATION_FILE_PROBLEMS)[number];

/** The list as uploaded (the file's text) and the language of lines that name none. */
export const InvitationUploadSchema = z
  .object({
    csv: z.string().max(INVITATION_CSV_MAX_CHARS),
    defaultLanguage: z.enum(LANGUAGES),
  })
  .meta({ id: 'InvitationUpload' });

export const InvitationLineSchema = z
  .object({
    /** The line of the file the row starts on (1 is the first line, the header when there is one). */
    line: z.number().int(),
    firstName: z.string(),
    familyName: z.string(),
    email: z.string(),
    language: z.enum(LANGUAGES),
    problems: z.array(
      z.object({
        code: z.enum(INVITATION_LINE_PROBLEMS),
        /** For `duplicate_in_file`: the line the address first appears on. */
        firstLine: z.number().int().optional(),
      }),
    ),
  })
  .meta({ id: 'InvitationLine' });

/** The check of a list: every line with its problems, and the problems of the file itself. */
export const InvitationPreviewSchema = z
  .object({
    lines: z.array(InvitationLineSchema),
    fileProblems: z.array(z.object({ code: z.enum(INVITATION_FILE_PROBLEMS), max: z.number().int().optional() })),
    /** Whether the list may be sent as it is: no problem anywhere. */
    isValid: z.boolean(),
    /** Lines with at least one problem. */
    invalidCount: z.number().int(),
  })
  .meta({ id: 'InvitationPreview' });

export const InvitationsSentSchema = z
  .object({ sent: z.number().int(), batchId: z.uuid() })
  .meta({ id: 'InvitationsSent' });

/** pending: the link works; registered: used to register; expired: its time ran out; revoked: withdrawn; replaced: a newer invitation went to the address. */
export const INVITATION_STATES = ['pending', 'registered', 'expired', 'revoked', 'replaced'] as const;
export const InvitationStateSchema = z.enum(INVITATION_STATES);
export type InvitationState = z.infer<typeof InvitationStateSchema>;

export const InvitationSchema = z
  .object({
    id: z.uuid(),
    firstName: z.string(),
    familyName: z.string(),
    email: z.string(),
    language: z.enum(LANGUAGES),
    state: InvitationStateSchema,
    sentAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    /** How many times it was sent again. */
    resent: z.number().int(),
    invitedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    /** The member who registered with it. */
    member: z.object({ id: z.string(), username: z.string().nullable() }).nullable(),
    /** What the admin may do with it now. */
    can: z.object({ resend: z.boolean(), revoke: z.boolean() }),
  })
  .meta({ id: 'Invitation' });

export const InvitationListQuerySchema = z.object({
  state: InvitationStateSchema.optional(),
  q: lineText().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const InvitationListSchema = z
  .object({
    items: z.array(InvitationSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'InvitationList' });

/** The token of an invitation link (`/register?token=…`). */
export const InvitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: 'invitation_invalid' });

export const InvitationLookupQuerySchema = z.object({ token: InvitationTokenSchema });

/** What registration through a link fills in: the invitation, not the form, decides the role. */
export const InvitationForRegistrationSchema = z
  .object({
    firstName: z.string(),
    familyName: z.string(),
    email: z.string(),
    language: z.enum(LANGUAGES),
    role: z.literal('alumnus'),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'InvitationForRegistration' });

export type InvitationUpload = z.infer<typeof InvitationUploadSchema>;
export type InvitationLine = z.infer<typeof InvitationLineSchema>;
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;
export type Invitation = z.infer<typeof InvitationSchema>;
export type InvitationList = z.infer<typeof InvitationListSchema>;
export type InvitationListQuery = z.infer<typeof InvitationListQuerySchema>;
export type InvitationForRegistration = z.infer<typeof InvitationForRegistrationSchema>;
